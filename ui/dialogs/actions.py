"""Member-menu actions of this package: 指定亲属 and 补发贵宾卡 (loaded by ui.actions)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.actions import ActionContext, ActionSpec, needs_card, needs_member, register_action


def can_designate(ctx: ActionContext) -> bool:
    """Platinum/diamond members (VIP program) or insured of an in-force 康悦 policy."""
    if not needs_member(ctx) or ctx.rules is None:
        return False
    member = ctx.member
    if member.tier in ctx.rules.relatives["vip"].tiers and member.vip_status == "active":
        return True
    products = ctx.rules.kangyue_products
    return any(p.product in products and p.status == "in_force" for p in member.policies)


def branch_from_settings(window: Any) -> Any:
    """The branch on the printed letter or receipt (settings; imported lazily)."""
    from ui.documents import branch_from_settings as from_settings

    return from_settings(window)


def show_document(ctx: ActionContext) -> Any:
    """The window's print preview (`show_document(pdf, title)`)."""
    return ctx.window.show_document


def open_relative_dialog(ctx: ActionContext) -> Any:
    """Open the designation dialog for the member on screen; reload the member after a save."""
    from ui.dialogs.relative import RelativeDialog

    dialog = RelativeDialog(
        ctx.run,
        ctx.member.id,
        ctx.window,
        show_document=show_document(ctx),
        branch=branch_from_settings(ctx.window),
    )
    dialog.designated.connect(lambda _record: ctx.reload_member())
    dialog.open()
    ctx.window.relative_dialog = dialog  # keep a reference while it is open
    return dialog


def open_card_dialog(ctx: ActionContext) -> Any:
    """Open the reissue dialog; the tier card in the member view updates after the reissue."""
    from ui.dialogs.card_reissue import CardReissueDialog

    dialog = CardReissueDialog(
        ctx.run,
        ctx.member.id,
        ctx.window,
        show_document=show_document(ctx),
        branch=branch_from_settings(ctx.window),
    )
    dialog.reissued.connect(lambda _result: ctx.reload_member())
    dialog.open()
    ctx.window.card_dialog = dialog
    return dialog


register_action(
    ActionSpec(
        id="member.designate_relative",
        text=QT_TRANSLATE_NOOP("actions", "指定亲属…"),
        menu="member",
        handler=open_relative_dialog,
        enabled_when=can_designate,
        toolbar=True,
        order=40,
        tip=QT_TRANSLATE_NOOP("actions", "为白金卡、钻石卡或都会康悦客户指定亲属"),
    )
)
register_action(
    ActionSpec(
        id="card.reissue",
        text=QT_TRANSLATE_NOOP("actions", "补发贵宾卡…"),
        menu="member",
        handler=open_card_dialog,
        enabled_when=needs_card,
        toolbar=True,
        order=50,
        tip=QT_TRANSLATE_NOOP("actions", "卡片遗失或损坏时补发新卡，原卡立即停用"),
    )
)
