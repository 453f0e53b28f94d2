"""Print-menu actions of this package (loaded by ui.actions.load_extensions)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.actions import ActionContext, ActionSpec, needs_database, needs_member, register_action


def _source(ctx: ActionContext) -> Any:
    return getattr(ctx.window, "worker", ctx.window)


def _tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


def needs_vip_member(ctx: ActionContext) -> bool:
    """Enabled while a member with a VIP tier is on screen (only they get a letter)."""
    return needs_member(ctx) and ctx.member.tier is not None


def print_letter(ctx: ActionContext) -> Any:
    """Preview the eligibility letter of the member on screen."""
    from ui.documents import open_letter_preview

    dialog = open_letter_preview(
        ctx.window, _source(ctx), ctx.member.id, member_name=ctx.member.name
    )
    ctx.window.document_dialog = dialog  # keep a reference while it is open
    return dialog


def print_handbook(ctx: ActionContext) -> Any:
    """Preview the member's personalised handbook, or ask for a tier when no member is shown.

    Returns the preview, or the (non-blocking) tier chooser whose choice opens the preview.
    """
    from PySide6.QtWidgets import QInputDialog

    from ui.documents import open_handbook_preview

    if ctx.member is not None and ctx.member.tier is not None:
        dialog = open_handbook_preview(
            ctx.window, _source(ctx), member_id=ctx.member.id, member_name=ctx.member.name
        )
        ctx.window.document_dialog = dialog
        return dialog
    tiers = list(ctx.rules.tiers) if ctx.rules is not None else []
    names = [t.name for t in tiers]
    source = _source(ctx)
    chooser = QInputDialog(ctx.window, objectName="tierChooser")
    chooser.setWindowTitle(_tr("打印服务手册"))
    chooser.setLabelText(_tr("贵宾等级"))
    chooser.setComboBoxItems(names)
    chooser.setComboBoxEditable(False)

    def chosen(name: str) -> None:
        if name in names:
            tier = tiers[names.index(name)].code
            ctx.window.document_dialog = open_handbook_preview(ctx.window, source, tier=tier)

    chooser.textValueSelected.connect(chosen)
    chooser.finished.connect(chooser.deleteLater)
    ctx.window.tier_dialog = chooser  # keep a reference while it is open
    chooser.open()
    return chooser


def print_batch(ctx: ActionContext) -> Any:
    """Open batch printing: the members selected in the results, or a filter."""
    from ui.documents import open_batch_print

    selected = list(getattr(ctx.window, "selected_member_ids", lambda: [])() or [])
    dialog = open_batch_print(ctx.window, _source(ctx), member_ids=selected or None)
    ctx.window.batch_dialog = dialog
    return dialog


register_action(ActionSpec(
    id="print.letter", text=QT_TRANSLATE_NOOP("actions", "打印资格确认函"), menu="print",
    handler=print_letter, enabled_when=needs_vip_member, toolbar=True, order=10,
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
