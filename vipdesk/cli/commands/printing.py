"""`vipdesk print …`: handbooks, eligibility letters and batches as PDF files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from vipdesk.cli import Context, registrar
from vipdesk.cli.commands.core import day
from vipdesk.cli.progress import TerminalProgress
from vipdesk.errors import KnownError, Refused


def _branch(ctx: Context) -> Any:
    from vipdesk.documents.page import BranchInfo

    a = ctx.args
    defaults = BranchInfo()
    return BranchInfo(
        a.branch_name or defaults.name,
        a.branch_address or defaults.address,
        a.branch_phone or defaults.phone,
    )


def _write(path: Path, data: bytes) -> None:
    from vipdesk.documents.files import write_file

    write_file(path, data)


def _tier_code(ctx: Context, text: str, on: dt.date) -> str:
    rules = ctx.rules_book.on(on)
    for tier in rules.tiers:
        if text in (tier.code, tier.name, tier.short_name):
            return tier.code
    codes = "、".join(t.code for t in rules.tiers)
    raise KnownError(f"没有这个贵宾等级：{text}（可用：{codes}）")


def cmd_handbook(ctx: Context) -> int:
    """Print the handbook of a tier, optionally personalised for a member."""
    from vipdesk.documents.content import load_content
    from vipdesk.documents.handbook import HandbookMember, render_handbook
    from vipdesk.services.members import find_member_id, member_detail
    from vipdesk.services.permissions import require

    a = ctx.args
    actor = ctx.actor
    require(actor, "document.print", ctx.db)
    on = a.on or dt.date.today()
    tier = _tier_code(ctx, a.tier, on) if a.tier else None
    member = None
    if a.member:
        with ctx.db.read() as session:
            member_id = find_member_id(session, a.member)
            detail = member_detail(session, ctx.rules_book, member_id, on, actor=actor)
        if detail.tier is None:
            raise Refused("no_vip_tier", f"{detail.name}目前没有贵宾等级，没有对应的服务手册。")
        if tier and tier != detail.tier:
            name = ctx.rules_book.on(on).tier(detail.tier).name
            raise KnownError(f"该客户的等级是{name}，与 --tier {a.tier} 不符")
        tier = detail.tier
        member = HandbookMember(detail.name, detail.card.number if detail.card else None)
    if tier is None:
        raise KnownError("请用 --tier 指定等级，或用 --member 指定客户")
    data = render_handbook(ctx.rules_book.on(on), load_content().on(on), tier, member, on)
    _write(Path(a.output), data)
    print(f"已生成服务手册：{a.output}")
    return 0


def cmd_letter(ctx: Context) -> int:
    """Print a member's eligibility letter."""
    from vipdesk.documents.content import load_content
    from vipdesk.documents.letter import letter_data, render_letter
    from vipdesk.services.permissions import allowed, require

    a = ctx.args
    file = ctx.direct()  # SQLite file or server: sign-in and reads on the driver alone
    actor = ctx.actor
    if file is None or not allowed(actor.role, "document.print"):
        require(actor, "document.print", ctx.db)  # refused and recorded when not allowed
    on = a.on or dt.date.today()
    rules, content = ctx.rules_book.on(on), load_content().on(on)
    if file is not None:
        from vipdesk.cli.commands.core import member_direct

        detail = member_direct(ctx, file, actor, on, for_letter=True)
    else:
        from vipdesk.services.members import find_member_id, member_detail

        with ctx.db.read() as session:
            member_id = find_member_id(session, a.ref)
            detail = member_detail(
                session, ctx.rules_book, member_id, on, actor=actor, for_letter=True
            )
    data = letter_data(detail, rules, content, on)
    _write(Path(a.output), render_letter(data, content, rules, _branch(ctx)))
    if a.json:
        ctx.emit({"file": a.output, "reference": data.reference})
    else:
        print(f"已生成资格确认函 {data.reference}：{a.output}")
    return 0


def cmd_batch(ctx: Context) -> int:
    """Print letters or handbooks for a selection or a filter."""
    from vipdesk.documents.batch import print_batch, select_members
    from vipdesk.services.members import find_member_id

    a = ctx.args
    actor = ctx.actor
    on = a.on or dt.date.today()
    kind = "letters" if a.letters else "handbooks"
    tier = _tier_code(ctx, a.tier, on) if a.tier else None
    with ctx.db.read() as session:
        if a.member:
            ids = [find_member_id(session, ref) for ref in a.member]
        else:
            ids = select_members(session, tier, a.issued_since)
    result = print_batch(
        ctx.db,
        ctx.rules_book,
        kind,
        ids,
        Path(a.output),
        on=on,
        combined=a.combined,
        branch=_branch(ctx),
        progress=TerminalProgress(),
        actor=actor,
    )
    if a.json:
        ctx.emit(
            {
                "kind": kind,
                "written": result.written,
                "skipped_no_tier": result.skipped_no_tier,
                "files": [str(p) for p in result.files],
            }
        )
        return 0
    what = "资格确认函" if kind == "letters" else "服务手册"
    print(f"已生成{what} {result.written} 份，共 {len(result.files)} 个文件，保存在 {a.output}")
    if result.skipped_no_tier:
        print(f"跳过无贵宾等级的客户 {result.skipped_no_tier} 位")
    return 0


def _branch_options(parser: Any) -> None:
    parser.add_argument("--branch-name", help="branch name on the letterhead")
    parser.add_argument("--branch-address", help="branch address on the letterhead")
    parser.add_argument("--branch-phone", help="branch phone (default: the customer hotline)")


@registrar
def register(sub: Any) -> None:
    """Add `vipdesk print handbook|letter|batch`."""
    printing = sub.add_parser("print", help="print handbooks and eligibility letters (PDF)")
    inner = printing.add_subparsers(dest="print_command", required=True)

    handbook = inner.add_parser("handbook", help="the handbook of a tier")
    handbook.add_argument("--tier", help="tier code or name (silver, gold, …)")
    handbook.add_argument("--member", help="personalise for a member (ID, card or policy number)")
    handbook.add_argument("-o", "--output", required=True, help="PDF file to write")
    handbook.add_argument("--on", type=day, help="content and rules as of this day")
    handbook.set_defaults(func=cmd_handbook)

    letter = inner.add_parser("letter", help="a member's eligibility letter")
    letter.add_argument("ref", help="ID number, card number or policy number")
    letter.add_argument("-o", "--output", required=True, help="PDF file to write")
    letter.add_argument("--on", type=day)
    letter.add_argument("--json", action="store_true")
    _branch_options(letter)
    letter.set_defaults(func=cmd_letter)

    batch = inner.add_parser("batch", help="letters or handbooks for many members")
    which = batch.add_mutually_exclusive_group(required=True)
    which.add_argument("--letters", action="store_true", help="eligibility letters")
    which.add_argument("--handbooks", action="store_true", help="personalised handbooks")
    batch.add_argument("--tier", help="only members of this tier")
    batch.add_argument(
        "--issued-since",
        type=day,
        metavar="DATE",
        help="only members whose current card was issued on or after DATE",
    )
    batch.add_argument(
        "--member",
        action="append",
        metavar="REF",
        help="a member to print (repeatable; replaces the filters)",
    )
    batch.add_argument("-o", "--output", required=True, help="folder to write into")
    batch.add_argument("--combined", action="store_true", help="one PDF instead of one per member")
    batch.add_argument("--on", type=day)
    batch.add_argument("--json", action="store_true")
    _branch_options(batch)
    batch.set_defaults(func=cmd_batch)
