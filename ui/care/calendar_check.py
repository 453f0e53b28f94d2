"""At sign-in an administrator is told when next year's official holidays are missing from the
working-day calendar (SLA deadlines in working days would then count Monday–Friday only)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

LABEL_NAME = "calendarWarning"


def warn_admin_about_calendar(window: Any, actor: Any, today: dt.date | None = None) -> str | None:
    """Show the warning in the status bar for an administrator; returns it (None: all known).

    The warning is a label of the status bar's own (not a passing message, which the day's
    backup report or any other message would replace within seconds): it shows whenever no
    passing message does, for as long as an administrator is signed in. Its short form fits
    beside the permanent labels at 1366 px; the whole warning (with what to do) is its tooltip.
    """
    bar = getattr(window, "statusBar", None)
    label = bar().findChild(QLabel, LABEL_NAME) if callable(bar) else None
    admin = actor is not None and getattr(actor, "role", None) == "admin"
    from vipdesk.domain.sla import calendar_last_year, calendar_warning

    warning = calendar_warning(today or dt.date.today()) if admin else None
    if not warning or not callable(bar):
        if label is not None:
            label.hide()  # someone else signed in, or the calendar knows next year
        return warning
    if label is None:
        label = QLabel(bar())
        label.setObjectName(LABEL_NAME)
        bar().addWidget(label)  # a normal widget: hidden while a passing message shows
    label.setText(
        QCoreApplication.translate(
            "calendar_check", "⚠ {year} 年法定节假日未收录：按工作日的时限暂按周一至周五计算"
        ).format(year=calendar_last_year() + 1)
    )
    label.setToolTip(warning)
    label.show()
    return warning
