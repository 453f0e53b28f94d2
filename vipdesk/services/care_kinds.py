"""The dated kinds of the care calendar in SQL: birthdays, health checks, follow-ups, cards.

Each function returns the SELECTs of one kind for the due days [lo, hi] of the window (the
window's day tables cut to those days), in the common columns of `care_sql.COLUMNS`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Date,
    DateTime,
    Integer,
    Numeric,
    String,
    and_,
    cast,
    column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import aliased

from vipdesk.db.care_models import CaseClock
from vipdesk.db.models import Card, CardEvent, DesignatedRelative, Member, ServiceCase
from vipdesk.db.usage_models import ServiceUse
from vipdesk.services.care_sql import _row, _table, month_day
from vipdesk.services.members import CURRENT_CARD_WHERE

if TYPE_CHECKING:
    from vipdesk.services.care_query import CareQuery


def _md_column(q: CareQuery) -> Any:
    """The month-day column of a window table (text on SQLite, month * 100 + day on PostgreSQL)."""
    kind: Any = Integer if q.dialect == "postgresql" else String
    return column("md", kind)


def birthdays(q: CareQuery, lo: dt.date, hi: dt.date) -> list[Any]:
    """Members with a tier, and active designated relatives, born on a day of [lo, hi]."""
    days = _table("bdays", [_md_column(q), column("due_on", Date)], q.cut(q.bdays, lo, hi))
    m, r = Member, DesignatedRelative
    own = (
        select(*_row("birthdays", days.c.due_on, m.name, m.id, m.name, on_day=m.birth_date))
        .select_from(days)
        .join(m, month_day(m.birth_date, q.dialect) == days.c.md)
        .where(m.tier.is_not(None), m.birth_date < days.c.due_on)
    )
    kin = (
        select(
            *_row(
                "birthdays", days.c.due_on, m.name, m.id, r.name, sub_id=r.id, on_day=r.birth_date
            )
        )  # fmt: skip
        .select_from(days)
        .join(r, month_day(r.birth_date, q.dialect) == days.c.md)
        .join(m, m.id == r.member_id)
        .where(r.status == "active", r.birth_date < days.c.due_on)
    )
    return [q.scoped(own, m.id), q.scoped(kin, m.id)]


def health_checks(q: CareQuery, lo: dt.date, hi: dt.date) -> list[Any]:
    """Members whose last health check makes the next one available on a day of [lo, hi]."""
    cols = [column("tier", String), column("used_on", Date), column("every", Integer),
            column("due_on", Date)]  # fmt: skip
    checks = _table("checks", cols, q.cut(q.checks, lo, hi))
    u, later, m = ServiceUse, aliased(ServiceUse), Member
    newer = (
        select(later.id)
        .where(
            later.member_id == u.member_id,
            later.quota_code == "health_check",
            later.status != "cancelled",
            or_(later.used_on > u.used_on, and_(later.used_on == u.used_on, later.id > u.id)),
        )
        .exists()
    )
    stmt = (
        select(
            *_row(
                "health_check",
                checks.c.due_on,
                m.name,
                m.id,
                m.name,
                on_day=u.used_on,
                amount=cast(checks.c.every, Numeric(14, 2)),
            )
        )  # fmt: skip
        .select_from(checks)
        .join(u, and_(u.used_on == checks.c.used_on, u.quota_code == "health_check"))
        .join(m, and_(m.id == u.member_id, m.tier == checks.c.tier))
        .where(u.status != "cancelled", ~newer)
    )
    return [q.scoped(stmt, m.id)]


def follow_ups(q: CareQuery, lo: dt.date, hi: dt.date) -> list[Any]:
    """回访 three days after a case was resolved (missed ones stay for 30 days)."""
    cols = [column("lo", DateTime(timezone=True)), column("hi", DateTime(timezone=True)),
            column("due_on", Date)]  # fmt: skip
    fdays = _table("fdays", cols, q.cut(q.fdays, lo, hi))
    c, k, m = ServiceCase, CaseClock, Member
    stmt = (
        select(
            *_row(
                "follow_up",
                fdays.c.due_on,
                m.name,
                m.id,
                m.name,
                sub_id=c.id,
                at=k.resolved_at,
                tag=c.case_no,
            )
        )  # fmt: skip
        .select_from(fdays)
        .join(k, and_(k.resolved_at >= fdays.c.lo, k.resolved_at < fdays.c.hi))
        .join(c, c.id == k.case_id)
        .join(m, m.id == c.member_id)
        .where(c.status.in_(("resolved", "closed")))
    )
    return [q.scoped(stmt, m.id)]


def card_pickups(q: CareQuery, lo: dt.date, hi: dt.date) -> list[Any]:
    """Reissued cards, still current, not yet handed over (issued up to the window's end; the
    day range is not used: a card waits from its issue day on)."""
    card, e, m = Card, CardEvent, Member
    stmt = (
        select(
            *_row(
                "card_pickup", card.issued_on, m.name, m.id, m.name, sub_id=card.id, tag=card.number
            )
        )  # fmt: skip
        .select_from(e)
        .join(card, card.id == e.card_id)
        .join(m, m.id == card.member_id)
        .where(
            text("card_events.cause = 'reissue'"), CURRENT_CARD_WHERE, card.issued_on <= q.end
        )  # fmt: skip
    )
    return [q.scoped(stmt, m.id)]
