"""The member's recorded service uses (服务使用记录), with 撤销使用 for a use booked by a case.

The list is read on the worker after the member shows; cancelling asks for a reason, runs
`vipdesk.services.usage.cancel_case_use` on the worker (permission `case.work`, audited) and
reloads the member so that the quotas above show the use freed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import BAD_STYLE, OK_STYLE, say
from ui.member_tables import fill, make_table

RECORD_COLUMNS = (
    QT_TRANSLATE_NOOP("tables", "日期"),
    QT_TRANSLATE_NOOP("tables", "服务"),
    QT_TRANSLATE_NOOP("tables", "状态"),
    QT_TRANSLATE_NOOP("tables", "案件编号"),
)
USE_STATUS = {
    "booked": QT_TRANSLATE_NOOP("usage", "已预约"),
    "delivered": QT_TRANSLATE_NOOP("usage", "已提供"),
    "cancelled": QT_TRANSLATE_NOOP("usage", "已撤销"),
}
PERMISSION = "case.work"


def use_lines_on(desk: Any, member_id: int) -> list[tuple[Any, str]]:
    """The member's recorded uses with the plain name of each service (on the worker)."""
    from ui.desk import view_on_direct
    from vipdesk.services import member_direct
    from vipdesk.services.member_views import quota_name

    def usual() -> list[Any]:
        from vipdesk.services.usage import member_uses

        return member_uses(desk.db, desk.actor, member_id)

    rules = desk.book.on(dt.date.today())
    lines = view_on_direct(desk, lambda conn: member_direct.uses(conn, member_id), usual)
    return [(line, quota_name(rules, line.record.quota_code)) for line in lines]


def cancel_on(desk: Any, case_id: int, reason: str) -> int:
    """Cancel the booked uses of a case (on the worker); how many were freed."""
    from vipdesk.services.usage import cancel_case_use

    return int(cancel_case_use(desk.db, desk.actor, case_id, reason))


def status_text(line: Any) -> str:
    """已预约 / 已提供 / 已撤销（原因）."""
    text = QCoreApplication.translate("usage", USE_STATUS.get(line.record.status, "?"))
    if line.record.status == "cancelled" and line.cancel_reason:
        text += f"（{line.cancel_reason}）"
    return text


