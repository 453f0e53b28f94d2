"""Wizard pages 1 and 2: who is calling (with an identity check) and what they need."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from ui.cases import ops
from ui.cases.stay_field import StayField, needs_stay
from ui.cases.wizard import DECISION, LOCATION, show_error
from ui.labels import PROGRAM, RELATION, label

OK_STYLE = "color: #1E7B34;"


class CallerPage(QWizardPage):
    """1 来电人: find the member or designated relative and check their identity."""

    def __init__(self, wizard: Any) -> None:
        super().__init__()
        self.w = wizard
        self.callers: list[Any] = []
        self.setTitle(self.tr("来电人"))
        self.setSubTitle(self.tr("查找客户或其指定亲属，并请来电人报出证件号码后四位核对身份。"))
        self.search = QLineEdit(objectName="callerSearch")
        self.search.setPlaceholderText(self.tr("姓名、拼音首字母、证件号、手机号、卡号或保单号"))
        self.results = QListWidget(objectName="callerResults")
        self.answer = QLineEdit(objectName="identityAnswer")
        self.answer.setPlaceholderText(self.tr("证件号码后四位"))
        self.verify = QPushButton(self.tr("核对身份"), objectName="verifyIdentity")
        self.status = QLabel(objectName="identityStatus", wordWrap=True)
        self.timer = QTimer(self, singleShot=True, interval=250)
        row = QHBoxLayout()
        row.addWidget(self.answer)
        row.addWidget(self.verify)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.search.textEdited.connect(lambda _t: self.timer.start())
        self.search.returnPressed.connect(self.find)
        self.timer.timeout.connect(self.find)
        self.results.currentRowChanged.connect(self._chosen)
        self.verify.clicked.connect(self.check_identity)
        self.answer.returnPressed.connect(self.check_identity)

    def find(self) -> None:
        """Search for callers (on the worker)."""
        text = self.search.text().strip()
        if not text:
            return
        self.run_find(text)

    def run_find(self, text: str) -> None:
        """Start the search for `text`."""
        self.status.setText(self.tr("正在查找…"))
        self.w.run(lambda desk: ops.find_callers(desk, text)).success(
            lambda found: self._found(text, found)
        ).failure(lambda exc: show_error(self.status, exc)).run()

    def _found(self, text: str, found: list[Any]) -> None:
        if text != self.search.text().strip():
            return  # the clerk typed on; a newer search follows
        chosen = self.w.state.caller
        keep = next(
            (
                i
                for i, c in enumerate(found)
                if chosen is not None
                and (c.member_id, c.relative_id) == (chosen.member_id, chosen.relative_id)
            ),
            -1,
        )
        verified = self.w.state.verified
        self.results.blockSignals(True)
        self.callers = found
        self.results.clear()
        for c in found:
            if c.relative_id is None:
                self.results.addItem(
                    self.tr("{name}  {id}  本人").format(name=c.name, id=c.id_number_masked)
                )
            else:
                self.results.addItem(
                    self.tr("{name}  {id}  {member}的指定亲属（{rel}，{prog}）").format(
                        name=c.name,
                        id=c.id_number_masked,
                        member=c.member_name,
                        rel=label(RELATION, c.relation, ""),
                        prog=label(PROGRAM, c.program, ""),
                    )
                )
        self.results.blockSignals(False)
        if keep >= 0:  # the same search again: the chosen caller stays chosen (and verified)
            self.results.setCurrentRow(keep)
            self.w.state.caller, self.w.state.verified = found[keep], verified
            self.completeChanged.emit()
            return
        self._chosen(-1)
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("找到 %n 位", "", len(found))
            if found
            else self.tr("没有找到匹配的客户或指定亲属")
        )

    def _chosen(self, row: int) -> None:
        self.w.state.caller = self.callers[row] if 0 <= row < len(self.callers) else None
        self.w.state.verified = False
        self.completeChanged.emit()

    def check_identity(self) -> None:
        """Compare the caller's answer with the ID number on file (on the worker)."""
        caller, answer = self.w.state.caller, self.answer.text()
        if caller is None:
            self.status.setText(self.tr("请先在列表中选择来电人"))
            return
        self.w.run(lambda desk: ops.verify_identity(desk, caller, answer)).success(
            lambda ok: self._verified(caller, ok)
        ).failure(lambda exc: show_error(self.status, exc)).run()

    def _verified(self, caller: Any, ok: bool) -> None:
        if caller is not self.w.state.caller:
            return
        self.w.state.verified = ok
        self.status.setStyleSheet(OK_STYLE if ok else "color: #B3261E;")
        self.status.setText(
            self.tr("身份已核对：{name}").format(name=caller.name)
            if ok
            else self.tr("证件号码不符，请再次核对")
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: D102, N802
        return self.w.state.caller is not None and self.w.state.verified

    def validatePage(self) -> bool:  # noqa: D102, N802
        return self.isComplete()


class NeedPage(QWizardPage):
    """2 需求: a service family and item from the catalog, or a complaint or an enquiry."""

    def __init__(self, wizard: Any) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("需求"))
        self.setSubTitle(
            self.tr("选择服务及项目（本卡权益以外的服务会在审核中说明原因），或登记投诉、咨询。")
        )
        self.kinds = QButtonGroup(self)
        row = QHBoxLayout()
        for code, text, name in (
            ("rescue", self.tr("服务申请"), "typeRescue"),
            ("complaint", self.tr("投诉"), "typeComplaint"),
            ("enquiry", self.tr("咨询"), "typeEnquiry"),
        ):
            button = QRadioButton(text, objectName=name)
            button.setProperty("code", code)
            self.kinds.addButton(button)
            row.addWidget(button)
            if code == "rescue":
                button.setChecked(True)
        self.family = QComboBox(objectName="family")
        self.item = QComboBox(objectName="item")
        self.stay = StayField()  # a relative's hospital visit: once per hospitalisation
        self.description = QPlainTextEdit(objectName="description")
        self.description.setPlaceholderText(self.tr("来电人描述的情况"))
        self.callback = QLineEdit(objectName="callbackPhone")
        self.callback.setPlaceholderText(self.tr("回拨电话（手机或座机）"))
        form = QFormLayout(self)
        form.addRow(self.tr("类别"), row)
        form.addRow(self.tr("服务"), self.family)
        form.addRow(self.tr("项目"), self.item)
        form.addRow(self.stay)
        form.addRow(self.tr("描述"), self.description)
        form.addRow(self.tr("回拨电话"), self.callback)
        self.kinds.buttonToggled.connect(lambda *_: self._changed())
        self.family.currentIndexChanged.connect(self._family_changed)
        self.item.currentIndexChanged.connect(lambda *_: self._changed())
        self.description.textChanged.connect(self._changed)
        self.stay.edit.textChanged.connect(lambda _t: self._changed())

    def catalog_ready(self) -> None:
        """Fill the family list once the catalog has arrived."""
        if self.isVisible():
            self.initializePage()

    def initializePage(self) -> None:  # noqa: D102, N802
        catalog, caller = self.w.catalog, self.w.state.caller
        if catalog is None or caller is None:
            return
        entitled = set(self.w.rules.tier(caller.tier).services) if caller.tier else set()
        self.family.blockSignals(True)
        self.family.clear()
        for fam in catalog.families:
            name = self.w.rules.service_names[fam.code]
            if fam.code not in entitled and fam.code != "kangyue_health":
                name += self.tr("（非本卡权益）")
            self.family.addItem(name, fam.code)
        self.family.blockSignals(False)
        self._family_changed()

    def _family_changed(self) -> None:
        code = self.family.currentData()
        self.item.blockSignals(True)
        self.item.clear()
        if code and self.w.catalog is not None:
            for item in self.w.catalog.family(code).items:
                label = f"{item.group}·{item.name}" if item.group else item.name
                self.item.addItem(label, item.code)
        self.item.blockSignals(False)
        self._changed()

    def kind(self) -> str:
        """The chosen case type."""
        button = self.kinds.checkedButton()
        return button.property("code") if button else "rescue"

    def _changed(self) -> None:
        rescue = self.kind() == "rescue"
        self.family.setEnabled(rescue)
        self.item.setEnabled(rescue)
        s = self.w.state
        s.case_type, s.service, s.item = (
            self.kind(),
            self.family.currentData(),
            self.item.currentData(),
        )
        s.description = self.description.toPlainText()
        stay = rescue and needs_stay(s.item)
        self.stay.setVisible(stay)
        s.occasion = (self.stay.text() or None) if stay else None
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: D102, N802
        s = self.w.state
        if s.case_type == "rescue":
            return bool(s.service and s.item) and (s.occasion is not None or not needs_stay(s.item))
        return bool(s.description.strip())

    def validatePage(self) -> bool:  # noqa: D102, N802
        self._changed()
        self.w.state.callback_phone = self.callback.text().strip()
        self.w.state.check = None
        return True

    def nextId(self) -> int:  # noqa: D102, N802
        return LOCATION if self.w.state.needs_trip else DECISION
