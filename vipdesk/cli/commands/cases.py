"""Eligibility and case commands: check, case list/open/show/note/status/override."""

from __future__ import annotations

import datetime as dt
from typing import Any

from vipdesk.cli import EXIT_REFUSED, Context, registrar
from vipdesk.cli.commands.core import day, positive, today_only
from vipdesk.cli.text import t, table


def _catalogs() -> Any:
    from vipdesk.domain.catalog import load_catalog

    return load_catalog()


def _inputs(ctx: Context, ref: str) -> tuple[Any, ...]:
    """The check's inputs from the command line, in the order both check paths take them."""
    a = ctx.args
    online = None
    if a.location:  # the online geocoder is asked only for a place (geopy: ~40 ms to import)
        from vipdesk.geo import configured_geocoder

        online = configured_geocoder()  # env VIPDESK_GEOCODER; offline only by default
    hospitalisation = getattr(a, "hospitalisation", None)
    return (ref, a.service, a.person, a.location, a.departed, a.on, online, hospitalisation)


def _check(ctx: Context, ref: str) -> Any:
    from vipdesk.services.eligibility import check_eligibility

    return check_eligibility(
        ctx.db, ctx.rules_book, _catalogs(), *_inputs(ctx, ref), actor=ctx.actor
    )


def _check_direct(ctx: Context, file: Any) -> Any:
    """`_check` on the driver's connection (SQLite or PostgreSQL): same checks, same decision."""
    from vipdesk.services.eligibility_direct import check_direct
    from vipdesk.services.permissions import allowed, require

    book, catalogs, actor = ctx.rules_book, _catalogs(), ctx.actor
    if not allowed(actor.role, "member.view"):
        require(actor, "member.view", ctx.db)  # refused and recorded, as the service does
    inputs = _inputs(ctx, ctx.args.ref)
    with file.translate():
        return check_direct(file.conn, book, catalogs, *inputs)


def print_check(ctx: Context, check: Any) -> None:
    """The decision in plain words for the terminal (Chinese, or English when LANG is)."""
    d = check.decision
    rules = ctx.rules_book.on(check.on)
    if check.person_age is not None:
        age = t(f"{check.person_age}岁", f"age {check.person_age}")
    else:
        age = t("年龄未知", "age unknown")
    verdict = t("可以受理", "eligible") if d.eligible else t("不能受理", "refused")
    name = check.person_name or t("（未知）", "(unknown)")
    print(f"{name}  {age}  {rules.service_names[check.service]}{t('：', ': ')}{verdict}")
    facts = []
    if d.distance_km is not None:
        facts.append(t(f"距居住地 {d.distance_km:g} 公里", f"{d.distance_km:g} km from home"))
    if d.trip_days is not None:
        facts.append(t(f"旅行第 {d.trip_days} 天", f"day {d.trip_days} of the trip"))
    if facts:
        print(t("；", "; ").join(facts))
    for reason in d.reasons:  # the reasons are the business's own words (Chinese)
        print(f"  × {reason.message_zh}")
    for note in d.cost_notes:
        print(f"  {t('费用：', 'Cost: ')}{note}")
    for question in d.questions:
        print(f"  {t('请确认：', 'Please confirm: ')}{question.text_zh}")


def cmd_check(ctx: Context) -> int:
    """Decide whether a member (or designated relative) may have a service."""
    file = ctx.direct()  # SQLite file or server: sign-in and reads on the driver alone
    check = _check_direct(ctx, file) if file is not None else _check(ctx, ctx.args.ref)
    if ctx.args.json:
        ctx.emit(check.to_json())
    else:
        print_check(ctx, check)
    return 0 if check.decision.eligible else EXIT_REFUSED  # a refusal exits 3, like others


