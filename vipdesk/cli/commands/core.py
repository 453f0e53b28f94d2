"""Foundation commands: init, demo, import, member, search, tiers."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from vipdesk.cli import Context, registrar
from vipdesk.cli.commands.imports import add_import_parser
from vipdesk.cli.progress import TerminalProgress
from vipdesk.cli.text import money, t, table, word


def day(text: str) -> dt.date:
    """argparse type for YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应为 YYYY-MM-DD：{text}") from None


def today_only(on: dt.date | None) -> None:
    """Writes happen today: a past or future `--on` is for checks and reports only (issue 15)."""
    if on is not None and on != dt.date.today():
        from vipdesk.errors import Refused

        raise Refused(
            "date_not_today",
            f"登记、移除、补发和立案一律按今天办理，不能指定日期（{on.isoformat()}）；"
            "--on 只用于查询、审核和报表。",
        )


def positive(text: str) -> int:
    """argparse type for a positive integer."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"应为正整数：{text}")
    return value


def cmd_init(ctx: Context) -> int:
    """Create or upgrade the database; `--admin` creates its first administrator."""
    from vipdesk.services.staff import has_staff

    if ctx.args.admin:
        from vipdesk.cli.commands.staff import first_admin

        return first_admin(ctx)
    if has_staff(ctx.db):  # an upgrade of a database in use: an administrator's job
        from vipdesk.services.permissions import require

        require(ctx.actor, "rules.upgrade", ctx.db)
    print(f"数据库已就绪：{ctx.db.display_name}")
    return 0


def cmd_demo(ctx: Context) -> int:
    """Add synthetic demo members; a database without staff also gets the demo accounts."""
    from vipdesk.services.demo import DEMO_STAFF, add_demo_members, create_demo_staff
    from vipdesk.services.permissions import require
    from vipdesk.services.staff import has_staff

    if has_staff(ctx.db):  # a database in use: never demo accounts, an administrator adds
        actor = ctx.actor
        require(actor, "import.run", ctx.db)
    else:
        actor = create_demo_staff(ctx.db)["demo.admin"]
        print("已创建演示账号：" + "、".join(name for name, _, _ in DEMO_STAFF))
    result = add_demo_members(
        ctx.db,
        ctx.rules_book.current(),
        actor,
        ctx.args.members,
        ctx.args.seed,
        progress=TerminalProgress(),
    )
    print(f"已添加 {result.members} 位演示客户、{result.policies} 张保单")
    return 0


def cmd_member(ctx: Context) -> int:
    """Show a member by ID number, card number or policy number."""
    on = ctx.args.on or dt.date.today()
    file = ctx.direct()  # an SQLite file: sign-in and reads on the driver, no SQLAlchemy
    actor = ctx.actor
    if file is not None:
        detail = member_direct(ctx, file, actor, on)
    else:
        from vipdesk.services.members import find_member_id, member_detail

        with ctx.db.read() as session:
            member_id = find_member_id(session, ctx.args.ref)
            detail = member_detail(session, ctx.rules_book, member_id, on, actor=actor)
    if ctx.args.json:
        ctx.emit(detail.to_json())
        return 0
    rules = ctx.rules_book.on(on)
    tier = rules.tier(detail.tier).name if detail.tier else t("无贵宾等级", "no VIP tier")
    age = t(f"{detail.age}岁", f"age {detail.age}")
    status = word("vip_status", detail.vip_status)
    print(
        f"{detail.name}  {detail.id_number_masked}  {age}  {tier}  "
        f"{t(f'（{status}）', f'({status})')}  {t('年化保费', 'AFYP')} {money(detail.afyp)}"
    )
    if detail.card:
        card = word("card_status", detail.card.status)
        print(f"{t('卡号', 'Card')} {detail.card.number}  {card}")
    for code in detail.entitlements:
        print(f"  - {rules.service_names[code]}")
    policies = [
        (t("保单", "policy"), p.policy_no, p.product, word("policy_status", p.status),
         money(p.annual_premium))
        for p in detail.policies
    ]  # fmt: skip
    for line in table(policies, aligns="<<<<>"):
        print("  " + line)
    relatives = [
        (t("指定亲属", "relative"), r.name, word("relation", r.relation),
         t(f"{r.age}岁", f"age {r.age}"), word("program", r.program),
         word("relative_status", r.status))
        for r in detail.relatives
    ]  # fmt: skip
    for line in table(relatives):
        print("  " + line)
    from vipdesk.domain.quotas import usage_text
    from vipdesk.services.member_views import quota_name

    for u in detail.usage:
        print(f"  {t('服务使用', 'service use')} {quota_name(rules, u.code)}{t('：', ': ')}"
              f"{usage_text(u)}")  # fmt: skip
    from vipdesk.services.member_views import REASON_NAMES

    def tier_name(code: str | None) -> str:
        return rules.tier(code).short_name if code else t("无等级", "no tier")

    for c in detail.tier_history:
        print(f"  {t('等级变更', 'tier change')} {c.changed_on}  {tier_name(c.old_tier)} → "
              f"{tier_name(c.new_tier)}  {money(c.afyp)}  "
              f"{REASON_NAMES.get(c.reason, c.reason)}")  # fmt: skip
    return 0


def cmd_search(ctx: Context) -> int:
    """Search members."""
    file = ctx.direct()  # SQLite file or server: sign-in and search on the driver alone
    actor = ctx.actor  # signed in before the read starts
    if file is not None:
        from vipdesk.services import direct

        found = direct.search(file, actor, ctx.args.text, ctx.args.limit, 0, lambda: ctx.db)
    else:
        from vipdesk.services.search import search_members

        with ctx.db.read() as session:
            found = search_members(session, ctx.args.text, ctx.args.limit, actor=actor)
    if ctx.args.json:
        ctx.emit([m.to_json() for m in found])
        return 0
    if not found:
        print(t("没有找到匹配的客户", "No matching member found"))
    rules = ctx.rules_book.current()
    rows = [
        (
            m.name,
            m.id_number_masked,
            m.phone_masked,
            rules.tier(m.tier).short_name if m.tier else t("无等级", "no tier"),
            m.card_number or t("无贵宾卡", "no VIP card"),
            word("card_status", m.card_status) if m.card_number else "",
            money(m.afyp),
        )
        for m in found
    ]
    for m, line in zip(found, table(rows, aligns="<<<<<<>"), strict=True):
        print(line)
        if m.blocked_card is not None:
            print(f"  ！{m.blocked_card.number}：{m.blocked_card.warning}")
    return 0


def member_direct(
    ctx: Context, file: Any, actor: Any, on: dt.date, for_letter: bool = False
) -> Any:
    """`find_member_id` and `member_detail` on the driver's connection (SQLite or PostgreSQL)."""
    from vipdesk.services import member_direct as direct
    from vipdesk.services.permissions import allowed, require

    with file.translate():
        member_id = direct.find_member_id(file.conn, ctx.args.ref)
        if not allowed(actor.role, "member.view"):
            require(actor, "member.view", ctx.db)  # refused and recorded, as the service does
        return direct.member_detail(file.conn, ctx.rules_book, member_id, on, for_letter)


