"""File → 备份与恢复…, registered like any other action (see ui.actions)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.actions import ActionContext, ActionSpec, register_action


def may_back_up(ctx: ActionContext) -> bool:
    """Administrators with an open database; anyone when the database is damaged (restore)."""
    from vipdesk.services.permissions import allowed

    if not ctx.connected:
        return False
    opened = getattr(ctx.window, "opened", None)
    if opened is not None and opened.damaged:
        return True
    role = getattr(ctx.actor, "role", None)
    return role is not None and allowed(role, "backup.run")


def _open(ctx: ActionContext) -> None:
    from ui.backup.dialog import open_backup_dialog

    open_backup_dialog(ctx.window)


register_action(
    ActionSpec(
        "file.backup",
        QT_TRANSLATE_NOOP("actions", "备份与恢复…"),
        _open,
        menu="file",
        enabled_when=may_back_up,
        order=30,
        tip=QT_TRANSLATE_NOOP("actions", "立即备份、查看备份、从备份恢复（管理员）"),
    )
)
