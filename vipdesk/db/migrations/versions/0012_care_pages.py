"""Care calendar pages (issue 12): suspended members by name, a member's policies with premiums

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-27 22:40:00

The care calendar reads each kind in its own order (day, member name) with a LIMIT and merges
them (vipdesk.services.care_query). Suspended members (离网预警, due on the window's first day)
are then read in name order from a partial index that holds only them (it replaces 0010's
`ix_members_suspended` on the tier alone, which SQLite preferred for its size); a member's in-force
policies with their premiums are read from one covering index when the premium due in the
window is summed member by member for the first days of a window. On PostgreSQL the name is
indexed in the "C" collation the calendar orders by. Each kind's read is cut to the page plus
the number of its items that can be done or snoozed, counted from the marks by kind and day.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

SUSPENDED = "vip_status = 'suspended'"


def upgrade() -> None:
    """Create the indexes (the suspended members' by name replaces the one by tier)."""
    postgresql = op.get_bind().dialect.name == "postgresql"
    op.drop_index("ix_members_suspended", table_name="members")
    name = [sa.text('name COLLATE "C"'), "id"] if postgresql else ["name"]
    op.create_index(
        "ix_members_suspended_name",
        "members",
        [*name, "tier", "afyp"],
        sqlite_where=sa.text(SUSPENDED),
        postgresql_where=sa.text(SUSPENDED),
    )
    op.create_index(
        "ix_policies_member_premium",
        "policies",
        ["member_id", "status", "effective_date", "annual_premium"],
    )
    op.create_index(
        "ix_care_marks_kind_due", "care_marks", ["kind", "due_on", "state", "snoozed_until"]
    )


def downgrade() -> None:
    """Drop them; the suspended members' index by tier again."""
    op.drop_index("ix_care_marks_kind_due", table_name="care_marks")
    op.drop_index("ix_policies_member_premium", table_name="policies")
    op.drop_index("ix_members_suspended_name", table_name="members")
    op.create_index(
        "ix_members_suspended",
        "members",
        ["tier"],
        sqlite_where=sa.text(SUSPENDED),
        postgresql_where=sa.text(SUSPENDED),
    )
