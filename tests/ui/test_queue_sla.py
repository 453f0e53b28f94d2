"""The queue's SLA colours on real cases: red overdue, amber due soon, the due-soon count, and a
non-modal notice when a case turns amber while the queue is open. Saves the screenshot."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import Qt

from tests.case_fixtures import add_member
from ui.cases.queue_model import DUE_SOON_BACKGROUND, OVERDUE_BACKGROUND
from ui.cases.queue_view import CaseQueueWidget
from vipdesk.services import cases

WAIT = 10_000
NOW = dt.datetime.now(dt.UTC)
H = dt.timedelta(hours=1)
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


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


def test_queue_export_in_the_background_and_a_cancelled_big_export(qtbot, desk, worker, tmp_path):
    from openpyxl import load_workbook

    from ui.export_job import ExportJob
    from vipdesk.services.xlsx_export import Column, write_xlsx

    case = _open(desk, "complaint", NOW - 2 * H, "=SUM(A1)")
    view = CaseQueueWidget(worker.op)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.model.loading and view.model.rowCount() == 1, timeout=WAIT)
    path = tmp_path / "queue.xlsx"
    job = view.export.export_to(str(path))
    qtbot.waitUntil(lambda: job.count is not None or job.error is not None, timeout=WAIT)
    assert job.error is None, job.error
    ws = load_workbook(path).active
    assert ws["A2"].value == case.case_no and ws["D2"].value == "=SUM(A1)"
    assert ws["D2"].data_type == "s" and "1" in view.message.text()
    seen: list[int] = []

    def rows_of(count):
        def export(desk_, target, **progress):
            rows = ((i, "x") for i in range(count))
            return write_xlsx(target, "x", [Column("n", "int"), Column("t")], rows, **progress)

        return export

    shown = ExportJob(view, worker.op, rows_of(2500), str(tmp_path / "mid.xlsx"))
    shown.progressed.connect(seen.append)
    qtbot.waitUntil(lambda: shown.count == 2500, timeout=WAIT * 3)
    assert seen[:2] == [1000, 2000] and seen[-1] == 2500
    cancelled = ExportJob(view, worker.op, rows_of(200_000), str(tmp_path / "big.xlsx"))
    from PySide6.QtWidgets import QPushButton

    [cancel_button] = cancelled.dialog.findChildren(QPushButton)
    assert cancel_button.text() == "取消"
    cancel_button.click()  # the export stops at its next 1,000 rows
    qtbot.waitUntil(lambda: cancelled.error is not None, timeout=WAIT * 3)
    assert "取消" in str(cancelled.error) and cancelled.count is None
    assert not (tmp_path / "big.xlsx").exists()
