"""The import dialog with qtbot on a real SQLite file: progress, result, cancel, history."""

from __future__ import annotations

import pytest

from tests.db.import_helpers import MEMBER_HEADER, counts, id_number, many_ids, write_csv
from ui.desk import Desk
from ui.imports.dialog import ImportDialog
from ui.worker import DbWorker
from vipdesk.rules import load_rules
from vipdesk.services.database import Database


@pytest.fixture
def worker(qtbot, sqlite_url):
    """The real database worker with an administrator's desk open on a fresh SQLite file."""
    from tests.staff_helpers import test_admin

    db = Database(sqlite_url)
    db.ensure_schema()
    desk = Desk()
    desk.db, desk.actor, desk.book = db, test_admin(db), load_rules()
    w = DbWorker(desk)
    w.start()
    yield w
    qtbot.waitUntil(w.is_idle, timeout=10_000)
    w.stop()
    db.dispose()


def open_dialog(qtbot, worker) -> ImportDialog:
    dialog = ImportDialog(worker.op)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def run_import(qtbot, dialog: ImportDialog, path) -> None:
    dialog.path.setText(str(path))
    dialog.start.click()
    assert not dialog.start.isEnabled() and dialog.cancel.isEnabled()
    qtbot.waitUntil(lambda: dialog.job is None and dialog.start.isEnabled(), timeout=30_000)


def test_import_shows_counts_problems_and_the_history(qtbot, worker, tmp_path):
    dialog = open_dialog(qtbot, worker)
    rows = [f"{n},买买提・艾力,13812345678,北京" for n in many_ids(12_000)]
    run_import(qtbot, dialog, write_csv(tmp_path, "客户.csv", MEMBER_HEADER, rows))
    assert "新增 12,000" in dialog.status.text()
    assert dialog.bar.value() == 1000
    assert counts(worker.desk.db) == (12_000, 0)
    run_import(
        qtbot, dialog, write_csv(tmp_path, "bad.csv", MEMBER_HEADER, [f"{id_number(1)},王😀,,"])
    )
    assert "没有导入任何数据" in dialog.status.text()
    assert "line 2: name:" in dialog.details.toPlainText()
    qtbot.waitUntil(lambda: dialog.history.rowCount() == 2, timeout=10_000)
    assert dialog.history.item(0, 4).text() == "已拒绝"
    assert dialog.history.item(1, 3).text() == "客户.csv"
    assert dialog.history.item(1, 5).text() == "12,000 / 12,000 / 0 / 0"


def test_cancel_writes_nothing(qtbot, worker, tmp_path):
    dialog = open_dialog(qtbot, worker)
    rows = [f"{n},王建国,,北京" for n in many_ids(40_000)]
    dialog.path.setText(str(write_csv(tmp_path, "m.csv", MEMBER_HEADER, rows)))
    dialog.start.click()
    qtbot.waitUntil(lambda: "已读" in dialog.status.text(), timeout=30_000)
    dialog.cancel.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert "取消" in dialog.details.toPlainText()
    assert counts(worker.desk.db) == (0, 0)
    qtbot.waitUntil(lambda: dialog.history.rowCount() == 1, timeout=10_000)
    assert dialog.history.item(0, 4).text() == "已取消"


def test_the_admin_menu_offers_the_import_to_administrators_only():
    from types import SimpleNamespace

    from ui.actions import ActionContext, load_extensions, registered_actions

    load_extensions()
    [spec] = [a for a in registered_actions("admin") if a.id == "admin.import"]
    admin = ActionContext(window=None, actor=SimpleNamespace(role="admin"), connected=True)
    clerk = ActionContext(window=None, actor=SimpleNamespace(role="clerk"), connected=True)
    assert spec.enabled_when(admin) and not spec.enabled_when(clerk)


def test_closing_during_an_import_cancels_it_without_waiting(qtbot, worker, tmp_path):
    dialog = open_dialog(qtbot, worker)
    rows = [f"{n},王建国,,北京" for n in many_ids(40_000)]
    dialog.path.setText(str(write_csv(tmp_path, "m.csv", MEMBER_HEADER, rows)))
    dialog.start.click()
    qtbot.waitUntil(lambda: "已读" in dialog.status.text(), timeout=30_000)
    dialog.reject()
    assert dialog.isVisible()  # still open until the import stopped
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert dialog.job is None and counts(worker.desk.db) == (0, 0)


