"""Care calendar and account managers: `vipdesk care list|done|snooze|assign|members`,
and SLA: `vipdesk sla respond|calendar`."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from vipdesk.cli import Context, registrar
from vipdesk.cli.commands.core import day
from vipdesk.cli.commands.relatives import member_ref, resolve
from vipdesk.cli.text import money, t, table
from vipdesk.domain.care import DEFAULT_DAYS, KIND_NAMES, KINDS


def days_arg(text: str) -> int:
    """argparse type for --days: 1 to 366."""
    if not text.isdigit() or not 1 <= int(text) <= 366:
        raise argparse.ArgumentTypeError(f"天数须为 1 到 366 之间的整数：{text}")
    return int(text)


def cmd_list(ctx: Context) -> int:
    """The care calendar of a window (default: the next 14 days from today)."""
    from vipdesk.services.care import care_items

    a = ctx.args
    start = a.start or dt.date.today()
    actor = ctx.actor
    with ctx.db.read() as session:
        found = care_items(session, ctx.rules_book.on(start), start, a.days, a.manager, a.kind,
                           actor=actor)  # fmt: skip
    if a.json:
        ctx.emit([i.to_json() for i in found])
        return 0
    if not found:
        print(t("这段时间没有待办的关怀事项", "Nothing to do in this window"))
    lines = [
        (i.due_on.isoformat(), KIND_NAMES[i.kind], i.person, i.detail,
         money(i.amount) if i.amount is not None else "", i.manager or "", i.key)
        for i in found
    ]  # fmt: skip
    for line in table(lines):
        print(line.rstrip())
    return 0


def cmd_mark(ctx: Context) -> int:
    """Tick an item done with a note, or snooze it until a day."""
    from vipdesk.services.care import mark_care

    a = ctx.args
    state = "done" if a.care_command == "done" else "snoozed"
    mark_care(ctx.db, ctx.actor, a.key, state, a.note or "", getattr(a, "until", None))
    if a.json:
        ctx.emit({"key": a.key, "state": state})
        return 0
    print(t("已完成", "Done") if state == "done" else t("已推迟", "Snoozed"))
    return 0


def cmd_assign(ctx: Context) -> int:
    """Give a member an account manager (supervisor), or clear it with --clear."""
    from vipdesk.errors import KnownError
    from vipdesk.services.account_managers import set_account_manager

    a = ctx.args
    if bool(a.username) == bool(a.clear):
        raise KnownError("请给出客户经理的用户名，或用 --clear 取消客户经理。")
    changed = set_account_manager(ctx.db, ctx.actor, resolve(ctx, a.ref), a.username)
    if a.json:
        ctx.emit({"changed": changed, "manager": a.username})
        return 0
    print(t("已更新客户经理", "Account manager updated") if changed else t("没有变化", "No change"))
    return 0


def cmd_members(ctx: Context) -> int:
    """The members an account manager looks after (masked, as search shows them)."""
    from sqlalchemy import select

    from vipdesk.db.models import Member
    from vipdesk.domain.people import mask_id_number
    from vipdesk.services.account_managers import managed_by
    from vipdesk.services.permissions import require

    actor = ctx.actor
    require(actor, "member.search", ctx.db)
    with ctx.db.read() as session:
        ids = managed_by(session, ctx.args.username)
        rows = session.execute(
            select(Member.name, Member.id_number, Member.tier).where(Member.id.in_(ids))
            .order_by(Member.name)
        ).all() if ids else []  # fmt: skip
    out = [{"name": n, "id_number": mask_id_number(i), "tier": tr} for n, i, tr in rows]
    if ctx.args.json:
        ctx.emit(out)
        return 0
    for line in table([(r["name"], r["id_number"], r["tier"] or "") for r in out]):
        print(line.rstrip())
    return 0


def cmd_respond(ctx: Context) -> int:
    """Answer a case with the timetable for the solution (its resolution due)."""
    from vipdesk.domain.sla import STATE_NAMES, add_working_days
    from vipdesk.errors import KnownError
    from vipdesk.services.case_queue import find_case_id
    from vipdesk.services.sla import is_workday, respond

    a = ctx.args
    now = dt.datetime.now(dt.UTC)
    if (a.due is None) == (a.working_days is None):
        raise KnownError("请用 --due 或 --working-days 给出解决时限（二选一）。")
    due = a.due or add_working_days(now.astimezone(), a.working_days, is_workday)
    with ctx.db.read() as session:
        case_id = find_case_id(session, a.case)
    view = respond(ctx.db, ctx.actor, case_id, due, a.note or "", now)
    if a.json:
        ctx.emit(view.to_json())
        return 0
    assert view.resolution_due is not None
    print(t("已答复，解决时限 ", "Answered, resolution due ")
          + view.resolution_due.astimezone().strftime("%Y-%m-%d %H:%M")
          + f"（{STATE_NAMES[view.state]}）")  # fmt: skip
    return 0


def cmd_calendar(ctx: Context) -> int:
    """Which years the working-day calendar knows; exit 1 when next year's is missing."""
    from vipdesk.services.sla import calendar_last_year, calendar_warning

    warning = calendar_warning(dt.date.today())
    if ctx.args.json:
        ctx.emit({"last_year": calendar_last_year(), "warning": warning})
    else:
        print(warning or t(f"工作日历收录到 {calendar_last_year()} 年", "Calendar up to date"))
    return 1 if warning else 0


