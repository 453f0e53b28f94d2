"""The card reissue dialog (补发贵宾卡): reason, identity verified, confirm; the receipt prints.

The old card is blocked and the new one issued in one transaction on the worker; the dialog
passes the card it shows as `expected_number`, so a reissue another desk made meanwhile is
refused instead of blocking the new card too. `reissued` tells the member view to reload.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import (
    BAD_STYLE,
    OK_STYLE,
    Run,
    ShowDocument,
    say,
)
from ui.files import document_name, show_named
from ui.messages import explain_failure
from ui.unsaved import guarded_reject
from vipdesk.domain.cards import InvalidCardNumber, format_card_number, validate_card_number

STATUS = {
    "active": QT_TRANSLATE_NOOP("CardReissueDialog", "有效"),
    "suspended": QT_TRANSLATE_NOOP("CardReissueDialog", "暂停使用"),
}


def render_receipt(desk: Any, result: Any, branch: Any = None) -> bytes:
    """The card-reissue receipt as PDF bytes (runs on the worker)."""
    from vipdesk.documents.templates import render_card_reissue_receipt
    from vipdesk.services.cards import REISSUE_REASONS

    return render_card_reissue_receipt(
        member_name=result.member_name,
        member_id_masked=result.id_number_masked,
        old_card_number=result.old.number,
        old_card_status=result.old.status,
        new_card_number=result.new.number,
        new_tier=result.new.tier,
        reason=REISSUE_REASONS[result.reason],
        staff=result.staff_name,
        at=result.at,
        reference=result.reference,
        branch=branch,
        rules=desk.book.on(result.on),
    )


def load_card(desk: Any, member_id: int) -> tuple[str, Any]:
    """The member's name and current card (CardState or None)."""
    from vipdesk.db.models import Member
    from vipdesk.services.cards import current_card_of

    with desk.db.read() as session:
        member = session.get(Member, member_id)
        name = member.name if member else ""
    return name, current_card_of(desk.db, member_id)


