"""Designated-relative commands: `vipdesk relative add|remove|list`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from vipdesk.cli import Context, registrar
from vipdesk.cli.commands.core import day, today_only
from vipdesk.cli.text import english, t, table, word
from vipdesk.domain.cards import InvalidCardNumber, looks_like_card_number, validate_card_number
from vipdesk.domain.people import normalise
from vipdesk.domain.relatives import PROGRAMS, RELATION_NAMES

if TYPE_CHECKING:  # the service (and SQLAlchemy) is imported only when a command runs
    from vipdesk.services.relatives import RelativeRecord


def member_ref(text: str) -> str:
    """argparse type for REF: a card number with a wrong check digit is refused before lookup."""
    ref = normalise(text)
    if not ref:
        raise argparse.ArgumentTypeError("请给出客户的证件号码、卡号或保单号")
    if looks_like_card_number(ref):
        try:
            validate_card_number(ref)
        except InvalidCardNumber as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
    return ref


def resolve(ctx: Context, ref: str) -> int:
    """The member id named by REF (ID number, card number or policy number)."""
    from vipdesk.services.members import find_member_id

    with ctx.db.read() as session:
        return find_member_id(session, ref)


def _cells(r: RelativeRecord) -> tuple[str, ...]:
    from vipdesk.services.relatives import program_name

    return (
        r.name,
        word("relation", r.relation),
        t(f"{r.age}岁", f"age {r.age}"),
        r.id_number_masked,
        program_name(r.program) if not english() else word("program", r.program),
        f"{t('保单', 'policy')} {r.policy_no}" if r.policy_no else "",
        word("relative_status", r.status),
        f"{t('指定于', 'designated')} {r.designated_on.isoformat()}",
    )


def _line(r: RelativeRecord) -> str:
    return "  ".join(c for c in _cells(r) if c)


def cmd_add(ctx: Context) -> int:
    """Designate a relative."""
    from vipdesk.services.relatives import designate_relative

    a = ctx.args
    today_only(a.on)
    record = designate_relative(
        ctx.db,
        ctx.rules_book,
        ctx.actor,
        resolve(ctx, a.ref),
        a.name,
        a.id_number,
        a.relation,
        a.program,
        a.policy,
        a.on,
    )
    if a.json:
        ctx.emit(record.to_json())
        return 0
    print(f"已指定：{_line(record)}")
    if record.service_from > record.designated_on:
        print(f"等待期至 {record.service_from.isoformat()} 前一日，自该日起可享受服务")
    print(f"剩余名额 {record.places_left}")
    return 0


def cmd_remove(ctx: Context) -> int:
    """Remove a designated relative."""
    from vipdesk.services.relatives import remove_relative

    a = ctx.args
    today_only(a.on)
    record = remove_relative(
        ctx.db,
        ctx.rules_book,
        ctx.actor,
        resolve(ctx, a.ref),
        a.id_number,
        a.reason,
        a.program,
        a.on,
    )
    if a.json:
        ctx.emit(record.to_json())
        return 0
    print(f"已移除：{_line(record)}  原因：{record.removed_reason}")
    print(f"剩余名额 {record.places_left}")
    return 0


def cmd_list(ctx: Context) -> int:
    """List a member's active relatives."""
    from vipdesk.services.relatives import list_relatives

    a = ctx.args
    records = list_relatives(ctx.db, ctx.rules_book, resolve(ctx, a.ref), a.on, actor=ctx.actor)
    if a.json:
        ctx.emit([r.to_json() for r in records])
        return 0
    if not records:
        print(t("该客户没有在册的指定亲属", "This member has no designated relatives"))
    for line in table([_cells(r) for r in records]):
        print(line)
    return 0


@registrar
def register(sub: Any) -> None:
    """Add `relative add|remove|list`."""
    rel = sub.add_parser("relative", help="designated relatives (指定亲属)")
    rel_sub = rel.add_subparsers(dest="relative_command", required=True)
    add = rel_sub.add_parser("add", help="designate a relative")
    add.add_argument("ref", type=member_ref, help="member: ID number, card number or policy number")
    add.add_argument("--name", required=True)
    add.add_argument("--id-number", required=True)
    add.add_argument("--relation", required=True, choices=tuple(RELATION_NAMES))
    add.add_argument("--program", choices=PROGRAMS, default="vip")
    add.add_argument("--policy", help="康悦 policy number (needed if the member has several)")
    add.add_argument("--on", type=day, help="only today: writes are never backdated")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=cmd_add)
    rm = rel_sub.add_parser("remove", help="remove a designated relative")
    rm.add_argument("ref", type=member_ref)
    rm.add_argument("--id-number", required=True)
    rm.add_argument("--reason", required=True)
    rm.add_argument("--program", choices=PROGRAMS)
    rm.add_argument("--on", type=day, help="only today: writes are never backdated")
    rm.add_argument("--json", action="store_true")
    rm.set_defaults(func=cmd_remove)
    ls = rel_sub.add_parser("list", help="list a member's active relatives")
    ls.add_argument("ref", type=member_ref)
    ls.add_argument("--on", type=day, help="day the ages are counted on (default today)")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
