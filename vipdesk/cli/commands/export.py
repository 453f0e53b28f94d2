"""`vipdesk export cases|care|search … -o FILE.xlsx`: lists to Excel (masked)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from vipdesk.cli import Context, registrar
from vipdesk.cli.commands.care import days_arg
from vipdesk.cli.commands.core import day
from vipdesk.cli.text import t
from vipdesk.domain.care import DEFAULT_DAYS, KINDS


def cmd_export(ctx: Context) -> int:
    """Write the chosen list to the XLSX file."""
    from vipdesk.services import exports
    from vipdesk.services.case_queue import QueueFilter

    a = ctx.args
    actor = ctx.actor
    if a.what == "cases":
        f = QueueFilter(open_only=a.open, assignee_id=actor.id if a.mine else None)
        count = exports.export_cases(ctx.db, actor, a.output, f)
    elif a.what == "care":
        start = a.start or dt.date.today()
        count = exports.export_care(ctx.db, actor, ctx.rules_book.on(start), a.output, start,
                                    a.days, a.manager, a.kind)  # fmt: skip
    else:
        count = exports.export_search(ctx.db, actor, ctx.rules_book.current(), a.text, a.output)
    if a.json:
        ctx.emit({"rows": count, "file": str(a.output)})
        return 0
    print(t(f"已导出 {count} 行：{a.output}", f"Exported {count} rows: {a.output}"))
    return 0


@registrar
def register(sub: Any) -> None:
    """Add `export cases|care|search`."""
    export = sub.add_parser("export", help="lists to Excel (XLSX, masked)")
    es = export.add_subparsers(dest="what", required=True)
    cases = es.add_parser("cases", help="the case queue")
    cases.add_argument("--open", action="store_true", help="open cases only")
    cases.add_argument("--mine", action="store_true", help="my cases only")
    care = es.add_parser("care", help="the care calendar")
    care.add_argument("--manager", metavar="USER")
    care.add_argument("--kind", action="append", choices=KINDS)
    care.add_argument("--days", type=days_arg, default=DEFAULT_DAYS)
    care.add_argument("--from", dest="start", type=day)
    search = es.add_parser("search", help="member search results")
    search.add_argument("text")
    for p in (cases, care, search):
        p.add_argument("-o", "--output", required=True, help="FILE.xlsx")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=cmd_export)


def month_arg(text: str) -> dt.date:
    """argparse type for YYYY-MM."""
    import argparse

    try:
        return dt.date.fromisoformat(text + "-01")
    except ValueError:
        raise argparse.ArgumentTypeError(f"月份应为 YYYY-MM：{text}") from None


def cmd_monthly(ctx: Context) -> int:
    """The monthly service report as PDF (supervisors)."""
    from vipdesk.documents.monthly_report import monthly_report_pdf

    a = ctx.args
    path = monthly_report_pdf(ctx.db, ctx.actor, ctx.rules_book.on(a.month), a.month, a.output,
                              a.branch or "")  # fmt: skip
    if a.json:
        ctx.emit({"file": str(path)})
        return 0
    print(t(f"已生成月度报告：{path}", f"Monthly report written: {path}"))
    return 0


@registrar
def register_report(sub: Any) -> None:
    """Add `report monthly`."""
    report = sub.add_parser("report", help="reports (月度服务报告)")
    rs = report.add_subparsers(dest="report_command", required=True)
    monthly = rs.add_parser("monthly", help="the monthly service report (PDF)")
    monthly.add_argument("--month", type=month_arg, required=True, help="YYYY-MM")
    monthly.add_argument("--branch", help="branch name for the title")
    monthly.add_argument("-o", "--output", required=True, help="FILE.pdf")
    monthly.add_argument("--json", action="store_true")
    monthly.set_defaults(func=cmd_monthly)
