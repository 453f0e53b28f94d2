"""Card commands: `vipdesk card reissue|history`."""

from __future__ import annotations

from typing import Any

from vipdesk.cli import Context, registrar
from vipdesk.cli.commands.core import day, today_only
from vipdesk.cli.commands.relatives import member_ref, resolve
from vipdesk.cli.text import NONE, t, table, word
from vipdesk.domain.cards import format_card_number, looks_like_card_number


def cmd_reissue(ctx: Context) -> int:
    """Reissue a lost or damaged card."""
    from vipdesk.services.cards import REISSUE_REASONS, reissue_card

    a = ctx.args
    today_only(a.on)
    expected = a.ref if looks_like_card_number(a.ref) else None
    result = reissue_card(ctx.db, ctx.actor, resolve(ctx, a.ref), a.reason, a.on, expected)
    if a.json:
        ctx.emit(result.to_json())
        return 0
    old, new = format_card_number(result.old.number), format_card_number(result.new.number)
    status = word("card_status", result.old.status)
    print(
        t(
            f"原卡 {old} 已{REISSUE_REASONS[a.reason]}（{status}），立即停用",
            f"Old card {old}: {status}, blocked at once",
        )
    )
    tier = ctx.rules_book.current().tier(result.new.tier).short_name
    print(f"{t('新卡', 'New card')} {new}  {tier}  {word('card_status', result.new.status)}")
    return 0


def cmd_history(ctx: Context) -> int:
    """Show every status change of a member's cards."""
    from vipdesk.services.cards import CAUSE_NAMES, STATUS_NAMES, card_history

    entries = card_history(ctx.db, resolve(ctx, ctx.args.ref), actor=ctx.actor)
    if ctx.args.json:
        ctx.emit([e.to_json() for e in entries])
        return 0
    if not entries:
        print(t("该客户没有卡片记录", "This member has no card history"))
    rules = ctx.rules_book.current()
    rows = [
        (
            f"{e.at:%Y-%m-%d %H:%M}",
            format_card_number(e.card_number),
            rules.tier(e.tier).short_name,
            f"{STATUS_NAMES.get(e.status_from or '', NONE)} → "
            f"{STATUS_NAMES.get(e.status_to, e.status_to)}",
            CAUSE_NAMES.get(e.cause, e.cause),
            e.staff_name or "",
        )
        for e in entries
    ]
    for line in table(rows):
        print(line)
    return 0


@registrar
def register(sub: Any) -> None:
    """Add `card reissue|history`."""
    card = sub.add_parser("card", help="VIP cards")
    card_sub = card.add_subparsers(dest="card_command", required=True)
    reissue = card_sub.add_parser("reissue", help="reissue a lost or damaged card")
    reissue.add_argument(
        "ref", type=member_ref, help="member: ID number, card number or policy number"
    )
    reissue.add_argument("--reason", required=True, choices=("lost", "damaged"))
    reissue.add_argument("--on", type=day, help="only today: writes are never backdated")
    reissue.add_argument("--json", action="store_true")
    reissue.set_defaults(func=cmd_reissue)
    history = card_sub.add_parser("history", help="card history with causes")
    history.add_argument("ref", type=member_ref)
    history.add_argument("--json", action="store_true")
    history.set_defaults(func=cmd_history)
