"""Strict imports: import reports and column limits (issue 16)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 17:00:00

The import report table, and room for the search keys of every accepted name: 64 characters
of up to 6 pinyin letters each, and one initial per character. SQLite does not enforce VARCHAR
lengths, so the widening only alters PostgreSQL (no table rebuild of `members` on SQLite).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

WIDER = (("name_pinyin", 128, 384), ("name_initials", 16, 64))


def upgrade() -> None:
    """Create import_reports; widen the pinyin columns on PostgreSQL."""
    op.create_table(
        "import_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("file_name", sa.String(length=256), nullable=False),
        sa.Column("checksum", sa.String(length=64), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("refused", sa.Integer(), nullable=False),
        sa.Column("message", sa.String(length=512), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_users.id"], name="fk_import_reports_staff_id_staff_users"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_import_reports"),
    )
    op.create_index("ix_import_reports_started_at", "import_reports", ["started_at"])
    if op.get_bind().dialect.name == "postgresql":
        for column, old, new in WIDER:
            op.alter_column(
                "members", column, type_=sa.String(length=new), existing_type=sa.String(old)
            )


def downgrade() -> None:
    """Drop import_reports; narrow the pinyin columns again on PostgreSQL."""
    if op.get_bind().dialect.name == "postgresql":
        for column, old, new in WIDER:
            op.alter_column(
                "members", column, type_=sa.String(length=old), existing_type=sa.String(new)
            )
    op.drop_index("ix_import_reports_started_at", table_name="import_reports")
    op.drop_table("import_reports")
