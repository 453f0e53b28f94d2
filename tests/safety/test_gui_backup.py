"""File → 备份与恢复 in the real window: back up, restore, the red banner on a damaged file."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from tests.staff_helpers import actor_for
from tests.ui.conftest import demo_template, demo_url, make_window  # noqa: F401  (fixtures)
from vipdesk.db.models import Member
from vipdesk.paths import sqlite_path
from vipdesk.services.backup import list_backups, make_backup
from vipdesk.services.database import Database

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "grabbing the keyboard"
)


def sign_in_admin(qtbot, window) -> None:
    signed: list = []
    window.worker.op(lambda desk: actor_for(desk.db, "safety.admin", "管理员", "admin")).success(
        signed.append
    ).run()
    qtbot.waitUntil(lambda: bool(signed), timeout=15_000)
    window.set_actor(signed[0])


def members(url: str) -> int:
    db = Database(url)
    try:
        with db.read() as session:
            return int(session.scalar(select(func.count()).select_from(Member)) or 0)
    finally:
        db.dispose()


def test_admin_backs_up_and_restores_from_the_window(qtbot, make_window, demo_url):  # noqa: F811
    window = make_window(demo_url, staff="")
    sign_in_admin(qtbot, window)
    action = window.actions_by_id["file.backup"]
    qtbot.waitUntil(action.isEnabled, timeout=5_000)
    assert "SQLite" in window.backup_watch.kind_label.text()
    qtbot.waitUntil(lambda: not window.backup_watch.job.running(), timeout=30_000)
    assert [b.kind for b in list_backups()] == ["auto"]  # the first start of the day
    action.trigger()
    dialog = window.backup_dialog
    qtbot.waitUntil(lambda: dialog.backup_button.isEnabled(), timeout=15_000)
    dialog.back_up_now()
    qtbot.waitUntil(lambda: "共 2 个备份" in dialog.count_label.text(), timeout=30_000)
    assert dialog.table.rowCount() == 2, dialog.status.text()
    assert dialog.table.item(0, 1).text() == "手动"
    assert dialog.table.item(0, 6).text() == "校验通过"
    assert dialog.table.item(0, 3).text() == "2,000"
    db = Database(demo_url)
    with db.write() as session:
        session.get(Member, 1).name = "恢复前改的"
    db.dispose()
    dialog.restore_selected()
    qtbot.waitUntil(lambda: getattr(dialog, "confirm_box", None) is not None, timeout=15_000)
    assert "客户 2,000 位" in dialog.confirm_box.text()
    window.opened = None
    dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.opened is not None, timeout=30_000)
    qtbot.waitUntil(lambda: "已恢复" in dialog.status.text(), timeout=15_000)
    assert window.actor is None  # sign in again on the restored database
    db = Database(demo_url)
    with db.read() as session:
        assert session.get(Member, 1).name != "恢复前改的"
    db.dispose()
    assert {b.kind for b in list_backups()} == {"auto", "manual", "pre-restore"}


def test_clerks_do_not_get_the_backup_action(qtbot, make_window, demo_url):  # noqa: F811
    window = make_window(demo_url)  # signed in as a clerk
    window.refresh_actions()
    assert not window.actions_by_id["file.backup"].isEnabled()


def test_damaged_database_opens_read_only_with_a_red_banner_and_restores(
    qtbot,
    make_window,  # noqa: F811
    demo_url,  # noqa: F811
):
    make_backup(demo_url, kind="auto")
    path = sqlite_path(demo_url)
    data = bytearray(path.read_bytes())
    for at in (0.45, 0.5, 0.55):
        page = int(len(data) * at) // 4096 * 4096
        data[page : page + 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    window = make_window(demo_url, staff="")
    banner = window.backup_watch.banner
    qtbot.waitUntil(banner.isVisible, timeout=15_000)
    assert "已损坏" in window.backup_watch.banner_text.text()
    assert window.opened.damaged
    assert path.read_bytes() == before  # nothing was written to the damaged file
    window.backup_watch.restore_button.click()
    dialog = window.backup_dialog
    qtbot.waitUntil(lambda: getattr(dialog, "confirm_box", None) is not None, timeout=30_000)
    window.opened = None
    dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.opened is not None, timeout=30_000)
    assert not window.opened.damaged, dialog.status.text()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5_000)
    assert members(demo_url) == 2000
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    damaged_kept = list(path.parent.glob("*.damaged-*"))
    assert damaged_kept  # the damaged file is kept aside for the IT department


def test_postgresql_offers_no_sqlite_backups(qtbot, make_window):  # noqa: F811
    from ui.backup.dialog import BackupDialog

    window = make_window(wait_open=False, staff="")
    window.url = "postgresql+psycopg://vipdesk_app@branch-db:5432/vipdesk"
    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.table is None and not hasattr(dialog, "backup_button")
    assert "pg_dump" in dialog.status.text() and "PostgreSQL" in dialog.kind_label.text()
    assert "branch-db:5432/vipdesk" in dialog.kind_label.text()


def test_a_large_file_is_checked_after_opening_and_then_reopened_read_only(
    qtbot,
    make_window,  # noqa: F811
    demo_url,  # noqa: F811
    monkeypatch,
):
    monkeypatch.setattr("vipdesk.services.integrity.SYNC_CHECK_BYTES", 0)  # "large"
    path = sqlite_path(demo_url)
    data = bytearray(path.read_bytes())
    for at in (0.45, 0.5, 0.55):
        page = int(len(data) * at) // 4096 * 4096
        data[page : page + 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))
    window = make_window(demo_url, staff="")
    assert window.opened.checked is False  # the window opened at once
    banner = window.backup_watch.banner
    qtbot.waitUntil(banner.isVisible, timeout=30_000)
    qtbot.waitUntil(lambda: bool(window.opened and window.opened.damaged), timeout=30_000)
    assert "已损坏" in window.backup_watch.banner_text.text()
    from vipdesk.services.integrity import KNOWN_DAMAGED

    KNOWN_DAMAGED.pop(path, None)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_backup_work_runs_below_the_gui_threads_priority(qtbot):
    import os
    import threading

    from ui.backup.jobs import NICER, BackupJob

    def priorities() -> tuple[int, int]:  # (this thread's, a check thread's it starts)
        mine = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        seen: list[int] = []
        child = threading.Thread(
            target=lambda: seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        )
        child.start()
        child.join()
        return mine, seen[0]

    gui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    results: list = []
    job = BackupJob(priorities)
    job.done.connect(results.append)
    job.start()
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert results[0] == (min(19, gui + NICER),) * 2
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == gui  # GUI untouched
