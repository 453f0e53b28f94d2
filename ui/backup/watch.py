"""What the window does for data safety: the red banner, the database kind, scheduled backups."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QToolBar

from ui.backup.jobs import BackupJob

log = logging.getLogger("ui.backup")
TIMER_MS = 15 * 60 * 1000  # how often the window asks whether a backup is due


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("BackupWatch", text)


class BackupWatch:
    """Installed once per window: reacts to every database the window opens."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.job: BackupJob | None = None
        self.kind_label = QLabel(objectName="dbKindLabel")
        window.statusBar().addPermanentWidget(self.kind_label)
        self.banner = QToolBar(window, objectName="damageBanner", movable=False)
        self.banner.setStyleSheet("QToolBar { background: #b00020; } QLabel { color: white; }")
        self.banner_text = QLabel(objectName="damageText", wordWrap=True)
        self.banner_text.setStyleSheet("color: white; font-weight: bold; padding: 6px;")
        self.restore_button = QPushButton(tr("从最近的完好备份恢复…"), objectName="restoreNewest")
        self.restore_button.clicked.connect(self.offer_restore)
        self.restore_button.setAccessibleName(self.restore_button.text())
        self.restore_button.setAccessibleDescription(tr("数据库已损坏：从最近一次完好的备份恢复"))
        self.banner.addWidget(self.banner_text)
        self.banner.addWidget(self.restore_button)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner)
        self.banner.hide()
        self.timer = QTimer(window, interval=TIMER_MS)
        self.timer.timeout.connect(self.backup_if_due)
        window.database_opened.connect(self.opened)

    def opened(self, result: Any) -> None:
        """A database was opened: show its kind, the banner if damaged, back up if due."""
        from vipdesk.services.database_kind import database_kind

        kind = database_kind(result.url)
        self.kind_label.setText(tr(kind.label))
        self.kind_label.setToolTip(kind.where)
        if result.damaged:
            self.banner_text.setText(result.damaged)  # the check's own plain words
            self.banner.show()
            self.timer.stop()  # nothing is written to, or backed up from, a damaged file
            return
        self.banner.hide()
        if not result.checked:  # a large file: the start-up check runs now, in the background
            self.check_in_background(result.url)
            return
        if kind.backups_here and not result.demo:
            self.backup_if_due()  # the first start of the day makes the daily backup
            self.timer.start()
        else:
            self.timer.stop()

    def check_in_background(self, url: str) -> None:
        """quick_check a large file after opening; damage reopens it read-only with the banner."""
        from ui.backup.child import startup_check_in_child
        from vipdesk.paths import sqlite_path

        path = sqlite_path(url)  # checked in a child process: its page cache is not the desk's
        self.job = BackupJob(lambda: startup_check_in_child(path), self.window, waits_only=True)  # type: ignore[arg-type]
        self.job.done.connect(lambda report: self._checked(url, report))
        self.job.failed.connect(self._failed)
        self.job.start()

    def _checked(self, url: str, report: Any) -> None:
        if not report.ok and self.window.url == url:
            self.window.start(url)  # reopened read-only: the damage is known now
        elif report.ok and not getattr(self.window, "demo", False):
            self.timer.start()
            self.backup_if_due()

    def backup_if_due(self) -> None:
        """Run the scheduled backup on its own thread when one is due."""
        from ui.backup.child import scheduled_backup_in_child

        if self.job is not None and self.job.running():
            return
        url = self.window.url  # backed up and checked in a child process (ui.backup.child)
        self.job = BackupJob(lambda: scheduled_backup_in_child(url), self.window, waits_only=True)
        self.job.done.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _done(self, info: Any) -> None:
        if info is not None:
            self.window.statusBar().showMessage(
                tr("已自动备份并校验：{name}").format(name=info.path.name), 10_000
            )

    def _failed(self, error: BaseException) -> None:
        log.warning("scheduled backup failed: %s", error)
        self.window.statusBar().showMessage(tr("自动备份未完成：{why}").format(why=error), 30_000)

    def offer_restore(self) -> None:
        """The banner's button: the backup dialog, restoring the newest good backup."""
        from ui.backup.dialog import open_backup_dialog

        open_backup_dialog(self.window, restore_newest=True)


def install_backup_watch(window: Any) -> BackupWatch:
    """Give the window its data-safety watch (banner, database kind, backup timer)."""
    watch = BackupWatch(window)
    window.backup_watch = watch
    from ui.backup.restore_watch import install_restore_watch

    install_restore_watch(window)  # other desks' restores: close in time, reopen after
    return watch


def restore_on_worker(
    desk: Any,
    url: str,
    path: Path,
    secret: str | None,
    damaged: bool,
    wait: Any = None,
    ours: set[Path] | None = None,
) -> Any:
    """On the database worker: restore into the open database and close it (the GUI reopens).

    A working database needs the signed-in administrator; a damaged one (opened read-only, where
    signing in may be impossible) is restored by whoever is at the desk, as the CLI allows too.
    Other desks are told first and the restore waits for them (`wait`: progress and cancel);
    `ours` are this window's presence files, which do not count as other desks.
    """
    from vipdesk.services.backup_restore import restore, restore_file

    if damaged or desk.actor is None:
        if not damaged:
            from vipdesk.errors import Refused

            raise Refused("not_signed_in", "请先登录管理员账号再恢复备份。")
        result = restore_file(url, path, secret, dispose=desk.close, wait=wait, ours=ours)
    else:
        result = restore(desk.db, desk.actor, path, secret, wait=wait, ours=ours)
    desk.close()
    return result