def cmd_recompute(ctx: Context) -> int:
    """Recompute every member's tier and card."""
    from vipdesk.services.tiers import recompute_all

    on = ctx.args.on or dt.date.today()
    result = recompute_all(ctx.db, ctx.rules_book.on(on), ctx.actor, on, TerminalProgress())
    print(
        f"等级变化 {result.members_changed} 人；发卡 {result.cards_issued}，"
        f"注销 {result.cards_revoked}，暂停 {result.cards_suspended}，"
        f"恢复 {result.cards_reinstated}"
    )
    return 0


@registrar
def register(sub: Any) -> None:
    """Add the foundation commands."""
    init = sub.add_parser("init", help="create or upgrade the database")
    init.add_argument("--admin", metavar="USERNAME", help="create the first administrator")
    init.add_argument("--name", help="the first administrator's display name")
    init.add_argument("--branch", default="0000", help="the first administrator's branch code")
    init.add_argument(
        "--password-stdin",
        dest="new_password_stdin",
        action="store_true",
        help="read the administrator's password from standard input",
    )
    init.set_defaults(func=cmd_init)
    demo = sub.add_parser("demo", help="add synthetic demo members")
    demo.add_argument("--members", type=positive, default=2000)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(func=cmd_demo)
    add_import_parser(sub)  # vipdesk/cli/commands/imports.py
    member = sub.add_parser("member", help="show a member")
    member.add_argument("ref", help="ID number, card number or policy number")
    member.add_argument("--on", type=day)
    member.add_argument("--json", action="store_true")
    member.set_defaults(func=cmd_member)
    search = sub.add_parser("search", help="search members")
    search.add_argument("text")
    search.add_argument("--limit", type=positive, default=20)
    search.add_argument("--json", action="store_true")
    search.set_defaults(func=cmd_search)
    tiers = sub.add_parser("tiers", help="tier maintenance")
    tiers_sub = tiers.add_subparsers(dest="tiers_command", required=True)
    recompute = tiers_sub.add_parser("recompute", help="recompute every tier and card")
    recompute.add_argument("--on", type=day)
    recompute.set_defaults(func=cmd_recompute)
