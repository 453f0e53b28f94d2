"""Another desk restores the database this window has open: save, close in time, reopen after.

The window joins the desk register of its SQLite file while it has it open (vipdesk.services.
desk_lease) and polls for a restore notice every two seconds. When one appears (and this window
is not the one restoring) it shows a non-modal notice with a countdown; at the deadline, or when
the clerk presses 现在关闭数据库, it closes the database on its worker, leaves the register and
blocks the window with a plain message until the notice is gone. Then it reopens the database
(the restored content) and asks for sign-in again. Nothing is written in between: the desk has
no database open.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout

from vipdesk.services.desk_lease import DeskPresence, RestoreNotice, read_notice

log = logging.getLogger("ui.backup")
POLL_MS = 2000  # how often a desk looks for a restore notice
TICK_MS = 500  # the countdown while a notice is in force


class RestoreNoticeDialog(QDialog):
    """What a desk shows while another desk restores: a countdown, then a blocking wait."""

    def __init__(self, parent: Any, release_now: Any) -> None:
        super().__init__(parent)
        self.setObjectName("restoreNotice")
        self.setWindowTitle(QCoreApplication.translate("RestoreWatch", "数据库正在恢复"))
        self.blocking = False
        layout = QVBoxLayout(self)
        self.text = QLabel(objectName="restoreNoticeText", wordWrap=True)
        self.text.setMinimumWidth(420)
        self.countdown = QLabel(objectName="restoreCountdown")
        self.release_button = QPushButton(
            QCoreApplication.translate("RestoreWatch", "现在关闭数据库"), clicked=release_now
        )
        self.release_button.setObjectName("releaseNow")
        self.release_button.setMinimumWidth(self.release_button.sizeHint().width() + 16)
        self.release_button.setAccessibleName(self.release_button.text())
        self.release_button.setAccessibleDescription(
            QCoreApplication.translate(
                "RestoreWatch", "已保存手头的工作：现在关闭数据库，让恢复开始"
            )
        )
        layout.addWidget(self.text)
        layout.addWidget(self.countdown)
        layout.addWidget(self.release_button, alignment=Qt.AlignmentFlag.AlignRight)

    def warn(self, notice: RestoreNotice) -> None:
        """The non-modal notice with its countdown."""
        self.text.setText(
            QCoreApplication.translate(
                "RestoreWatch",
                "{by} 正在从备份恢复数据库。请保存并关闭正在办理的内容；"
                "到时本柜台会关闭数据库，恢复完成后自动重新打开（需重新登录）。",
            ).format(by=notice.by)
        )
        self.countdown.setText(
            QCoreApplication.translate("RestoreWatch", "{s} 秒后关闭数据库。").format(
                s=int(notice.seconds_left() + 0.999)
            )
        )
        self.adjustSize()  # the wrapped text needs its lines

    def block(self) -> None:
        """The database is closed: block the window until the restore is done."""
        self.blocking = True
        self.release_button.hide()
        self.text.setText(
            QCoreApplication.translate(
                "RestoreWatch",
                "数据库正在恢复，本柜台已关闭数据库，没有写入任何内容。恢复完成后将自动重新打开。",
            )
        )
        self.countdown.setText(QCoreApplication.translate("RestoreWatch", "请稍候…"))
        self.adjustSize()
        if self.isVisible() and not self.isModal():
            self.hide()
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.show()

    def reject(self) -> None:  # noqa: D102  (Esc closes the notice, never the blocking wait)
        if not self.blocking:
            super().reject()


class RestoreWatch(QObject):
    """Installed once per window: the desk register and the restore notice of its database."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.presence: DeskPresence | None = None
        self.restoring = False  # True while this window itself restores (its own notice)
        self.state = "idle"  # idle → warned → released → (reopened) idle
        self.dialog: RestoreNoticeDialog | None = None
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)
        window.database_opened.connect(self.opened)

    def ours(self) -> set[Path]:
        """This window's presence files (not other desks)."""
        return {self.presence.path} if self.presence and self.presence.path else set()

    def opened(self, result: Any) -> None:
        """A database was opened: join its register (SQLite) and look for a notice at once."""
        from vipdesk.paths import sqlite_path

        path = sqlite_path(result.url)
        if self.presence is not None and self.presence.database != path:
            self.leave()
        if path is None:
            self.timer.stop()
            return
        if self.presence is None:
            self.presence = DeskPresence(path)
        try:
            self.presence.join()
        except OSError as exc:  # a read-only folder: the desk works, restores cannot see it
            log.warning("cannot join the desk register of %s: %s", path, exc)
        self.timer.setInterval(POLL_MS)
        self.timer.start()
        self.poll()

    def leave(self) -> None:
        """No longer counted as a desk with the database open (window closed)."""
        self.timer.stop()
        if self.presence is not None:
            self.presence.leave()

    def poll(self) -> None:
        """Look for a restore notice and act on it (timer, GUI thread: one small file read)."""
        if self.presence is None or self.restoring:
            return
        notice = read_notice(self.presence.database)
        if notice is None:
            if self.state == "warned":  # the restore was cancelled before we let go
                self.state = "idle"
                self.timer.setInterval(POLL_MS)
                if self.dialog is not None:
                    self.dialog.close()
                self.window.statusBar().showMessage(
                    QCoreApplication.translate("RestoreWatch", "数据库恢复已取消，可以继续办理。"),
                    15_000,
                )
            elif self.state == "released":
                self.reopen()
            return
        if self.state == "idle":
            self.state = "warned"
            self.timer.setInterval(TICK_MS)
            if self.dialog is None:
                self.dialog = RestoreNoticeDialog(self.window, self.release)
            self.dialog.setWindowModality(Qt.WindowModality.NonModal)
            self.dialog.blocking = False
            self.dialog.release_button.show()
            self.dialog.show()
            self.window.restore_notice = self.dialog
        if self.state == "warned":
            assert self.dialog is not None
            self.dialog.warn(notice)
            if notice.seconds_left() <= 0:
                self.release()

    def release(self) -> None:
        """Close the database on the worker, then leave the register and block the window."""
        if self.state != "warned":
            return
        self.state = "releasing"
        self.window.search.box.setEnabled(False)
        self.window.worker.op(lambda desk: desk.close()).success(self._released).failure(
            self._released
        ).run()

    def _released(self, _result: object = None) -> None:
        if self.presence is not None:
            self.presence.leave()
        self.state = "released"
        self.window.opened = None  # nothing may be opened or written until the reopen
        self.window.refresh_actions()
        if self.dialog is not None:
            self.dialog.block()
        self.timer.setInterval(TICK_MS)

    def reopen(self) -> None:
        """The restore is over: open the (restored) database again; sign in again."""
        self.state = "idle"
        if self.dialog is not None:
            self.dialog.blocking = False
            self.dialog.close()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("RestoreWatch", "数据库已恢复并重新打开，请重新登录。"),
            30_000,
        )
        self.window.show_nothing()
        self.window.set_actor(None)  # staff accounts come from the restored database
        self.window.start(self.window.url)


def install_restore_watch(window: Any) -> RestoreWatch:
    """Give the window its restore watch (desk register, notice from other desks)."""
    watch = RestoreWatch(window)
    window.restore_watch = watch
    return watch