class CardReissueDialog(QDialog):
    """Reissue the member's lost or damaged card."""

    reissued = Signal(object)  # ReissueResult, after the save
    receipt_ready = Signal(bytes)  # the receipt (PDF)
    failed = Signal(str)

    def __init__(
        self,
        run: Run,
        member_id: int,
        parent: QWidget | None = None,
        today: dt.date | None = None,
        *,
        show_document: ShowDocument,
        render: Any = render_receipt,
        branch: Any = None,
    ) -> None:
        super().__init__(parent)
        self.run, self.member_id = run, member_id
        self.today = today or dt.date.today()
        self.show_document, self.render, self.branch = show_document, render, branch
        self.card: Any = None
        self.tier_name = ""
        self.result: Any = None
        self.receipt: bytes | None = None
        self.setObjectName("cardReissueDialog")
        self.setWindowTitle(self.tr("补发贵宾卡"))
        self.setMinimumWidth(500)
        self._build()
        self.load()

    def _build(self) -> None:
        self.card_label = QLabel(self.tr("正在读取卡片信息…"), objectName="card", wordWrap=True)
        self.lost = QRadioButton(self.tr("挂失（卡片遗失或被盗）"), objectName="reasonLost")
        self.damaged = QRadioButton(self.tr("损坏"), objectName="reasonDamaged")
        self.reasons = QButtonGroup(self)
        self.reasons.addButton(self.lost)
        self.reasons.addButton(self.damaged)
        reasons = QHBoxLayout()
        reasons.addWidget(self.lost)
        reasons.addWidget(self.damaged)
        reasons.addStretch(1)
        self.number_edit = QLineEdit(objectName="cardNumber", maxLength=24)
        self.number_edit.setPlaceholderText(self.tr("可选：客户所持（损坏）卡上的卡号"))
        self.number_info = QLabel("", objectName="cardNumberInfo", wordWrap=True)
        self.verified = QCheckBox(
            self.tr("已核验客户本人有效身份证件原件"), objectName="identityVerified"
        )
        self.note = QLabel(
            self.tr("确认后原卡立即停用，新卡号沿用原卡等级。"), objectName="note", wordWrap=True
        )
        self.status = QLabel("", objectName="status", wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("当前卡片"), self.card_label)
        form.addRow(self.tr("补发原因"), reasons)
        form.addRow(self.tr("核对卡号"), self.number_edit)
        form.addRow("", self.number_info)
        self.number_info.hide()  # shown only when there is something to say about the number
        form.addRow("", self.verified)
        self.buttons = QDialogButtonBox()
        self.confirm = QPushButton(self.tr("确认补发"), objectName="confirm", enabled=False)
        self.buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.confirm.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        for button in (self.lost, self.damaged):
            button.toggled.connect(self._update)
        self.verified.toggled.connect(self._update)
        self.number_edit.textChanged.connect(self._update)

    def has_unsaved_work(self) -> bool:
        """A reason chosen or the identity ticked, and no card reissued yet."""
        started = self.reason() is not None or self.verified.isChecked()
        return self.result is None and started

    def reject(self) -> None:
        """Esc or 关闭: ask first when the choices made would be lost."""
        guarded_reject(self, super().reject)

    def load(self) -> None:
        """Read the member's current card on the worker."""
        member_id, today = self.member_id, self.today
        self.run(lambda desk: (*load_card(desk, member_id), desk.book.on(today))).success(
            self._loaded
        ).failure(self._failed).run()

    def _loaded(self, loaded: tuple[str, Any, Any]) -> None:
        name, card, rules = loaded
        self.card = card
        if card is None:
            self.card_label.setText(
                self.tr("{name}目前没有有效的贵宾卡，无需补发。").format(name=name)
            )
            self._update()
            return
        self.tier_name = rules.tier(card.tier).name
        self.card_label.setText(
            f"{name}  {self.tier_name}  {format_card_number(card.number)}  "
            f"{self.tr(STATUS.get(card.status, card.status))}"
        )
        if card.status == "suspended":
            say(
                self.note,
                self.tr(
                    "该卡因保单中止处于暂停状态：补发的新卡同样为暂停状态，保单复效后自动恢复有效。"
                ),
                BAD_STYLE,
            )
        self._update()

    def reason(self) -> str | None:
        """The chosen reason code (lost/damaged), or None."""
        if self.lost.isChecked():
            return "lost"
        return "damaged" if self.damaged.isChecked() else None

    def _number_ok(self) -> bool:
        text = self.number_edit.text().strip()
        if not text:
            self.number_info.setText("")
            self.number_info.hide()
            return True
        try:
            number = validate_card_number(text)  # caught here, before any lookup
        except InvalidCardNumber as exc:
            say(self.number_info, "✗ " + str(exc), BAD_STYLE)
            return False
        if self.card is not None and number != self.card.number:
            say(self.number_info, self.tr("✗ 该卡号不是客户当前的贵宾卡，请核对"), BAD_STYLE)
            return False
        say(self.number_info, self.tr("✓ 卡号与客户当前的贵宾卡一致"), OK_STYLE)
        return True

    def _update(self) -> None:
        number_ok = self._number_ok()
        self.number_info.setVisible(bool(self.number_info.text()))
        ready = (
            self.card is not None
            and self.result is None
            and self.reason() is not None
            and self.verified.isChecked()
            and number_ok
        )
        self.confirm.setEnabled(ready)

    def save(self) -> None:
        """Reissue the card on the worker."""
        from vipdesk.services.cards import reissue_card

        reason = self.reason()
        if self.card is None or reason is None or not self.verified.isChecked():
            return
        args = (self.member_id, reason, self.today, self.card.number)
        self.confirm.setEnabled(False)
        say(self.status, self.tr("正在办理…"))
        self.run(lambda desk: reissue_card(desk.db, desk.actor, *args)).success(
            self._saved
        ).failure(self._save_failed).run()

    def _save_failed(self, exc: BaseException) -> None:
        self._failed(exc)
        from vipdesk.errors import Refused

        if isinstance(exc, Refused):  # e.g. another desk reissued it: show the card as it is now
            self.load()

    def _saved(self, result: Any) -> None:
        self.result = result
        for widget in (self.lost, self.damaged, self.verified, self.number_edit):
            widget.setEnabled(False)
        self.card_label.setText(
            self.tr("新卡 {number}  {tier}").format(
                number=format_card_number(result.new.number), tier=self.tier_name
            )
        )
        say(
            self.status,
            self.tr("原卡 {old} 已停用，新卡 {new} 已生效。正在生成回执…").format(
                old=format_card_number(result.old.number), new=format_card_number(result.new.number)
            ),
            OK_STYLE,
        )
        self.reissued.emit(result)
        render, branch = self.render, self.branch
        self.run(lambda desk: render(desk, result, branch)).success(self._receipt).failure(
            self._failed
        ).run()

    def _receipt(self, pdf: bytes) -> None:
        self.receipt = pdf
        say(
            self.status,
            self.tr("补发完成：新卡 {new}，回执已生成。").format(
                new=format_card_number(self.result.new.number)
            ),
            OK_STYLE,
        )
        self.receipt_ready.emit(pdf)
        name = document_name("补卡回执", self.result.member_name, day=self.today)
        show_named(self.show_document, pdf, self.tr("贵宾卡补发回执"), name)

    def _failed(self, exc: BaseException) -> None:
        message = explain_failure(self, exc)
        say(self.status, message, BAD_STYLE)
        self.failed.emit(message)
        if self.result is None:
            self._update()
