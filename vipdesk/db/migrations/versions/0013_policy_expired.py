"""Matured policies (满期): `expired` as a policy status

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-28 05:30:00

A core-system export names matured policies 满期 (到期, expired); the policies table's CHECK
now admits `expired` (DOMAIN.md, Tiers: an expired policy never counts toward AFYP).
PostgreSQL drops and re-adds the constraint. SQLite cannot alter a CHECK, so the batch rebuilds
`policies` (a copy of every row): its indexes are re-created as they were, from their own SQL
(the month-day expression index too). Desks run with foreign keys on inside the one upgrade
transaction, and dropping the old table would count the designated relatives pointing at its
rows as violations: their policy ids are set aside and put back once the copy is in place.
"""

from __future__ import annotations

import warnings

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

OLD = "status IN ('in_force', 'suspended', 'lapsed', 'terminated')"
NEW = "status IN ('in_force', 'suspended', 'lapsed', 'terminated', 'expired')"
NAME = "ck_policies_status"


def upgrade() -> None:
    """Admit `expired` in the policies' status CHECK."""
    _replace_check(NEW)


def downgrade() -> None:
    """Admit the four old statuses again (refused while an expired policy is stored)."""
    _replace_check(OLD)


def _replace_check(condition: str) -> None:
    """The policies' status CHECK becomes `condition` (SQLite: the table rebuilt, rows kept)."""
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.drop_constraint(op.f(NAME), "policies", type_="check")
        op.create_check_constraint(op.f(NAME), "policies", sa.text(condition))
        return
    indexes: dict[str, str] = {
        str(name): str(sql)
        for name, sql in bind.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master "
            "WHERE type = 'index' AND tbl_name = 'policies' AND sql IS NOT NULL"
        )
    }
    bind.exec_driver_sql(
        "CREATE TEMP TABLE _relative_policies AS SELECT id, policy_id FROM designated_relatives "
        "WHERE policy_id IS NOT NULL"
    )
    bind.exec_driver_sql("UPDATE designated_relatives SET policy_id = NULL")
    with warnings.catch_warnings():  # expression indexes are not reflected: re-created below
        warnings.filterwarnings("ignore", "Skipped unsupported reflection", sa.exc.SAWarning)
        with op.batch_alter_table("policies", recreate="always") as batch_op:
            batch_op.drop_constraint(op.f(NAME), type_="check")
            batch_op.create_check_constraint(op.f(NAME), sa.text(condition))
    kept = {
        row[0]
        for row in bind.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'policies'"
        )
    }
    for name, sql in indexes.items():
        if name not in kept:
            bind.exec_driver_sql(sql)
    bind.exec_driver_sql(
        "UPDATE designated_relatives SET policy_id = (SELECT t.policy_id FROM "
        "_relative_policies AS t WHERE t.id = designated_relatives.id) "
        "WHERE id IN (SELECT id FROM _relative_policies)"
    )
    bind.exec_driver_sql("DROP TABLE _relative_policies")
