"""SLA clocks of cases: first response and resolution due, pauses, reopen, breaches recorded.

The first-response due time is service_cases.due_at (rules: hours, or working days where the
rules file says so); the rest lives in case_clocks, kept by `on_status` inside the case's own
transaction and by `respond` (the clerk's answer with the timetable for the solution).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy.orm import Session

from vipdesk.assets import read_text
from vipdesk.db.care_models import CaseClock
from vipdesk.db.models import CaseNote, ServiceCase
from vipdesk.domain.sla import Clock, add_working_days, case_state, effective_due
from vipdesk.domain.sla import calendar_last_year as calendar_last_year
from vipdesk.domain.sla import calendar_warning as calendar_warning
from vipdesk.errors import KnownError, NotFound, Refused
from vipdesk.rules import Rules
from vipdesk.services.database import ROW_LOCK, Actor, Database, audit
from vipdesk.services.permissions import require

FINISHED = ("resolved", "closed")


@cache
def _working_day_table() -> tuple[tuple[dt.date, dict[str, int]], ...]:
    """(effective_from, {case type: working days}) of every rules version that states them."""
    raw = tomllib.loads(read_text("rules.toml"))
    out = []
    for version in raw.get("versions", []):
        days = version.get("cases", {}).get("response_working_days", {})
        out.append((version["effective_from"], {k: int(v) for k, v in days.items()}))
    return tuple(sorted(out, key=lambda v: v[0]))


def is_workday(day: dt.date) -> bool:
    """The mainland's official calendar (adjusted weekends are working days)."""
    import chinese_calendar

    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:  # a year the calendar does not know yet: plain weekdays
        return day.weekday() < 5


def first_response_due(rules: Rules, case_type: str, opened: dt.datetime) -> dt.datetime:
    """Opening time plus the rules' hours, or working days where the rules file states them."""
    day = opened.date()
    days = {}
    for effective, table in _working_day_table():
        if effective <= day:
            days = table
    if case_type in days:
        return add_working_days(opened, days[case_type], is_workday)
    return opened + dt.timedelta(hours=rules.case_response_hours[case_type])


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


@dataclass(frozen=True)
class SlaView:
    """What the queue and the case show of a case's clocks."""

    first_response_due: dt.datetime
    resolution_due: dt.datetime | None
    state: str
    paused: bool
    breached: bool

    def to_json(self) -> dict[str, Any]:
        """The SLA fields of `case list --json`."""
        return {
            "first_response_due": self.first_response_due.isoformat(),
            "resolution_due": self.resolution_due.isoformat() if self.resolution_due else None,
            "sla_state": self.state,
        }


def sla_view(
    opened_at: dt.datetime, due_at: dt.datetime, clock: CaseClock | None, now: dt.datetime
) -> SlaView:
    """The state of a case's clocks at `now` (a case without a clock row: first response only)."""
    opened, due = _utc(opened_at), _utc(due_at)
    assert opened is not None and due is not None
    if clock is None:
        state = case_state(Clock(opened, due), None, False, now)
        return SlaView(due, None, state, False, False)
    responded, paused_at = _utc(clock.responded_at), _utc(clock.paused_at)
    pause, pause_at = clock.paused_seconds or 0, paused_at
    if responded is None:
        response = Clock(opened, due, pause, pause_at)
    else:
        response = Clock(opened, due, stopped_at=responded)
    resolution = None
    res_due, res_start = _utc(clock.resolution_due), _utc(clock.resolution_started)
    if responded is not None and res_due is not None:
        start = res_start or responded
        resolution = Clock(start, res_due, pause, pause_at, _utc(clock.resolved_at))
    breached = bool(clock.response_breached or clock.resolution_breached)
    state = case_state(response, resolution, breached, now)
    if clock.resolved_at is not None and not breached:
        state = "met"
    return SlaView(due, res_due, state, paused_at is not None, breached)


def _clock(session: Session, case: ServiceCase) -> CaseClock:
    clock = session.get(CaseClock, case.id, with_for_update=ROW_LOCK)
    if clock is None:
        clock = CaseClock(case_id=case.id, paused_seconds=0)
        session.add(clock)
    clock.paused_seconds = clock.paused_seconds or 0
    return clock


