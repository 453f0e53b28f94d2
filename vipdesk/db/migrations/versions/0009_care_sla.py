"""Account managers, care calendar marks and SLA clocks (issue 12)

Revision ID: 0009
Revises: 0007
Create Date: 2026-11-27 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    ref = target.split(".")[0]
    return sa.ForeignKeyConstraint([column], [target], name=op.f(f"fk_{table}_{column}_{ref}"))


def upgrade() -> None:
    """Create member_account_managers, care_marks and case_clocks."""
    op.create_table(
        "member_account_managers",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("set_by_id", sa.Integer(), nullable=True),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        _fk("member_account_managers", "member_id", "members.id"),
        _fk("member_account_managers", "staff_id", "staff_users.id"),
        _fk("member_account_managers", "set_by_id", "staff_users.id"),
        sa.PrimaryKeyConstraint("member_id", name=op.f("pk_member_account_managers")),
    )
    op.create_index("ix_member_account_managers_staff_id", "member_account_managers", ["staff_id"])
    op.create_table(
        "care_marks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(128), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("state IN ('done', 'snoozed')", name=op.f("ck_care_marks_state")),
        _fk("care_marks", "member_id", "members.id"),
        _fk("care_marks", "staff_id", "staff_users.id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_marks")),
        sa.UniqueConstraint("key", name=op.f("uq_care_marks_key")),
    )
    op.create_index("ix_care_marks_member_id", "care_marks", ["member_id"])
    op.create_table(
        "case_clocks",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("responded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution_due", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution_started", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("paused_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("paused_seconds", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("response_breached", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("resolution_breached", sa.Boolean(), server_default=sa.false(), nullable=False),
        _fk("case_clocks", "case_id", "service_cases.id"),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_clocks")),
    )


def downgrade() -> None:
    """Drop case_clocks, care_marks and member_account_managers."""
    op.drop_table("case_clocks")
    op.drop_index("ix_care_marks_member_id", table_name="care_marks")
    op.drop_table("care_marks")
    op.drop_index("ix_member_account_managers_staff_id", table_name="member_account_managers")
    op.drop_table("member_account_managers")
