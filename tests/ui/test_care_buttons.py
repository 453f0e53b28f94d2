"""The GUI's monthly report button (supervisors, on the worker, then offered to open) and the
export of the main window's search results to XLSX (worker, progress, masked ID numbers)."""

from __future__ import annotations

import datetime as dt
import re

from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from tests.docs.pdftools import flat_text
from tests.ui.walk import WAIT
from vipdesk.services.database import Database


def test_the_dashboard_tab_writes_last_months_report_on_the_worker(qtbot, make_window, demo_url,
                                                                    tmp_path):  # fmt: skip
    from tests.staff_helpers import actor_for
    from ui.dashboard.report import last_month

    window = make_window(demo_url)
    db = Database(demo_url)
    try:
        boss = actor_for(db, "rep.super", "报告主管", "supervisor")
    finally:
        db.dispose()
    window.set_actor(boss)
    window.actions_by_id["admin.dashboard"].trigger()
    view = window.dashboard_tab
    qtbot.waitUntil(lambda: view.data is not None and window.worker.is_idle(), timeout=WAIT)
    report = view.ask_report()
    assert report.dialog.isVisible() and report.month == last_month(dt.date.today())
    target = tmp_path / "report.pdf"
    report.dialog.fileSelected.emit(str(target))  # as when 保存 is pressed
    assert not target.exists() or report.path == ""  # written on the worker, not here
    qtbot.waitUntil(lambda: report.path != "", timeout=WAIT)
    assert target.is_file()
    words = flat_text(target.read_bytes())
    assert "服务月度报告" in words and f"{report.month.year}年{report.month.month}月" in words
    assert isinstance(report.notice, QMessageBox) and report.notice.isVisible()
    assert report.notice.button(QMessageBox.StandardButton.Open) is not None


def test_search_results_export_to_xlsx_masked_in_the_background(qtbot, window, demo_url,
                                                                tmp_path):  # fmt: skip
    from ui.search_export import start_export

    db = Database(demo_url)
    try:
        with db.read() as session:
            name, id_number = session.execute(
                text("SELECT name, id_number FROM members ORDER BY id LIMIT 1")
            ).one()
            expected = session.scalar(text("SELECT count(*) FROM members WHERE name = :n"),
                                      {"n": name})  # fmt: skip
    finally:
        db.dispose()
    action = window.actions_by_id["search.export"]
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+Shift+E"
    window.search.box.setText(name)
    target = tmp_path / "search.xlsx"
    said: list[str] = []  # (the start-up backup may put its own notice over ours afterwards)
    window.statusBar().messageChanged.connect(said.append)
    job = start_export(window, name, str(target))
    assert job.dialog.isVisible()  # progress, with 取消
    qtbot.waitUntil(lambda: job.count is not None or job.error is not None, timeout=WAIT)
    assert job.error is None and job.count >= expected >= 1
    sheet = load_workbook(target).active
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert "姓名" in rows[0] and any(name in r for r in rows[1:])
    cells = " ".join(str(v) for r in rows for v in r if v is not None)
    assert id_number not in cells and not re.search(r"\b\d{17}[\dX]\b", cells)
    qtbot.waitUntil(lambda: any("已导出" in m for m in said), timeout=WAIT)


def test_export_without_search_text_says_what_to_do(qtbot, window):
    window.search.box.clear()
    window.actions_by_id["search.export"].trigger()
    assert "请先输入" in window.statusBar().currentMessage()
