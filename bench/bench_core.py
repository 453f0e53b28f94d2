"""Foundation benchmark: search per kind and tier recompute, each beside its honest floor.

Run: `make bench` (all benchmarks) or `.venv/bin/python -m bench.bench_core`.
Env BENCH_MEMBERS sets the database size (default 1,000,000; built once under bench/data/).
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.dataset import DATA, bench_db

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


RESET = "UPDATE members SET tier = NULL, vip_status = 'none', afyp = 0"
STATE = "SELECT count(*), total(afyp), group_concat(DISTINCT tier), count(tier) FROM members"


def bench_recompute(path: Path) -> list[tuple[str, float, float]]:
    """Tier recompute, all stale and none stale: ours (recompute_all: aggregate, tier history,
    member update, card sync, audit) vs the floor — one hand-written GROUP BY with the same tier
    rules feeding one UPDATE of the changed members (the same tiers, checked equal first)."""
    from vipdesk.rules import load_rules
    from vipdesk.services.database import Database
    from vipdesk.services.demo import DEMO_PASSWORD
    from vipdesk.services.staff import sign_in
    from vipdesk.services.tiers import _aggregate_sql, recompute_all

    rules = load_rules().current()
    floor_sql = (
        "UPDATE members SET afyp = t.afyp, tier = t.tier, vip_status = t.vip_status "
        f"FROM ({_aggregate_sql(rules, '')}) t WHERE members.id = t.member_id AND "
        "(members.afyp <> t.afyp OR members.tier IS NOT t.tier "
        "OR members.vip_status <> t.vip_status)"
    )
    with tempfile.TemporaryDirectory(dir=path.parent) as tmp:
        copy = Path(tmp) / "recompute.sqlite3"
        src, dst = sqlite3.connect(path), sqlite3.connect(copy)
        src.backup(dst)
        src.close()
        dst.close()
        conn = sqlite3.connect(copy, isolation_level=None)

        def floor() -> None:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(floor_sql)
            conn.execute("COMMIT")

        conn.execute(RESET)
        floor_all = timed(floor)
        expected = conn.execute(STATE).fetchone()
        floor_none = timed(floor)
        conn.execute(RESET)
        db = Database(f"sqlite:///{copy}")
        actor = sign_in(db, "demo.admin", DEMO_PASSWORD)
        ours_all = timed(lambda: recompute_all(db, rules, actor, dt.date.today()))
        assert conn.execute(STATE).fetchone() == expected, "recompute and floor disagree"
        ours_none = timed(lambda: recompute_all(db, rules, actor, dt.date.today()))
        db.dispose()
        conn.close()
    return [("all stale", ours_all, floor_all), ("none stale", ours_none, floor_none)]


BUILT = ("members", "policies", "member_name_chars", "cards", "card_events", "tier_changes")


def same_rows_floor(ours: Path, floor: Path, audit_seq: int) -> float:
    """Seconds to write, by bare sqlite3 executemany in one transaction, exactly the rows our
    build left (every table it writes, the final tiers included, and its audit records): rows
    read back from our database beforehand, not timed. Nothing is computed."""
    src = sqlite3.connect(ours)
    tables = [(t, src.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()) for t in BUILT]
    tables.append(("audit_log", src.execute("SELECT * FROM audit_log WHERE seq > ? ORDER BY seq",
                                            (audit_seq,)).fetchall()))  # fmt: skip
    src.close()
    conn = sqlite3.connect(floor, isolation_level=None)

    def write() -> None:
        conn.execute("BEGIN IMMEDIATE")
        for table, rows in tables:
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        conn.execute("COMMIT")

    took = timed(write)
    conn.close()
    return took


def bench_demo(n: int) -> tuple[float, float, float]:
    """Seconds to build n demo members: ours (add_demo_members: rows, name index, tiers, cards,
    tier history, audit) vs the floor — the same prepared member, policy and name-index rows
    (generated beforehand, not timed) inserted by bare sqlite3 executemany, then the GROUP BY +
    UPDATE tier floor (no cards, no history: the floor only sets what the rows need)."""
    from sqlalchemy import text

    from vipdesk.domain.names import name_grams
    from vipdesk.rules import load_rules
    from vipdesk.services.database import Database
    from vipdesk.services.demo import DemoGenerator, add_demo_members, create_demo_staff
    from vipdesk.services.tiers import _aggregate_sql

    rules, day = load_rules().current(), dt.date.today()
    with tempfile.TemporaryDirectory(dir=DATA) as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'ours.sqlite3'}")
        db.ensure_schema()
        admin = create_demo_staff(db)["demo.admin"]
        with db.read() as session:
            seq = session.execute(text("SELECT coalesce(max(seq), 0) FROM audit_log")).scalar()
        ours = timed(lambda: add_demo_members(db, rules, admin, n, seed=3, today=day))
        db.dispose()
        same = Database(f"sqlite:///{Path(tmp) / 'same.sqlite3'}")
        same.ensure_schema()
        same.dispose()
        same_rows = same_rows_floor(Path(tmp) / "ours.sqlite3", Path(tmp) / "same.sqlite3", seq)
        floor_db = Database(f"sqlite:///{Path(tmp) / 'floor.sqlite3'}")
        floor_db.ensure_schema()
        floor_db.dispose()
        gen = DemoGenerator(3, day, set(), 880_000_000_000)
        members, policies, grams = [], [], []
        for i in range(n):
            m = gen.member()
            members.append((i + 1, *(str(v) if isinstance(v, dt.date) else v for v in m.values())))
            for p in gen.policies(i):
                p.pop("_member")
                policies.append((i + 1, *(str(v) if v is not None else None for v in p.values())))
            grams += [(g, i + 1) for g in name_grams(m["name"])]
        m_cols = ", ".join(["id", *gen.member().keys()])
        p_cols = ", ".join(["member_id", *(k for k in gen.policies(0)[0] if k != "_member")])
        conn = sqlite3.connect(Path(tmp) / "floor.sqlite3", isolation_level=None)
        marks = lambda row: ", ".join("?" * len(row))  # noqa: E731
        tier_sql = (
            "UPDATE members SET afyp = t.afyp, tier = t.tier, vip_status = t.vip_status "
            f"FROM ({_aggregate_sql(rules, '')}) t WHERE members.id = t.member_id"
        )

        def floor() -> None:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(
                f"INSERT INTO members ({m_cols}, vip_status, afyp, created_at, updated_at) "
                f"VALUES ({marks(members[0])}, 'none', 0, '2026-01-01', '2026-01-01')",
                members,
            )
            conn.executemany(
                f"INSERT INTO policies ({p_cols}) VALUES ({marks(policies[0])})", policies
            )
            conn.executemany("INSERT INTO member_name_chars (ch, member_id) VALUES (?, ?)", grams)
            conn.execute(tier_sql)
            conn.execute("COMMIT")

        floor_s = timed(floor)
        conn.close()
    return ours, same_rows, floor_s


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
    n = int(os.environ.get("BENCH_DEMO", "100000"))
    ours, same, floor = bench_demo(n)
    print(f"\n== demo build of {n:,} members (s; load {os.getloadavg()[0]:.1f}) ==")
    print("floor A = exactly the rows our build left (members with their tiers, policies, name")
    print("          index, cards, card events, tier history, audit) by bare executemany")
    print("floor B = the same prepared member, policy and name-index rows by bare executemany")
    print("          + the GROUP BY/UPDATE tier floor (no cards, no tier history, no audit)")
    print(f"ours {ours:7.1f}   floor A {same:7.1f} ({ours / same:.2f}x)   "
          f"floor B {floor:7.1f} ({ours / floor:.2f}x)")  # fmt: skip
    large = int(os.environ.get("BENCH_DEMO_LARGE", "0"))
    if large:
        print(f"\n== demo build of {large:,} members, ours only (s; load "
              f"{os.getloadavg()[0]:.1f}) ==\nours {demo_build_seconds(large):7.1f}")  # fmt: skip
    sizes = [int(n) for n in os.environ.get("BENCH_RECOMPUTE", "100000").split(",") if n]
    for db_path in [bench_db(n) for n in sizes] + [path]:
        print(f"\n== tier recompute of {db_path.name} (s; load {os.getloadavg()[0]:.1f}) ==")
        print("floor = one GROUP BY with the same tier rules feeding one UPDATE (same tiers)")
        for what, ours, floor in bench_recompute(db_path):
            print(f"{what:<11} ours {ours:7.2f}   floor {floor:7.2f}   ratio {ours / floor:.2f}x")


def demo_build_seconds(n: int) -> float:
    """Seconds of our demo build of `n` members into a new file (the floors are left out: at
    1,000,000 members their prepared rows would not fit beside it in memory)."""
    from vipdesk.rules import load_rules
    from vipdesk.services.database import Database
    from vipdesk.services.demo import add_demo_members, create_demo_staff

    with tempfile.TemporaryDirectory(dir=DATA) as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'large.sqlite3'}")
        db.ensure_schema()
        admin = create_demo_staff(db)["demo.admin"]
        rules = load_rules().current()
        took = timed(lambda: add_demo_members(db, rules, admin, n, seed=5, today=dt.date.today()))
        db.dispose()
    return took


if __name__ == "__main__":
    main()
