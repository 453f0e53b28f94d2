"""Care calendar and export benchmark.

1. The care calendar's 14-day window (every kind, every member) on a copy of the benchmark
   database with care rows added (bench.care_data; BENCH_MEMBERS, default 1,000,000): the whole
   list checked equal to last round's single hand-written statement, then first pages (as the
   window loads it, from the window's first day, one kind), a deep page and the whole list, each
   beside the hand-written per-kind SQL on bare sqlite3 merged the same way (bench.care_floor;
   rows checked equal first; target < 300 ms); then the dashboard refresh (target < 1 s).
2. An XLSX export of 100,000 case-queue rows through vipdesk.services.xlsx_export (typed cells,
   formula guard, progress and cancel checks) beside bare openpyxl write-only writing the same
   values (target < 10 s).

Run: `.venv/bin/python -m bench.bench_care` (BENCH_SKIP_CARE=1 runs the export part only,
BENCH_SKIP_EXPORT=1 the care part only).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from decimal import Decimal
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


FLOOR = """
WITH bd(md, due) AS (VALUES {bd}), pd(md, due) AS (VALUES {pd}), fl(code, low) AS (VALUES {fl}),
 ch(tier, used, due, every) AS (VALUES {ch}), bands(lo, hi, tag) AS (VALUES {bands}),
 fd(lo, hi, due) AS (VALUES {fd})
