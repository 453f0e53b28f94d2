"""Foundation benchmark: search per kind beside its honest floor (bulk work: bench_bulk.py).

Run: `make bench` (all benchmarks) or `.venv/bin/python -m bench.bench_core`.
Env BENCH_MEMBERS sets the database size (default 1,000,000; built once under bench/data/).
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from bench.dataset import bench_db

QUERY = {  # kind of search -> the sample field typed
    "full name": "name",
    "one character": "surname",
    "name part": "given",
    "full pinyin": "pinyin",
    "initials": "initials",
    "id number": "id",
    "id suffix (6)": "suffix",
    "phone": "phone",
    "policy": "policy",
    "card": "card",
}
PAGE = 20
FLOOR_SUMMARY = (
    "SELECT m.id, m.name, m.id_number, m.phone, m.tier, m.vip_status, m.afyp, c.number, c.status "
    "FROM members m LEFT JOIN cards c ON c.member_id = m.id AND c.status IN "
    "('active', 'suspended') WHERE m.id IN ({ids})"
)


def pct(values: list[float], q: float) -> float:
    """The q-quantile of values in milliseconds."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def sample(path: Path, n: int) -> list[dict[str, str]]:
    """n random members with every reference a clerk might type."""
    conn = sqlite3.connect(path)
    top = conn.execute("SELECT max(id) FROM members").fetchone()[0]
    rng = random.Random(7)
    rows = []
    while len(rows) < n:
        mid = rng.randint(1, top)
        row = conn.execute(
            "SELECT m.name, m.given_name, m.name_pinyin, m.name_initials, m.id_number, m.phone, "
            "(SELECT policy_no FROM policies WHERE member_id = m.id LIMIT 1), "
            "(SELECT number FROM cards WHERE member_id = m.id LIMIT 1) FROM members m "
            "WHERE m.id = ?",
            (mid,),
        ).fetchone()
        if row and row[7] and len(row[1]) == 2:
            keys = ("name", "given", "pinyin", "initials", "id", "phone", "policy", "card")
            extra = {"suffix": row[4][-6:], "surname": row[0][0]}
            rows.append(dict(zip(keys, row, strict=True)) | extra)
    conn.close()
    return rows


def floor_search(raw: sqlite3.Connection, kinds: list[tuple[str, list[object]]]) -> list[int]:
    """The best hand-written way to the same page: each kind's own indexed query on the bare
    driver (limited to the page), ranked and de-duplicated in Python, then one summary query
    by primary key — the same rows in the same order as the service."""
    from vipdesk.services.search import KINDS

    best: dict[int, str] = {}
    for kind, values in kinds:
        rank, sql = KINDS[kind]
        order = "" if "ORDER BY" in sql else " ORDER BY mid"
        for mid, k in raw.execute(f"{sql}{order} LIMIT {PAGE}", values):
            key = f"{rank}{k}"
            if mid not in best or key < best[mid]:
                best[mid] = key
    page = sorted(best, key=lambda m: (best[m], m))[:PAGE]
    if not page:
        return []
    rows = raw.execute(FLOOR_SUMMARY.format(ids=",".join(map(str, page)))).fetchall()
    by_id = {r[0]: r for r in rows}
    return [by_id[m][0] for m in page]


def bare_statement(raw: sqlite3.Connection, kinds: list[tuple[str, list[object]]]) -> list:
    """The other floor: the service's one statement run on the bare driver (no Python around)."""
    from vipdesk.services.search import statement

    sql, params = statement(kinds, "sqlite", PAGE, 0)
    return raw.execute(sql, params).fetchall()


def bench_search(path: Path) -> list[tuple[str, ...]]:
    """p50/p95 per kind: the service (session), the window's path (plain connection) and the
    floor (hand-written, checked to return the same members in the same order first)."""
    from vipdesk.services.database import Database
    from vipdesk.services.demo import DEMO_PASSWORD
    from vipdesk.services.search import planned, search_members
    from vipdesk.services.search_reader import search_page
    from vipdesk.services.staff import sign_in

    db = Database(f"sqlite:///{path}")
    actor = sign_in(db, "demo.clerk", DEMO_PASSWORD)
    raw = sqlite3.connect(path)
    people = sample(path, 200)
    results = []
    with db.read() as session:
        for kind, field in QUERY.items():
            texts = [r[field] for r in people]
            for q in texts:  # same answer first (and warm caches)
                ours = [m.id for m in search_members(session, q, PAGE, actor=actor)]
                window = [m.id for m in search_page(db, actor, q, PAGE)]
                floor = floor_search(raw, planned(q))
                bare = [r[0] for r in bare_statement(raw, planned(q))]
                assert ours == window == floor == bare, (kind, q, ours, window, floor, bare)
            t_ours = [
                timed(lambda q=q: search_members(session, q, PAGE, actor=actor)) for q in texts
            ]
            t_win = [timed(lambda q=q: search_page(db, actor, q, PAGE)) for q in texts]
            t_merge = [timed(lambda q=q: floor_search(raw, planned(q))) for q in texts]
            t_bare = [timed(lambda q=q: bare_statement(raw, planned(q))) for q in texts]
            t_floor = t_merge if pct(t_merge, 0.5) < pct(t_bare, 0.5) else t_bare
            results.append((kind, t_ours, t_win, t_floor))
    db.dispose()
    return [
        (kind, *(f"{pct(t, q):.3f}" for t in (o, w, f) for q in (0.5, 0.95)),
         f"{pct(o, 0.5) / pct(f, 0.5):.1f}x", f"{pct(w, 0.5) / pct(f, 0.5):.1f}x")
        for kind, o, w, f in results
    ]  # fmt: skip


def main() -> None:
    """Run the foundation benchmarks and print our figures beside the floor."""
    import os

    path = bench_db()
    load = os.getloadavg()[0]
    print(f"\n== search on {path.name} (200 members per kind, page {PAGE}; ms; load {load:.1f}) ==")
    print("ours = search_members (session); window = search_page (the window's plain connection);")
    print("floor = the faster of: each kind's indexed query on bare sqlite3, merged in Python,")
    print("        one summary query; or the service's one statement run on bare sqlite3")
    print("(same members, same order: checked before timing)")
    head = ("kind", "ours p50", "ours p95", "win p50", "win p95", "floor p50", "floor p95")
    print(f"{head[0]:<14}" + "".join(f"{h:>10}" for h in head[1:]) + "  ours/fl  win/fl")
    for kind, *cells in bench_search(path):
        print(
            f"{kind:<14}"
            + "".join(f"{c:>10}" for c in cells[:6])
            + f"  {cells[6]:>7} {cells[7]:>7}"
        )


if __name__ == "__main__":
    main()
