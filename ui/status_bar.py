"""The desk window's status bar: database, signed-in staff member, member count, busy state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar

from ui.elided_label import ElidedLabel

STAGES = {  # the demo build's progress stages, as the busy label names them
    "members": QT_TRANSLATE_NOOP("DeskWindow", "正在生成演示客户"),
    "tiers": QT_TRANSLATE_NOOP("DeskWindow", "正在计算等级"),
    "cards": QT_TRANSLATE_NOOP("DeskWindow", "正在发卡"),
}


def build_status_bar(window: Any) -> None:
    """Give `window` its permanent status widgets (db_label, actor_label, count_label, and the
    busy label and bar, hidden until an operation runs: a status message never hides them)."""
    bar = window.statusBar()
    window.db_label = ElidedLabel(objectName="dbLabel", maximumWidth=360)
    window.actor_label = QLabel(objectName="actorLabel")
    window.count_label = QLabel(objectName="countLabel")
    busy = QCoreApplication.translate("DeskWindow", "正在处理…")
    window.busy_label = QLabel(busy, objectName="busyLabel")
    window.busy_bar = QProgressBar(objectName="busyBar", maximumWidth=140, maximumHeight=14)
    window.busy_bar.setRange(0, 0)
    window.busy_bar.setTextVisible(False)
    for widget in (window.busy_label, window.busy_bar):
        widget.hide()
    for widget in (
        window.busy_label,
        window.busy_bar,
        window.db_label,
        window.actor_label,
        window.count_label,
    ):
        bar.addPermanentWidget(widget)


def show_busy(window: Any, busy: bool) -> None:
    """Show or hide the busy label and bar (back to an endless bar when done)."""
    window.busy_label.setVisible(busy)
    window.busy_bar.setVisible(busy)
    if not busy:
        window.busy_bar.setRange(0, 0)


def show_progress(window: Any, stage: str, done: int, total: int) -> str:
    """Name the stage and fill the bar; the text shown ("正在发卡 3/10")."""
    name = STAGES.get(stage)
    text = QCoreApplication.translate("DeskWindow", name) if name else stage
    window.busy_label.setText(f"{text} {done}/{total}")
    window.busy_bar.setRange(0, max(total, 1))
    window.busy_bar.setValue(done)
    return f"{text} {done}/{total}"
