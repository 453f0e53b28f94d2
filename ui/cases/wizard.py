"""The case wizard (新建服务案件): caller, need, location and trip, decision, confirmation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget, QWizard

from ui.cases import ops
from ui.messages import explain_failure

Run = Callable[[Callable[[Any], Any]], Any]
ShowDocument = Callable[[bytes, str], None]
CALLER, NEED, LOCATION, DECISION, CONFIRM = range(5)
RESCUE_FAMILIES = ("domestic_rescue", "international_rescue")
ERROR_STYLE = "color: #B3261E;"


@dataclass
class WizardState:
    """What the wizard has learnt so far (plain values, filled page by page)."""

    caller: Any = None
    verified: bool = False
    case_type: str = "rescue"
    service: str | None = None
    item: str | None = None
    description: str = ""
    callback_phone: str = ""
    location: str = ""
    departed: dt.date | None = None
    occasion: str | None = None  # the hospital stay of a relative's visit (once per stay)
    check: Any = None
    answers: dict[str, bool] = field(default_factory=dict)
    override_reason: str | None = None
    opened: Any = None

    @property
    def needs_trip(self) -> bool:
        """Rescue families ask where the caller is and when the trip began."""
        return self.case_type == "rescue" and self.service in RESCUE_FAMILIES


def show_error(label: QLabel, exc: BaseException) -> None:
    """Put the error's plain message in `label`, in red."""
    label.setStyleSheet(ERROR_STYLE)
    label.setText(explain_failure(label.window(), exc))


class CaseWizard(QWizard):
    """Open a service case from the first call: who, what, where, may we, and the case number."""

    case_opened = Signal(object)  # CaseView
    summary_ready = Signal(bytes)

    def __init__(
        self,
        run: Run,
        actor: Any,
        rules: Any,
        parent: QWidget | None = None,
        today: dt.date | None = None,
        show_document: ShowDocument | None = None,
    ) -> None:
        from ui.cases.pages_caller import CallerPage, NeedPage
        from ui.cases.pages_decision import ConfirmPage, DecisionPage, LocationPage

        super().__init__(parent)
        self.run, self.actor, self.rules = run, actor, rules
        self.today = today or dt.date.today()
        self.show_document = show_document
        self.state = WizardState()
        self.catalog: Any = None
        self.setObjectName("caseWizard")
        self.setWindowTitle(self.tr("新建服务案件"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(720, 560)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< 上一步")),
            (QWizard.WizardButton.NextButton, self.tr("下一步 >")),
            (QWizard.WizardButton.FinishButton, self.tr("完成")),
            (QWizard.WizardButton.CancelButton, self.tr("取消")),
        ):
            self.setButtonText(button, text)
        self.pages = {
            CALLER: CallerPage(self),
            NEED: NeedPage(self),
            LOCATION: LocationPage(self),
            DECISION: DecisionPage(self),
            CONFIRM: ConfirmPage(self),
        }
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
        self.setStartId(CALLER)
        self.run(lambda desk: ops.catalog_on(desk, self.today)).success(self._catalog).run()

    def _catalog(self, catalog: Any) -> None:
        self.catalog = catalog
        self.pages[NEED].catalog_ready()

    def has_unsaved_work(self) -> bool:
        """A verified caller or a typed description, and no case opened yet."""
        s = self.state
        return s.opened is None and (s.verified or bool(s.description.strip()))

    def reject(self) -> None:
        """Esc or 取消: ask first when the answers so far would be lost."""
        from ui.unsaved import guarded_reject

        guarded_reject(self, super().reject)

    def case_request(self) -> Any:
        """The CaseRequest built from the answers (the service layer opens it)."""
        from vipdesk.services.cases import CaseRequest

        s = self.state
        lines = [s.description.strip()] if s.description.strip() else []
        if s.check is not None:
            for q in s.check.decision.questions:
                if q.code in s.answers:
                    lines.append(f"[核实] {q.text_zh} {'是' if s.answers[q.code] else '否'}")
        d = s.check.decision if s.check is not None else None
        return CaseRequest(
            case_type=s.case_type,
            member_id=s.caller.member_id,
            relative_id=s.caller.relative_id,
            description="\n".join(lines),
            service_code=s.service if s.case_type == "rescue" else None,
            item_code=s.item if s.case_type == "rescue" else None,
            location=s.location or None if s.needs_trip else None,
            distance_km=d.distance_km if d else None,
            trip_day=d.trip_days if d else None,
            eligible=d.eligible if d else None,
            reasons=d.codes if d else [],
            callback_phone=s.callback_phone or None,
            override_reason=s.override_reason,
            occasion=s.occasion if s.case_type == "rescue" else None,
        )