def _now(ctx: Context) -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def cmd_case_list(ctx: Context) -> int:
    """List the case queue."""
    from vipdesk.services.case_queue import QueueFilter, case_queue
    from vipdesk.services.cases import STATUS_NAMES, TYPE_NAMES

    a = ctx.args
    f = QueueFilter(
        status=a.status,
        case_type=a.type,
        overdue=True if a.overdue else None,
        assignee_id=ctx.actor.id if a.mine else None,
        open_only=a.open,
    )
    actor = ctx.actor
    with ctx.db.read() as session:
        rows = case_queue(session, _now(ctx), f, limit=a.limit, actor=actor)
    if a.json:
        ctx.emit([r.to_json() for r in rows])
        return 0
    if not rows:
        print(t("没有符合条件的案件", "No case matches"))
    lines = [
        (
            t("【超时】", "[OVERDUE]") if r.overdue else "",
            r.case_no,
            TYPE_NAMES[r.case_type],
            STATUS_NAMES[r.status],
            r.person_name,
            t("到期 ", "due ") + r.due_at.astimezone().strftime("%m-%d %H:%M"),
            r.assignee or t("未分派", "unassigned"),
        )
        for r in rows
    ]
    for line in table(lines):
        print(line.strip() if not any(r.overdue for r in rows) else line)
    return 0


def cmd_case_open(ctx: Context) -> int:
    """Open a case; a rescue/service request is checked for eligibility first."""
    from vipdesk.services.cases import CaseRequest, open_case
    from vipdesk.services.members import find_member_id

    a = ctx.args
    today_only(a.on)  # a case is opened on today's facts; --on is for `check` only
    fields: dict[str, Any] = {}
    if a.service:
        check = _check(ctx, a.ref)
        d = check.decision
        fields = {
            "member_id": check.member_id,
            "relative_id": check.relative_id,
            "service_code": check.service,
            "item_code": check.item,
            "location": a.location,
            "distance_km": d.distance_km,
            "trip_day": d.trip_days,
            "eligible": d.eligible,
            "reasons": d.codes,
            "occasion": a.hospitalisation,
        }
    else:
        with ctx.db.read() as session:
            fields = {"member_id": find_member_id(session, a.ref)}
    request = CaseRequest(
        case_type=a.type,
        description=a.description or "",
        callback_phone=a.phone,
        override_reason=a.override,
        **fields,
    )
    actor = ctx.actor
    approver = ctx.approver(a.approver) if a.override and a.approver else None
    case = open_case(ctx.db, ctx.rules_book.current(), actor, request, approver=approver)
    if a.json:
        ctx.emit(
            {
                "case_no": case.case_no,
                "status": case.status,
                "eligible": case.eligible,
                "reasons": case.reasons,
                "due_at": case.due_at.isoformat(),
            }
        )
    else:
        print(f"已开立案件 {case.case_no}，回复期限 {case.due_at.astimezone():%Y-%m-%d %H:%M}")
    return 0


def cmd_case_show(ctx: Context) -> int:
    """Show one case with its notes."""
    from vipdesk.services.case_queue import case_detail
    from vipdesk.services.cases import STATUS_NAMES, TYPE_NAMES

    actor = ctx.actor
    with ctx.db.read() as session:
        detail = case_detail(session, ctx.args.case_no, _now(ctx), actor=actor)
    row = detail.row
    if ctx.args.json:
        ctx.emit(
            row.to_json()
            | {
                "description": detail.description,
                "reasons": detail.reasons,
                "override_reason": detail.override_reason,
                "notes": [
                    {"at": n.at.isoformat(), "staff": n.staff, "kind": n.kind, "text": n.text}
                    for n in detail.notes
                ],
            }
        )
        return 0
    print(
        f"{row.case_no}  {TYPE_NAMES[row.case_type]}  {STATUS_NAMES[row.status]}"
        f"{'  【超时】' if row.overdue else ''}"
    )
    print(f"客户 {row.member_name}（{detail.member_id_masked}）  被服务人 {row.person_name}")
    if detail.description:
        print(f"描述：{detail.description}")
    for n in detail.notes:
        print(f"  {n.at.astimezone():%Y-%m-%d %H:%M}  {n.staff}  {n.text}")
    return 0


def _case_id(ctx: Context) -> int:
    from vipdesk.services.case_queue import find_case_id

    with ctx.db.read() as session:
        return find_case_id(session, ctx.args.case_no)


def cmd_case_note(ctx: Context) -> int:
    """Add a note or follow-up to a case."""
    from vipdesk.services.cases import add_note

    kind = "follow_up" if ctx.args.follow_up else "note"
    add_note(ctx.db, ctx.actor, _case_id(ctx), ctx.args.text, kind)
    print("已记录")
    return 0


