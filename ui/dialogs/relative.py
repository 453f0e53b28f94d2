"""The relative designation dialog (指定亲属): check as the clerk types, save off the GUI thread.

The ID number is read at once (valid or not, birth date, age, gender); the places left and the
rule of the chosen program are shown before the clerk confirms, with what the rules would decide.
The save re-checks everything under the database lock; after it the confirmation letter renders
on the worker and is handed to `show_document` (print preview) and `letter_ready`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
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

from ui.dialogs import (
    BAD_STYLE,
    OK_STYLE,
    Run,
    ShowDocument,
    say,
)
from ui.files import document_name, show_named
from ui.geometry import grow_to_content
from ui.messages import explain_failure
from ui.unsaved import guarded_reject
from vipdesk.domain.people import InvalidIdNumber, ResidentId, age_on, parse_id_number

RELATIONS = (
    ("spouse", QT_TRANSLATE_NOOP("RelativeDialog", "配偶")),
    ("parent", QT_TRANSLATE_NOOP("RelativeDialog", "父母")),
    ("child", QT_TRANSLATE_NOOP("RelativeDialog", "子女")),
)
GENDERS = {
    "M": QT_TRANSLATE_NOOP("RelativeDialog", "男"),
    "F": QT_TRANSLATE_NOOP("RelativeDialog", "女"),
}


def render_letter(desk: Any, record: Any, branch: Any = None) -> bytes:
    """The designated-relative confirmation letter as PDF bytes (runs on the worker)."""
    from vipdesk.documents.templates import render_relative_confirmation

    return render_relative_confirmation(
        member_name=record.member_name,
        member_id_masked=record.member_id_masked,
        relative_name=record.name,
        relation=record.relation,
        program=record.program,
        designated_on=record.designated_on,
        waiting_until=record.waiting_until,
        relative_id_masked=record.id_number_masked,
        reference=record.reference,
        staff=record.staff_name,
        branch=branch,
        rules=desk.book.on(record.designated_on),
    )


class RelativeDialog(QDialog):
    """Designate a relative for the member on screen."""

    designated = Signal(object)  # RelativeRecord, after the save
    letter_ready = Signal(bytes)  # the confirmation letter (PDF)
    failed = Signal(str)  # a refusal or error, in plain words

    def __init__(
        self,
        run: Run,
        member_id: int,
        parent: QWidget | None = None,
        today: dt.date | None = None,
        *,
        show_document: ShowDocument,
        render: Any = render_letter,
        branch: Any = None,
    ) -> None:
        super().__init__(parent)
        self.run, self.member_id = run, member_id
        self.today = today or dt.date.today()
        self.show_document, self.render, self.branch = show_document, render, branch
        self.context: Any = None
        self.person: ResidentId | None = None
        self.record: Any = None
        self.last_error = ""
        self.letter: bytes | None = None
        self.setObjectName("relativeDialog")
        self.setWindowTitle(self.tr("指定亲属"))
        self.setMinimumWidth(520)
        self._build()
        self.load()

    # layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.member_label = self._label("member", self.tr("正在读取客户信息…"))
        self.name_edit = QLineEdit(objectName="name", maxLength=64)
        self.id_edit = QLineEdit(objectName="idNumber", maxLength=24)
        self.id_edit.setPlaceholderText(self.tr("18位居民身份证号码"))
        self.id_info = self._label("idInfo", self.tr("请输入亲属的身份证号码"))
        self.relation_box = QComboBox(objectName="relation")
        for code, text in RELATIONS:
            self.relation_box.addItem(self.tr(text), code)
        self.program_box = QComboBox(objectName="program")
        self.policy_box = QComboBox(objectName="policy")
        self.rule_label = self._label("rule", "")
        self.places_label = self._label("places", "")
        self.verdict = self._label("verdict", "")
        form = QFormLayout()
        form.addRow(self.tr("客户"), self.member_label)
        form.addRow(self.tr("亲属姓名"), self.name_edit)
        form.addRow(self.tr("身份证号码"), self.id_edit)
        form.addRow("", self.id_info)
        form.addRow(self.tr("关系"), self.relation_box)
        form.addRow(self.tr("项目"), self.program_box)
        self.policy_row_label = QLabel(self.tr("都会康悦保单"))
        form.addRow(self.policy_row_label, self.policy_box)
        form.addRow(self.tr("规则"), self.rule_label)
        form.addRow(self.tr("剩余名额"), self.places_label)
        self.buttons = QDialogButtonBox()
        self.confirm = QPushButton(self.tr("确认指定"), objectName="confirm", enabled=False)
        self.buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("关闭"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.buttons)
        self.confirm.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.id_edit.textChanged.connect(self._id_changed)
        self.name_edit.textChanged.connect(self._update)
        self.relation_box.currentIndexChanged.connect(self._update)
        self.program_box.currentIndexChanged.connect(self._program_changed)
        self.policy_box.currentIndexChanged.connect(self._update)
        self._show_policy(False)

    def _label(self, name: str, text: str) -> QLabel:
        label = QLabel(text, objectName=name, wordWrap=True)
        return label

    def _show_policy(self, visible: bool) -> None:
        self.policy_row_label.setVisible(visible)
        self.policy_box.setVisible(visible)

    def has_unsaved_work(self) -> bool:
        """A name or ID number typed and not designated yet."""
        typed = self.name_edit.text().strip() or self.id_edit.text().strip()
        return self.record is None and bool(typed)

    def reject(self) -> None:
        """Esc or 关闭: ask first when typed details would be lost."""
        guarded_reject(self, super().reject)

    # loading ------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the member's programs, places left and rules on the worker."""
        from vipdesk.services.relatives import designation_context

        member_id, today = self.member_id, self.today
        self.run(
            lambda desk: designation_context(desk.db, desk.book, member_id, today, actor=desk.actor)
        ).success(self._loaded).failure(self._failed).run()

    def _loaded(self, context: Any) -> None:
        self.context = context
        tier = context.rules.tier(context.member.tier).name if context.member.tier else ""
        tier = tier or self.tr("无贵宾等级")
        self.member_label.setText(f"{context.member_name}  {tier}")
        current = self.program_box.currentData()
        self.program_box.blockSignals(True)
        self.program_box.clear()
        self.program_box.addItem(self.tr("贵宾卡指定亲属"), "vip")
        if context.kangyue:
            self.program_box.addItem(self.tr("都会康悦指定亲属"), "kangyue")
        self.policy_box.blockSignals(True)
        self.policy_box.clear()
        for ky in context.kangyue:
            self.policy_box.addItem(
                f"{ky.policy.policy_no}  {ky.policy.product}", ky.policy.policy_no
            )
        self.policy_box.blockSignals(False)
        if context.member.tier not in context.rules.relatives["vip"].tiers and context.kangyue:
            current = current or "kangyue"
        index = self.program_box.findData(current) if current else 0
        self.program_box.setCurrentIndex(max(index, 0))
        self.program_box.blockSignals(False)
        self._program_changed()
        if self.last_error:
            say(self.verdict, self.last_error, BAD_STYLE)
            self.last_error = ""

    # live checks --------------------------------------------------------------------------

    def _id_changed(self, text: str) -> None:
        self.person = None
        if not text.strip():
            say(self.id_info, self.tr("请输入亲属的身份证号码"))
        else:
            try:
                self.person = parse_id_number(text, today=self.today)
            except InvalidIdNumber as exc:
                say(self.id_info, "✗ " + str(exc), BAD_STYLE)
            else:
                p = self.person
                say(
                    self.id_info,
                    self.tr("✓ 号码有效　出生日期 {born}　{age}周岁　{gender}").format(
                        born=p.birth_date.isoformat(),
                        age=age_on(p.birth_date, self.today),
                        gender=self.tr(GENDERS[p.gender]),
                    ),
                    OK_STYLE,
                )
        self._update()

    def _program_changed(self) -> None:
        self._show_policy(self.program_box.currentData() == "kangyue")
        self._update()

    def selection(self) -> tuple[str, str | None]:
        """The chosen program and (for 康悦) policy number."""
        program = self.program_box.currentData() or "vip"
        return program, self.policy_box.currentData() if program == "kangyue" else None

    def _update(self) -> None:
        if self.context is None or self.record is not None:
            self.confirm.setEnabled(False)
            return
        program, policy_no = self.selection()
        ctx = self.context.program(program, policy_no)
        limit = self.context.rules.relatives[program].limit
        self.rule_label.setText(ctx.rule if ctx else "")
        left = ctx.places_left if ctx else 0
        self.places_label.setText(
            self.tr("{left} 位（共 {limit} 位）").format(left=left, limit=limit)
        )
        ready = False
        if not self.name_edit.text().strip():
            say(self.verdict, self.tr("请填写亲属姓名、身份证号码和关系"))
        elif self.person is None and self.id_edit.text().strip():
            say(self.verdict, self.tr("身份证号码无效，不能指定"), BAD_STYLE)
        elif self.person is not None:
            decision = self.context.check(
                program, self.person.number, self.relation_box.currentData(), self.today, policy_no
            )
            if decision.accepted:
                d = decision.designation
                wait = ""
                if d.service_from > self.today:
                    wait = self.tr("，等待期满后自 {day} 起可享受服务").format(
                        day=d.service_from.isoformat()
                    )
                say(
                    self.verdict,
                    self.tr("可以指定：将占用第 {slot} 个名额{wait}。").format(
                        slot=d.slot, wait=wait
                    ),
                    OK_STYLE,
                )
                ready = True
            else:
                say(self.verdict, self.tr("不能指定：") + decision.refusal.message, BAD_STYLE)
        else:
            say(self.verdict, self.tr("请填写亲属姓名、身份证号码和关系"))
        self.confirm.setEnabled(ready)
        grow_to_content(self)  # the rule and the verdict wrap: never clipped

    # saving -------------------------------------------------------------------------------

    def save(self) -> None:
        """Designate the relative on the worker (the service re-checks under the lock)."""
        from vipdesk.services.relatives import designate_relative

        if self.person is None or self.context is None:
            return
        program, policy_no = self.selection()
        args = (
            self.member_id,
            self.name_edit.text(),
            self.person.number,
            self.relation_box.currentData(),
            program,
            policy_no,
            self.today,
        )
        self.confirm.setEnabled(False)
        say(self.verdict, self.tr("正在保存…"))
        self.run(lambda desk: designate_relative(desk.db, desk.book, desk.actor, *args)).success(
            self._saved
        ).failure(self._save_failed).run()

    def _saved(self, record: Any) -> None:
        self.record = record
        for widget in (
            self.name_edit,
            self.id_edit,
            self.relation_box,
            self.program_box,
            self.policy_box,
        ):
            widget.setEnabled(False)
        self.places_label.setText(self.tr("{left} 位").format(left=record.places_left))
        say(
            self.verdict,
            self.tr("已指定 {name} 为指定亲属。正在生成确认函…").format(name=record.name),
            OK_STYLE,
        )
        self.designated.emit(record)
        render, branch = self.render, self.branch
        self.run(lambda desk: render(desk, record, branch)).success(self._letter).failure(
            self._letter_failed
        ).run()

    def _letter(self, pdf: bytes) -> None:
        self.letter = pdf
        say(
            self.verdict,
            self.tr("已指定 {name} 为指定亲属，确认函已生成。").format(name=self.record.name),
            OK_STYLE,
        )
        self.letter_ready.emit(pdf)
        r = self.record
        name = document_name("指定亲属确认函", r.member_name, r.name, day=r.designated_on)
        show_named(self.show_document, pdf, self.tr("指定亲属确认函"), name)

    def _letter_failed(self, exc: BaseException) -> None:
        message = explain_failure(self, exc)
        say(self.verdict, self.tr("亲属已指定，但确认函未能生成：") + message, BAD_STYLE)
        self.failed.emit(message)

    def _save_failed(self, exc: BaseException) -> None:
        self.last_error = self._failed(exc)
        self.load()  # another desk may have used a place: show the places as they are now

    def _failed(self, exc: BaseException) -> str:
        message = explain_failure(self, exc)
        say(self.verdict, message, BAD_STYLE)
        self.failed.emit(message)
        return message
