"""Import speed (issue 16): room on PostgreSQL's members pages for in-place updates

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27 19:40:00

A daily import changes a few percent of the members (a new address or phone). PostgreSQL writes
each changed row as a new version; with free room on the same page and no indexed column
changed, that version is a heap-only tuple and none of the members table's fifteen indexes gets
a new entry. Pages filled to 90% leave that room (pages written from now on; existing pages get
it as they are rewritten). SQLite updates rows in place and needs nothing.
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

FILLFACTOR = 90


def upgrade() -> None:
    """Members pages filled to 90% on PostgreSQL."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER TABLE members SET (fillfactor = {FILLFACTOR})")


def downgrade() -> None:
    """Members pages filled completely again."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE members RESET (fillfactor)")
