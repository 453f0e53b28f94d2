"""Restoring while other desks have the database open, with real windows and real processes.

A desk window that sees a restore notice shows it with a countdown, closes its database (on time,
or at once when the clerk presses 现在关闭数据库), blocks until the restore is done, writes nothing
meanwhile, and reopens the restored file. A window that restores waits for the others with a
visible countdown and a cancel button, or refuses naming how many desks still have the file open.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.safety.helpers import ADMIN, admin_of, cli_env, count
from tests.safety.test_desk_lease import OtherDesk
from tests.safety.test_gui_backup import sign_in_admin
from tests.ui.conftest import demo_template, demo_url, make_window  # noqa: F401  (fixtures)
from vipdesk.db.models import Member
from vipdesk.paths import sqlite_path
from vipdesk.services.backup import make_backup
from vipdesk.services.database import Database
from vipdesk.services.desk_lease import notice_path, open_desks

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="kills processes by signal"),
    pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "grabbing"),
]
WAIT = 60_000


def rename_member(url: str, name: str) -> None:
    db = Database(url)
    try:
        with db.write() as session:
            session.get(Member, 1).name = name
    finally:
        db.dispose()


def member_name(url: str) -> str:
    db = Database(url)
    try:
        with db.read() as session:
            return session.get(Member, 1).name
    finally:
        db.dispose()


def test_a_desk_is_told_closes_writes_nothing_and_reopens_after_a_cli_restore(
    qtbot,
    make_window,  # noqa: F811
    demo_url,  # noqa: F811
    tmp_path,
):
    path = sqlite_path(demo_url)
    backup = make_backup(demo_url, kind="manual")
    rename_member(demo_url, "恢复前改的")
    admin_of(Database(demo_url))
    window = make_window(demo_url)  # a clerk's desk, in this process
    watch = window.restore_watch
    assert open_desks(path) == [watch.presence.path]
    restorer = subprocess.Popen(  # an administrator restores from the command line meanwhile
        [sys.executable, "-m", "vipdesk", "--db", demo_url, "--as", ADMIN]
        + ["restore", str(backup.path), "--yes"],
        env=cli_env(Path(os.environ["VIPDESK_HOME"])),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: watch.state == "warned", timeout=WAIT)
        notice = window.restore_notice
        assert notice.isVisible() and not notice.isModal()  # first non-modal: save your work
        assert "正在从备份恢复数据库" in notice.text.text()
        assert "秒后关闭数据库" in notice.countdown.text()
        assert member_name(demo_url) == "恢复前改的"  # nothing restored while we are open
        notice.release_button.click()  # the clerk has saved: let go now
        qtbot.waitUntil(lambda: watch.state == "released", timeout=WAIT)
        assert notice.isModal() and notice.blocking  # then blocking until the restore is done
        assert window.opened is None and window.desk._db is None
        refused: list = []
        window.worker.op(lambda desk: desk.db).failure(refused.append).run()
        qtbot.waitUntil(lambda: bool(refused), timeout=WAIT)
        assert "尚未连接数据库" in str(refused[0])  # a write would have nowhere to go
        out, err = restorer.communicate(timeout=120)
        assert restorer.returncode == 0, out + err
        assert "有 1 个柜台打开着这个数据库" in out
        qtbot.waitUntil(lambda: window.opened is not None, timeout=WAIT)
    finally:
        if restorer.poll() is None:
            restorer.kill()
    assert watch.state == "idle" and not notice.isVisible()
    assert member_name(demo_url) != "恢复前改的"
    assert window.actor is None  # sign in again on the restored database
    assert "请重新登录" in window.statusBar().currentMessage()
    assert open_desks(path) == [watch.presence.path]  # counted again


def test_a_window_restores_while_another_window_has_it_open(
    qtbot,
    make_window,  # noqa: F811
    demo_url,  # noqa: F811
):
    backup = make_backup(demo_url, kind="manual")
    rename_member(demo_url, "恢复前改的")
    clerk = make_window(demo_url)
    admin = make_window(demo_url, staff="")
    sign_in_admin(qtbot, admin)
    admin.actions_by_id["file.backup"].trigger()
    dialog = admin.backup_dialog
    dialog.grace_s, dialog.extra_s = 3, 30
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 1, timeout=WAIT)
    row = next(i for i, b in enumerate(dialog.backups) if b.path == backup.path)
    dialog.table.selectRow(row)
    dialog.restore_selected()
    qtbot.waitUntil(lambda: getattr(dialog, "confirm_box", None) is not None, timeout=WAIT)
    admin.opened = None
    dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "还有 1 个柜台打开着" in dialog.status.text(), timeout=WAIT)
    assert dialog.cancel_button.isVisible() and "最多再等" in dialog.status.text()
    qtbot.waitUntil(lambda: clerk.restore_watch.state == "warned", timeout=WAIT)
    assert admin.restore_watch.state == "idle"  # the restorer does not obey its own notice
    qtbot.waitUntil(lambda: clerk.restore_watch.state == "released", timeout=WAIT)  # on time
    qtbot.waitUntil(lambda: "已恢复" in dialog.status.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: admin.opened is not None and clerk.opened is not None, timeout=WAIT)
    assert not dialog.cancel_button.isVisible()
    assert member_name(demo_url) != "恢复前改的"
    assert not notice_path(sqlite_path(demo_url)).exists()


def test_the_restoring_window_names_desks_that_stay_open_and_may_cancel(
    qtbot,
    make_window,  # noqa: F811
    demo_url,  # noqa: F811
    tmp_path,
):
    backup = make_backup(demo_url, kind="manual")
    rename_member(demo_url, "恢复前改的")
    other = OtherDesk(demo_url, "hold", tmp_path / "other")  # a desk that does not let go
    try:
        other.said("joined")
        admin = make_window(demo_url, staff="")
        sign_in_admin(qtbot, admin)
        admin.actions_by_id["file.backup"].trigger()
        dialog = admin.backup_dialog
        dialog.grace_s, dialog.extra_s = 1, 1
        qtbot.waitUntil(lambda: dialog.table.rowCount() >= 1, timeout=WAIT)
        for attempt in ("refused", "cancelled"):
            if attempt == "cancelled":
                dialog.grace_s = dialog.extra_s = 600
            dialog.confirm_box = None
            dialog.restore_selected()
            qtbot.waitUntil(lambda: dialog.confirm_box is not None, timeout=WAIT)
            dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
            if attempt == "cancelled":
                qtbot.waitUntil(dialog.cancel_button.isVisible, timeout=WAIT)
                qtbot.waitUntil(lambda: "还有 1 个柜台" in dialog.status.text(), timeout=WAIT)
                if os.environ.get("VIPDESK_SCREENSHOTS"):  # the wait, as the administrator sees it
                    folder = Path(os.environ["VIPDESK_SCREENSHOTS"])
                    folder.mkdir(parents=True, exist_ok=True)
                    dialog.grab().save(str(folder / "backup-restore-waiting.png"))
                qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
                qtbot.waitUntil(lambda: "恢复已取消" in dialog.status.text(), timeout=WAIT)
            else:
                qtbot.waitUntil(lambda: "没有按通知关闭" in dialog.status.text(), timeout=WAIT)
                assert "还有 1 个柜台打开着这个数据库" in dialog.status.text()
            assert dialog.restore_button.isEnabled() and not dialog.cancel_button.isVisible()
            assert member_name(demo_url) == "恢复前改的"  # nothing changed
            assert admin.opened is not None
    finally:
        other.kill()
    assert count(sqlite_path(demo_url), "members") == 2000
    del backup
