"""SLA watch on the case queue: counts of cases due soon, and a non-modal notice when a case
turns amber or red while the desk is open (the queue is read again every minute)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

NOTICE_STYLE = "background: #FFF0C2; color: #6B4A00; padding: 4px 8px; border: 1px solid #E0B400;"
RED_NOTICE_STYLE = "background: #FDE2E1; color: #8C1D18; padding: 4px 8px; font-weight: bold;"
REFRESH_MS = 60_000


class SlaWatch(QObject):
    """Watches the queue model's rows: due-soon count, notices on turning amber or red."""

    def __init__(self, view: Any, filters: Any, layout: Any) -> None:
        super().__init__(view)
        self.view = view
        self.states: dict[str, str] | None = None
        self.due_soon_label = QLabel(objectName="dueSoonCount")
        self.notice = QLabel(objectName="slaNotice", wordWrap=True)
        self.notice.setAccessibleName(self.tr("时效提醒"))
        self.notice.hide()
        filters.insertWidget(filters.count() - 2, self.due_soon_label)
        layout.insertWidget(1, self.notice)
        view.model.loaded.connect(self._loaded)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        if self.view.isVisible() and not self.view.model.loading:
            self.view.model.refresh()

    def _loaded(self, _overdue: int) -> None:
        rows = self.view.model.rows
        soon = sum(1 for r in rows if getattr(r.sla, "state", None) == "due_soon")
        self.due_soon_label.setText(self.tr("即将到期 %n 件", "", soon) if soon else "")
        self.due_soon_label.setStyleSheet(
            "color: #6B4A00; background: #FFF0C2; padding: 2px 8px;" if soon else ""
        )
        self.counts_changed()
        now = {r.case_no: ("overdue" if r.overdue else getattr(r.sla, "state", "")) for r in rows}
        before, self.states = self.states, now
        if before is None:
            return
        turned = [
            (no, state)
            for no, state in now.items()
            if state in ("due_soon", "overdue") and before.get(no, state) != state
        ]
        if turned:
            self.show_notice(turned)

    def show_notice(self, turned: list[tuple[str, str]]) -> None:
        """Say which cases just turned amber or red (non-modal; the work goes on)."""
        red = [no for no, state in turned if state == "overdue"]
        amber = [no for no, state in turned if state == "due_soon"]
        parts = []
        if red:
            parts.append(self.tr("已超时：{cases}").format(cases="、".join(red)))
        if amber:
            parts.append(self.tr("即将到期：{cases}").format(cases="、".join(amber)))
        self.notice.setText("；".join(parts))
        self.notice.setStyleSheet(RED_NOTICE_STYLE if red else NOTICE_STYLE)
        self.notice.show()

    def counts_changed(self) -> None:
        """Put the counts into the main window's status bar, when there is one."""
        window = self.view.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar) and window is not self.view:
            rows = self.view.model.rows
            soon = sum(1 for r in rows if getattr(r.sla, "state", None) == "due_soon")
            late = sum(1 for r in rows if r.overdue)
            bar().showMessage(self.tr("案件时效：即将到期 {soon} 件，超时 {late} 件").format(
                soon=soon, late=late), 60_000)  # fmt: skip
