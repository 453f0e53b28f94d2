"""The queue's SLA colours on real cases: red overdue, amber due soon, the due-soon count, and a
non-modal notice when a case turns amber while the queue is open. Saves the screenshot."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from tests.case_fixtures import add_member
from tests.staff_helpers import actor_for
from ui.cases.queue_model import DUE_SOON_BACKGROUND, OVERDUE_BACKGROUND
from ui.cases.queue_view import CaseQueueWidget
from ui.worker import DbWorker
from vipdesk.rules import load_rules
from vipdesk.services import cases
from vipdesk.services.database import Database

WAIT = 10_000
NOW = dt.datetime.now(dt.UTC)
H = dt.timedelta(hours=1)
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def desk(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    db.ensure_schema()
    state = SimpleNamespace(
        db=db, actor=actor_for(db, "clerk1", "柜员一"), book=load_rules(), online_geocoder=None
    )
    yield state
    db.dispose()


@pytest.fixture
def worker(desk, qtbot):
    w = DbWorker(desk)
    w.start()
    yield w
    qtbot.waitUntil(w.is_idle, timeout=WAIT)
    w.stop()


def _open(desk, kind, opened, name="周杰伦"):
    member_id, _ = add_member(desk.db, desk.actor, "gold", name=name)
    request = cases.CaseRequest(kind, member_id, "测试", eligible=kind == "rescue" or None)
    return cases.open_case(desk.db, desk.book.current(), desk.actor, request, now=opened)


def test_red_amber_count_and_a_notice_when_a_case_turns_amber(qtbot, desk, worker):
    late = _open(desk, "complaint", NOW - 25 * H, "赵敏")  # 24 h gone: red
    soon = _open(desk, "complaint", NOW - 21 * H, "钱学森")  # last 20 %: amber
    fine = _open(desk, "enquiry", NOW, "孙俪")  # 48 h ahead
    view = CaseQueueWidget(worker.op)
    qtbot.addWidget(view)
    view.resize(1280, 560)
    view.show()
    model = view.model
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 3, timeout=WAIT)
    order = [r.case_no for r in model.rows]
    assert order == [late.case_no, soon.case_no, fine.case_no]  # by urgency
    bg = Qt.ItemDataRole.BackgroundRole
    assert model.data(model.index(0, 0), bg).color() == OVERDUE_BACKGROUND
    assert model.data(model.index(1, 0), bg).color() == DUE_SOON_BACKGROUND
    assert model.data(model.index(2, 0), bg) is None
    assert "即将到期" in model.data(model.index(1, 2))
    assert "1" in view.sla_watch.due_soon_label.text()
    assert not view.sla_watch.notice.isVisible()
    # the enquiry turns amber: open another one 40 h ago and read the queue again
    turned = _open(desk, "enquiry", NOW - 40 * H, "李娜")
    view.sla_watch.states[turned.case_no] = "on_time"  # it was on time at the last reading
    model.refresh()
    qtbot.waitUntil(lambda: view.sla_watch.notice.isVisible(), timeout=WAIT)
    assert turned.case_no in view.sla_watch.notice.text()
    if os.environ.get("VIPDESK_SCREENSHOTS"):
        qtbot.wait(100)
        view.grab().save(str(SHOTS / "queue-sla.png"))
