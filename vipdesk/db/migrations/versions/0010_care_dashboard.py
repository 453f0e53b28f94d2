"""Care calendar and dashboard indexes (issue 12): month-day expressions, bands, resolutions

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27 19:40:00

The care calendar probes birthdays and policy anniversaries by month-day through expression
indexes (SQLite: substr(date, 6, 5); PostgreSQL: month * 100 + day, as EXTRACT is immutable on a
date); vipdesk.services.care_sql.month_day spells the same expressions. The other indexes serve
the upgrade bands, suspended members, health checks by day, follow-ups by resolution time,
reissued cards and the dashboard's per-week and per-month counts.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

MONTH_DAY = {
    "sqlite": "substr({c}, 6, 5)",
    "postgresql": "(EXTRACT(month FROM {c}) * 100 + EXTRACT(day FROM {c}))",
}
PLAIN = (
    # upgrade bands read the name and status from the index (no row lookups: 150,000 at 1M)
    ("ix_members_afyp", "members", ["afyp", "vip_status", "tier", "name"]),
    ("ix_service_uses_quota_used_on", "service_uses", ["quota_code", "used_on"]),
    ("ix_case_clocks_resolved_at", "case_clocks", ["resolved_at"]),
    ("ix_card_events_cause_at", "card_events", ["cause", "at", "card_id"]),
    ("ix_designated_relatives_designated_on", "designated_relatives", ["designated_on"]),
    ("ix_service_cases_opened_at", "service_cases", ["opened_at"]),
    ("ix_members_tier_status", "members", ["tier", "vip_status"]),  # the dashboard's count
    ("ix_care_marks_state_at", "care_marks", ["state", "at"]),
)
MONTH_DAYS = (  # the month-day, then the columns the calendar reads (covering: no row lookups)
    ("ix_members_birth_md", "members", "birth_date", ["tier", "birth_date", "name"]),
    ("ix_designated_relatives_birth_md", "designated_relatives", "birth_date",
     ["status", "birth_date", "member_id", "name"]),
    ("ix_policies_effective_md", "policies", "effective_date",
     ["status", "effective_date", "member_id", "annual_premium"]),
)  # fmt: skip


def upgrade() -> None:
    """Create the care calendar's and the dashboard's indexes."""
    spell = MONTH_DAY[op.get_bind().dialect.name]
    for name, table, column, more in MONTH_DAYS:
        op.create_index(name, table, [sa.text(spell.format(c=column)), *more])
    for name, table, columns in PLAIN:
        op.create_index(name, table, columns)
    op.create_index(
        "ix_members_suspended",
        "members",
        ["tier"],
        sqlite_where=sa.text("vip_status = 'suspended'"),
        postgresql_where=sa.text("vip_status = 'suspended'"),
    )


def downgrade() -> None:
    """Drop them."""
    op.drop_index("ix_members_suspended", table_name="members")
    for name, table, *_ in (*PLAIN, *MONTH_DAYS):
        op.drop_index(name, table_name=table)