SELECT due, k, name, key FROM (
 SELECT *, CASE k WHEN 0 THEN 'birthdays:' || mid || ':' || sub || ':' || due
   WHEN 1 THEN 'health_check:' || mid || ':' || due
   WHEN 2 THEN 'tier_at_risk:' || mid || ':' || tag || ':' || iif(sub = 0, 'suspended', due)
   WHEN 3 THEN 'upgrade:' || mid || ':' || tag WHEN 4 THEN 'follow_up:' || mid || ':' || sub
   ELSE 'card_pickup:' || mid || ':' || sub END AS key FROM (
 SELECT bd.due, 0 AS k, m.name, m.id AS mid, 0 AS sub, NULL AS tag
   FROM bd JOIN members m ON substr(m.birth_date, 6, 5) = bd.md
  WHERE m.tier IS NOT NULL AND m.birth_date < bd.due
 UNION ALL
 SELECT bd.due, 0, m.name, m.id, r.id, NULL
   FROM bd JOIN designated_relatives r ON substr(r.birth_date, 6, 5) = bd.md
   JOIN members m ON m.id = r.member_id WHERE r.status = 'active' AND r.birth_date < bd.due
 UNION ALL
 SELECT ch.due, 1, m.name, m.id, 0, NULL
   FROM ch JOIN service_uses u ON u.used_on = ch.used AND u.quota_code = 'health_check'
   JOIN members m ON m.id = u.member_id AND m.tier = ch.tier
  WHERE u.status != 'cancelled' AND NOT EXISTS (SELECT 1 FROM service_uses l
        WHERE l.member_id = u.member_id AND l.quota_code = 'health_check'
          AND l.status != 'cancelled' AND (l.used_on > u.used_on OR (l.used_on = u.used_on
          AND l.id > u.id)))
 UNION ALL
 SELECT '{start}', 2, m.name, m.id, 0, m.tier
   FROM members m JOIN fl ON fl.code = m.tier WHERE m.vip_status = 'suspended'
 UNION ALL
 SELECT o.first, 2, m.name, m.id, 1, m.tier
   FROM (SELECT p.member_id, sum(p.annual_premium) AS owed, min(pd.due) AS first
           FROM pd JOIN policies p ON substr(p.effective_date, 6, 5) = pd.md
          WHERE p.status = 'in_force' AND p.effective_date < pd.due GROUP BY p.member_id) o
   JOIN members m ON m.id = o.member_id JOIN fl ON fl.code = m.tier
  WHERE m.vip_status = 'active' AND round(m.afyp - o.owed, 2) < fl.low
 UNION ALL
 SELECT '{start}', 3, m.name, m.id, 0, bands.tag
   FROM bands JOIN members m ON m.afyp >= bands.lo AND m.afyp < bands.hi
  WHERE m.vip_status != 'suspended'
 UNION ALL
 SELECT fd.due, 4, m.name, m.id, c.id, NULL
   FROM fd JOIN case_clocks k ON k.resolved_at >= fd.lo AND k.resolved_at < fd.hi
   JOIN service_cases c ON c.id = k.case_id JOIN members m ON m.id = c.member_id
  WHERE c.status IN ('resolved', 'closed')
 UNION ALL
 SELECT cards.issued_on, 5, m.name, m.id, cards.id, NULL
   FROM card_events e JOIN cards ON cards.id = e.card_id JOIN members m ON m.id = cards.member_id
  WHERE e.cause = 'reissue' AND cards.status IN ('active', 'suspended')
    AND cards.issued_on <= '{end}'
 ) AS u
 WHERE NOT EXISTS (SELECT 1 FROM care_marks cm WHERE cm.member_id = u.mid
   AND (cm.state = 'done' OR cm.snoozed_until > '{start}'))
    OR key NOT IN (SELECT key FROM care_marks WHERE state = 'done' OR snoozed_until > '{start}')
 ORDER BY due, k, name, mid, sub {limit}
)
"""


def _floor_sql(rules, start: dt.date, end: dt.date, limit: int | None) -> str:  # noqa: ANN001
    """The previous round's single hand-written statement of the window (the union ordered and
    cut in SQL): the oracle the per-kind merge is checked against, once."""
    from vipdesk.services import care_sql as c

    def rows(values: list[tuple]) -> str:
        return ", ".join("(" + ", ".join(f"'{v}'" for v in row) + ")" for row in values)

    checks = [(t.code, u, d, n) for t in rules.tiers if (n := t.health_check_every_years)
              for d in c._days(start, end) for u in c._used_on_for(d, n)]  # fmt: skip
    steps = sorted({t.min_afyp for t in rules.tiers if t.channel is None})
    follow = [(lo, hi, due) for lo, hi, due in _follow_days(start, end)]
    return FLOOR.format(
        bd=rows(c.birthday_days(start, end, "sqlite")),
        pd=rows(c.anniversary_days(start, end, "sqlite")),
        fl=", ".join(f"('{t.code}', {t.min_afyp})" for t in rules.tiers),
        ch=rows(checks),
        bands=", ".join(f"({s * Decimal('0.9')}, {s}, '{s}')" for s in steps),
        fd=rows(follow), start=start, end=end,
        limit=f"LIMIT {limit}" if limit else "",
    )  # fmt: skip


def _follow_days(start: dt.date, end: dt.date) -> list[tuple[str, str, dt.date]]:
    """The follow-ups' (resolved from, resolved before, due day) as the floor spells them."""
    from vipdesk.services import care_sql as c
    from vipdesk.services.cases import utc

    out = []
    for due in c._days(start - dt.timedelta(days=c.FOLLOW_UP_LOOKBACK_DAYS), end):
        day = due - dt.timedelta(days=3)
        lo = utc(dt.datetime.combine(day, dt.time()).astimezone())
        hi = utc(dt.datetime.combine(day + dt.timedelta(days=1), dt.time()).astimezone())
        out.append((f"{lo:%Y-%m-%d %H:%M:%S.%f}", f"{hi:%Y-%m-%d %H:%M:%S.%f}", due))
    return out


