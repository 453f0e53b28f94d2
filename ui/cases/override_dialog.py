"""主管特批 — four eyes at one desk: the clerk asks, a supervisor signs in inside this dialog.

The requester is the staff member signed in at the desk; the approver types their own username
and password here. Signing in and the override run on the database worker (Argon2id takes a few
tenths of a second); the case records both names. The password never leaves this dialog except
towards `sign_in`, and the field is cleared after every attempt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #B3261E;"
OK_STYLE = "color: #1E7B34; font-weight: bold;"


@dataclass(frozen=True)
class OverrideOutcome:
    """What the dialog reports after a supervisor approved: the case and both names."""

    case: Any
    requester: str
    approver: str


def approve_override(
    desk: Any, case_ref: int | str, username: str, password: str, reason: str
) -> OverrideOutcome:
    """On the worker: sign the supervisor in, then override the case for the desk's requester."""
    from vipdesk.services.staff import sign_in

    try:  # the contract's name; the function itself lives in case_override
        from vipdesk.services.cases import override  # type: ignore[attr-defined]
    except ImportError:
        from vipdesk.services.case_override import override

    approver = sign_in(desk.db, username, password)
    case = override(desk.db, desk.actor, approver, case_ref, reason)
    return OverrideOutcome(case, desk.actor.display_name, approver.display_name)


class OverrideDialog(QDialog):
    """The requester gives the reason; a supervisor signs in with their own password, approves."""

    approved = Signal(object)  # OverrideOutcome

    def __init__(
        self,
        run: Any,
        requester: Any,
        case_ref: int | str,
        summary: str = "",
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.run = run
        self.case_ref = case_ref
        self.outcome: OverrideOutcome | None = None
        self.busy = False
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("主管特批（双人复核）"))
        self.setMinimumWidth(520)
        who = getattr(requester, "display_name", "") or getattr(requester, "username", "")
        intro = QLabel(
            self.tr(
                "该申请的资格审核结果为“不能受理”。特批须由一位主管（不能是申请人本人）在本机"
                "输入自己的账号和密码批准，案件会同时记录申请人和批准人。"
            ),
            objectName="overrideIntro",
            wordWrap=True,
        )
        self.summary = QLabel(summary, objectName="overrideSummary", wordWrap=True)
        self.requester = QLabel(who, objectName="overrideRequester")
        if not who:  # the staff member signed in at the desk, as the worker knows them
            self.run(lambda desk: desk.actor.display_name).success(self.requester.setText).run()
        self.reason = QPlainTextEdit(objectName="overrideReasonText")
        self.reason.setPlainText(reason)
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(80)
        self.reason.setPlaceholderText(self.tr("特批理由（必填，记入案件和审计记录）"))
        self.reason.setAccessibleName(self.tr("特批理由"))
        self.username = QLineEdit(objectName="approverUsername")
        self.username.setAccessibleName(self.tr("主管账号"))
        self.password = QLineEdit(objectName="approverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("主管密码"))
        self.message = QLabel(objectName="overrideMessage", wordWrap=True)
        self.message.setAccessibleName(self.tr("特批结果"))
        form = QFormLayout()
        form.addRow(self.tr("申请人"), self.requester)
        reason_label = QLabel(self.tr("特批理由(&R)"))
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, self.reason)
        box = QGroupBox(self.tr("请主管本人输入"), objectName="approverBox")
        sign = QFormLayout(box)
        user_label = QLabel(self.tr("主管账号(&U)"))
        user_label.setBuddy(self.username)
        password_label = QLabel(self.tr("密码(&P)"))
        password_label.setBuddy(self.password)
        sign.addRow(user_label, self.username)
        sign.addRow(password_label, self.password)
        self.buttons = QDialogButtonBox(self)
        self.approve = QPushButton(self.tr("批准特批(&A)"), objectName="approveOverride")
        self.approve.setDefault(True)
        self.approve.setAccessibleName(self.tr("批准特批"))  # the box makes it its focus proxy
        self.cancel = QPushButton(self.tr("取消"), objectName="cancelOverride")
        self.buttons.addButton(self.approve, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        for widget in (intro, self.summary):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if not summary:
            self.summary.hide()  # after it has a parent: never a stray window of its own
        self.setTabOrder(self.reason, self.username)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.approve)
        self.setTabOrder(self.approve, self.cancel)
        self.approve.clicked.connect(self.submit)
        self.cancel.clicked.connect(self.reject)
        (self.username if reason.strip() else self.reason).setFocus()

    def submit(self) -> None:
        """Sign the supervisor in and override the case, both on the worker."""
        if self.busy or self.outcome is not None:
            return
        reason = self.reason.toPlainText().strip()
        username, password = self.username.text().strip(), self.password.text()
        self.password.clear()  # never kept on screen or in the widget after an attempt
        if not reason:
            return self._refuse(self.tr("请写明特批理由。"), self.reason)
        if not username or not password:
            return self._refuse(self.tr("请主管输入自己的账号和密码。"), self.username)
        self._set_busy(True)
        ref = self.case_ref
        self.run(lambda desk: approve_override(desk, ref, username, password, reason)).success(
            self._approved
        ).failure(self._failed).run()

    def _approved(self, outcome: OverrideOutcome) -> None:
        self._set_busy(False)
        self.outcome = outcome
        for widget in (self.reason, self.username, self.password, self.approve):
            widget.setEnabled(False)
        self.cancel.setText(self.tr("关闭"))
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(
            self.tr("已特批：申请人 {requester}，批准人 {approver}。").format(
                requester=outcome.requester, approver=outcome.approver
            )
        )
        self.approved.emit(outcome)
        self.cancel.setFocus()

    def _failed(self, exc: BaseException) -> None:
        from ui.messages import explain_failure

        self._set_busy(False)
        self._refuse(explain_failure(self, exc), self.password)

    def _refuse(self, text: str, focus: QWidget) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
        focus.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.approve.setEnabled(not busy)
        if busy:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("正在核对主管身份…"))


def open_for_case(
    run: Any, requester: Any, case: Any, why: str, reason: str, parent: QWidget
) -> OverrideDialog:
    """Open the override dialog for a refused case (id, case_no) whose reasons are `why`."""
    summary = QCoreApplication.translate("OverrideDialog", "案件 {no}：{why}").format(
        no=case.case_no, why=why
    )
    dialog = OverrideDialog(run, requester, case.id, summary, reason, parent)
    dialog.open()
    return dialog
