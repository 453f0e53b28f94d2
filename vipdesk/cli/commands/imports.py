"""`vipdesk import members|policies FILE` (progress, Ctrl-C cancels) and `import history`."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path
from typing import Any

from vipdesk.cli import Context
from vipdesk.errors import KnownError

FILE_KINDS = ("members", "policies")


class ImportProgressBar:
    """Rows read and problems found on stderr (a terminal only), at most ten times a second;
    then one line per step of the write (a rebuild while desks write, the commit)."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self._last = 0.0
        self._rebuilding = False

    def __call__(self, stage: str, rows: int, problems: int, fraction: float) -> None:
        """Redraw the line."""
        if not self.enabled:
            return
        now = time.monotonic()
        if stage == "校验" and now - self._last < 0.1:
            return
        self._last = now
        width = 30
        filled = int(width * fraction)
        bar = "#" * filled + "." * (width - filled)
        if stage == "校验":
            line = f"\r{stage} [{bar}] 已读 {rows:,} 行，问题 {problems:,}（Ctrl-C 取消）"
        elif stage == "重建" and self._rebuilding:  # the same line, its number counting up
            line = "\r" + step_line(stage, rows, problems)
        else:
            line = "\n" + step_line(stage, rows, problems)
        self._rebuilding = stage == "重建"
        sys.stderr.write(line)
        sys.stderr.flush()


def step_line(stage: str, rows: int, number: int) -> str:
    """The progress line of a write step ("写入", "重建" with its number, "提交")."""
    if stage == "重建":
        return f"柜台正在办理业务，导入数据已过期，正在第 {number} 次重建…（Ctrl-C 取消）"
    if stage == "提交":
        return "正在提交到数据库（已不能取消）…"
    return f"已读 {rows:,} 行，正在比对并写入…（Ctrl-C 取消）"


def cmd_import(ctx: Context) -> int:
    """Import a members or policies file, or list the last imports."""
    from vipdesk.services import importer

    args = ctx.args
    if args.kind == "history":
        return _history(ctx)
    if not args.file:
        raise KnownError("请给出要导入的文件：vipdesk import members|policies FILE")
    path = Path(args.file)
    rules = ctx.rules_book.current()
    cancelled = {"asked": False}

    def ask_cancel(_signum: int, _frame: Any) -> None:
        cancelled["asked"] = True

    previous = signal.signal(signal.SIGINT, ask_cancel)
    try:
        run = importer.import_members if args.kind == "members" else importer.import_policies
        result = run(
            ctx.db,
            rules,
            ctx.actor,
            path,
            progress=ImportProgressBar(),
            cancel=lambda: cancelled["asked"],
            in_place=args.in_place,
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    if ImportProgressBar().enabled:
        sys.stderr.write("\n")
    print(
        f"{result.rows} 行：新增 {result.inserted}，更新 {result.updated}，未变 {result.unchanged}"
    )
    return 0


def _history(ctx: Context) -> int:
    from vipdesk.services.import_report import import_history

    reports = import_history(ctx.db, ctx.actor, limit=ctx.args.limit)
    if ctx.args.json:
        ctx.emit([r.to_json() for r in reports])
        return 0
    if not reports:
        print("还没有导入记录")
    for report in reports:
        print(report.line())
        if report.message:
            print(f"    {report.message.splitlines()[0]}")
    return 0


def add_import_parser(sub: Any) -> None:
    """Add `import members|policies FILE` and `import history [--json] [--limit N]`."""
    imp = sub.add_parser(
        "import", help="import members or policies (CSV or XLSX), or list the last imports"
    )
    imp.add_argument("kind", choices=(*FILE_KINDS, "history"))
    imp.add_argument("file", nargs="?")
    imp.add_argument("--json", action="store_true", help="history as JSON")
    imp.add_argument("--limit", type=_positive, default=10, help="history: how many (default 10)")
    imp.add_argument(
        "--in-place",
        action="store_true",
        help="a big load while desks keep writing: write in place (desks wait) instead of "
        "refusing (SQLite; PostgreSQL always writes in place)",
    )
    imp.set_defaults(func=cmd_import)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value
