"""The assistant's last pages: the first administrator, the import from the core system."""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.first_start import state
from ui.first_start.pages import StatePage, message_label

FILE_FILTER = "客户/保单文件 (*.csv *.xlsx);;所有文件 (*)"


def _row(label: QLabel, field: QLineEdit, form: QFormLayout) -> None:
    label.setBuddy(field)
    form.addRow(label, field)


class AdminPage(StatePage):
    """The first administrator: username, display name, password twice (`create_first_admin`)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("adminPage")
        self.setTitle(self.tr("第一位系统管理员"))
        self.setSubTitle(
            self.tr("管理员负责员工账号、设置和数据导入。程序中没有任何默认密码，请牢记此密码。")
        )
        self.ready = False  # the database is prepared and needs (or has) its administrator
        self.created = False
        self.username = QLineEdit(objectName="adminUsername")
        self.display_name = QLineEdit(objectName="adminName")
        self.password = QLineEdit(objectName="adminPassword")
        self.again = QLineEdit(objectName="adminPasswordAgain")
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        _row(QLabel(self.tr("用户名(&U)")), self.username, form)
        _row(QLabel(self.tr("姓名(&N)")), self.display_name, form)
        _row(QLabel(self.tr("密码(&P)")), self.password, form)
        _row(QLabel(self.tr("再输入一次(&A)")), self.again, form)
        hint = QLabel(self.tr("用户名用字母或数字；密码至少10个字符，且不能与用户名相同。"))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.message = message_label("adminMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: D102, N802
        from ui.first_start.ops import prepare_database

        self.ready = False
        self.fields.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("正在准备数据库…"))
        url = self.wizard().url()  # type: ignore[attr-defined]
        self.wizard().worker.op(lambda _desk: prepare_database(url)).success(  # type: ignore[attr-defined]
            self._prepared
        ).failure(self._failed).run()

    def load(self) -> None:  # noqa: D102
        self.username.setText(self.settings().get(state.ADMIN_USERNAME))

    def _prepared(self, has_staff: bool) -> None:
        self.ready = True
        self.created = has_staff
        self.fields.setEnabled(not has_staff)
        self.message.setStyleSheet("")
        if has_staff:
            self.message.setText(self.tr("这个数据库已有员工账号，无需再建管理员。请点“下一步”。"))
        else:
            self.message.clear()
            self.username.setFocus()
        self.completeChanged.emit()
        if has_staff:  # left at a later page: walk on to it
            self.wizard().resume()  # type: ignore[attr-defined]

    def isComplete(self) -> bool:  # noqa: D102, N802
        return self.ready

    def validatePage(self) -> bool:  # noqa: D102, N802
        if self.created:
            return True
        if self.password.text() != self.again.text():
            self.show_error(self.message, self.tr("两次输入的密码不一致。"))
            self.again.clear()
            self.again.setFocus()
            return False
        self.create()
        return False  # the assistant moves on when the worker has created the account

    def create(self) -> None:
        """Create the administrator on the worker; on success go to the next page."""
        from ui.first_start.ops import create_admin

        wizard: Any = self.wizard()
        args = (
            wizard.url(),
            self.username.text().strip(),
            self.display_name.text().strip(),
            self.password.text(),
            self.settings().get(state.BRANCH_CODE) or "0000",
        )
        self.fields.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("正在创建管理员…"))
        wizard.worker.op(lambda _desk: create_admin(*args)).success(self._created).failure(
            self._failed
        ).run()

    def _created(self, actor: Any) -> None:
        wizard: Any = self.wizard()
        wizard.admin = actor
        self.created = True
        for field in (self.password, self.again):
            field.clear()
        self.message.setText(self.tr("管理员 {name} 已创建。").format(name=actor.display_name))
        self.settings().set(state.ADMIN_USERNAME, actor.username)
        if wizard.currentPage() is self:
            wizard.next()
        if wizard.currentPage() is self:  # the last page: finish
            wizard.accept()

    def _failed(self, error: BaseException) -> None:
        from ui.messages import explain_failure

        self.fields.setEnabled(self.ready and not self.created)
        self.show_error(self.message, explain_failure(self, error))


class ImportPage(StatePage):
    """Members and policies from the core system's files (all or nothing per file), or skip."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("importPage")
        self.setTitle(self.tr("导入客户和保单"))
        self.setSubTitle(
            self.tr("从核心系统导出的客户文件和保单文件（CSV 或 Excel）。也可以跳过，以后再导入。")
        )
        self.running = False
        self.members = QLineEdit(objectName="membersFile")
        self.policies = QLineEdit(objectName="policiesFile")
        form = QFormLayout()
        for field, text, name in (
            (self.members, self.tr("客户文件(&M)"), "browseMembers"),
            (self.policies, self.tr("保单文件(&O)"), "browsePolicies"),
        ):
            browse = QPushButton(self.tr("浏览…"), objectName=name)
            browse.clicked.connect(lambda _c=False, f=field: self.browse(f))
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(browse)
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, row)
        self.admin_box = QWidget()
        admin_form = QFormLayout(self.admin_box)
        admin_form.setContentsMargins(0, 0, 0, 0)
        self.admin_user = QLineEdit(objectName="importAdmin")
        self.admin_password = QLineEdit(objectName="importAdminPassword")
        self.admin_password.setEchoMode(QLineEdit.EchoMode.Password)
        admin_form.addRow(QLabel(self.tr("导入需要管理员登录：")))
        _row(QLabel(self.tr("管理员用户名(&D)")), self.admin_user, admin_form)
        _row(QLabel(self.tr("管理员密码(&W)")), self.admin_password, admin_form)
        self.import_button = QPushButton(self.tr("开始导入(&I)"), objectName="importButton")
        self.cancel_button = QPushButton(self.tr("取消导入(&C)"), objectName="cancelImport")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.cancel = threading.Event()
        self.stage = QLabel(objectName="importStage")
        self.progress = QProgressBar(objectName="importProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.log = QPlainTextEdit(objectName="importLog", readOnly=True)
        self.log.setMaximumBlockCount(200)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.admin_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.stage)
        layout.addWidget(self.progress)
        layout.addWidget(self.log, 1)
        self.import_button.clicked.connect(self.run_import)

    def load(self) -> None:  # noqa: D102
        settings = self.settings()
        self.members.setText(settings.get(state.MEMBERS_FILE))
        self.policies.setText(settings.get(state.POLICIES_FILE))
        self.admin_user.setText(settings.get(state.ADMIN_USERNAME))

    def save(self) -> None:  # noqa: D102
        settings = self.settings()
        settings.set(state.MEMBERS_FILE, self.members.text().strip())
        settings.set(state.POLICIES_FILE, self.policies.text().strip())

    def initializePage(self) -> None:  # noqa: D102, N802
        self.admin_box.setVisible(self.wizard().admin is None)  # type: ignore[attr-defined]

    def browse(self, field: QLineEdit) -> None:
        """Choose a file (non-blocking dialog)."""
        dialog = QFileDialog(self, self.tr("选择文件"), field.text(), FILE_FILTER)
        dialog.setObjectName("importFileDialog")
        dialog.fileSelected.connect(field.setText)
        self.file_dialog = dialog
        dialog.open()

    def isComplete(self) -> bool:  # noqa: D102, N802
        return not self.running

    def run_import(self) -> None:
        """Import on the worker: members, then policies; each file all or nothing."""
        from ui.first_start.ops import import_files, sign_in_admin

        wizard: Any = self.wizard()
        members, policies = self.members.text().strip(), self.policies.text().strip()
        if not members and not policies:
            self.log.appendPlainText(self.tr("请先选择客户文件或保单文件。"))
            return
        self.save()
        url, admin = wizard.url(), wizard.admin
        user, password = self.admin_user.text().strip(), self.admin_password.text()
        report, cancel = wizard.worker.report, self.cancel
        cancel.clear()

        def work(_desk: Any) -> Any:
            actor = admin or sign_in_admin(url, user, password)
            return actor, import_files(url, actor, members, policies, report, cancel)

        self._running(True)
        self.log.appendPlainText(self.tr("正在导入…"))
        wizard.worker.progress.connect(self._progress)
        wizard.worker.op(work).success(self._imported).failure(self._failed).run()

    def _running(self, running: bool) -> None:
        self.running = running
        self.import_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setRange(0, 0 if running else 1)
        self.progress.setValue(0 if running else 1)
        self.completeChanged.emit()

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.stage.setText(stage)
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def cancel_import(self) -> None:
        """Stop the running import before it writes (nothing is written)."""
        self.cancel.set()

    def _disconnect(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.wizard().worker.progress.disconnect(self._progress)  # type: ignore[attr-defined]

    def _imported(self, outcome: Any) -> None:
        actor, results = outcome
        self._disconnect()
        wizard: Any = self.wizard()
        wizard.admin = actor
        self.admin_box.hide()
        self.admin_password.clear()
        self._running(False)
        names = {"members": self.tr("客户"), "policies": self.tr("保单")}
        self.imported = results
        for kind, result in results:
            if isinstance(result, BaseException):
                self.log.appendPlainText(
                    self.tr("{what}文件未导入：{error}").format(what=names[kind], error=result)
                )
                return
            self.log.appendPlainText(
                self.tr("{what}：{rows} 行，新增 {new}，更新 {changed}，未变 {same}。").format(
                    what=names[kind],
                    rows=result.rows,
                    new=result.inserted,
                    changed=result.updated,
                    same=result.unchanged,
                )
            )
        self.log.appendPlainText(self.tr("导入完成。点“完成”开始使用。"))

    def _failed(self, error: BaseException) -> None:
        from ui.messages import explain_failure

        self._disconnect()
        self.admin_password.clear()
        self._running(False)
        self.log.appendPlainText(explain_failure(self, error))
