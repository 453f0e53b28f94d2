"""Staff and audit commands: init --admin, staff add/list/disable/enable/reset-password/unlock/
role/branch/change-password, audit verify/list/export."""

from __future__ import annotations

import datetime as dt
from typing import Any

from vipdesk.cli import EXIT_BROKEN, Context, registrar
from vipdesk.cli.commands.core import day, positive


def first_admin(ctx: Context) -> int:
    """`vipdesk init --admin USERNAME --name NAME`: the database's first administrator."""
    from vipdesk.errors import KnownError
    from vipdesk.services.staff import create_first_admin

    a = ctx.args
    if not a.name:
        raise KnownError("请用 --name 填写第一位系统管理员的姓名。")
    password = ctx.new_password(a.new_password_stdin)
    actor = create_first_admin(ctx.db, a.admin, a.name, password, a.branch)
    print(f"已创建第一位系统管理员：{actor.username}（{actor.display_name}）")
    return 0


def cmd_staff_add(ctx: Context) -> int:
    """Add a staff account."""
    from vipdesk.services.staff import add_staff

    a = ctx.args
    actor = ctx.actor
    password = ctx.new_password(a.new_password_stdin)
    info = add_staff(ctx.db, actor, a.username, a.name, a.role, password, a.branch)
    print(
        f"已添加 {info.username}（{info.display_name}，{info.role_name}，机构 {info.branch_code}）"
    )
    print("首次登录时须修改密码。")
    return 0


def cmd_staff_list(ctx: Context) -> int:
    """List staff accounts."""
    from vipdesk.services.staff import list_staff

    staff = list_staff(ctx.db, ctx.actor)
    if ctx.args.json:
        ctx.emit([s.to_json() for s in staff])
        return 0
    now = dt.datetime.now(dt.UTC)
    for s in staff:
        state = "已停用" if not s.active else "已锁定" if s.locked(now) else "正常"
        if not s.has_password:
            state += "（未设密码，须管理员重置）"
        last = (
            f"{s.last_sign_in_at.astimezone():%Y-%m-%d %H:%M}" if s.last_sign_in_at else "从未登录"
        )
        who = f"{s.username:<16} {s.display_name:<8} {s.role_name:<6}"
        print(f"{who} {s.branch_code}  {state}  {last}")
    return 0


def _simple(action: str) -> Any:
    def run(ctx: Context) -> int:
        from vipdesk.services import staff

        info = getattr(staff, action)(ctx.db, ctx.actor, ctx.args.username)
        print(f"{info.username}：{MESSAGES[action]}")
        return 0

    run.__doc__ = f"`staff {action}`."
    return run


MESSAGES = {"disable_staff": "已停用", "enable_staff": "已启用", "unlock_staff": "已解锁"}


def cmd_staff_reset(ctx: Context) -> int:
    """Reset a staff member's password (they change it at the next sign-in)."""
    from vipdesk.services.staff import reset_password

    actor = ctx.actor
    password = ctx.new_password(ctx.args.new_password_stdin)
    info = reset_password(ctx.db, actor, ctx.args.username, password)
    print(f"{info.username}：密码已重置，下次登录时须修改密码。")
    return 0


def cmd_staff_role(ctx: Context) -> int:
    """Change a staff member's role."""
    from vipdesk.services.staff import set_role

    info = set_role(ctx.db, ctx.actor, ctx.args.username, ctx.args.role)
    print(f"{info.username}：岗位改为 {info.role_name}")
    return 0


def cmd_staff_branch(ctx: Context) -> int:
    """Change a staff member's branch."""
    from vipdesk.services.staff import set_branch

    info = set_branch(ctx.db, ctx.actor, ctx.args.username, ctx.args.branch)
    print(f"{info.username}：机构改为 {info.branch_code}")
    return 0


def cmd_change_password(ctx: Context) -> int:
    """Change one's own password (the signed-in staff member's)."""
    from vipdesk.services.staff import change_password

    actor = ctx.actor
    old = ctx.password()
    new = ctx.new_password(ctx.args.new_password_stdin)
    change_password(ctx.db, actor, old, new)
    print("密码已修改。")
    return 0


def cmd_audit_verify(ctx: Context) -> int:
    """Walk the audit hash chain; exit 4 naming the first broken record."""
    from vipdesk.services.audit_log import verify_chain
    from vipdesk.services.permissions import require

    require(ctx.actor, "audit.verify", ctx.db)
    report = verify_chain(ctx.db, last=ctx.args.last)
    if ctx.args.json:
        ctx.emit(report.to_json())
    elif report.ok:
        print(f"审计记录完整：已核对 {report.count} 条，哈希链无断点。")
    else:
        print(f"审计记录被改动：{report.message}")
    return 0 if report.ok else EXIT_BROKEN