def moment(text: str) -> dt.datetime:
    """argparse type for 'YYYY-MM-DD HH:MM' in the desk's local time."""
    try:
        return dt.datetime.fromisoformat(text).astimezone()
    except ValueError:
        raise argparse.ArgumentTypeError(f"时间应为 YYYY-MM-DD HH:MM：{text}") from None


@registrar
def register(sub: Any) -> None:
    """Add `care …` and `sla …`."""
    care = sub.add_parser("care", help="care calendar and account managers (关怀日历)")
    cs = care.add_subparsers(dest="care_command", required=True)
    lst = cs.add_parser("list", help="what needs attention in a window")
    lst.add_argument("--manager", metavar="USER", help="only this account manager's members")
    lst.add_argument("--kind", action="append", choices=KINDS, help="repeatable")
    lst.add_argument("--days", type=days_arg, default=DEFAULT_DAYS)
    lst.add_argument("--from", dest="start", type=day, help="first day (default today)")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_list)
    done = cs.add_parser("done", help="tick an item done (with a note)")
    done.add_argument("key")
    done.add_argument("--note")
    done.add_argument("--json", action="store_true")
    done.set_defaults(func=cmd_mark)
    snooze = cs.add_parser("snooze", help="hide an item until a day")
    snooze.add_argument("key")
    snooze.add_argument("--until", type=day, required=True)
    snooze.add_argument("--note")
    snooze.add_argument("--json", action="store_true")
    snooze.set_defaults(func=cmd_mark)
    assign = cs.add_parser("assign", help="set a member's account manager (supervisor)")
    assign.add_argument("ref", type=member_ref)
    assign.add_argument("username", nargs="?")
    assign.add_argument("--clear", action="store_true")
    assign.add_argument("--json", action="store_true")
    assign.set_defaults(func=cmd_assign)
    members = cs.add_parser("members", help="members an account manager looks after")
    members.add_argument("username")
    members.add_argument("--json", action="store_true")
    members.set_defaults(func=cmd_members)
    sla = sub.add_parser("sla", help="case deadlines (时效)")
    ss = sla.add_subparsers(dest="sla_command", required=True)
    resp = ss.add_parser("respond", help="answer a case with its resolution due")
    resp.add_argument("case", help="case number")
    resp.add_argument("--due", type=moment, help="resolution due, YYYY-MM-DD HH:MM")
    resp.add_argument("--working-days", type=days_arg, help="resolution due in working days")
    resp.add_argument("--note")
    resp.add_argument("--json", action="store_true")
    resp.set_defaults(func=cmd_respond)
    cal = ss.add_parser("calendar", help="check the working-day calendar's last year")
    cal.add_argument("--json", action="store_true")
    cal.set_defaults(func=cmd_calendar)
