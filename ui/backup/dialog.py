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
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.backup.jobs import BackupJob
from vipdesk.services.backup import KINDS, BackupInfo
from vipdesk.services.backup_pg import database_kind
from vipdesk.services.desk_lease import EXTRA_WAIT_S, GRACE_S

COLUMNS = ("date", "kind", "size", "members", "policies", "relatives", "check", "full", "encrypted")


class BackupDialog(QDialog):
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
            self._failed(_known(self.tr("备份密码至少 8 个字符。")))
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
            self._failed(_known(report.plain))

    # restore ------------------------------------------------------------------------------

    def selected(self) -> BackupInfo | None:
        """The backup selected in the list."""
        assert self.table is not None
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_newest(self) -> None:
        """Select the newest good backup and start its restore (the red banner's offer)."""
        for row, b in enumerate(self.backups):
            if b.ok:
                assert self.table is not None
                self.table.selectRow(row)
                self.restore_selected()
                return
        self._failed(_known(self.tr("备份文件夹中没有完好的备份。")))

    def restore_selected(self) -> None:
        """Check the selected backup (asking its passphrase if encrypted), then ask."""
        info = self.selected()
        if info is None:
            return
        if not info.encrypted:
            self._verify(info, None)
            return
        ask = QInputDialog(self)
        ask.setObjectName("restorePassphrase")
        ask.setWindowTitle(self.tr("备份密码"))
        ask.setLabelText(self.tr("这个备份已加密，请输入备份密码："))
        ask.setTextEchoMode(QLineEdit.EchoMode.Password)
        ask.textValueSelected.connect(lambda secret: self._verify(info, secret))
        ask.open()
        self.passphrase_dialog = ask

    def _verify(self, info: BackupInfo, secret: str | None) -> None:
        from vipdesk.services.backup import verify_backup

        self._say(self.tr("正在检查备份…"))
        self._job(
            lambda: verify_backup(info.path, secret), lambda checked: self._ask(checked, secret)
        )

    def _ask(self, info: BackupInfo, secret: str | None) -> None:
        c = info.counts
        text = self.tr(
            "备份检查通过。恢复 {date} 的备份？\n\n"
            "其中有客户 {members:,} 位、保单 {policies:,} 张、"
            "指定亲属 {relatives:,} 位、案件 {cases:,} 件。\n\n"
            "当前数据库会先另存为一个备份；恢复后请重新登录。"
        ).format(
            date=f"{info.created_at:%Y-%m-%d %H:%M}",
            members=c.get("members", 0),
            policies=c.get("policies", 0),
            relatives=c.get("designated_relatives", 0),
            cases=c.get("service_cases", 0),
        )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("恢复备份"), text, parent=self)
        box.setObjectName("restoreConfirm")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self._restore(info, secret))
        box.open()
        self.confirm_box = box

    def _restore(self, info: BackupInfo, secret: str | None) -> None:
        from ui.backup.watch import restore_on_worker
        from vipdesk.services.desk_lease import DeskWait

        self._say(self.tr("正在恢复…"))
        self._busy(True)
        url, damaged = self.url, self.damaged
        self.wait = wait = DeskWait(grace_s=self.grace_s, extra_s=self.extra_s)
        watch = self.window_.restore_watch
        watch.restoring = True  # our own notice is not for us
        ours = watch.ours()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.wait_timer.start()
        self.window_.worker.op(
            lambda desk: restore_on_worker(desk, url, info.path, secret, damaged, wait, ours)
        ).success(self._restored).failure(self._restore_failed).run()

    def _show_wait(self) -> None:
        """The countdown while other desks are asked to close the database."""
        wait = self.wait
        if wait is None or wait.others < 0:
            return
        if wait.others == 0:
            self._say(self.tr("其他柜台已关闭数据库，正在恢复…"))
            self.cancel_button.setEnabled(False)
            return
        self._say(
            self.tr(
                "已通知其他柜台保存并关闭数据库：还有 {n} 个柜台打开着，最多再等 {s} 秒。"
            ).format(n=wait.others, s=int(wait.seconds_left + 0.999))
        )

    def cancel_restore(self) -> None:
        """Stop waiting for other desks: nothing is restored, the database stays as it is."""
        if self.wait is not None:
            self.wait.cancel.set()
        self.cancel_button.setEnabled(False)

    def _end_wait(self) -> None:
        self.wait_timer.stop()
        self.cancel_button.hide()
        self.window_.restore_watch.restoring = False

    def _restore_failed(self, error: BaseException) -> None:
        self._end_wait()
        self._busy(False)
        self._failed(error)

    def _restored(self, result: Any) -> None:
        self._end_wait()
        self._busy(False)
        kept = self.tr("恢复前的数据库已保存为：{path}").format(path=result.previous)
        self._say(self.tr("已恢复，数据库检查通过。") + (kept if result.previous else ""))
        self.window_.set_actor(None)  # staff accounts come from the restored database
        self.window_.start(self.url)
        self.refresh()


def _known(message: str) -> Exception:
    from vipdesk.errors import KnownError

    return KnownError(message)


def open_backup_dialog(window: Any, restore_newest: bool = False) -> QWidget:
    """Open (non-blocking) the backup dialog of the window's database."""
    dialog = BackupDialog(window, restore_newest)
    dialog.open()
    window.backup_dialog = dialog
    return dialog
