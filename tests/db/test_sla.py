"""SLA clocks of real cases on an injected clock: states, pause, breach kept, reopen, JSON."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.case_fixtures import BOOK, add_member, supervisor
from tests.db.relative_helpers import run
from vipdesk.errors import KnownError
from vipdesk.services import cases
from vipdesk.services.case_queue import case_queue
from vipdesk.services.sla import calendar_warning, respond

T0 = dt.datetime(2026, 3, 2, 1, 0, tzinfo=dt.UTC)
H = dt.timedelta(hours=1)
M = dt.timedelta(minutes=1)


def _open(db, actor, kind="complaint"):
    member, _ = add_member(db, actor, "gold")
    return cases.open_case(db, BOOK.current(), actor, cases.CaseRequest(kind, member, "投诉"), T0)


def state(db, actor, case_id, now):
    with db.read() as session:
        [row] = [r for r in case_queue(session, now, actor=actor) if r.id == case_id]
    return row.sla.state, row


@pytest.mark.parametrize(
    ("after", "expected"),
    [(23 * H + 59 * M, "due_soon"), (24 * H, "due_soon"), (24 * H + M, "overdue")],
)
def test_complaint_24_hours(db, actor, after, expected):
    case = _open(db, actor)
    assert state(db, actor, case.id, T0 + after)[0] == expected
    assert state(db, actor, case.id, T0 + H)[0] == "on_time"


def test_a_late_answer_stays_red_and_the_resolution_clock_runs(db, actor):
    case = _open(db, actor)
    view = respond(db, actor, case.id, T0 + 72 * H, "已联系客户", now=T0 + 24 * H + M)
    assert view.breached and view.state == "overdue"
    s, row = state(db, actor, case.id, T0 + 30 * H)
    assert s == "overdue" and row.sla.resolution_due == T0 + 72 * H  # breach recorded
    in_time = _open(db, actor)
    respond(db, actor, in_time.id, T0 + 48 * H, now=T0 + 2 * H)
    # 46 h from the answer: the last 20 % (9 h 12 min) starts at 38:48
    assert state(db, actor, in_time.id, T0 + 38 * H + 47 * M)[0] == "on_time"
    assert state(db, actor, in_time.id, T0 + 38 * H + 48 * M)[0] == "due_soon"
    assert state(db, actor, in_time.id, T0 + 48 * H + M)[0] == "overdue"
    with pytest.raises(KnownError):
        respond(db, actor, in_time.id, T0, now=T0 + 3 * H)  # a due time in the past


def test_pause_across_the_deadline_then_resume(db, actor):
    case = _open(db, actor)
    cases.change_status(db, actor, case.id, "in_progress", now=T0 + H)
    cases.change_status(db, actor, case.id, "waiting_customer", now=T0 + 20 * H)
    assert state(db, actor, case.id, T0 + 30 * H)[0] == "paused"  # past 24 h: the clock stands
    cases.change_status(db, actor, case.id, "in_progress", now=T0 + 30 * H)  # 10 h paused
    assert state(db, actor, case.id, T0 + 33 * H)[0] == "due_soon"
    assert state(db, actor, case.id, T0 + 34 * H)[0] == "due_soon"
    assert state(db, actor, case.id, T0 + 34 * H + M)[0] == "overdue"


def test_reopen_gives_a_new_resolution_due(db, actor):
    case = _open(db, actor)
    respond(db, actor, case.id, T0 + 48 * H, now=T0 + 2 * H)
    cases.change_status(db, actor, case.id, "resolved", now=T0 + 10 * H)
    assert state(db, actor, case.id, T0 + 100 * H)[0] == "met"
    cases.change_status(db, actor, case.id, "closed", now=T0 + 11 * H)
    boss = supervisor(db)
    cases.change_status(db, boss, case.id, "in_progress", now=T0 + 100 * H)
    s, row = state(db, actor, case.id, T0 + 101 * H)
    assert s == "on_time" and row.sla.resolution_due == T0 + 146 * H  # the same 46 h again
    assert state(db, actor, case.id, T0 + 146 * H + M)[0] == "overdue"


def test_case_list_json_carries_the_sla_fields(db, actor, capsys):
    case = _open(db, actor)
    code, out, _ = run(capsys, "--db", db.url, "--as", "clerk1", "case", "list", "--json")
    assert code == 0
    [row] = [r for r in json.loads(out) if r["case_no"] == case.case_no]
    assert row["first_response_due"] == (T0 + 24 * H).isoformat()
    assert row["resolution_due"] is None and row["sla_state"] == "overdue"  # T0 is long past
    code, out, _ = run(capsys, "--db", db.url, "--as", "clerk1", "sla", "respond", case.case_no,
                       "--working-days", "3", "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["resolution_due"] is not None


def test_the_calendar_warns_when_next_year_is_missing():
    assert calendar_warning(dt.date(2020, 6, 1)) is None
    warning = calendar_warning(dt.date(2099, 1, 1))
    assert warning is not None and "2100" not in warning and "chinesecalendar" in warning