def _running(case: ServiceCase, clock: CaseClock) -> Clock:
    opened, due = _utc(case.opened_at), _utc(case.due_at)
    assert opened is not None and due is not None
    if clock.responded_at is None or clock.resolution_due is None:
        return Clock(opened, due, clock.paused_seconds, _utc(clock.paused_at))
    started = _utc(clock.resolution_started) or _utc(clock.responded_at)
    assert started is not None
    resolution_due = _utc(clock.resolution_due)
    assert resolution_due is not None
    return Clock(started, resolution_due, clock.paused_seconds, _utc(clock.paused_at))


def _stop_response(case: ServiceCase, clock: CaseClock, moment: dt.datetime) -> None:
    if clock.responded_at is None:
        late = moment > effective_due(_running(case, clock), moment)
        clock.responded_at, clock.response_breached = moment, late
        clock.paused_seconds, clock.paused_at = 0, None


def on_status(session: Session, case: ServiceCase, old: str, new: str, moment: dt.datetime) -> None:
    """Keep the clock with a status change (in the change's transaction): pause while waiting
    for the customer, stop on resolution (a late one is recorded), a reopen restarts it."""
    clock = _clock(session, case)
    if old == "waiting_customer" and clock.paused_at is not None:
        paused_at = _utc(clock.paused_at)
        assert paused_at is not None
        clock.paused_seconds += int((moment - paused_at).total_seconds())
        clock.paused_at = None
    if new == "waiting_customer":
        clock.paused_at = moment
    if new == "resolved":
        running = _running(case, clock)
        answered = clock.responded_at is not None and clock.resolution_due is not None
        if answered and moment > effective_due(running, moment):
            clock.resolution_breached = True
        _stop_response(case, clock, moment)
        clock.resolved_at = moment
    if old in FINISHED and new == "in_progress":  # reopened: a new resolution due date
        span = dt.timedelta(hours=24)
        if clock.resolution_due is not None and clock.resolution_started is not None:
            span = max(_utc(clock.resolution_due) - _utc(clock.resolution_started), span)  # type: ignore[operator]
        clock.resolution_started, clock.resolution_due = moment, moment + span
        clock.resolved_at, clock.paused_at, clock.paused_seconds = None, None, 0


def respond(
    db: Database,
    actor: Actor,
    case_id: int,
    resolution_due: dt.datetime,
    note: str = "",
    now: dt.datetime | None = None,
) -> SlaView:
    """The clerk's first answer with the timetable for the solution (resolution due)."""
    require(actor, "case.work", db)
    moment = _utc(now or dt.datetime.now(dt.UTC))
    target = _utc(resolution_due)
    assert moment is not None and target is not None
    if target <= moment:
        raise KnownError("解决时限须晚于现在。")
    with db.write() as session:
        case = session.get(ServiceCase, case_id, with_for_update=ROW_LOCK)
        if case is None:
            raise NotFound("案件不存在")
        if case.status in FINISHED:
            raise Refused("case_finished", "案件已解决或关闭，如需继续处理请先重新打开。")
        clock = _clock(session, case)
        before = {"resolution_due": clock.resolution_due}
        _stop_response(case, clock, moment)
        clock.resolution_started, clock.resolution_due = moment, target
        clock.paused_at = moment if case.status == "waiting_customer" else None
        if case.status == "new":
            case.status = "in_progress"
        text = f"答复客户，解决时限：{target.astimezone():%Y-%m-%d %H:%M}"
        text += f"。{note.strip()}" if note.strip() else ""
        session.add(CaseNote(case_id=case.id, staff_id=actor.id, kind="status", at=moment,
                             text=text))  # fmt: skip
        audit(session, actor, "case.respond", "service_case", case.id, case.member_id, before,
              {"resolution_due": target, "response_breached": clock.response_breached})  # fmt: skip
        session.flush()
        return sla_view(case.opened_at, case.due_at, clock, moment)
