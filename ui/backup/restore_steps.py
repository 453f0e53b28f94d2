"""The restore steps of 备份与恢复: pick, check, ask, tell other desks and wait, swap, reopen.

A part of BackupDialog (its strings are in the BackupDialog translation context).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from vipdesk.services.backup import BackupInfo


class RestoreSteps:
    """Restore methods of BackupDialog (it provides the table, the status line and the jobs)."""

    table: Any
    backups: list[BackupInfo]
    wait: Any
    url: str
    damaged: bool
    window_: Any
    grace_s: float
    extra_s: float
    cancel_button: Any
    wait_timer: Any
    _job: Any
    _busy: Any
    _failed: Any
    _say: Any
    refresh: Any

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
        self._failed(
            known(QCoreApplication.translate("BackupDialog", "备份文件夹中没有完好的备份。"))
        )

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
        ask.setWindowTitle(QCoreApplication.translate("BackupDialog", "备份密码"))
        ask.setLabelText(
            QCoreApplication.translate("BackupDialog", "这个备份已加密，请输入备份密码：")
        )
        ask.setTextEchoMode(QLineEdit.EchoMode.Password)
        ask.textValueSelected.connect(lambda secret: self._verify(info, secret))
        ask.open()
        self.passphrase_dialog = ask

    def _verify(self, info: BackupInfo, secret: str | None) -> None:
        from vipdesk.services.backup import verify_backup

        self._say(QCoreApplication.translate("BackupDialog", "正在检查备份…"))
        self._job(
            lambda: verify_backup(info.path, secret), lambda checked: self._ask(checked, secret)
        )

    def _ask(self, info: BackupInfo, secret: str | None) -> None:
        c = info.counts
        text = QCoreApplication.translate(
            "BackupDialog",
            "备份检查通过。恢复 {date} 的备份？\n\n"
            "其中有客户 {members:,} 位、保单 {policies:,} 张、"
            "指定亲属 {relatives:,} 位、案件 {cases:,} 件。\n\n"
            "当前数据库会先另存为一个备份；恢复后请重新登录。",
        ).format(
            date=f"{info.created_at:%Y-%m-%d %H:%M}",
            members=c.get("members", 0),
            policies=c.get("policies", 0),
            relatives=c.get("designated_relatives", 0),
            cases=c.get("service_cases", 0),
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("BackupDialog", "恢复备份"),
            text,
            parent=self,
        )
        box.setObjectName("restoreConfirm")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self._restore(info, secret))
        box.open()
        self.confirm_box = box

    def _restore(self, info: BackupInfo, secret: str | None) -> None:
        from ui.backup.watch import restore_on_worker
        from vipdesk.services.desk_lease import DeskWait

        self._say(QCoreApplication.translate("BackupDialog", "正在恢复…"))
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
            self._say(QCoreApplication.translate("BackupDialog", "其他柜台已关闭数据库，正在恢复…"))
            self.cancel_button.setEnabled(False)
            return
        self._say(
            QCoreApplication.translate(
                "BackupDialog",
                "已通知其他柜台保存并关闭数据库：还有 {n} 个柜台打开着，最多再等 {s} 秒。",
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
        kept = QCoreApplication.translate("BackupDialog", "恢复前的数据库已保存为：{path}").format(
            path=result.previous
        )
        self._say(
            QCoreApplication.translate("BackupDialog", "已恢复，数据库检查通过。")
            + (kept if result.previous else "")
        )
        self.window_.set_actor(None)  # staff accounts come from the restored database
        self.window_.start(self.url)
        self.refresh()


def known(message: str) -> Exception:
    """A KnownError (plain words shown in the status line)."""
    from vipdesk.errors import KnownError

    return KnownError(message)
