"""Dashboard figures for supervisors, every one computed in SQL (one query per figure).

Members per tier and VIP status; cases opened and closed per week with the share that met their
deadlines; card reissues and relative designations per month; care items done and due per
account manager (due: the care calendar's own SQL over the period, done or not).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from vipdesk.db.care_models import AccountManager, CareMark, CaseClock
from vipdesk.db.models import CardEvent, DesignatedRelative, Member, ServiceCase, StaffUser
from vipdesk.domain.care import KINDS
from vipdesk.rules import Rules
from vipdesk.services.care_query import UNASSIGNED, CareQuery
from vipdesk.services.database import Actor
from vipdesk.services.permissions import require


@dataclass(frozen=True)
class Dashboard:
    """The figures of the dashboard (plain values, safe to pass between threads)."""

    members: list[tuple[str | None, str, int]] = field(default_factory=list)  # tier, status, n
    weeks: list[tuple[dt.date, int, int, int]] = field(default_factory=list)  # opened, closed, met
    months: list[tuple[str, int, int]] = field(default_factory=list)  # reissues, designations
    care_done: list[tuple[str, int]] = field(default_factory=list)  # manager, done
    care: list[tuple[str, int, int]] = field(default_factory=list)  # manager, done, due
    care_since: dt.date | None = None  # the first day of the care figures' period


def _week(session: Session, column: Any) -> Any:
    """The Monday of a timestamp's week, as a date (SQLite and PostgreSQL)."""
    if session.get_bind().dialect.name == "postgresql":
        return func.date(func.date_trunc("week", func.timezone("UTC", column)))
    return func.date(column, "weekday 0", "-6 days")


def _month(session: Session, column: Any) -> Any:
    """'YYYY-MM' of a date or timestamp."""
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(column, "YYYY-MM")
    return func.strftime("%Y-%m", column)


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def care_due(session: Session, rules: Rules, start: dt.date, end: dt.date) -> dict[str, int]:
    """Care items due in [start, end] per account manager, done or not: the calendar's SELECTs
    (vipdesk.services.care_query) each counted per manager in the database."""
    if end < start:
        return {}
    start = max(start, end - dt.timedelta(days=365))  # the calendar's longest window
    return CareQuery(session, rules, start, end, None).due_counts(KINDS)


def dashboard(
    session: Session,
    since: dt.date,
    now: dt.datetime,
    *,
    actor: Actor,
    rules: Rules | None = None,
    care_since: dt.date | None = None,
) -> Dashboard:
    """The figures from `since` (weeks and months) up to `now`; supervisors only. With `rules`,
    care items done and due per manager from `care_since` (default `since`) to `now`'s day."""
    require(actor, "case.view_all", session)
    care_start = care_since or since
    care_from = dt.datetime.combine(care_start, dt.time(), tzinfo=dt.UTC)
    start = dt.datetime.combine(since, dt.time(), tzinfo=dt.UTC)
    members = session.execute(
        select(Member.tier, Member.vip_status, func.count())
        .group_by(Member.tier, Member.vip_status)
        .order_by(Member.tier, Member.vip_status)
    ).all()
    late_now = and_(
        ServiceCase.status.in_(("new", "in_progress")),
        CaseClock.responded_at.is_(None),
        ServiceCase.due_at < now,
    )
    breached = or_(CaseClock.response_breached.is_(True), CaseClock.resolution_breached.is_(True))
    week = _week(session, ServiceCase.opened_at).label("week")
    opened = session.execute(
        select(
            week,
            func.count(),
            func.sum(case((ServiceCase.status == "closed", 1), else_=0)),
            func.sum(case((or_(breached, late_now), 0), else_=1)),
        )
        .select_from(ServiceCase)
        .outerjoin(CaseClock, CaseClock.case_id == ServiceCase.id)
        .where(ServiceCase.opened_at >= start)
        .group_by(week)
        .order_by(week)
    ).all()
    reissue_month = _month(session, CardEvent.at).label("month")
    reissues: dict[str, int] = {
        m: n
        for m, n in session.execute(
            select(reissue_month, func.count())
            .where(CardEvent.cause == "reissue", CardEvent.at >= start)
            .group_by(reissue_month)
        )
    }
    designation_month = _month(session, DesignatedRelative.designated_on).label("month")
    designations: dict[str, int] = {
        m: n
        for m, n in session.execute(
            select(designation_month, func.count())
            .where(DesignatedRelative.designated_on >= since)
            .group_by(designation_month)
        )
    }
    months = sorted(set(reissues) | set(designations))
    care = session.execute(
        select(func.coalesce(StaffUser.display_name, literal(UNASSIGNED)), func.count())
        .select_from(CareMark)
        .outerjoin(AccountManager, AccountManager.member_id == CareMark.member_id)
        .outerjoin(StaffUser, StaffUser.id == AccountManager.staff_id)
        .where(CareMark.state == "done", CareMark.at >= care_from)
        .group_by(StaffUser.display_name)
        .order_by(StaffUser.display_name)
    ).all()
    done = {name: int(n) for name, n in care}
    last = (now - dt.timedelta(microseconds=1)).date()  # a month's report ends before `now`
    due = {} if rules is None else care_due(session, rules, care_start, last)
    names = sorted(set(done) | set(due), key=lambda m: (m == UNASSIGNED, m))
    return Dashboard(
        care=[(m, done.get(m, 0), due.get(m, 0)) for m in names],
        care_since=care_start,
        members=[(t, s, int(n)) for t, s, n in members],
        weeks=[(_as_date(w), int(n), int(c or 0), int(m or 0)) for w, n, c, m in opened],
        months=[(m, int(reissues.get(m, 0)), int(designations.get(m, 0))) for m in months],
        care_done=[(name, int(n)) for name, n in care],
    )
