"""Switching databases never shows a member of the old one; the crash dialog always appears."""

from __future__ import annotations

import shutil
import sys

from PySide6.QtWidgets import QMessageBox

from tests.staff_helpers import actor_for
from tests.ui.test_window_errors import wait_dialog
from ui import messages


def type_query(qtbot, window, text):
    window.search.box.clear()
    qtbot.keyClicks(window.search.box, text)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)


def test_switching_clears_the_results_of_the_old_database(qtbot, window, demo_url, tmp_path):
    type_query(qtbot, window, "wang")
    assert window.model.rowCount() > 0
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(demo_url.removeprefix("sqlite:///"), other)
    window.switch_database(f"sqlite:///{other}")
    assert window.model.rowCount() == 0  # no old row can be opened against the new database
    assert window.opened is None
    qtbot.waitUntil(lambda: window.opened is not None, timeout=15_000)
    assert str(other) in window.db_label.text()
    # issue 10: staff accounts belong to a database, so switching signs out (the desk's session
    # asks for the sign-in); once someone signed in on the new one, the search runs again
    assert window.actor is None and window.model.rowCount() == 0
    signed: list = []
    window.worker.op(lambda desk: actor_for(desk.db, "clerk1")).success(signed.append).run()
    qtbot.waitUntil(lambda: bool(signed), timeout=15_000)
    window.set_actor(signed[0])
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)  # searched again


def test_a_failed_switch_does_not_keep_searching_the_old_database(qtbot, window, tmp_path):
    missing = tmp_path / "gone.sqlite3"
    window.switch_database(f"sqlite:///{missing}")
    wait_dialog(qtbot, window, "databaseDialog")
    window.search.box.clear()
    qtbot.keyClicks(window.search.box, "wang")
    qtbot.waitUntil(
        lambda: "未连接" in window.search.hint.text() or "数据库" in window.search.hint.text(),
        timeout=10_000,
    )
    assert window.model.rowCount() == 0


def test_selected_rows_give_their_members_for_batch_printing(qtbot, window):
    type_query(qtbot, window, "wang")
    window.search.table.selectAll()
    ids = window.selected_member_ids()
    assert len(ids) == window.model.rowCount() and len(set(ids)) == len(ids)


def test_crash_dialog_appears_even_without_an_active_window(qtbot, window, user_home):
    messages.install_excepthook()
    try:
        try:
            raise RuntimeError("boom while another program is active")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        box = next(b for b in messages.OPEN_BOXES if b.objectName() == "crashDialog")
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert box.parent() is window
        box.done(0)
        assert box not in messages.OPEN_BOXES
    finally:
        sys.excepthook = sys.__excepthook__


def test_closing_the_window_stops_running_document_jobs(qtbot, window):
    import time

    from ui.documents import jobs

    def slow(report, cancelled):
        for _ in range(200):  # a long batch that checks for Cancel between documents
            if cancelled():
                return "cancelled"
            time.sleep(0.01)
        return "finished"

    job = jobs.start_job(window, slow, lambda _r: None, lambda _e: None)
    assert job.isRunning()
    window.close()
    assert job.isFinished() and job.cancelled()  # no thread left running when the app quits


def test_a_bug_in_a_dialog_handler_gets_the_crash_dialog_and_a_log(qtbot, window, user_home):
    text = messages.explain_failure(window, RuntimeError("bug in a wizard page"))
    assert "错误报告" in text
    crashes = [b for b in messages.OPEN_BOXES if b.objectName() == "crashDialog"]
    assert len(crashes) == 1 and crashes[0].isVisible()  # one dialog, not one per message
    box = crashes[0]
    logs = list((user_home / "logs").glob("crash-*.log"))
    assert len(logs) == 1 and "bug in a wizard page" in logs[0].read_text(encoding="utf-8")
    assert messages.error_text(RuntimeError("x")).startswith("意外错误")  # text only, no dialog
    assert len([b for b in messages.OPEN_BOXES if b.objectName() == "crashDialog"]) == 1
    box.done(0)


def test_without_a_database_the_desk_says_so_in_plain_words():
    import pytest

    from ui.desk import Desk
    from vipdesk.errors import DatabaseError

    with pytest.raises(DatabaseError, match="尚未连接数据库"):
        Desk().db.read()
