"""Service use, quotas and tier history (issue 11)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 17:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create service_uses and tier_changes."""
    op.create_table(
        "service_uses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("relative_id", sa.Integer(), nullable=True),
        sa.Column("service_code", sa.String(32), nullable=False),
        sa.Column("item_code", sa.String(64), nullable=True),
        sa.Column("quota_code", sa.String(64), nullable=False),
        sa.Column("used_on", sa.Date(), nullable=False),
        sa.Column("occasion", sa.String(64), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cancelled_on", sa.Date(), nullable=True),
        sa.Column("cancel_reason", sa.String(256), nullable=True),
        sa.CheckConstraint(
            "status IN ('booked', 'delivered', 'cancelled')", name=op.f("ck_service_uses_status")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_service_uses_member_id_members")
        ),
        sa.ForeignKeyConstraint(
            ["relative_id"],
            ["designated_relatives.id"],
            name=op.f("fk_service_uses_relative_id_designated_relatives"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["service_cases.id"], name=op.f("fk_service_uses_case_id_service_cases")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_users.id"], name=op.f("fk_service_uses_staff_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_uses")),
    )
    op.create_index("ix_service_uses_member_quota", "service_uses", ["member_id", "quota_code"])
    op.create_index("ix_service_uses_case_id", "service_uses", ["case_id"])
    op.create_table(
        "tier_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("old_tier", sa.String(16), nullable=True),
        sa.Column("new_tier", sa.String(16), nullable=True),
        sa.Column("old_status", sa.String(16), nullable=False),
        sa.Column("new_status", sa.String(16), nullable=False),
        sa.Column("old_afyp", sa.Numeric(14, 2), nullable=False),
        sa.Column("afyp", sa.Numeric(14, 2), nullable=False),
        sa.Column("reason", sa.String(16), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "reason IN ('import', 'recompute', 'reinstatement', 'suspension', 'lapse')",
            name=op.f("ck_tier_changes_reason"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_tier_changes_member_id_members")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_users.id"], name=op.f("fk_tier_changes_staff_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_changes")),
    )
    op.create_index("ix_tier_changes_member_id", "tier_changes", ["member_id"])


def downgrade() -> None:
    """Drop tier_changes and service_uses."""
    op.drop_index("ix_tier_changes_member_id", table_name="tier_changes")
    op.drop_table("tier_changes")
    op.drop_index("ix_service_uses_case_id", table_name="service_uses")
    op.drop_index("ix_service_uses_member_quota", table_name="service_uses")
    op.drop_table("service_uses")
