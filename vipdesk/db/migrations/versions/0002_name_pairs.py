"""Name-part index holds character pairs too

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 11:30:00

A name part of two or more characters is found through one of its character pairs (an index
lookup) instead of intersecting the members of every single character. Backfills the pairs of
existing members in set-based SQL.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

LONGEST_NAME = 64


def upgrade() -> None:
    """Add the character pairs of every existing member's name."""
    positions = " UNION ALL ".join(f"SELECT {i} AS i" for i in range(1, LONGEST_NAME))
    op.execute(
        "INSERT INTO member_name_chars (ch, member_id) "
        "SELECT DISTINCT substr(m.name, p.i, 2), m.id "
        f"FROM members m JOIN ({positions}) p ON p.i < length(m.name) "
        "WHERE NOT EXISTS (SELECT 1 FROM member_name_chars c "
        "WHERE c.ch = substr(m.name, p.i, 2) AND c.member_id = m.id)"
    )


def downgrade() -> None:
    """Remove the character pairs."""
    op.execute("DELETE FROM member_name_chars WHERE length(ch) > 1")
