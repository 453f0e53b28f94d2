"""统计看板 as a tab of the main window, present only while the signed-in role may see every desk's
figures (case.view_all: supervisors and administrators)."""

from __future__ import annotations

from typing import Any

PERMISSION = "case.view_all"


def may_see(window: Any) -> bool:
    """True when the signed-in staff member's role holds the dashboard's permission."""
    from vipdesk.services.permissions import allowed

    role = getattr(window.actor, "role", None)
    return window.opened is not None and role is not None and allowed(role, PERMISSION)


def sync_dashboard_tab(window: Any) -> None:
    """Add the tab for a permitted role, remove it otherwise (sign-in, sign-out, switch)."""
    from PySide6.QtCore import Qt

    from ui.keyboard import name_widgets

    tab = getattr(window, "dashboard_tab", None)
    if may_see(window):
        if tab is None:
            from ui.dashboard.window import DashboardWindow  # QtCharts: only for those who see it

            rules = window.opened.rules if window.opened else None
            tab = DashboardWindow(window.worker.op, rules, parent=window.tabs, embedded=True)
            window.dashboard_tab = tab
            window.tabs.addTab(tab, window.tr("统计看板"))
    elif tab is not None:
        window.tabs.removeTab(window.tabs.indexOf(tab))
        tab.deleteLater()
        window.dashboard_tab = None
    shown = window.tabs.count() > 1  # the tab bar is a tab stop only while it is shown
    window.tabs.setFocusPolicy(Qt.FocusPolicy.TabFocus if shown else Qt.FocusPolicy.NoFocus)
    window.tabs.setAccessibleName("")  # named again from the tabs there are now
    name_widgets(window)


def show_dashboard_tab(ctx: Any) -> Any:
    """系统管理 → 统计看板: bring the tab forward and refresh it."""
    window = ctx.window
    sync_dashboard_tab(window)
    tab = getattr(window, "dashboard_tab", None)
    if tab is not None:
        window.tabs.setCurrentWidget(tab)
        tab.refresh()
    return tab