def cmd_case_status(ctx: Context) -> int:
    """Change a case's status."""
    from vipdesk.services.cases import STATUS_NAMES, change_status

    case = change_status(ctx.db, ctx.actor, _case_id(ctx), ctx.args.status, ctx.args.note)
    print(f"{case.case_no} 状态：{STATUS_NAMES[case.status]}")
    return 0


def cmd_case_override(ctx: Context) -> int:
    """Four eyes: the signed-in requester, and a supervisor (`--approver`, own password)."""
    from vipdesk.services.cases import override

    requester = ctx.actor
    approver = ctx.approver(ctx.args.approver)
    case = override(ctx.db, requester, approver, _case_id(ctx), ctx.args.reason)
    print(
        f"{case.case_no} 已由主管 {approver.display_name} 批准推翻拒绝决定"
        f"（申请人 {requester.display_name}）"
    )
    return 0


def _check_args(parser: Any, service_required: bool) -> None:
    parser.add_argument(
        "--service",
        required=service_required,
        help="service code (domestic_rescue …) or catalog item code",
    )
    parser.add_argument(
        "--person",
        metavar="ID_NUMBER",
        help="ID number of a designated relative (default: the member)",
    )
    parser.add_argument("--location", metavar="PLACE", help="where the caller is now")
    parser.add_argument("--departed", type=day, metavar="DATE", help="departure date")
    parser.add_argument(
        "--hospitalisation",
        metavar="REF",
        help="the hospital stay a relative's visit is for (once per stay)",
    )
    parser.add_argument("--on", type=day, metavar="DATE", help="day of the request")
    parser.add_argument("--json", action="store_true")


# the case statuses of vipdesk.services.cases (kept equal by tests/unit/test_cli_startup.py)
STATUSES = ("new", "in_progress", "waiting_customer", "resolved", "closed")


@registrar
def register(sub: Any) -> None:
    """Add `check` and `case` (without importing the case service: `--help` stays fast)."""
    from vipdesk.rules import CASE_TYPES

    check = sub.add_parser("check", help="decide eligibility for a service")
    check.add_argument("ref", help="member's ID number, card number or policy number")
    _check_args(check, True)
    check.set_defaults(func=cmd_check)

    case = sub.add_parser("case", help="service cases")
    case_sub = case.add_subparsers(dest="case_command", required=True)
    listing = case_sub.add_parser("list", help="the case queue")
    listing.add_argument("--overdue", action="store_true")
    listing.add_argument("--open", action="store_true", help="only unfinished cases")
    listing.add_argument("--status", choices=STATUSES)
    listing.add_argument("--type", choices=CASE_TYPES)
    listing.add_argument("--mine", action="store_true", help="only cases assigned to me")
    listing.add_argument("--limit", type=positive, default=100)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_case_list)
    opening = case_sub.add_parser("open", help="open a case")
    opening.add_argument("ref", help="member's ID number, card number or policy number")
    opening.add_argument("--type", choices=CASE_TYPES, default="rescue")
    _check_args(opening, False)
    opening.add_argument("--description", default="")
    opening.add_argument("--phone", help="call-back number")
    opening.add_argument("--override", metavar="REASON", help="supervisor override of a refusal")
    opening.add_argument(
        "--approver", metavar="USERNAME", help="the approving supervisor (own password)"
    )
    opening.set_defaults(func=cmd_case_open)
    show = case_sub.add_parser("show", help="show a case")
    show.add_argument("case_no")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_case_show)
    note = case_sub.add_parser("note", help="add a note")
    note.add_argument("case_no")
    note.add_argument("text")
    note.add_argument("--follow-up", action="store_true")
    note.set_defaults(func=cmd_case_note)
    status = case_sub.add_parser("status", help="change status")
    status.add_argument("case_no")
    status.add_argument("status", choices=STATUSES)
    status.add_argument("--note")
    status.set_defaults(func=cmd_case_status)
    override = case_sub.add_parser("override", help="supervisor override of a refusal")
    override.add_argument("case_no")
    override.add_argument("--reason", required=True)
    override.add_argument(
        "--approver",
        required=True,
        metavar="USERNAME",
        help="the approving supervisor: password from the next line of standard input "
        "(--password-stdin), VIPDESK_APPROVER_PASSWORD or a prompt",
    )
    override.set_defaults(func=cmd_case_override)
