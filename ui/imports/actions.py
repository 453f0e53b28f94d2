"""系统管理 → 导入客户与保单 (administrators; loaded by ui.actions)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.actions import ActionContext, ActionSpec, register_action


def may_import(ctx: ActionContext) -> bool:
    """Enabled for a signed-in role that holds `import.run` (the service refuses anyway)."""
    from vipdesk.services.permissions import allowed

    role = getattr(ctx.actor, "role", None)
    return ctx.connected and role is not None and allowed(role, "import.run")


def open_import(ctx: ActionContext) -> None:
    """Open the import dialog."""
    from ui.imports.dialog import open_import_dialog

    open_import_dialog(ctx)


register_action(
    ActionSpec(
        "admin.import",
        QT_TRANSLATE_NOOP("actions", "导入客户与保单…"),
        open_import,
        menu="admin",
        enabled_when=may_import,
        order=30,
        tip=QT_TRANSLATE_NOOP("actions", "导入核心系统导出的客户或保单文件，查看最近的导入"),
    )
)
