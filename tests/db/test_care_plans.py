"""The care calendar's SQL reads through indexes: no full scan of members, cards or policies for
any kind (birthdays by the month-day expression index, anniversaries likewise), on SQLite and
PostgreSQL, for a window inside a year and one across New Year."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from tests.db.test_query_plans import full_scans, pg_plan, populated  # noqa: F401
from vipdesk.domain.care import KINDS
from vipdesk.services.care import care_page

RULES_DAY = dt.date(2026, 11, 27)


def _calendar_sql(db, read) -> list[tuple[str, tuple]]:  # noqa: ANN001
    """Every statement the calendar runs (one per kind's SELECT and chunk of days)."""
    seen = []

    def keep(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        if "kind_no" in statement:
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        with db.read() as s:
            read(s)
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    assert seen
    return seen


# holding only suspended members is the point (0012: ix_members_suspended_name)
PARTIAL = ("ix_members_suspended",)


def _scans(db, sql, params) -> list[str]:  # noqa: ANN001
    return [x for x in full_scans(db, sql, params) if not any(p in x for p in PARTIAL)]


def _explain(db, sql, params) -> str:  # noqa: ANN001
    with db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params).all()
            return "\n".join(r[3] for r in rows)
        return "\n".join(pg_plan(conn, sql, params))


@pytest.mark.parametrize("start", [dt.date(2026, 5, 4), dt.date(2026, 12, 25)])
@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_reads_through_indexes(populated, rules, actor, kind, start):  # noqa: F811
    """No kind scans members, cards or policies, nor reads a whole index of them (SQLite
    without statistics, as for large tables; PostgreSQL with scans priced out, see pg_plan)."""
    for limit in (3, None):  # the first chunks of days, and the whole window at once
        statements = _calendar_sql(
            populated,
            lambda s, n=limit: care_page(s, rules, start, 14, None, [kind], actor=actor, limit=n),
        )
        for sql, params in statements:
            assert not _scans(populated, sql, params), _explain(populated, sql, params)


def test_birthdays_use_the_month_day_indexes(populated, rules, actor):  # noqa: F811
    kinds = ["birthdays", "tier_at_risk"]
    statements = _calendar_sql(
        populated,
        lambda s: care_page(s, rules, dt.date(2026, 12, 25), 14, None, kinds, actor=actor),
    )
    plan = "\n".join(_explain(populated, sql, params) for sql, params in statements)
    if populated.engine.dialect.name == "sqlite":
        wanted = ["ix_members_birth_md", "ix_policies_effective_md",
                  "ix_designated_relatives_birth_md"]  # fmt: skip
    else:  # on 300 rows PostgreSQL reads members and policies by tier and member instead
        wanted = ["ix_designated_relatives_birth_md"]
    assert "ix_members_suspended" in plan or "ix_members_tier_status" in plan, plan
    for index in wanted:
        assert index in plan, plan


def test_first_days_read_suspended_by_name_and_premiums_member_by_member(
    populated,  # noqa: F811
    rules,
    actor,
):
    """A page's first chunk of 离网预警: suspended members in name order from their partial
    index, each candidate's premium due summed from its policies' covering index (0012)."""
    statements = _calendar_sql(
        populated,
        lambda s: care_page(
            s, rules, dt.date(2026, 5, 4), 14, None, ["tier_at_risk"], actor=actor, limit=3
        ),  # fmt: skip
    )
    plan = "\n".join(_explain(populated, sql, params) for sql, params in statements)
    assert "ix_members_suspended_name" in plan, plan
    if populated.engine.dialect.name == "sqlite":  # PostgreSQL: by member on 300 rows
        assert "ix_policies_member_premium" in plan, plan
