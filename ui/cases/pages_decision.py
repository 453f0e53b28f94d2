"""Wizard pages 3–5: where the caller is, the decision with its reasons, the case number."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ui.cases import ops
from ui.cases.wizard import show_error
from ui.date_field import DateField
from ui.files import document_name, show_named

OK_STYLE = "color: #1E7B34; font-weight: bold; font-size: 16px;"
BAD_STYLE = "color: #B3261E; font-weight: bold; font-size: 16px;"


def _check_op(wizard: Any) -> Any:
    s, today = wizard.state, wizard.today
    caller, service, stay = s.caller, s.item or s.service, s.occasion  # stay: once per stay
    location, departed = (s.location, s.departed) if s.needs_trip else (None, None)
    return wizard.run(lambda d: ops.check(d, caller, service, location, departed, today, stay))


class LocationPage(QWizardPage):
    """3 所在地与行程: where the caller is now (completed offline) and when the trip began."""

    def __init__(self, wizard: Any) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("所在地与行程"))
        self.setSubTitle(self.tr("询问来电人目前所在的城市或区县，以及本次旅行的出发日期。"))
        self.location = QLineEdit(objectName="location")
        self.location.setPlaceholderText(
            self.tr("如：石家庄、河北省石家庄市长安区、Shijiazhuang、日本")
        )
        self.places = QStringListModel(self)
        self.completer = QCompleter(self.places, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.location.setCompleter(self.completer)
        self.departed = DateField(today=wizard.today)  # typed (20261127, 11/27) or picked
        self.departed.setObjectName("departed")
        self.departed.setMaximumDate(QDate(wizard.today))
        self.departed.setDate(QDate(wizard.today))
        self.distance = QLabel("—", objectName="distance")
        self.trip_day = QLabel("—", objectName="tripDay")
        self.residence = QLabel("—", objectName="residence", wordWrap=True)
        self.note = QLabel(objectName="locationNote", wordWrap=True)
        self.timer = QTimer(self, singleShot=True, interval=300)
        form = QFormLayout(self)
        form.addRow(self.tr("目前所在地"), self.location)
        form.addRow(self.tr("出发日期"), self.departed)
        form.addRow(self.tr("居住地"), self.residence)
        form.addRow(self.tr("距居住地"), self.distance)
        form.addRow(self.tr("旅行天数"), self.trip_day)
        form.addRow(self.note)
        self.location.textEdited.connect(self._typed)
        self.location.textChanged.connect(lambda _t: self._changed())
        self.departed.dateChanged.connect(lambda _d: self._changed())
        self.timer.timeout.connect(self.measure)
        self._show_trip_day(wizard.today)

    def _typed(self, text: str) -> None:
        prefix = text.strip()
        if prefix:
            self.w.run(lambda desk: ops.complete_place(desk, prefix)).latest(
                "case.complete_place"
            ).success(lambda names: self._completions(prefix, names)).run()

    def _completions(self, prefix: str, names: list[str]) -> None:
        if self.location.text().strip() == prefix:
            self.places.setStringList(names)

    def _changed(self) -> None:
        s = self.w.state
        s.location = self.location.text().strip()
        s.departed = self.departed.date().toPython()
        self._show_trip_day(s.departed)
        s.check = None
        self.timer.start()
        self.completeChanged.emit()

    def _show_trip_day(self, departed: dt.date | None) -> None:
        """The trip day follows the departure date at once (the 90-day rule counts it)."""
        from vipdesk.domain.eligibility import trip_day

        days = trip_day(departed, self.w.today)
        self.trip_day.setText(self.tr("第 {n} 天").format(n=days) if days is not None else "—")

    def measure(self) -> None:
        """Resolve the place and compute distance and trip day (on the worker)."""
        if not self.w.state.location:
            return
        asked = (self.w.state.location, self.w.state.departed)
        _check_op(self.w).success(lambda result: self._measured(asked, result)).failure(
            lambda exc: show_error(self.note, exc)
        ).run()

    def _measured(self, asked: tuple[str, dt.date | None], result: Any) -> None:
        if asked != (self.w.state.location, self.w.state.departed):
            return
        d = result.decision
        self.residence.setText(result.residence.path if result.residence else self.tr("无法识别"))
        self.distance.setText(
            self.tr("{km:g} 公里").format(km=d.distance_km)
            if d.distance_km is not None
            else self.tr("无法计算")
        )
        self.trip_day.setText(
            self.tr("第 {n} 天").format(n=d.trip_days) if d.trip_days is not None else "—"
        )
        where = result.location
        self.note.setStyleSheet("")
        self.note.setText(
            self.tr("识别为：{place}").format(place=where.path or where.name)
            if where
            else self.tr("无法识别该地点，请再次询问所在城市或区县。")
        )

    def isComplete(self) -> bool:  # noqa: D102, N802
        return bool(self.w.state.location)


class DecisionPage(QWizardPage):
    """4 审核: eligible or not, each reason in plain Chinese, cost notes; supervisor override."""

    def __init__(self, wizard: Any) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("审核结果"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("开立案件"))
        self.verdict = QLabel(objectName="verdict", wordWrap=True)
        self.reasons = QListWidget(objectName="reasons")
        self.costs = QLabel(objectName="costNotes", wordWrap=True)
        self.costs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.questions = QListWidget(objectName="questions")
        self.override = QCheckBox(self.tr("申请主管特批(&O)"), objectName="override")
        self.override_reason = QPlainTextEdit(objectName="overrideReason")
        self.override_reason.setPlaceholderText(self.tr("特批理由（必填，记入审计日志）"))
        self.override_reason.setAccessibleName(self.tr("特批理由"))
        self.override_reason.setTabChangesFocus(True)
        self.override_reason.setMaximumHeight(70)
        self.override_hint = QLabel(objectName="overrideHint", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        self.reasons_title = QLabel(self.tr("原因"), objectName="reasonsTitle")
        self.costs_title = QLabel(self.tr("请向来电人说明的费用"), objectName="costsTitle")
        self.questions_title = QLabel(
            self.tr("开案前请确认（勾选表示“是”）"), objectName="questionsTitle"
        )
        self.reasons_title.setBuddy(self.reasons)
        self.questions_title.setBuddy(self.questions)
        self.reasons.setAccessibleName(self.tr("原因"))
        self.questions.setAccessibleName(self.tr("开案前请确认"))
        layout.addWidget(self.reasons_title)
        layout.addWidget(self.reasons)
        layout.addWidget(self.costs_title)
        layout.addWidget(self.costs)
        layout.addWidget(self.questions_title)
        layout.addWidget(self.questions)
        layout.addWidget(self.override)
        layout.addWidget(self.override_reason)
        layout.addWidget(self.override_hint)
        layout.addStretch(1)  # collapsed sections leave no gaps: what is shown stays on top
        self._collapse()
        self.override.toggled.connect(lambda _on: self._override_changed())
        self.override_reason.textChanged.connect(self._override_changed)

    def initializePage(self) -> None:  # noqa: D102, N802
        s = self.w.state
        self.reasons.clear()
        self.questions.clear()
        self.costs.clear()
        self.override.setChecked(False)
        self.override_reason.clear()
        self._show_override(False)
        self._collapse()
        if s.case_type != "rescue":
            hours = self.w.rules.case_response_hours[s.case_type]
            self._say(
                self.tr("{kind}无需资格审核，将在 {h} 小时内首次回复客户。").format(
                    kind=self.tr("投诉") if s.case_type == "complaint" else self.tr("咨询"), h=hours
                ),
                OK_STYLE,
            )
            return
        self._say(self.tr("正在审核…"), "")
        _check_op(self.w).success(self._decided).failure(
            lambda exc: show_error(self.verdict, exc)
        ).run()

    def _say(self, text: str, style: str) -> None:
        self.verdict.setStyleSheet(style)
        self.verdict.setText(text)
        self.completeChanged.emit()

    def _decided(self, result: Any) -> None:
        self.w.state.check = result
        d = result.decision
        for reason in d.reasons:
            item = QListWidgetItem(reason.message_zh)
            item.setData(Qt.ItemDataRole.UserRole, reason.code)
            self.reasons.addItem(item)
        for q in d.questions:
            item = QListWidgetItem(q.text_zh)
            item.setData(Qt.ItemDataRole.UserRole, q.code)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.questions.addItem(item)
        self.costs.setText("\n".join(d.cost_notes) or self.tr("无"))
        name = result.person_name or self.tr("来电人")
        if d.eligible:
            self._say(self.tr("✔ 可以受理：{name}符合服务条件").format(name=name), OK_STYLE)
        else:
            self._say(
                self.tr("✘ 不能受理：{name}不符合服务条件（{n} 项原因）").format(
                    name=name, n=len(d.reasons)
                ),
                BAD_STYLE,
            )
        self._show_override(not d.eligible)
        self._collapse()

    def _collapse(self) -> None:
        """Sections with nothing to say are hidden; lists are as tall as their rows."""
        for title, box in (
            (self.reasons_title, self.reasons),
            (self.questions_title, self.questions),
        ):
            shown = box.count() > 0
            title.setVisible(shown)
            box.setVisible(shown)
            if shown:
                rows = sum(box.sizeHintForRow(i) for i in range(box.count()))
                most = 6 * max(box.sizeHintForRow(0), 1)  # more than six rows scroll
                box.setMaximumHeight(min(rows, most) + 2 * box.frameWidth() + 4)
        has_costs = bool(self.costs.text().strip())
        self.costs_title.setVisible(has_costs)
        self.costs.setVisible(has_costs)

    def _show_override(self, refused: bool) -> None:
        """Anyone at the desk may ask; a supervisor approves in the override dialog (four eyes)."""
        self.override.setVisible(refused)
        self.override_reason.setVisible(refused)
        self.override.setEnabled(refused)
        self.override_reason.setEnabled(refused)
        self.override_hint.setText(
            self.tr(
                "开立案件时先记录本次拒绝；申请特批时，随后由一位主管（不能是申请人本人）在本机"
                "输入自己的账号和密码批准，案件同时记录申请人和批准人。"
            )
            if refused
            else ""
        )

    def _override_changed(self) -> None:
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: D102, N802
        s = self.w.state
        if s.case_type == "rescue" and s.check is None:
            return False
        return not self.override.isChecked() or bool(self.override_reason.toPlainText().strip())

    def validatePage(self) -> bool:  # noqa: D102, N802
        if not self.isComplete():
            return False
        s = self.w.state
        s.answers = {
            self.questions.item(i).data(Qt.ItemDataRole.UserRole): self.questions.item(
                i
            ).checkState()
            == Qt.CheckState.Checked
            for i in range(self.questions.count())
        }
        text = self.override_reason.toPlainText().strip()
        # the case opens as refused; the override follows in OverrideDialog (four eyes)
        s.override_reason = None
        self.w.override_request = text if self.override.isChecked() and text else None
        return True


class ConfirmPage(QWizardPage):
    """5 确认: the case number, the due time, the call-back number; print the summary."""

    def __init__(self, wizard: Any) -> None:
        super().__init__()
        self.w = wizard
        self.pdf: bytes | None = None
        self.override_dialog: Any = None
        self.setTitle(self.tr("案件已开立"))
        self.setFinalPage(True)
        self.case_no = QLabel("…", objectName="caseNumber")
        self.case_no.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.case_no.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.due = QLabel(objectName="dueAt")
        self.callback = QLabel(objectName="callback")
        self.outcome = QLabel(objectName="outcome", wordWrap=True)
        self.print_button = QPushButton(self.tr("打印案件摘要"), objectName="printSummary")
        self.print_button.setEnabled(False)
        self.print_status = QLabel(objectName="printStatus", wordWrap=True)
        form = QFormLayout(self)
        form.addRow(self.tr("案件号"), self.case_no)
        form.addRow(self.tr("回复期限"), self.due)
        form.addRow(self.tr("回拨电话"), self.callback)
        form.addRow(self.outcome)
        form.addRow(self.print_button)
        form.addRow(self.print_status)
        self.print_button.clicked.connect(self.print_summary)

    def initializePage(self) -> None:  # noqa: D102, N802
        if self.w.state.opened is not None:
            return
        request = self.w.case_request()
        self.w.run(lambda desk: ops.open_case(desk, request)).success(self._opened).failure(
            lambda exc: show_error(self.outcome, exc)
        ).run()

    def _opened(self, case: Any) -> None:
        from vipdesk.domain.people import mask_phone

        self.w.state.opened = case
        self.case_no.setText(case.case_no)
        self.due.setText(case.due_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        self.callback.setText(mask_phone(case.callback_phone) or self.tr("（客户登记的电话）"))
        request = getattr(self.w, "override_request", None)
        if case.override_reason:
            self.outcome.setText(self.tr("已由主管推翻拒绝决定并受理。"))
        elif case.eligible is False and request:
            self.outcome.setText(self.tr("已记录本次拒绝，请主管在特批窗口中签批。"))
            self.ask_override(case, request)
        elif case.eligible is False:
            self.outcome.setText(self.tr("已记录本次拒绝，请向来电人说明原因。"))
        else:
            self.outcome.setText(self.tr("请告知来电人案件号，并按期限回复。"))
        self.print_button.setEnabled(True)
        self.completeChanged.emit()
        self.w.case_opened.emit(case)

    def ask_override(self, case: Any, reason: str) -> Any:
        """Hand the keyboard to a supervisor: the four-eyes override dialog for this case."""
        from ui.cases.override_dialog import open_for_case

        check = self.w.state.check
        why = "；".join(r.message_zh for r in check.decision.reasons) if check else ""
        dialog = open_for_case(self.w.run, self.w.actor, case, why, reason, self.w)
        dialog.approved.connect(self._overridden)
        dialog.finished.connect(lambda _r: self._overridden(None) if not dialog.outcome else None)
        self.override_dialog = dialog
        return dialog

    def _overridden(self, outcome: Any) -> None:
        if outcome is None:  # closed without an approval
            text = self.tr("未特批：本次拒绝已记录；如需特批，可在案件队列中再次申请。")
        else:
            text = self.tr("已特批受理：申请人 {requester}，批准人 {approver}。").format(
                requester=outcome.requester, approver=outcome.approver
            )
        self.outcome.setText(text)

    def print_summary(self) -> None:
        """Render the case summary on the worker; show it in the print preview if there is one."""
        case_id = self.w.state.opened.id
        self.print_status.setText(self.tr("正在生成案件摘要…"))
        self.w.run(lambda desk: ops.summary_pdf(desk, case_id)).success(self._printed).failure(
            lambda exc: show_error(self.print_status, exc)
        ).run()

    def _printed(self, pdf: bytes) -> None:
        self.pdf = pdf
        self.print_status.setText(self.tr("案件摘要已生成。"))
        if self.w.show_document is not None:
            case_no = self.w.state.opened.case_no
            show_named(
                self.w.show_document,
                pdf,
                self.tr("案件摘要 {no}").format(no=case_no),
                document_name("案件摘要", case_no),
            )
        self.w.summary_ready.emit(pdf)

    def isComplete(self) -> bool:  # noqa: D102, N802
        return self.w.state.opened is not None
