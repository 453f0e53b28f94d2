"""Print-menu actions of this package (loaded by ui.actions.load_extensions)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.actions import ActionContext, ActionSpec, needs_database, needs_member, register_action


def _source(ctx: ActionContext) -> Any:
    return getattr(ctx.window, "worker", ctx.window)


def print_letter(ctx: ActionContext) -> Any:
    """Preview the eligibility letter of the member on screen."""
    from ui.documents import open_letter_preview

    dialog = open_letter_preview(ctx.window, _source(ctx), ctx.member.id)
    ctx.window.document_dialog = dialog  # keep a reference while it is open
    return dialog


def print_handbook(ctx: ActionContext) -> Any:
    """Preview the member's personalised handbook, or ask for a tier when no member is shown."""
    from PySide6.QtWidgets import QInputDialog

    from ui.documents import open_handbook_preview

    if ctx.member is not None and ctx.member.tier is not None:
        dialog = open_handbook_preview(ctx.window, _source(ctx), member_id=ctx.member.id)
    else:
        tiers = list(ctx.rules.tiers) if ctx.rules is not None else []
        names = [t.name for t in tiers]
        title = QCoreApplication.translate("actions", "打印服务手册")
        label = QCoreApplication.translate("actions", "贵宾等级")
        name, ok = QInputDialog.getItem(ctx.window, title, label, names, 0, False)
        if not ok or name not in names:
            return None
        tier = tiers[names.index(name)].code
        dialog = open_handbook_preview(ctx.window, _source(ctx), tier=tier)
    ctx.window.document_dialog = dialog
    return dialog


def print_batch(ctx: ActionContext) -> Any:
    """Open batch printing (letters or handbooks for a filter)."""
    from ui.documents import open_batch_print

    dialog = open_batch_print(ctx.window, _source(ctx))
    ctx.window.batch_dialog = dialog
    return dialog


register_action(ActionSpec(
    id="print.letter", text=QT_TRANSLATE_NOOP("actions", "打印资格确认函"), menu="print",
    handler=print_letter, enabled_when=needs_member, toolbar=True, order=10,
    shortcut="Ctrl+P",
    tip=QT_TRANSLATE_NOOP("actions", "预览并打印当前客户的贵宾客户资格确认函"),
))  # fmt: skip
register_action(ActionSpec(
    id="print.handbook", text=QT_TRANSLATE_NOOP("actions", "打印服务手册"), menu="print",
    handler=print_handbook, enabled_when=needs_database, order=20,
    tip=QT_TRANSLATE_NOOP("actions", "当前客户的个性化服务手册；未选客户时按等级打印"),
))  # fmt: skip
register_action(ActionSpec(
    id="print.batch", text=QT_TRANSLATE_NOOP("actions", "批量打印…"), menu="print",
    handler=print_batch, enabled_when=needs_database, order=30,
    tip=QT_TRANSLATE_NOOP("actions", "为一批客户打印资格确认函或服务手册"),
))  # fmt: skip