@pytest.fixture
def desks_keep_writing(monkeypatch, sqlite_url):
    """A 50-member big load; another desk commits after every side copy; the import thread
    waits at its second copy until the test has seen the first rebuild on screen."""
    import threading

    from tests.staff_helpers import actor_for
    from vipdesk.services import import_aside, import_sqlite

    monkeypatch.setattr(import_sqlite, "BULK_MIN_NEW", 1)
    monkeypatch.setattr(import_aside, "MEMBER_LOCK_S", 1.0)  # 50 s in place: too long
    monkeypatch.setenv("VIPDESK_IMPORT_REBUILDS", "2")
    desk = Database(sqlite_url)
    seen = threading.Event()
    copies: list[int] = []
    copy_aside = import_aside.copy_aside

    def desk_writes_after_the_copy(target, side, *rest):
        copies.append(1)
        if len(copies) == 2:
            seen.wait(timeout=20)
        copied = copy_aside(target, side, *rest)
        actor_for(desk, f"clerk{len(copies)}", "柜员")
        return copied

    monkeypatch.setattr(import_aside, "copy_aside", desk_writes_after_the_copy)
    yield seen, copies
    seen.set()
    desk.dispose()


def test_the_dialog_shows_each_rebuild_then_the_refusal(
    qtbot, worker, tmp_path, desks_keep_writing
):
    seen, copies = desks_keep_writing
    dialog = open_dialog(qtbot, worker)
    rows = [f"{n},王建国,,北京" for n in many_ids(50)]
    dialog.path.setText(str(write_csv(tmp_path, "load.csv", MEMBER_HEADER, rows)))
    dialog.start.click()
    qtbot.waitUntil(
        lambda: dialog.status.text() == "柜台正在办理业务，导入数据已过期，正在第 1 次重建…",
        timeout=30_000,
    )
    assert dialog.cancel.isEnabled()  # a rebuild can still be cancelled
    seen.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert dialog.status.text() == "没有导入任何数据。"
    details = dialog.details.toPlainText()
    assert "柜台一直在办理业务" in details and "柜台可以等待，直接写入" in details
    assert counts(worker.desk.db) == (0, 0) and len(copies) == 2
    qtbot.waitUntil(lambda: dialog.history.rowCount() == 1, timeout=10_000)
    assert dialog.history.item(0, 4).text() == "已拒绝"


def test_the_in_place_box_lets_the_load_be_written_while_desks_write(
    qtbot, worker, tmp_path, desks_keep_writing
):
    seen, copies = desks_keep_writing
    seen.set()
    dialog = open_dialog(qtbot, worker)
    dialog.in_place.setChecked(True)
    rows = [f"{n},王建国,,北京" for n in many_ids(50)]
    run_import(qtbot, dialog, write_csv(tmp_path, "load.csv", MEMBER_HEADER, rows))
    assert "新增 50" in dialog.status.text()
    assert counts(worker.desk.db) == (50, 0) and len(copies) == 1  # no rebuild: in place
    assert dialog.in_place.isEnabled()  # usable again for the next import


def test_the_in_place_box_has_its_own_alt_key(qtbot, worker):
    from PySide6.QtCore import Qt

    dialog = open_dialog(qtbot, worker)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.path.setFocus()
    assert not dialog.in_place.isChecked()
    qtbot.keyClick(dialog.path, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.in_place.isChecked)  # the button's click animation: ~100 ms


def test_cancel_during_a_rebuild_writes_nothing(qtbot, worker, tmp_path, desks_keep_writing):
    seen, copies = desks_keep_writing
    dialog = open_dialog(qtbot, worker)
    rows = [f"{n},王建国,,北京" for n in many_ids(50)]
    dialog.path.setText(str(write_csv(tmp_path, "load.csv", MEMBER_HEADER, rows)))
    dialog.start.click()
    qtbot.waitUntil(lambda: "第 1 次重建" in dialog.status.text(), timeout=30_000)
    qtbot.waitUntil(lambda: len(copies) == 2, timeout=30_000)  # the rebuild's copy has begun
    dialog.cancel.click()
    assert dialog.status.text() == "正在取消…"
    seen.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert "导入已取消，未写入任何数据" in dialog.details.toPlainText()
    assert counts(worker.desk.db) == (0, 0) and len(copies) == 2
    qtbot.waitUntil(lambda: dialog.history.rowCount() == 1, timeout=10_000)
    assert dialog.history.item(0, 4).text() == "已取消"


def test_the_windows_member_count_follows_an_import(qtbot, worker, tmp_path):
    """The status bar's 客户 N 位 is read again when an import has added members."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QLabel, QMainWindow

    from ui.imports.dialog import open_import_dialog

    window = QMainWindow()
    qtbot.addWidget(window)
    window.count_label = QLabel("客户 0 位")  # as the desk window shows it when opened
    dialog = open_import_dialog(SimpleNamespace(window=window, run=worker.op))
    rows = [f"{n},李秀英,13912345678,上海" for n in many_ids(25)]
    run_import(qtbot, dialog, write_csv(tmp_path, "客户.csv", MEMBER_HEADER, rows))
    qtbot.waitUntil(lambda: window.count_label.text() == "客户 25 位", timeout=10_000)
    dialog.close()