def care_figures() -> None:
    """The 14-day window on the care copy of the 1M database, beside the hand-written SQL."""
    import sqlite3

    from sqlalchemy import select

    from bench.care_data import care_db
    from bench.care_floor import keys, per_kind_floor
    from bench.dataset import bench_db, member_count
    from vipdesk.db.models import StaffUser
    from vipdesk.domain.care import KINDS, window
    from vipdesk.rules import load_rules
    from vipdesk.services.care import PAGE, care_page
    from vipdesk.services.care_query import CareQuery
    from vipdesk.services.database import Database, actor_of

    path = care_db(bench_db())
    db = Database(f"sqlite:///{path}")
    with db.read() as session:
        actor = actor_of(
            session.scalars(select(StaffUser).where(StaffUser.role == "clerk")).first()
        )
    rules = load_rules().current()
    start, end = window(START, 14)
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    floor = per_kind_floor(raw, rules, start, end, _follow_days(start, end))
    dated = ["birthdays", "health_check", "tier_at_risk", "upgrade"]

    def ours(kinds=None, limit=PAGE, offset=0, manager=None):  # noqa: ANN001, ANN202
        with db.read() as session:
            return care_page(session, rules, START, 14, manager, kinds, actor=actor,
                             limit=limit, offset=offset)  # fmt: skip

    ours()  # warm the page cache once
    whole = ours(limit=None)
    oracle = raw.execute(_floor_sql(rules, start, end, None)).fetchall()  # last round's SQL
    assert [(i.due_on.isoformat(), i.key) for i in whole] == [(r[0], r[3]) for r in oracle]
    print(f"whole list equal to last round's single statement ({len(whole):,} items)")
    cases = (
        ("first page", None, PAGE, 0),
        ("first page from the window's first day (no follow-ups or cards)", dated, PAGE, 0),
        ("离网预警 only, first page", ["tier_at_risk"], PAGE, 0),
        ("upgrade only, first page", ["upgrade"], PAGE, 0),
        ("page at offset 20,000", None, PAGE, 20_000),
        ("whole list", None, None, 0),
    )
    for label, kinds, limit, offset in cases:
        took, items = _best(lambda k=kinds, n=limit, o=offset: ours(k, n, o))
        wanted = [KINDS.index(k) for k in kinds or KINDS]

        def bare(n=limit, o=offset, wanted=wanted):  # noqa: ANN001, ANN202
            return floor(n, o, wanted)

        floor_took, rows = _best(bare)
        assert [(i.due_on.isoformat(), i.key) for i in items] == keys(rows), label
        print(f"care calendar, 14 days, {member_count():,} members, {label} ({len(items):,} "
              f"items): ours {took * 1000:.0f} ms, floor {floor_took * 1000:.0f} ms, ratio "
              f"{took / floor_took:.2f} (target < 300 ms)", flush=True)  # fmt: skip

    took, found = _best(lambda: ours(manager="am01"))
    print(f"  one manager's first page ({len(found)} items): {took * 1000:.0f} ms", flush=True)

    def count() -> dict:
        with db.read() as session:
            return CareQuery(session, rules, start, end, None).due_counts(KINDS)

    took, counts = _best(count)
    print(f"  count of the window's items per manager, done or not ({sum(counts.values()):,}): "
          f"{took * 1000:.0f} ms", flush=True)  # fmt: skip
    with db.read() as session:
        boss = actor_of(
            session.scalars(select(StaffUser).where(StaffUser.role == "supervisor")).first()
        )
    dashboard_figures(db, boss)
    raw.close()
    db.dispose()


def dashboard_figures(db, actor) -> None:  # noqa: ANN001
    """The dashboard refresh as the tab reads it (12 weeks; care done and due this month), with
    the slowest statements."""
    from sqlalchemy import event

    from vipdesk.rules import load_rules
    from vipdesk.services.dashboard import dashboard

    rules = load_rules().current()
    since = START - dt.timedelta(weeks=12)
    now = dt.datetime.combine(START, dt.time(9), tzinfo=dt.UTC)
    spent: dict[str, float] = {}

    def began(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        conn.info["began"] = time.perf_counter()

    def ended(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        key = " ".join(statement.split())[:70]
        spent[key] = spent.get(key, 0) + time.perf_counter() - conn.info["began"]

    def refresh():  # noqa: ANN202
        with db.read() as session:
            return dashboard(session, since, now, actor=actor, rules=rules,
                             care_since=START.replace(day=1))  # fmt: skip

    refresh()
    took, figures = _best(refresh)
    cpu = time.process_time()  # the process's own CPU time: what a busy machine does not inflate
    refresh()
    cpu = time.process_time() - cpu
    event.listen(db.engine, "before_cursor_execute", began)
    event.listen(db.engine, "after_cursor_execute", ended)
    refresh()
    event.remove(db.engine, "before_cursor_execute", began)
    event.remove(db.engine, "after_cursor_execute", ended)
    print(f"dashboard refresh, 12 weeks, care this month: {took * 1000:.0f} ms wall, "
          f"{cpu * 1000:.0f} ms CPU (target < 1 s); "
          f"{sum(n for *_, n in figures.members):,} members, "
          f"{sum(due for *_, due in figures.care):,} care items due", flush=True)  # fmt: skip
    for key, secs in sorted(spent.items(), key=lambda kv: -kv[1])[:4]:
        print(f"  {secs * 1000:6.0f} ms  {key}", flush=True)


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
    if not os.environ.get("BENCH_SKIP_EXPORT"):
        export_figures()


if __name__ == "__main__":
    main()
