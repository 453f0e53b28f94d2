"""SLA clocks on an injected clock: 23:59 / 24:00 / 24:01, pauses, reopen, working days."""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import pytest

from vipdesk.domain.sla import Clock, add_working_days, case_state, clock_state, effective_due

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
H = dt.timedelta(hours=1)
M = dt.timedelta(minutes=1)
COMPLAINT = Clock(T0, T0 + 24 * H)


@pytest.mark.parametrize(
    ("after", "state"),
    [
        (0 * H, "on_time"),
        (19 * H + 11 * M, "on_time"),  # 19:11 < 80 % of 24 h (19:12)
        (19 * H + 12 * M, "due_soon"),  # the last 20 % starts: amber
        (23 * H + 59 * M, "due_soon"),
        (24 * H, "due_soon"),  # exactly at the due time: not yet late
        (24 * H + M, "overdue"),  # 24:01: red
    ],
)
def test_complaint_first_response_states(after, state):
    assert clock_state(COMPLAINT, T0 + after) == state


def test_answered_in_time_is_met_and_late_stays_overdue():
    assert clock_state(Clock(T0, T0 + 24 * H, stopped_at=T0 + 24 * H), T0 + 99 * H) == "met"
    late = Clock(T0, T0 + 24 * H, stopped_at=T0 + 24 * H + M)
    assert clock_state(late, T0 + 99 * H) == "overdue"


def test_pause_across_the_deadline_moves_it_on():
    paused = Clock(T0, T0 + 24 * H, paused_at=T0 + 20 * H)  # waiting for the customer since 20:00
    assert clock_state(paused, T0 + 30 * H) == "paused"  # past 24 h, but the clock stands
    resumed = Clock(T0, T0 + 24 * H, paused_seconds=10 * 3600)  # 10 h paused, resumed at 30:00
    assert effective_due(resumed, T0 + 30 * H) == T0 + 34 * H
    assert clock_state(resumed, T0 + 30 * H) == "due_soon"  # 4 h left of 24: inside the last 20 %
    assert clock_state(resumed, T0 + 34 * H) == "due_soon"
    assert clock_state(resumed, T0 + 34 * H + M) == "overdue"


def test_reopen_runs_the_new_resolution_clock_and_a_breach_stays():
    response = Clock(T0, T0 + 24 * H, stopped_at=T0 + 2 * H)
    reopened = Clock(T0 + 100 * H, T0 + 220 * H)  # new resolution due after reopening
    assert case_state(response, reopened, False, T0 + 101 * H) == "on_time"
    assert case_state(response, reopened, False, T0 + 221 * H) == "overdue"
    assert case_state(response, reopened, True, T0 + 101 * H) == "overdue"  # breach recorded
    assert case_state(Clock(T0, T0 + 24 * H), None, False, T0 + H) == "on_time"


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        # National Day 2025: 1–8 Oct off; Sunday 28 Sep and Saturday 11 Oct are working days
        (dt.datetime(2025, 9, 26, 10), 1, dt.datetime(2025, 9, 28, 10)),  # Fri -> adjusted Sun
        (dt.datetime(2025, 9, 28, 10), 2, dt.datetime(2025, 9, 30, 10)),  # Sun -> Mon, Tue
        (dt.datetime(2025, 9, 30, 10), 1, dt.datetime(2025, 10, 9, 10)),  # over the holiday week
        (dt.datetime(2025, 10, 9, 10), 2, dt.datetime(2025, 10, 11, 10)),  # adjusted Saturday
        (dt.datetime(2025, 10, 10, 10), 2, dt.datetime(2025, 10, 13, 10)),  # Sat, then Mon
        (dt.datetime(2026, 3, 6, 18), 1, dt.datetime(2026, 3, 9, 18)),  # plain weekend
    ],
)
def test_working_days_follow_the_official_calendar(start, days, expected):
    assert add_working_days(start, days, chinese_calendar.is_workday) == expected
