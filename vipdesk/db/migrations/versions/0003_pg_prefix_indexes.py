"""Code-point prefix indexes on PostgreSQL

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 12:25:00

Search compares name, pinyin and reversed-ID prefixes by code point (COLLATE "C"), whatever the
database's collation, so that a database created with a linguistic collation (zh_CN, ICU) finds
every prefix. These indexes serve those comparisons. SQLite compares by code point already.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = ("name", "given_name", "name_pinyin", "name_initials", "id_reversed")


def upgrade() -> None:
    """Add a COLLATE "C" index per prefix-searched column (PostgreSQL only)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in COLUMNS:
        op.execute(f'CREATE INDEX ix_members_{column}_c ON members ({column} COLLATE "C", id)')


def downgrade() -> None:
    """Drop the code-point indexes."""
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS ix_members_{column}_c")
