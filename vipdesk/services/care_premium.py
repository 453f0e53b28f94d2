"""The premium kinds of the care calendar in SQL: tiers at risk (离网预警) and upgrade candidates.

A tier's floor is a CASE on the member's tier (no join to a table of floors: a join let SQLite
read the candidates once per tier). Suspended members are read in name order from a partial
index (migration 0012); upgrade candidates band by band from the premium index.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import Date, Integer, Numeric, String, case, column, func, literal, select, text
from sqlalchemy.orm import aliased

from vipdesk.db.models import Member, Policy
from vipdesk.domain import care as rules_of_care
from vipdesk.services.care_kinds import _md_column
from vipdesk.services.care_sql import _row, _table, month_day

if TYPE_CHECKING:
    from vipdesk.services.care_query import CareQuery

MONEY = Numeric(14, 2)
PER_MEMBER_DAYS = 3  # chunks up to this many days read the candidates' policies member by member


def _floor(q: CareQuery) -> Any:
    """The member's tier floor (NULL for a tier without one)."""
    return case({t.code: literal(t.min_afyp, MONEY) for t in q.tiers}, value=Member.tier)


def _days(q: CareQuery, name: str, rows: list[tuple[Any, dt.date]]) -> Any:
    return _table(name, [_md_column(q), column("due_on", Date)], rows)


def at_risk_held(q: CareQuery) -> Any:
    """离网预警 of suspended members with a tier that has a floor: due on the first day."""
    m = Member
    stmt = select(*_row("tier_at_risk", q.start, m.name, m.id, m.name, amount=m.afyp,
                        tag=m.tier)).where(
        text("members.vip_status = 'suspended'"),  # the partial index's literal
        _floor(q).is_not(None),  # not `tier IN (…)`: the name order of the index serves
    )  # fmt: skip
    return q.scoped(stmt, m.id)


def _owed_by_window(q: CareQuery, lo: dt.date, hi: dt.date) -> Any:
    """Per member with an in-force policy due in the window: the premium due and the first
    due day, read by month-day over the whole window; kept when that day is in [lo, hi]."""
    p, days = Policy, _days(q, "pdays", q.pdays)
    stmt = (
        select(p.member_id, func.sum(p.annual_premium).label("owed"),
               func.min(days.c.due_on).label("first"))
        .select_from(days)
        .join(p, month_day(p.effective_date, q.dialect) == days.c.md)
        .where(p.status == "in_force", p.effective_date < days.c.due_on)
        .group_by(p.member_id)
    )  # fmt: skip
    if (lo, hi) != (q.start, q.end):
        stmt = stmt.having(func.min(days.c.due_on).between(lo, hi))
    return stmt.subquery("owed")


def _owed_by_member(q: CareQuery, lo: dt.date, hi: dt.date) -> Any:
    """The same for a few days: the members with a policy due in [lo, hi] and none due earlier
    in the window, each member's premium due in the window summed from its own policies."""
    p, later, earlier = Policy, aliased(Policy), aliased(Policy)
    chunk = _days(q, "cdays", q.cut(q.pdays, lo, hi))
    cand = (
        select(p.member_id, func.min(chunk.c.due_on).label("first"))
        .select_from(chunk)
        .join(p, month_day(p.effective_date, q.dialect) == chunk.c.md)
        .where(p.status == "in_force", p.effective_date < chunk.c.due_on)
        .group_by(p.member_id)
    )
    if before := q.cut(q.pdays, q.start, lo - dt.timedelta(days=1)):
        bdays = _days(q, "bpdays", before)
        sooner = (
            select(earlier.id)
            .select_from(bdays)
            .join(earlier, month_day(earlier.effective_date, q.dialect) == bdays.c.md)
            .where(
                earlier.member_id == p.member_id,
                earlier.status == "in_force",
                earlier.effective_date < bdays.c.due_on,
            )  # fmt: skip
            .exists()
        )
        cand = cand.where(~sooner)
    cand_q = cand.subquery("cand")
    window = _days(q, "pdays", q.pdays)
    owed = (
        select(func.sum(later.annual_premium))
        .select_from(window)
        .join(later, month_day(later.effective_date, q.dialect) == window.c.md)
        .where(
            later.member_id == cand_q.c.member_id,
            later.status == "in_force",
            later.effective_date < window.c.due_on,
        )  # fmt: skip
        .scalar_subquery()
    )
    return select(cand_q.c.member_id, owed.label("owed"), cand_q.c.first).subquery("owed")


def at_risk_due(q: CareQuery, lo: dt.date, hi: dt.date) -> Any:
    """离网预警 of active members whose in-force premium falls below the tier's floor if the
    policies due in the window go unpaid; due on the first of those days (in [lo, hi])."""
    m = Member
    short_chunk = (hi - lo).days < PER_MEMBER_DAYS and (lo, hi) != (q.start, q.end)
    held_due = (_owed_by_member if short_chunk else _owed_by_window)(q, lo, hi)
    remaining = func.round(m.afyp - held_due.c.owed, 2)
    stmt = (
        select(
            *_row(
                "tier_at_risk",
                held_due.c.first,
                m.name,
                m.id,
                m.name,
                sub_id=literal(1, Integer),
                amount=remaining,
                tag=m.tier,
            )
        )  # fmt: skip
        .select_from(held_due)
        .join(m, m.id == held_due.c.member_id)
        .where(m.vip_status == "active", remaining < _floor(q))
    )
    return q.scoped(stmt, m.id)


def upgrades(q: CareQuery) -> list[Any]:
    """Members within 10 % below the next channel-free tier's threshold (not suspended), one
    SELECT per threshold (each read from the premium index), due on the first day."""
    steps = sorted({t.min_afyp for t in q.tiers if t.channel is None})
    near = 1 - rules_of_care.UPGRADE_MARGIN
    m, out = Member, []
    for step in steps:
        stmt = select(*_row("upgrade", q.start, m.name, m.id, m.name,
                            amount=literal(step, MONEY) - m.afyp,
                            tag=literal(str(step), String))).where(
            m.afyp >= literal(step * near, MONEY), m.afyp < literal(step, MONEY),
            m.vip_status != "suspended",
        )  # fmt: skip
        out.append(q.scoped(stmt, m.id))
    return out
