"""SLA clocks of service cases: due soon (last 20 %), overdue, paused; working-day deadlines.

Pure: the service passes the clock's moments and, for working days, a calendar predicate.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

DUE_SOON_FRACTION = 0.2  # the last 20 % of the time is amber
STATES = ("on_time", "due_soon", "overdue", "paused", "met")
STATE_NAMES = {
    "on_time": "按时",
    "due_soon": "即将到期",
    "overdue": "已超时",
    "paused": "暂停（等待客户）",
    "met": "已按时完成",
}
URGENCY = {"overdue": 0, "due_soon": 1, "on_time": 2, "paused": 3, "met": 4}


@dataclass(frozen=True)
class Clock:
    """One SLA clock: started, due, time paused so far, paused now since, stopped (answered)."""

    started: dt.datetime
    due: dt.datetime
    paused_seconds: int = 0
    paused_at: dt.datetime | None = None
    stopped_at: dt.datetime | None = None


def effective_due(clock: Clock, now: dt.datetime) -> dt.datetime:
    """The due time moved on by every pause (the running one counted up to `now`)."""
    paused = dt.timedelta(seconds=clock.paused_seconds)
    if clock.paused_at is not None:
        paused += max(now - clock.paused_at, dt.timedelta(0))
    return clock.due + paused


def clock_state(clock: Clock, now: dt.datetime) -> str:
    """on_time, due_soon (last 20 % of the span), overdue (strictly past due), paused or met."""
    if clock.stopped_at is not None:
        late = clock.stopped_at > effective_due(clock, clock.stopped_at)
        return "overdue" if late else "met"
    if clock.paused_at is not None:
        return "paused"
    due = effective_due(clock, now)
    if now > due:
        return "overdue"
    span = clock.due - clock.started
    if now >= due - span * DUE_SOON_FRACTION:
        return "due_soon"
    return "on_time"


def case_state(response: Clock, resolution: Clock | None, breached: bool, now: dt.datetime) -> str:
    """The case's state: a recorded breach stays overdue; else the running clock's state."""
    if breached:
        return "overdue"
    first = clock_state(response, now)
    if response.stopped_at is None or resolution is None:
        return first
    return clock_state(resolution, now)


def add_working_days(
    start: dt.datetime, days: int, is_workday: Callable[[dt.date], bool]
) -> dt.datetime:
    """The same time of day on the `days`-th working day after `start` (adjusted weekends count
    as working days, holidays do not; `is_workday` is the official calendar)."""
    day = start.date()
    left = days
    while left > 0:
        day += dt.timedelta(days=1)
        if is_workday(day):
            left -= 1
    return dt.datetime.combine(day, start.timetz())


def calendar_last_year() -> int:
    """The last year whose official holidays the installed calendar knows."""
    from chinese_calendar import constants

    return max(constants.holidays).year


def calendar_warning(today: dt.date) -> str | None:
    """A plain warning for an administrator when next year's holidays are missing."""
    last = calendar_last_year()
    if last > today.year:
        return None
    return (
        f"工作日历只收录到 {last} 年，{last + 1} 年的法定节假日尚未公布或未安装："
        "按工作日计算的时限将暂按周一至周五计算，请升级 chinesecalendar。"
    )
