"""The case queue (model, filters, overdue highlight) and the case detail panel, on real data."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.case_fixtures import add_member
from tests.staff_helpers import actor_for, supervisor
from ui.cases.queue_model import OVERDUE_BACKGROUND, CaseQueueModel
from ui.cases.queue_view import CaseQueueWidget
from vipdesk.services import cases
from vipdesk.services.case_queue import QueueFilter

WAIT = 10_000
NOW = dt.datetime.now(dt.UTC)


@pytest.fixture
def opened(desk):
    """An overdue rescue (opened 3 h ago), a fresh complaint and a fresh enquiry."""
    member_id, _ = add_member(desk.db, desk.actor, "gold", name="周杰伦")
    rules = desk.book.current()

    def open_(kind, now):
        request = cases.CaseRequest(
            case_type=kind,
            member_id=member_id,
            description="测试",
            eligible=kind == "rescue" or None,
        )
        return cases.open_case(desk.db, rules, desk.actor, request, now=now)

    return {
        "late": open_("rescue", NOW - dt.timedelta(hours=3)),
        "complaint": open_("complaint", NOW),
        "enquiry": open_("enquiry", NOW),
    }


def loaded(qtbot, model):
    qtbot.waitUntil(lambda: not model.loading and model.flt is not None, timeout=WAIT)


def test_the_model_passes_the_model_tester_and_highlights_overdue_rows(
    qtbot, qtmodeltester, worker, opened
):
    model = CaseQueueModel(worker.op)
    model.set_filter(QueueFilter())
    loaded(qtbot, model)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    late = model.row_of(opened["late"].case_no)
    assert late == 0  # overdue first
    status = model.index(late, 2)
    assert "超时" in model.data(status)
    assert model.data(status, Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert model.data(status, Qt.ItemDataRole.FontRole).bold()
    fresh = model.index(model.row_of(opened["complaint"].case_no), 2)
    assert model.data(fresh, Qt.ItemDataRole.BackgroundRole) is None
    assert model.overdue_total == 1


def test_the_queue_filters_by_type_overdue_and_assignee(qtbot, worker, desk, opened):
    queue = CaseQueueWidget(worker.op)
    qtbot.addWidget(queue)
    queue.show()
    loaded(qtbot, queue.model)
    assert "超时案件 1 件" in queue.overdue_label.text()
    queue.overdue.setChecked(True)
    loaded(qtbot, queue.model)
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=WAIT)
    assert queue.model.case_at(0).case_no == opened["late"].case_no
    queue.overdue.setChecked(False)
    queue.case_type.setCurrentIndex(queue.case_type.findData("complaint"))
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1 and not queue.model.loading, timeout=WAIT)
    assert queue.model.case_at(0).case_no == opened["complaint"].case_no
    queue.case_type.setCurrentIndex(0)
    qtbot.waitUntil(lambda: queue.assignee.count() > 1, timeout=WAIT)
    other = actor_for(desk.db, "clerk9", "柜员九")
    cases.assign_case(desk.db, desk.actor, opened["enquiry"].id, "clerk9")
    desk.actor = supervisor(desk.db)  # another desk's cases: a supervisor sees every queue
    queue.assignee.addItem("柜员九", other.id)
    queue.assignee.setCurrentIndex(queue.assignee.count() - 1)
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1 and not queue.model.loading, timeout=WAIT)
    assert queue.model.case_at(0).case_no == opened["enquiry"].case_no


def test_the_detail_panel_adds_notes_and_moves_the_status(qtbot, worker, opened):
    queue = CaseQueueWidget(worker.op)
    qtbot.addWidget(queue)
    queue.show()
    loaded(qtbot, queue.model)
    assert queue.select_case(opened["late"].case_no)
    panel = queue.detail
    qtbot.waitUntil(lambda: panel.detail is not None, timeout=WAIT)
    assert "已超过回复期限" in panel.header.text()
    panel.note.setPlainText("已联系救援中心")
    panel.follow_up.setChecked(True)
    qtbot.mouseClick(panel.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.notes.count() == 1, timeout=WAIT)
    assert "[跟进] 已联系救援中心" in panel.notes.item(0).text()
    button = panel.findChild(QPushButton, "status_in_progress")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.detail.row.status == "in_progress", timeout=WAIT)
    assert "新建 → 处理中" in panel.notes.item(1).text()
    assert panel.findChild(QPushButton, "status_waiting_customer") is not None
    qtbot.waitUntil(
        lambda: not queue.model.loading and queue.model.overdue_total == 1, timeout=WAIT
    )


@pytest.mark.qt_log_ignore("does not support (raise|propagateSizeHints)")  # offscreen
def test_the_desk_window_offers_both_actions(make_window, demo_url, qtbot):
    window = make_window(demo_url)
    for action_id in ("case.new", "case.queue"):
        assert window.actions_by_id[action_id].isEnabled()
    window.actions_by_id["case.queue"].trigger()
    qtbot.waitUntil(lambda: getattr(window, "case_queue", None) is not None, timeout=WAIT)
    assert window.case_queue.isVisible()
    window.actions_by_id["case.new"].trigger()
    wizard = window.case_wizard
    qtbot.waitUntil(lambda: wizard.catalog is not None, timeout=WAIT)
    assert wizard.isVisible() and wizard.windowTitle() == "新建服务案件"
    wizard.reject()
    window.case_queue.close()
