"""File → 备份与恢复 (administrators): back up now, the list of backups, restore, full check."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.backup.jobs import BackupJob
from ui.backup.restore_steps import RestoreSteps, known
from vipdesk.services.backup import KINDS, BackupInfo
from vipdesk.services.database_kind import database_kind
from vipdesk.services.desk_lease import EXTRA_WAIT_S, GRACE_S

COLUMNS = ("date", "kind", "size", "members", "policies", "relatives", "check", "full", "encrypted")


class BackupDialog(RestoreSteps, QDialog):
    """Backups of the desk's SQLite file; on PostgreSQL only says who backs the server up."""

    def __init__(self, window: Any, restore_newest: bool = False) -> None:
        super().__init__(window)
        self.restore_after_listing = restore_newest  # the red banner's offer
        opened = getattr(window, "opened", None)
        self.damaged = bool(opened is not None and opened.damaged)  # read-only, red banner
        self.setObjectName("backupDialog")
        self.window_ = window
        self.url: str = window.url
        self.backups: list[BackupInfo] = []
        self.jobs: list[BackupJob] = []
        self.checking: set[Path] = set()  # backups whose full check runs now
        self.wait: Any = None  # DeskWait while a restore waits for other desks
        self.grace_s, self.extra_s = GRACE_S, EXTRA_WAIT_S
        self.setWindowTitle(self.tr("备份与恢复"))
        self.resize(860, 480)
        layout = QVBoxLayout(self)
        kind = database_kind(self.url)
        self.kind_label = QLabel(objectName="kindLabel", wordWrap=True)
        self.kind_label.setText(
            self.tr("当前数据库：{label}（{where}）").format(
                label=self.tr(kind.label), where=kind.where
            )
        )
        layout.addWidget(self.kind_label)
        self.status = QLabel(objectName="backupStatus", wordWrap=True)
        if not kind.backups_here:
            self.status.setText(
                self.tr(
                    "PostgreSQL 数据库服务器的备份由服务器负责（pg_dump 定时备份与时间点恢复），"
                    "请联系IT部门。本程序不在这里制作 SQLite 备份。"
                )
            )
            layout.addWidget(self.status)
            self.table = None
            close = QPushButton(self.tr("关闭"), clicked=self.close)
            layout.addWidget(close, alignment=Qt.AlignmentFlag.AlignRight)
            return
        self._build(layout)
        self.refresh()

    def _build(self, layout: QVBoxLayout) -> None:
        from vipdesk.services.backup_settings import load_settings

        folder_row = QHBoxLayout()
        self.folder_label = QLabel(objectName="folderLabel")
        self.folder_label.setText(
            self.tr("备份文件夹：{folder}").format(folder=load_settings().folder)
        )
        self.change_folder = QPushButton(self.tr("更改文件夹…"), clicked=self.choose_folder)
        self.change_folder.setMinimumWidth(self.change_folder.sizeHint().width() + 16)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.change_folder)
        layout.addLayout(folder_row)
        secret_row = QHBoxLayout()
        self.encrypt = QCheckBox(self.tr("用密码加密备份（备份含证件号码，带离本机时请加密）"))
        self.passphrase = QLineEdit(objectName="passphrase", echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("备份密码"))
        self.passphrase.setEnabled(False)
        self.encrypt.toggled.connect(self.passphrase.setEnabled)
        secret_row.addWidget(self.encrypt)
        secret_row.addWidget(self.passphrase, 1)
        layout.addLayout(secret_row)
        self.table = QTableWidget(0, len(COLUMNS), self, objectName="backupTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("日期"),
                self.tr("类型"),
                self.tr("大小"),
                self.tr("客户"),
                self.tr("保单"),
                self.tr("指定亲属"),
                self.tr("检查"),
                self.tr("完整检查"),
                self.tr("加密"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel(objectName="backupCount")
        layout.addWidget(self.count_label)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("立即备份"), clicked=self.back_up_now)
        self.restore_button = QPushButton(self.tr("恢复所选备份…"), clicked=self.restore_selected)
        self.check_button = QPushButton(self.tr("完整检查数据库"), clicked=self.full_check)
        close = QPushButton(self.tr("关闭"), clicked=self.close)
        self.cancel_button = QPushButton(self.tr("取消恢复"), clicked=self.cancel_restore)
        self.cancel_button.setObjectName("cancelRestore")
        self.cancel_button.hide()
        self.wait_timer = QTimer(self, interval=250)
        self.wait_timer.timeout.connect(self._show_wait)
        for widget, description in (
            (self.change_folder, self.tr("选择保存备份的文件夹，可以是U盘或网络文件夹")),
            (self.encrypt, self.tr("备份离开本机时用密码加密")),
            (self.passphrase, self.tr("加密备份所用的密码，至少 8 个字符")),
            (self.table, self.tr("备份列表：日期、类型、大小、行数与检查结果")),
            (self.backup_button, self.tr("现在备份数据库并校验备份")),
            (self.restore_button, self.tr("检查所选备份后恢复，当前数据库先另存为备份")),
            (self.check_button, self.tr("对数据库运行完整的完整性检查")),
            (self.cancel_button, self.tr("不再等待其他柜台，取消这次恢复")),
            (close, self.tr("关闭备份与恢复")),
        ):
            name = widget.text() if hasattr(widget, "text") and widget.text() else description
            widget.setAccessibleName(name if widget is not self.table else self.tr("备份列表"))
            widget.setAccessibleDescription(description)
        for button in (self.backup_button, self.restore_button, self.check_button):
            buttons.addWidget(button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    # background work ---------------------------------------------------------------------

    def _job(self, fn: Any, done: Any) -> BackupJob:
        job = BackupJob(fn, self)
        job.done.connect(done)
        job.failed.connect(self._failed)
        self.jobs.append(job)
        self._busy(True)
        job.done.connect(lambda _r: self._busy(False))
        job.failed.connect(lambda _e: self._busy(False))
        return job.start()

    def _busy(self, busy: bool) -> None:
        for button in (self.backup_button, self.restore_button, self.check_button):
            button.setEnabled(not busy)

    def _failed(self, error: BaseException) -> None:
        from vipdesk.errors import KnownError

        if isinstance(error, KnownError):
            self.status.setText(str(error))
            self.status.setStyleSheet("color: #b00020;")
            return
        from ui.messages import report_error

        report_error(self, error)

    def _say(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    # list ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the backup folder's manifests (on the background thread)."""
        from vipdesk.services.backup import list_backups

        self._job(list_backups, self._show)

    def _show(self, backups: list[BackupInfo]) -> None:
        assert self.table is not None
        self.backups = backups
        self.table.setRowCount(len(backups))
        for row, b in enumerate(backups):
            check = self.tr("校验通过") if b.ok else self.tr("不可用：{why}").format(why=b.check)
            full = {"ok": self.tr("通过"), "pending": self.tr("未做")}.get(b.full_check)
            if b.path in self.checking:
                full = self.tr("进行中…")
            values = (
                f"{b.created_at:%Y-%m-%d %H:%M}",
                self.tr(KINDS.get(b.kind, b.kind)),
                f"{b.size / 1024 / 1024:,.1f} MB",
                f"{b.counts.get('members', 0):,}",
                f"{b.counts.get('policies', 0):,}",
                f"{b.counts.get('designated_relatives', 0):,}",
                check,
                full or self.tr("未通过"),
                self.tr("是") if b.encrypted else "",
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(str(b.path))
                self.table.setItem(row, col, item)
        if backups:
            self.table.selectRow(0)
        self.count_label.setText(self.tr("共 {n} 个备份。").format(n=len(backups)))
        if self.restore_after_listing:
            self.restore_after_listing = False
            self.restore_newest()

    # back up ------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        """Back up now (checked, with manifest), encrypted when asked."""
        from vipdesk.services.backup_restore import backup_now

        secret = self.passphrase.text() if self.encrypt.isChecked() else None
        if self.encrypt.isChecked() and len(secret or "") < 8:
            self._failed(known(self.tr("备份密码至少 8 个字符。")))
            return
        db, actor = self.window_.desk.db, self.window_.actor
        self._say(self.tr("正在备份并校验…"))
        self._job(
            lambda: backup_now(db, actor, passphrase=secret),
            lambda info: self._backed_up(info, secret),
        )

    def _backed_up(self, info: BackupInfo, secret: str | None = None) -> None:
        from vipdesk.services.backup_restore import full_check_backup

        self._say(
            self.tr("备份完成并已校验（快速检查、行数、校验和）：{path}").format(path=info.path)
        )
        self.checking.add(info.path)  # the full integrity_check, after: its own column
        job = BackupJob(lambda: full_check_backup(info.path, secret), self)
        job.done.connect(self._fully_checked)
        job.failed.connect(lambda error: (self.checking.discard(info.path), self._failed(error)))
        self.jobs.append(job.start())
        self.refresh()

    def _fully_checked(self, info: BackupInfo) -> None:
        self.checking.discard(info.path)
        if self.table is not None:
            self.refresh()

    def choose_folder(self) -> None:
        """Let the administrator choose the backup folder (USB drive or network folder is fine)."""
        dialog = QFileDialog(self, self.tr("选择备份文件夹"))
        dialog.setObjectName("backupFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.set_folder)
        dialog.open()
        self.folder_dialog = dialog

    def set_folder(self, folder: str) -> None:
        """Save the chosen backup folder (administrators only) and list its backups."""
        from vipdesk.services.backup_settings import load_settings, save_settings
        from vipdesk.services.permissions import require

        try:
            require(self.window_.actor, "backup.run")
        except Exception as exc:
            self._failed(exc)
            return
        save_settings(replace(load_settings(), folder=Path(folder)))
        self.folder_label.setText(self.tr("备份文件夹：{folder}").format(folder=folder))
        self.refresh()

    # full check ---------------------------------------------------------------------------

    def full_check(self) -> None:
        """The full integrity_check on request."""
        from vipdesk.paths import sqlite_path
        from vipdesk.services.integrity import check_file

        path = sqlite_path(self.url)
        self._say(self.tr("正在完整检查数据库…"))
        self._job(lambda: check_file(path, full=True), self._checked)  # type: ignore[arg-type]

    def _checked(self, report: Any) -> None:
        if report.ok:
            self._say(self.tr("完整检查通过：数据库完好。"))
        else:
            self._failed(known(report.plain))


def open_backup_dialog(window: Any, restore_newest: bool = False) -> QWidget:
    """Open (non-blocking) the backup dialog of the window's database."""
    dialog = BackupDialog(window, restore_newest)
    dialog.open()
    window.backup_dialog = dialog
    return dialog
