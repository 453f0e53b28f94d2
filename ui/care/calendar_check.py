"""At sign-in an administrator is told when next year's official holidays are missing from the
working-day calendar (SLA deadlines in working days would then count Monday–Friday only)."""

from __future__ import annotations

import datetime as dt
from typing import Any


def warn_admin_about_calendar(window: Any, actor: Any, today: dt.date | None = None) -> str | None:
    """Show the warning in the status bar for an administrator; returns it (None: all known)."""
    if actor is None or getattr(actor, "role", None) != "admin":
        return None
    from vipdesk.services.sla import calendar_warning

    warning = calendar_warning(today or dt.date.today())
    bar = getattr(window, "statusBar", None)
    if warning and callable(bar):
        bar().showMessage(warning, 120_000)
    return warning
