"""Bulk work benchmark: demo build and tier recompute, each beside its honest floor.

Run: `make bench` (all benchmarks) or `.venv/bin/python -m bench.bench_bulk`.
Env: BENCH_MEMBERS (the recompute database, default 1,000,000), BENCH_RECOMPUTE (more
recompute sizes, default 100000), BENCH_DEMO (demo build beside floors A and B, default
100,000), BENCH_DEMO_LARGE (e.g. 1000000: one more build beside floor A only), BENCH_ROUNDS
(recompute rounds, medians, default 3).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bench.dataset import DATA, bench_db

if TYPE_CHECKING:
    from vipdesk.rules import Rules

RESET = "UPDATE members SET tier = NULL, vip_status = 'none', afyp = 0"
STATE = "SELECT count(*), total(afyp), group_concat(DISTINCT tier), count(tier) FROM members"
BUILT = ("members", "policies", "member_name_chars", "cards", "card_events", "tier_changes")
READ_CHUNK = 50_000


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_recompute(path: Path, rounds: int) -> list[tuple[str, float, float, float]]:
    """Tier recompute, all stale and none stale, medians of interleaved rounds: ours
    (recompute_all: aggregate, tier history, member update, card sync, audit) vs the floor —
    one hand-written GROUP BY with the same tier rules feeding one UPDATE of the changed
    members (the same tiers, checked equal every round), which also sets their `updated_at`
    as ours does (the same member rows); the plain floor without it is timed too. Both run
    with the page cache ours takes for a full recompute (`bulk.BUILD_CACHE_KIB`), starting
    empty: ours gives its connection's cache back after each run, the floor connects anew."""
    from vipdesk.rules import load_rules
    from vipdesk.services.bulk import BUILD_CACHE_KIB
    from vipdesk.services.database import Database
    from vipdesk.services.demo import DEMO_PASSWORD
    from vipdesk.services.staff import sign_in
    from vipdesk.services.tiers import _aggregate_sql, recompute_all

    rules = load_rules().current()
    floor_sql = (
        "UPDATE members SET afyp = t.afyp, tier = t.tier, vip_status = t.vip_status{stamp} "
        f"FROM ({_aggregate_sql(rules, '')}) t WHERE members.id = t.member_id AND "
        "(members.afyp <> t.afyp OR members.tier IS NOT t.tier "
        "OR members.vip_status <> t.vip_status)"
    )
    times: dict[str, list[float]] = {k: [] for k in ("fa", "fp", "fn", "oa", "on")}
    with tempfile.TemporaryDirectory(dir=path.parent) as tmp:
        copy = Path(tmp) / "recompute.sqlite3"
        src, dst = sqlite3.connect(f"file:{path}?mode=ro", uri=True), sqlite3.connect(copy)
        src.backup(dst)
        src.close()
        dst.close()
        conn = sqlite3.connect(copy, isolation_level=None)

        def floor(stamp: bool = True) -> None:
            # a fresh connection, as ours starts: its page cache empty (the OS's is warm)
            floor_conn = sqlite3.connect(copy, isolation_level=None)
            floor_conn.execute(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
            floor_conn.execute("BEGIN IMMEDIATE")
            if stamp:
                now = dt.datetime.now(dt.UTC).isoformat(" ")
                floor_conn.execute(floor_sql.format(stamp=", updated_at = ?"), (now,))
            else:
                floor_conn.execute(floor_sql.format(stamp=""))
            floor_conn.execute("COMMIT")
            floor_conn.close()

        db = Database(f"sqlite:///{copy}")
        actor = sign_in(db, "demo.admin", DEMO_PASSWORD)
        ours = lambda: recompute_all(db, rules, actor, dt.date.today())  # noqa: E731
        for _ in range(rounds):
            conn.execute(RESET)
            times["fp"].append(timed(lambda: floor(stamp=False)))
            conn.execute(RESET)
            times["fa"].append(timed(floor))
            expected = conn.execute(STATE).fetchone()
            times["fn"].append(timed(floor))
            conn.execute(RESET)
            times["oa"].append(timed(ours))
            assert conn.execute(STATE).fetchone() == expected, "recompute and floor disagree"
            times["on"].append(timed(ours))
        db.dispose()
        conn.close()
    med = {k: statistics.median(v) for k, v in times.items()}
    return [
        ("all stale", med["oa"], med["fa"], med["fp"]),
        ("none stale", med["on"], med["fn"], med["fn"]),
    ]


def same_rows_floor(ours: Path, floor: Path, audit_seq: int, deferred: bool) -> float:
    """Seconds to write, by bare sqlite3 executemany in one transaction, exactly the rows our
    build left (every table it writes, final tiers included, and its audit records), with the
    build's page cache. Rows are read from our database in chunks between the timed writes
    (reading is not timed). `deferred`: the plain indexes of members and policies dropped
    first and created after the rows, as our first build does (the drop and create timed)."""
    from vipdesk.services.demo import BUILD_CACHE_KIB, DEFERRED_INDEX_TABLES

    src = sqlite3.connect(f"file:{ours}?mode=ro", uri=True)
    conn = sqlite3.connect(floor, isolation_level=None)
    conn.execute(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
    took = timed(lambda: conn.execute("BEGIN IMMEDIATE"))
    plain = []
    if deferred:
        tables = ", ".join(f"'{t}'" for t in DEFERRED_INDEX_TABLES)
        plain = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({tables}) AND sql NOT LIKE 'CREATE UNIQUE%'"
        ).fetchall()
        took += timed(lambda: [conn.execute(f'DROP INDEX "{name}"') for name, _ in plain])
    reads: list[tuple[str, str, tuple[int, ...]]]
    reads = [(t, f"SELECT * FROM {t} ORDER BY rowid", ()) for t in BUILT]
    reads.append(("audit_log", "SELECT * FROM audit_log WHERE seq > ? ORDER BY seq", (audit_seq,)))
    for table, sql, args in reads:
        cursor = src.execute(sql, args)
        while rows := cursor.fetchmany(READ_CHUNK):
            insert = f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows[0]))})"
            start = time.perf_counter()
            conn.executemany(insert, rows)
            took += time.perf_counter() - start
    took += timed(lambda: [conn.execute(sql) for _, sql in plain])
    took += timed(lambda: conn.execute("COMMIT"))
    src.close()
    conn.close()
    return took


