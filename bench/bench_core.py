"""Foundation benchmark: search per kind, import throughput, tier recompute — each beside its floor.

Run: `make bench` (all benchmarks) or `.venv/bin/python -m bench.bench_core`.
Env BENCH_MEMBERS sets the database size (default 1,000,000; built once under bench/data/).
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.dataset import bench_db

SUMMARY = (
    "SELECT m.id, m.name, m.id_number, m.phone, m.tier, m.vip_status, m.afyp, c.number, c.status "
    "FROM members m LEFT JOIN cards c ON c.member_id = m.id AND c.status IN "
    "('active', 'suspended') WHERE {where} LIMIT 20"
)
RAW = {
    "name": ("m.name = ?", lambda r: [r["name"]]),
    "name part": (
        "m.id IN (SELECT member_id FROM member_name_chars WHERE ch = ?) AND m.name LIKE ?",
        lambda r: [r["given"], f"%{r['given']}%"],
    ),
    "pinyin": ("m.name_pinyin = ?", lambda r: [r["pinyin"]]),
    "initials": ("m.name_initials = ?", lambda r: [r["initials"]]),
    "id number": ("m.id_number = ?", lambda r: [r["id"]]),
    "id suffix": (
        "m.id_reversed >= ? AND m.id_reversed < ?",
        lambda r: [r["id"][::-1][:6], r["id"][::-1][:5] + chr(ord(r["id"][::-1][5]) + 1)],
    ),
    "phone": ("m.phone = ?", lambda r: [r["phone"]]),
    "policy": (
        "m.id = (SELECT member_id FROM policies WHERE policy_no = ?)",
        lambda r: [r["policy"]],
    ),
    "card": ("m.id = (SELECT member_id FROM cards WHERE number = ?)", lambda r: [r["card"]]),
}
QUERY = {
    "name": "name",
    "name part": "given",
    "pinyin": "pinyin",
    "initials": "initials",
    "id number": "id",
    "id suffix": "suffix",
    "phone": "phone",
    "policy": "policy",
    "card": "card",
}


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
            rows.append(dict(zip(keys, row, strict=True)) | {"suffix": row[4][-6:]})
    conn.close()
    return rows


def bench_search(path: Path) -> list[tuple[str, float, float, float, float, float]]:
    """p50/p95 of our search per kind vs the same ranked query run raw, and a bare lookup."""
    from vipdesk.domain.people import normalise
    from vipdesk.services.database import Database
    from vipdesk.services.search import plan, search_members, search_sql

    db = Database(f"sqlite:///{path}")
    raw = sqlite3.connect(path)
    people = sample(path, 200)
    results = []

    def same_query(text: str) -> list[object]:
        kinds = plan(normalise(text))
        params = [v for _k, values in kinds for v in [*values, 20]] + [20, 0]
        return raw.execute(search_sql(tuple(k for k, _ in kinds), "sqlite"), params).fetchall()

    with db.read() as session:
        for kind, (where, params) in RAW.items():
            bare_sql = SUMMARY.format(where=where)
            texts = [r[QUERY[kind]] for r in people]
            for r, q in list(zip(people, texts, strict=True))[:5]:  # warm caches
                search_members(session, q, 20)
                same_query(q)
                raw.execute(bare_sql, params(r)).fetchall()
            ours = [timed(lambda q=q: search_members(session, q, 20)) for q in texts]
            same = [timed(lambda q=q: same_query(q)) for q in texts]
            bare = [
                timed(lambda r=r, s=bare_sql, p=params: raw.execute(s, p(r)).fetchall())
                for r in people
            ]
            results.append(
                (
                    kind,
                    pct(ours, 0.5),
                    pct(ours, 0.95),
                    pct(same, 0.5),
                    pct(same, 0.95),
                    pct(bare, 0.95),
                )
            )
    db.dispose()
    return results


def bench_import(rows: int = 20_000) -> tuple[float, float]:
    """Members imported per second: ours (validate whole file + upsert) vs raw executemany."""
    from vipdesk.rules import load_rules
    from vipdesk.services.database import Database
    from vipdesk.services.demo import DemoGenerator, create_demo_staff
    from vipdesk.services.importer import import_members

    gen = DemoGenerator(11, dt.date.today(), set(), 0)
    members = [gen.member() for _ in range(rows)]
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "members.csv"
        with csv_path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["id_number", "name", "phone", "address"])
            writer.writerows([m["id_number"], m["name"], m["phone"], m["address"]] for m in members)
        db = Database(f"sqlite:///{Path(tmp) / 'ours.sqlite3'}")
        db.ensure_schema()
        actor = create_demo_staff(db)["demo.admin"]
        ours = timed(lambda: import_members(db, load_rules().current(), actor, csv_path))
        db.dispose()
        floor_db = Database(f"sqlite:///{Path(tmp) / 'floor.sqlite3'}")
        floor_db.ensure_schema()
        floor_db.dispose()
        conn = sqlite3.connect(Path(tmp) / "floor.sqlite3")
        cols = list(members[0])
        sql = (
            f"INSERT INTO members ({', '.join(cols)}, vip_status, afyp, created_at, updated_at)"
            f" VALUES ({', '.join('?' * len(cols))}, 'none', 0, 'now', 'now')"
        )

        def floor_insert() -> None:
            with conn:
                conn.executemany(sql, [tuple(m[c] for c in cols) for m in members])

        floor = timed(floor_insert)
        conn.close()
    return rows / ours, rows / floor


def bench_recompute(path: Path) -> tuple[float, float, int]:
    """Seconds to recompute every tier (all rows stale) vs one raw GROUP BY into a table."""
    from vipdesk.rules import load_rules
    from vipdesk.services.database import Database
    from vipdesk.services.demo import create_demo_staff
    from vipdesk.services.tiers import recompute_all

    conn = sqlite3.connect(path, isolation_level=None)
    n = conn.execute("SELECT count(*) FROM members").fetchone()[0]
    floor = timed(
        lambda: conn.execute(
            "CREATE TEMP TABLE floor AS SELECT member_id, "
            "SUM(CASE WHEN status = 'in_force' THEN annual_premium ELSE 0 END) AS afyp "
            "FROM policies GROUP BY member_id"
        )
    )
    conn.execute("UPDATE members SET tier = NULL, vip_status = 'none', afyp = 0")
    conn.close()
    db = Database(f"sqlite:///{path}")
    rules = load_rules().current()
    actor = create_demo_staff(db)["demo.admin"]
    ours = timed(lambda: recompute_all(db, rules, actor, dt.date.today()))
    db.dispose()
    return ours, floor, n


def main() -> None:
    """Run the foundation benchmarks and print our figures beside the floor."""
    path = bench_db()
    print(f"\n== search on {path.name} (200 members, limit 20; ms) ==")
    print("raw = the same ranked query hand-run on sqlite3; bare = one index lookup, no ranking")
    print(
        f"{'kind':<10} {'ours p50':>9} {'ours p95':>9} {'raw p50':>8} {'raw p95':>8} "
        f"{'ratio':>6} {'bare p95':>9}"
    )
    for kind, o50, o95, f50, f95, b95 in bench_search(path):
        print(
            f"{kind:<10} {o50:9.2f} {o95:9.2f} {f50:8.2f} {f95:8.2f} {o95 / f95:5.1f}x {b95:9.3f}"
        )
    ours, floor = bench_import()
    print("\n== import of 20,000 members (rows/s) ==")
    print(f"ours {ours:,.0f}   raw executemany {floor:,.0f}   ratio {floor / ours:.1f}x slower")
    ours_s, floor_s, n = bench_recompute(path)
    print(f"\n== tier recompute of {n:,} members (all stale) ==")
    print(f"ours {ours_s:.1f} s   raw GROUP BY {floor_s:.1f} s   ratio {ours_s / floor_s:.1f}x")


if __name__ == "__main__":
    main()
