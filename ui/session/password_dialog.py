"""Change one's own password (menu, or forced after an administrator's reset)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.session.signin_dialog import ERROR_STYLE, FIELD_WIDTH


def change_on(desk: Any, actor: Any, old: str, new: str) -> Any:
    """Change the password on the worker; the updated Actor."""
    from vipdesk.services.staff import change_password

    return change_password(desk.db, actor, old, new)


class PasswordDialog(QDialog):
    """Old password, new password twice; checked and saved on the worker thread."""

    changed = Signal(object)  # the Actor after the change

    def __init__(
        self, worker: Any, actor: Any, forced: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.actor = actor
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("修改密码"))
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # grows with its text
        if forced:
            note = QLabel(
                self.tr("管理员重置了您的密码，请先设置新密码再继续工作。"), objectName="forcedNote"
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        self.old = QLineEdit(objectName="oldPassword")
        self.new = QLineEdit(objectName="newPassword")
        self.again = QLineEdit(objectName="newPasswordAgain")
        form = QFormLayout()
        for field, text in (
            (self.old, self.tr("当前密码(&O)")),
            (self.new, self.tr("新密码(&N)")),
            (self.again, self.tr("再输入一次(&A)")),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMinimumWidth(FIELD_WIDTH)  # the fixed-size layout ignores a dialog minimum
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        hint = QLabel(
            self.tr("新密码至少10个字符，且不能与用户名相同。"), objectName="passwordHint"
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.message = QLabel(objectName="passwordMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("保存(&S)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        cancel_text = self.tr("退出登录") if forced else self.tr("取消")
        buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.old.setFocus()

    def submit(self) -> None:
        """Check that both entries agree, then change the password on the worker."""
        old, new = self.old.text(), self.new.text()
        if new != self.again.text():
            self.message.setText(self.tr("两次输入的新密码不一致。"))
            self.again.clear()
            self.again.setFocus()
            return
        self.ok.setEnabled(False)
        self.message.setText(self.tr("正在保存…"))
        actor = self.actor
        self.worker.op(lambda desk: change_on(desk, actor, old, new)).success(self._passed).failure(
            self._failed
        ).run()

    def _passed(self, actor: Any) -> None:
        for field in (self.old, self.new, self.again):
            field.clear()
        self.changed.emit(actor)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        from ui.messages import explain_failure

        self.ok.setEnabled(True)
        self.message.setText(explain_failure(self, error))
