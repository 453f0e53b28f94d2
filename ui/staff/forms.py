"""Small dialogs of the staff screen: add an account, reset a password (both non-blocking)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.staff import ops
from ui.staff.model import ROLES, role_name

ERROR_STYLE = "color: #B3261E;"
MIN_PASSWORD = 10  # the service refuses shorter ones too; said here so nobody types in vain


def labelled(form: QFormLayout, text: str, widget: QWidget) -> None:
    """A form row whose label carries the mnemonic for `widget` and names it for screen readers."""
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(text.replace("(&", "(").replace("&", ""))
    form.addRow(label, widget)


def password_field(name: str) -> QLineEdit:
    """A masked password line edit."""
    field = QLineEdit(objectName=name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _WorkerForm(QDialog):
    """A form submitted on the database worker; errors stay in the form, success closes it."""

    saved = Signal(object)  # the new staff list

    def __init__(self, run: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.first: QWidget = self
        self.form = QFormLayout()
        self.message = QLabel(objectName="formMessage", wordWrap=True)
        self.ok = QPushButton(objectName="formOk")
        self.ok.setDefault(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setObjectName("formCancel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.ok.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)

    def submit(self) -> None:  # pragma: no cover - overridden
        """Check the form and start the operation."""

    def start(self, fn: Callable[[Any], Any]) -> None:
        """Run `fn(desk)` on the worker; close on success, say why on failure."""
        self.ok.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("正在保存…"))
        self.run(fn).success(self._saved).failure(self._failed).run()

    def refuse(self, text: str, focus: QWidget) -> None:
        """Say what is wrong and put the cursor there."""
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
        focus.setFocus()

    def _saved(self, rows: Any) -> None:
        self.saved.emit(rows)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from ui.messages import explain_failure

        self.ok.setEnabled(True)
        self.refuse(explain_failure(self, exc), self.first)

    def passwords(self, first: QLineEdit, second: QLineEdit) -> str | None:
        """The typed password when both fields agree and it is long enough, else None (said)."""
        password = first.text()
        if password != second.text():
            self.refuse(self.tr("两次输入的密码不一致。"), second)
            return None
        if len(password) < MIN_PASSWORD:
            self.refuse(self.tr("密码至少 {n} 个字符。").format(n=MIN_PASSWORD), first)
            return None
        return password


class AddStaffDialog(_WorkerForm):
    """新增员工: username, name, role, branch and a first password (to be changed at sign-in)."""

    def __init__(self, run: Any, branch: str = "0000", parent: QWidget | None = None) -> None:
        super().__init__(run, parent)
        self.setObjectName("addStaffDialog")
        self.setWindowTitle(self.tr("新增员工"))
        self.username = QLineEdit(objectName="newUsername")
        self.display_name = QLineEdit(objectName="newDisplayName")
        self.role = QComboBox(objectName="newRole")
        for code in ROLES:
            self.role.addItem(role_name(code), code)
        self.branch = QLineEdit(branch, objectName="newBranch")
        self.password = password_field("newPassword")
        self.confirm = password_field("newPasswordAgain")
        labelled(self.form, self.tr("账号(&U)"), self.username)
        labelled(self.form, self.tr("姓名(&N)"), self.display_name)
        labelled(self.form, self.tr("岗位(&R)"), self.role)
        labelled(self.form, self.tr("网点代码(&B)"), self.branch)
        labelled(self.form, self.tr("初始密码(&P)"), self.password)
        labelled(self.form, self.tr("再次输入(&A)"), self.confirm)
        self.ok.setText(self.tr("新增(&S)"))
        self.ok.setAccessibleName(self.tr("新增"))
        self.first = self.username
        self.username.setFocus()

    def submit(self) -> None:
        """Check the form and add the account on the worker."""
        username, name = self.username.text().strip(), self.display_name.text().strip()
        branch = self.branch.text().strip()
        if not username:
            return self.refuse(self.tr("请填写账号。"), self.username)
        if not name:
            return self.refuse(self.tr("请填写姓名。"), self.display_name)
        if not branch:
            return self.refuse(self.tr("请填写网点代码。"), self.branch)
        password = self.passwords(self.password, self.confirm)
        if password is None:
            return None
        role = self.role.currentData()
        self.password.clear()
        self.confirm.clear()
        self.start(lambda desk: ops.add(desk, username, name, role, password, branch))
        return None


class ResetPasswordDialog(_WorkerForm):
    """重置密码: a new password the staff member must change at their next sign-in."""

    def __init__(self, run: Any, info: Any, parent: QWidget | None = None) -> None:
        super().__init__(run, parent)
        self.username = info.username
        self.setObjectName("resetPasswordDialog")
        self.setWindowTitle(self.tr("重置密码"))
        who = QLabel(
            self.tr("为 {name}（{username}）设置新密码；对方下次登录时必须修改。").format(
                name=info.display_name, username=info.username
            ),
            wordWrap=True,
        )
        self.form.addRow(who)
        self.password = password_field("resetPassword")
        self.confirm = password_field("resetPasswordAgain")
        labelled(self.form, self.tr("新密码(&P)"), self.password)
        labelled(self.form, self.tr("再次输入(&A)"), self.confirm)
        self.ok.setText(self.tr("重置(&S)"))
        self.ok.setAccessibleName(self.tr("重置"))
        self.first = self.password
        self.password.setFocus()

    def submit(self) -> None:
        """Check the two fields and reset the password on the worker."""
        password = self.passwords(self.password, self.confirm)
        if password is None:
            return
        username = self.username
        self.password.clear()
        self.confirm.clear()
        self.start(lambda desk: ops.reset(desk, username, password))