def floor_b(path: Path, n: int, rules: Rules) -> float:
    """The same prepared member, policy and name-index rows (generated beforehand, not timed)
    by bare sqlite3 executemany, then the GROUP BY + UPDATE tier floor (no cards, history)."""
    from vipdesk.domain.names import name_grams
    from vipdesk.services.demo import BUILD_CACHE_KIB, DemoGenerator
    from vipdesk.services.tiers import _aggregate_sql

    gen = DemoGenerator(3, dt.date.today(), set(), 880_000_000_000)
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
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
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
        conn.executemany(f"INSERT INTO policies ({p_cols}) VALUES ({marks(policies[0])})", policies)
        conn.executemany("INSERT INTO member_name_chars (ch, member_id) VALUES (?, ?)", grams)
        conn.execute(tier_sql)
        conn.execute("COMMIT")

    took = timed(floor)
    conn.close()
    return took


def bench_demo(n: int, with_b: bool) -> dict[str, float]:
    """Seconds to build n demo members: ours (add_demo_members: rows generated, name index,
    tiers, cards, tier history, audit) vs floor A (the same rows by bare executemany, into the
    indexed schema and with the indexes deferred) and, `with_b`, floor B."""
    from sqlalchemy import text

    from vipdesk.rules import load_rules
    from vipdesk.services.database import Database
    from vipdesk.services.demo import add_demo_members, create_demo_staff

    rules, day = load_rules().current(), dt.date.today()
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory(dir=DATA) as tmp:
        paths = {k: Path(tmp) / f"{k}.sqlite3" for k in ("ours", "indexed", "deferred", "b")}
        for key, path in paths.items():
            if key != "b" or with_b:
                schema = Database(f"sqlite:///{path}")
                schema.ensure_schema()
                schema.dispose()
        db = Database(f"sqlite:///{paths['ours']}")
        admin = create_demo_staff(db)["demo.admin"]
        with db.read() as session:
            seq = session.execute(text("SELECT coalesce(max(seq), 0) FROM audit_log")).scalar_one()
        out["ours"] = timed(lambda: add_demo_members(db, rules, admin, n, seed=3, today=day))
        db.dispose()
        for key in ("indexed", "deferred"):
            out[key] = same_rows_floor(paths["ours"], paths[key], seq, key == "deferred")
            paths[key].unlink()
        if with_b:
            out["b"] = floor_b(paths["b"], n, rules)
    return out


def print_demo(n: int, with_b: bool) -> None:
    """One demo build beside its floors, printed."""
    took = bench_demo(n, with_b)
    ours, a = took["ours"], min(took["indexed"], took["deferred"])
    print(f"\n== demo build of {n:,} members (s; load {os.getloadavg()[0]:.1f}) ==")
    print("floor A = exactly the rows our build left (members with their tiers, policies, name")
    print("          index, cards, card events, tier history, audit) by bare executemany, the")
    print("          faster of: into the indexed schema / plain indexes dropped, created after")
    line = (
        f"ours {ours:7.1f}   floor A {a:7.1f} ({ours / a:.2f}x; indexed {took['indexed']:.1f},"
        f" deferred {took['deferred']:.1f})"
    )
    if with_b:
        print("floor B = the same prepared member, policy and name-index rows by bare")
        print("          executemany + the GROUP BY/UPDATE tier floor (no cards, history, audit)")
        line += f"   floor B {took['b']:7.1f} ({ours / took['b']:.2f}x)"
    print(line, flush=True)


def main() -> None:
    """Run the bulk benchmarks and print our figures beside the floors."""
    print_demo(int(os.environ.get("BENCH_DEMO", "100000")), with_b=True)
    large = int(os.environ.get("BENCH_DEMO_LARGE", "0"))
    if large:
        print_demo(large, with_b=False)
    rounds = int(os.environ.get("BENCH_ROUNDS", "3"))
    sizes = [int(n) for n in os.environ.get("BENCH_RECOMPUTE", "100000").split(",") if n]
    for db_path in [bench_db(n) for n in sizes] + [bench_db()]:
        print(f"\n== tier recompute of {db_path.name} (s, median of {rounds}; "
              f"load {os.getloadavg()[0]:.1f}) ==")  # fmt: skip
        print("floor = one GROUP BY with the same tier rules feeding one UPDATE (same tiers,")
        print("        updated_at set as ours; plain: without it), the same 256 MiB page cache")
        for what, ours, floor, plain in bench_recompute(db_path, rounds):
            print(
                f"{what:<11} ours {ours:7.2f}   floor {floor:7.2f}   ratio {ours / floor:.2f}x"
                f"   (plain floor {plain:7.2f}: {ours / plain:.2f}x)",
                flush=True,
            )


if __name__ == "__main__":
    main()
