"""Care calendar and export benchmark.

1. The care calendar's 14-day window (every kind, every member) on the benchmark database
   (BENCH_MEMBERS, default 1,000,000; built once under bench/data/ by bench.dataset), beside the
   raw SQL that reads the same candidate rows (target < 300 ms).
2. An XLSX export of 100,000 case-queue rows through vipdesk.services.xlsx_export (typed cells,
   formula guard, progress and cancel checks) beside bare openpyxl write-only writing the same
   values (target < 10 s).

Run: `.venv/bin/python -m bench.bench_care` (BENCH_SKIP_CARE=1 runs the export part only).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from pathlib import Path

START = dt.date(2026, 5, 4)
ROWS = int(os.environ.get("BENCH_EXPORT_ROWS", "100000"))


def _best(fn, runs: int = 3) -> tuple[float, object]:  # noqa: ANN001
    times, result = [], None
    for _ in range(runs):
        began = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - began)
    return min(times), result


def care_figures() -> None:
    """The 14-day window on the benchmark database, beside the raw candidate SQL."""
    from sqlalchemy import select, text

    from bench.dataset import bench_db, member_count
    from vipdesk.db.models import StaffUser
    from vipdesk.domain.care import month_days, window
    from vipdesk.rules import load_rules
    from vipdesk.services.care import care_items
    from vipdesk.services.database import Database, actor_of

    path = bench_db()
    db = Database(f"sqlite:///{path}")
    with db.read() as session:
        actor = actor_of(session.scalars(select(StaffUser).where(StaffUser.role == "clerk")).one())
    rules = load_rules().current()
    start, end = window(START, 14)
    days = ", ".join(f"'{d}'" for d in month_days(start, end))
    raw = text(
        f"SELECT id, name, birth_date FROM members WHERE tier IS NOT NULL "
        f"AND substr(birth_date, 6, 5) IN ({days}) "
        f"UNION ALL SELECT member_id, name, birth_date FROM designated_relatives "
        f"WHERE status = 'active' AND substr(birth_date, 6, 5) IN ({days}) "
        f"UNION ALL SELECT id, name, afyp FROM members WHERE vip_status != 'suspended' AND "
        f"(afyp BETWEEN 4500 AND 5000 OR afyp BETWEEN 9000 AND 10000 OR "
        f"afyp BETWEEN 27000 AND 30000 OR afyp BETWEEN 45000 AND 50000) "
        f"UNION ALL SELECT member_id, policy_no, effective_date FROM policies "
        f"WHERE status = 'in_force' AND substr(effective_date, 6, 5) IN ({days})"
    )

    def ours() -> list:
        with db.read() as session:
            return care_items(session, rules, START, 14, actor=actor)

    def bare() -> list:
        with db.read() as session:
            return session.execute(raw).all()

    ours()  # warm the page cache once
    took, items = _best(ours)
    raw_took, rows = _best(bare)
    print(f"care calendar, 14 days, {member_count():,} members: {took * 1000:.0f} ms for "
          f"{len(items):,} items (target < 300 ms); raw candidate SQL {raw_took * 1000:.0f} ms "
          f"for {len(rows):,} rows")  # fmt: skip
    db.dispose()


def export_figures() -> None:
    """100,000 queue rows through write_xlsx, beside bare openpyxl write-only."""
    from openpyxl import Workbook

    from vipdesk.services.exports import CASE_COLUMNS
    from vipdesk.services.xlsx_export import write_xlsx

    t0 = dt.datetime(2026, 5, 4, 9, tzinfo=dt.UTC)
    rows = [
        (f"0000-20260504-{i:06d}", "投诉", "处理中", "王建国", "李秀英",
         t0 + dt.timedelta(minutes=i), t0 + dt.timedelta(hours=24, minutes=i), None, "按时",
         "=柜员一" if i % 1000 == 0 else "柜员一")
        for i in range(ROWS)
    ]  # fmt: skip
    folder = Path(tempfile.mkdtemp())
    seen: list[int] = []
    began, cpu = time.perf_counter(), time.process_time()
    write_xlsx(folder / "ours.xlsx", "案件队列", CASE_COLUMNS, rows, progress=seen.append,
               cancelled=lambda: False)  # fmt: skip
    ours, ours_cpu = time.perf_counter() - began, time.process_time() - cpu
    began, cpu = time.perf_counter(), time.process_time()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("bare")
    ws.append([c.header for c in CASE_COLUMNS])
    for r in rows:
        ws.append([v.replace(tzinfo=None) if isinstance(v, dt.datetime) else v for v in r])
    wb.save(folder / "bare.xlsx")
    bare, bare_cpu = time.perf_counter() - began, time.process_time() - cpu
    size = (folder / "ours.xlsx").stat().st_size / 1e6
    print(f"export of {ROWS:,} queue rows: {ours:.1f} s wall, {ours_cpu:.1f} s CPU (target < 10 s,"
          f" {len(seen)} progress reports, {size:.1f} MB); bare openpyxl write-only {bare:.1f} s "
          f"wall, {bare_cpu:.1f} s CPU")  # fmt: skip


def main() -> None:
    """Both figures."""
    if not os.environ.get("BENCH_SKIP_CARE"):
        care_figures()
    export_figures()


if __name__ == "__main__":
    main()