class UseRecordsPanel(QWidget):
    """Recorded uses of the member on screen, and the 撤销使用 button."""

    cancelled = Signal(int)  # member id: its quotas changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member_id: int | None = None
        self.lines: list[tuple[Any, str]] = []
        self.dialog: CancelUseDialog | None = None
        title = QLabel(self.tr("使用记录"), objectName="useRecordsTitle")
        self.table = make_table(RECORD_COLUMNS, "useRecords")
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # rows chosen with the arrow keys
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("服务使用记录"))
        self.table.itemSelectionChanged.connect(self._update_button)
        self.cancel_button = QPushButton(self.tr("撤销使用(&Z)…"), objectName="cancelUseButton")
        self.cancel_button.setToolTip(self.tr("撤销选中的、尚未提供的服务使用（需填写原因）"))
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.message = QLabel(objectName="useRecordsMessage")
        self.message.setWordWrap(True)
        row = QHBoxLayout()  # below the list, in the order Tab walks: choose a use, then act
        row.addWidget(self.message, 1)
        row.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._update_button()

    def _worker(self) -> Any:
        return getattr(self.window(), "worker", None)

    def _actor(self) -> Any:
        return getattr(self.window(), "actor", None)

    def may_cancel(self) -> bool:
        """The staff member at the desk holds `case.work` (the service checks it again)."""
        from vipdesk.services.permissions import allowed

        actor = self._actor()
        return actor is not None and allowed(actor.role, PERMISSION)

    def show_member(self, member_id: int) -> None:
        """Read the member's uses on the worker (the newest member wins)."""
        if member_id != self.member_id:
            self.message.clear()
        self.member_id = member_id
        worker = self._worker()
        if worker is None:
            return
        worker.op(lambda desk: use_lines_on(desk, member_id)).latest("use_records").success(
            lambda lines: self._show(member_id, lines)
        ).failure(self._failed).run()

    def _show(self, member_id: int, lines: list[tuple[Any, str]]) -> None:
        if member_id != self.member_id:
            return
        self.lines = lines
        fill(
            self.table,
            [
                (
                    line.record.used_on.isoformat(),
                    name,
                    status_text(line),
                    line.case_no or "—",
                )
                for line, name in lines
            ],
            [line.record.status == "cancelled" for line, _ in lines],
        )
        if lines:
            self.table.selectRow(0)  # the newest use stands chosen; ↑↓ choose another
        self._update_button()

    def _failed(self, error: BaseException) -> None:
        from ui.messages import explain_failure

        say(self.message, explain_failure(self, error), BAD_STYLE)

    def selected(self) -> Any:
        """The selected use line, or None."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.lines):
            return None
        return self.lines[rows[0].row()][0]

    def _update_button(self) -> None:
        line = self.selected()
        self.cancel_button.setEnabled(line is not None and line.cancellable and self.may_cancel())

    def ask_cancel(self) -> None:
        """Confirm the cancellation of the selected use, with a reason."""
        line = self.selected()
        if line is None or not line.cancellable or not self.may_cancel():
            return
        name = next(n for entry, n in self.lines if entry is line)
        self.dialog = CancelUseDialog(line, name, self)
        self.dialog.confirmed.connect(lambda reason: self._cancel(line, reason))
        self.dialog.open()

    def _cancel(self, line: Any, reason: str) -> None:
        worker, member_id, dialog = self._worker(), self.member_id, self.dialog
        if worker is None or dialog is None or member_id is None:
            return
        case_id = line.record.case_id
        worker.op(lambda desk: cancel_on(desk, case_id, reason)).success(
            lambda _n: self._done(member_id, line)
        ).failure(dialog.failed).run()

    def _done(self, member_id: int, line: Any) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        say(
            self.message,
            self.tr("已撤销案件 {case} 的服务使用，该次不再计入次数。").format(case=line.case_no),
            OK_STYLE,
        )
        self.cancelled.emit(member_id)
        if self.member_id == member_id:
            self.show_member(member_id)


class CancelUseDialog(QDialog):
    """撤销使用: what is cancelled, the reason (required), confirm or keep."""

    confirmed = Signal(str)

    def __init__(self, line: Any, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancelUseDialog")
        self.setWindowTitle(self.tr("撤销服务使用"))
        what = QLabel(
            self.tr(
                "撤销案件 {case} 的“{service}”（{day}）。撤销后该次使用不再计入次数，"
                "案件记录撤销原因，并写入操作记录。"
            ).format(case=line.case_no, service=name, day=line.record.used_on.isoformat()),
            objectName="cancelUseWhat",
        )
        what.setWordWrap(True)
        self.reason = QLineEdit(objectName="cancelUseReason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("例如：客户改期"))
        reason_label = QLabel(self.tr("撤销原因(&R)"))
        reason_label.setBuddy(self.reason)
        self.message = QLabel(objectName="cancelUseMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("撤销使用"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("cancelUseConfirm")
        keep = buttons.addButton(self.tr("不撤销"), QDialogButtonBox.ButtonRole.RejectRole)
        keep.setDefault(True)  # Enter on the buttons keeps the use; Enter in the reason confirms
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.reason.returnPressed.connect(self.submit)
        self.reason.textEdited.connect(lambda _text: self.message.clear())
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.reason.setFocus()

    def submit(self) -> None:
        """Confirm with the reason typed; none typed: say so and stay."""
        reason = self.reason.text().strip()
        if not reason:
            say(self.message, self.tr("请填写撤销原因。"), BAD_STYLE)
            self.reason.setFocus()
            return
        self.ok.setEnabled(False)
        say(self.message, self.tr("正在撤销…"))
        self.confirmed.emit(reason)

    def failed(self, error: BaseException) -> None:
        """The service refused (e.g. already delivered, no permission): say why, stay open."""
        from ui.messages import explain_failure

        self.ok.setEnabled(True)
        say(self.message, explain_failure(self, error), BAD_STYLE)
