"""The case detail panel: the case, its timeline of notes, new notes and status changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.cases import ops
from ui.cases.queue_model import tr
from ui.cases.wizard import show_error
from ui.wording import joined

KINDS = {
    "note": QT_TRANSLATE_NOOP("CaseDetailPanel", "记录"),
    "follow_up": QT_TRANSLATE_NOOP("CaseDetailPanel", "跟进"),
    "status": QT_TRANSLATE_NOOP("CaseDetailPanel", "状态"),
    "override": QT_TRANSLATE_NOOP("CaseDetailPanel", "主管推翻"),
}


class CaseDetailPanel(QWidget):
    """One case: facts, notes (timestamped), add a note or follow-up, move its status."""

    changed = Signal(object)  # CaseDetail after a change

    def __init__(self, run: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.detail: Any = None
        self.setObjectName("caseDetail")
        self.header = QLabel(self.tr("请在左侧选择案件"), objectName="caseHeader", wordWrap=True)
        self.facts = QLabel(objectName="caseFacts", wordWrap=True)
        self.notes = QListWidget(objectName="caseNotes")
        self.note = QPlainTextEdit(objectName="noteText")
        self.note.setPlaceholderText(self.tr("记录处理情况或下次跟进安排"))
        self.note.setMaximumHeight(70)
        self.follow_up = QCheckBox(self.tr("跟进"), objectName="followUp")
        self.add = QPushButton(self.tr("添加记录"), objectName="addNote")
        self.ask_override = QPushButton(self.tr("申请主管特批(&O)…"), objectName="askOverride")
        self.ask_override.hide()
        self.override_dialog: Any = None
        self.buttons = QHBoxLayout()
        self.message = QLabel(objectName="detailMessage", wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.follow_up)
        row.addWidget(self.ask_override)
        row.addStretch()
        row.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.facts)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addLayout(self.buttons)
        layout.addWidget(self.message)
        self.add.clicked.connect(self.add_note)
        self.ask_override.clicked.connect(self.request_override)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for widget in (self.note, self.follow_up, self.add):
            widget.setEnabled(on)

    def load(self, case_id: int) -> None:
        """Read the case (on the worker) and show it."""
        self.run(lambda desk: ops.detail(desk, case_id)).success(self.show_detail).failure(
            lambda exc: show_error(self.message, exc)
        ).run()

    def show_detail(self, detail: Any) -> None:
        """Show a CaseDetail."""
        from vipdesk.domain.eligibility import REASON_LABELS
        from vipdesk.services.cases import STATUS_NAMES, TRANSITIONS, TYPE_NAMES

        self.detail = detail
        row = detail.row
        overdue = self.tr("　⚠ 已超过回复期限") if row.overdue else ""
        self.header.setText(
            f"<b>{row.case_no}</b>　{TYPE_NAMES[row.case_type]}　"
            f"{STATUS_NAMES[row.status]}{overdue}"
        )
        self.header.setStyleSheet("color: #8C1D18;" if row.overdue else "")
        lines = [
            self.tr("客户：{m}（{id}）　被服务人：{p}").format(
                m=row.member_name, id=detail.member_id_masked, p=row.person_name
            )
        ]
        if detail.description:
            lines.append(self.tr("描述：{d}").format(d=detail.description))
        if detail.distance_km is not None:
            lines.append(self.tr("距居住地 {km:g} 公里").format(km=detail.distance_km))
        if detail.trip_day is not None:
            lines.append(self.tr("旅行第 {n} 天").format(n=detail.trip_day))
        if detail.reasons:
            lines.append(
                self.tr("拒绝原因：{r}").format(
                    r=joined(REASON_LABELS.get(r, r) for r in detail.reasons)
                )
            )
        if detail.override_reason:
            lines.append(self.tr("主管推翻：{r}").format(r=detail.override_reason))
        lines.append(
            self.tr("回复期限：{due}").format(
                due=row.due_at.astimezone().strftime("%Y-%m-%d %H:%M")
            )
        )
        self.facts.setText("\n".join(lines))
        self.notes.clear()
        for n in detail.notes:
            self.notes.addItem(
                f"{n.at.astimezone():%Y-%m-%d %H:%M}  {n.staff}  "
                f"[{self.tr(KINDS.get(n.kind, n.kind))}] {n.text}"
            )
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for status in TRANSITIONS[row.status]:
            reopen = row.status in ("resolved", "closed") and status == "in_progress"
            text = (
                self.tr("重新打开")
                if reopen
                else self.tr("改为“{s}”").format(s=tr(STATUS_NAMES[status]))
            )
            button = QPushButton(text, objectName=f"status_{status}")
            button.clicked.connect(lambda _c=False, s=status: self.set_status(s))
            self.buttons.addWidget(button)
        self._enable(True)
        self.ask_override.setVisible(row.eligible is False and not detail.override_reason)
        self.message.clear()

    def request_override(self) -> Any:
        """The four-eyes override of this refused case: a supervisor signs in inside the dialog."""
        from ui.cases.override_dialog import open_for_case
        from vipdesk.domain.eligibility import REASON_LABELS

        if self.detail is None:
            return None
        row = self.detail.row
        why = "、".join(REASON_LABELS.get(r, r) for r in self.detail.reasons)
        dialog = open_for_case(self.run, None, row, why, "", self)
        dialog.approved.connect(lambda _outcome: self.load(row.id))
        dialog.approved.connect(lambda _outcome: self.changed.emit(self.detail))
        self.override_dialog = dialog
        return dialog

    def add_note(self) -> None:
        """Add the typed note (or follow-up) to the case."""
        text = self.note.toPlainText().strip()
        if self.detail is None or not text:
            return
        case_id, kind = self.detail.row.id, "follow_up" if self.follow_up.isChecked() else "note"
        self.run(lambda desk: ops.add_note(desk, case_id, text, kind)).success(self._saved).failure(
            lambda exc: show_error(self.message, exc)
        ).run()

    def set_status(self, status: str) -> None:
        """Move the case to `status`."""
        case_id = self.detail.row.id
        self.run(lambda desk: ops.change_status(desk, case_id, status)).success(
            self._saved
        ).failure(lambda exc: show_error(self.message, exc)).run()

    def _saved(self, detail: Any) -> None:
        self.note.clear()
        self.follow_up.setChecked(False)
        self.show_detail(detail)
        self.changed.emit(detail)
