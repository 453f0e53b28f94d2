"""The sign-in dialog shown before the desk window (and reused by the idle lock)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
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

ERROR_STYLE = "color: #B3261E;"
FIELD_WIDTH = 280  # a username or password fits without scrolling


def sign_in_on(desk: Any, username: str, password: str) -> Any:
    """Check a username and password on the worker (slow on purpose: Argon2id); the Actor."""
    from ui.desk import on_direct

    def direct(file: Any) -> Any:
        from vipdesk.services import staff_direct

        return staff_direct.sign_in(file, username, password, desk.require_db)

    def usual() -> Any:
        from vipdesk.services.staff import sign_in

        return sign_in(desk.db, username, password)

    return on_direct(desk, direct, usual)


def demo_accounts_text() -> str:
    """The demo accounts and their shared password, for the sign-in dialog of `--demo`."""
    from ui.desk import demo_accounts_text as text

    return text()


class SignInDialog(QDialog):
    """Username and password; the check runs on the worker thread, the window never freezes."""

    signed_in = Signal(object)  # the Actor

    def __init__(self, worker: Any, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("登录 VIP Desk"))
        title = QLabel(self.tr("请使用您的员工账号登录"), objectName="signInTitle")
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.username = QLineEdit(objectName="signInUsername")
        self.password = QLineEdit(objectName="signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.username, self.password):
            field.setMinimumWidth(FIELD_WIDTH)
        form = QFormLayout()
        user_label = QLabel(self.tr("用户名(&U)"))
        user_label.setBuddy(self.username)
        pass_label = QLabel(self.tr("密码(&P)"))
        pass_label.setBuddy(self.password)
        form.addRow(user_label, self.username)
        form.addRow(pass_label, self.password)
        self.message = QLabel(objectName="signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(
            self.tr("登录(&L)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("signInButton")
        self.quit = self.buttons.addButton(
            self.tr("退出(&X)"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.ok.setAutoDefault(False)
        self.quit.setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # grows with its text
        layout.addWidget(title)
        self.demo_note = QLabel(objectName="demoAccounts")
        self.demo_note.setWordWrap(True)
        self.demo_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_note.hide()
        layout.addWidget(self.demo_note)
        if demo:
            self.show_demo_accounts()
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.ok)
        self.username.setFocus()

    def show_demo_accounts(self, text: str = "") -> None:
        """On a demo database: the demo accounts and their password (never on a real one).

        `text`: demo_accounts_text() as the worker made it when opening (else made here). One
        line each (heading, accounts, password); the note is as wide as its widest line, so
        nothing wraps, unless that would not fit the screen.
        """
        from ui.geometry import largest

        accounts, password = (text or demo_accounts_text()).split("\n")
        lines = (
            self.tr("演示数据库，可用以下演示账号登录："),
            accounts,
            self.tr("密码：{password}").format(password=password),
        )
        self.demo_note.setText("\n".join(lines))
        metrics = self.demo_note.fontMetrics()
        widest = max(metrics.horizontalAdvance(line) for line in lines) + 4
        margins = self.layout().contentsMargins()
        room = largest(self).width() - margins.left() - margins.right()
        self.demo_note.setMinimumWidth(min(widest, room))
        self.demo_note.show()

    def submit(self) -> None:
        """Check the entries on the worker; a wrong one gets the one plain message."""
        if not self.ok.isEnabled():  # a check is running already
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.message.setText(self.tr("请输入用户名和密码。"))
            (self.password if username else self.username).setFocus()
            return
        self._busy(True)
        self.message.setText(self.tr("正在核对…"))
        self.worker.op(lambda desk: sign_in_on(desk, username, password)).success(
            self._passed
        ).failure(self._failed).run()

    def _busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.ok):
            widget.setEnabled(not busy)

    def _passed(self, actor: Any) -> None:
        self._busy(False)
        self.password.clear()
        self.message.clear()
        self.signed_in.emit(actor)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        from ui.messages import explain_failure

        self._busy(False)
        self.password.clear()
        self.message.setText(explain_failure(self, error))
        self.password.setFocus()
