"""At sign-in an administrator is told when next year's official holidays are missing from the
working-day calendar (SLA deadlines in working days would then count Monday–Friday only)."""

from __future__ import annotations

import datetime as dt
from typing import Any

WARNING_MS = 120_000


def warn_admin_about_calendar(window: Any, actor: Any, today: dt.date | None = None) -> str | None:
    """Show the warning in the status bar for an administrator; returns it (None: all known).

    The status bar gets a short form that fits beside its permanent labels at 1366 px; the whole
    warning (with what to do) is its tooltip while it shows.
    """
    if actor is None or getattr(actor, "role", None) != "admin":
        return None
    from PySide6.QtCore import QCoreApplication

    from vipdesk.services.sla import calendar_last_year, calendar_warning

    warning = calendar_warning(today or dt.date.today())
    bar = getattr(window, "statusBar", None)
    if warning and callable(bar):
        short = QCoreApplication.translate(
            "calendar_check", "⚠ {year} 年法定节假日未收录：按工作日的时限暂按周一至周五计算"
        ).format(year=calendar_last_year() + 1)
        bar().showMessage(short, WARNING_MS)
        bar().setToolTip(warning)
        bar().messageChanged.connect(lambda text: text == short or bar().setToolTip(""))
    return warning
