"""Service use: `vipdesk usage record|cancel|list` (服务使用记录)."""

from __future__ import annotations

from typing import Any

from vipdesk.cli import Context, registrar
from vipdesk.cli.commands.relatives import member_ref, resolve


def cmd_record(ctx: Context) -> int:
    """Record a service given at the desk without a case (counts against its quota)."""
    from vipdesk.domain.catalog import load_catalog
    from vipdesk.services.eligibility import resolve_service
    from vipdesk.services.usage import record_use

    a = ctx.args
    rules = ctx.rules_book.current()
    catalog = load_catalog().current()
    family, item = resolve_service(catalog, a.service)
    use = record_use(
        ctx.db, rules, catalog, ctx.actor, resolve(ctx, a.ref), family, item=item,
        occasion=a.hospitalisation,
    )  # fmt: skip
    if a.json:
        ctx.emit({"service": use.quota_code, "used_on": use.used_on.isoformat(), "id": use.id})
        return 0
    print(f"已登记：{use.quota_code}  {use.used_on.isoformat()}")
    return 0


def cmd_cancel(ctx: Context) -> int:
    """Cancel a case's service before delivery: its use no longer counts."""
    from vipdesk.services.usage import cancel_case_use

    freed = cancel_case_use(ctx.db, ctx.actor, ctx.args.case_id, ctx.args.reason)
    if ctx.args.json:
        ctx.emit({"freed": freed})
        return 0
    print(f"已取消，释放 {freed} 次使用")
    return 0


def cmd_list(ctx: Context) -> int:
    """The member's standing with each quota (as the member view shows it)."""
    import datetime as dt

    from vipdesk.domain.quotas import usage_text
    from vipdesk.services.members import member_detail
    from vipdesk.services.usage import quota_name

    on = dt.date.today()
    with ctx.db.read() as session:
        detail = member_detail(session, ctx.rules_book, resolve(ctx, ctx.args.ref), on,
                               actor=ctx.actor)  # fmt: skip
    if ctx.args.json:
        ctx.emit([u.to_json() for u in detail.usage])
        return 0
    rules = ctx.rules_book.on(on)
    for u in detail.usage:
        print(f"{quota_name(rules, u.code)}：{usage_text(u)}")
    return 0


@registrar
def register(sub: Any) -> None:
    """Add `usage record|cancel|list`."""
    usage = sub.add_parser("usage", help="service use and quotas (服务使用)")
    usage_sub = usage.add_subparsers(dest="usage_command", required=True)
    record = usage_sub.add_parser("record", help="record a service given at the desk")
    record.add_argument("ref", type=member_ref, help="member: ID, card or policy number")
    record.add_argument("--service", required=True, help="service or catalog item code")
    record.add_argument("--hospitalisation", help="the stay a relative's visit belongs to")
    record.add_argument("--json", action="store_true")
    record.set_defaults(func=cmd_record)
    cancel = usage_sub.add_parser("cancel", help="cancel a case's service before delivery")
    cancel.add_argument("case_id", type=int)
    cancel.add_argument("--reason", required=True)
    cancel.add_argument("--json", action="store_true")
    cancel.set_defaults(func=cmd_cancel)
    listing = usage_sub.add_parser("list", help="a member's use of each service with a quota")
    listing.add_argument("ref", type=member_ref)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_list)