def _filters(ctx: Context) -> Any:
    """The filters of `audit list/export`; dates are whole local days."""
    from vipdesk.services.audit_log import AuditFilter
    from vipdesk.services.members import find_member_id

    a = ctx.args
    member_id = None
    if a.member:
        with ctx.db.read() as session:
            member_id = find_member_id(session, a.member)
    since = _local_midnight(a.since) if a.since else None
    until = _local_midnight(a.until + dt.timedelta(days=1)) if a.until else None
    return AuditFilter(a.staff, a.action, member_id, since, until)


def _local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone()


def cmd_audit_list(ctx: Context) -> int:
    """List audit records (newest first) in plain Chinese."""
    from vipdesk.services.audit_log import search_audit

    rows = search_audit(ctx.db, ctx.actor, **_filters(ctx).__dict__, limit=ctx.args.limit)
    if ctx.args.json:
        ctx.emit([r.to_json() for r in rows])
        return 0
    for r in rows:
        print(f"{r.at.astimezone():%Y-%m-%d %H:%M:%S}  {r.staff_name}  {r.text}")
    return 0


def cmd_audit_export(ctx: Context) -> int:
    """Export the filtered audit records to XLSX (ID numbers masked)."""
    from vipdesk.services.audit_log import export_audit_xlsx

    count = export_audit_xlsx(ctx.db, ctx.actor, _filters(ctx), ctx.args.output)
    print(f"已导出 {count} 条审计记录：{ctx.args.output}")
    return 0


def _new_password_option(parser: Any) -> None:
    parser.add_argument(
        "--password-stdin",
        dest="new_password_stdin",
        action="store_true",
        help="read the new password from standard input (after the signer's, if that is there)",
    )


@registrar
def register(sub: Any) -> None:
    """Add the staff and audit commands."""
    staff = sub.add_parser("staff", help="staff accounts (administrators)")
    ss = staff.add_subparsers(dest="staff_command", required=True)
    add = ss.add_parser("add", help="add a staff account")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="display name")
    add.add_argument("--role", required=True, choices=("clerk", "supervisor", "admin"))
    add.add_argument("--branch", default="0000", help="branch code (default 0000)")
    _new_password_option(add)
    add.set_defaults(func=cmd_staff_add)
    lst = ss.add_parser("list", help="list staff accounts")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_staff_list)
    for name, action in (
        ("disable", "disable_staff"),
        ("enable", "enable_staff"),
        ("unlock", "unlock_staff"),
    ):
        p = ss.add_parser(name, help=f"{name} a staff account")
        p.add_argument("username")
        p.set_defaults(func=_simple(action))
    reset = ss.add_parser("reset-password", help="give an account a new password")
    reset.add_argument("username")
    _new_password_option(reset)
    reset.set_defaults(func=cmd_staff_reset)
    role = ss.add_parser("role", help="change an account's role")
    role.add_argument("username")
    role.add_argument("role", choices=("clerk", "supervisor", "admin"))
    role.set_defaults(func=cmd_staff_role)
    branch = ss.add_parser("branch", help="change an account's branch")
    branch.add_argument("username")
    branch.add_argument("branch")
    branch.set_defaults(func=cmd_staff_branch)
    own = ss.add_parser("change-password", help="change your own password")
    _new_password_option(own)
    own.set_defaults(func=cmd_change_password, own_password=True)

    audit = sub.add_parser("audit", help="the tamper-evident audit log")
    aa = audit.add_subparsers(dest="audit_command", required=True)
    verify = aa.add_parser("verify", help="check the hash chain (exit 4 when broken)")
    verify.add_argument("--last", type=positive, help="only the newest N records")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=cmd_audit_verify)
    for name, func in (("list", cmd_audit_list), ("export", cmd_audit_export)):
        p = aa.add_parser(name, help=f"{name} audit records")
        p.add_argument("--staff", help="username")
        p.add_argument("--action", help="action code, e.g. member.reveal_id")
        p.add_argument("--member", help="member: ID number, card number or policy number")
        p.add_argument("--since", type=day)
        p.add_argument("--until", type=day)
        if name == "list":
            p.add_argument("--limit", type=positive, default=200)
            p.add_argument("--json", action="store_true")
        else:
            p.add_argument("-o", "--output", required=True)
        p.set_defaults(func=func)
