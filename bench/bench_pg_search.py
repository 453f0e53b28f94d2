"""Search on PostgreSQL at 1,000,000 members, per kind, beside the best hand-written query.

The PostgreSQL copy (database `vipdesk_bench_1m`, env BENCH_PG_URL, default the dev server on
port 55433) is built once from the SQLite benchmark database: schema by our migrations, rows by
COPY with the plain indexes created after, then ANALYZE. Skipped when the server is not there.
Run: `.venv/bin/python -m bench.bench_pg_search` (under `flock /work/notes/bench.lock`).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.bench_core import PAGE, QUERY, pct, sample, timed
from bench.dataset import bench_db

PG_URL = os.environ.get(
    "BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:55433/vipdesk_bench_1m"
)
COPIED = ("staff_users", "members", "policies", "member_name_chars", "cards")
INDEXED = ("members", "policies", "member_name_chars", "cards")
FINISHED = "vipdesk bench copy: finished"  # set on the database once the copy is complete


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def build_copy(source: Path) -> None:
    """Create the PostgreSQL copy of `source` unless it is there (a finished copy carries the
    FINISHED comment; an unfinished one is dropped and built again)."""
    import psycopg
    from sqlalchemy.engine import make_url

    from vipdesk.services.database import Database

    url = make_url(PG_URL)
    admin = _plain(url.set(database="postgres").render_as_string(hide_password=False))
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (url.database,)
        ).fetchone()
        if exists:
            # the marker is durable: statistics (last_analyze) are reset when the server
            # restarts without a clean shutdown, and a finished copy must never be rebuilt then
            done = conn.execute(
                "SELECT shobj_description(oid, 'pg_database') = %s FROM pg_database "
                "WHERE datname = %s",
                (FINISHED, url.database),
            ).fetchone()
            if done and done[0]:
                return
            conn.execute(f'DROP DATABASE "{url.database}" WITH (FORCE)')
        conn.execute(
            f"CREATE DATABASE \"{url.database}\" TEMPLATE template0 ENCODING 'UTF8' "
            "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
        )
    started = time.perf_counter()
    print(f"building the PostgreSQL copy {url.database} (once) …", flush=True)
    schema = Database(PG_URL)
    schema.ensure_schema()
    schema.dispose()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    with psycopg.connect(_plain(PG_URL)) as pg:
        pg.execute("SET TIME ZONE 'UTC'")
        plain = pg.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = 'public' "
            "AND i.tablename = ANY(%s) AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
            "WHERE c.conname = i.indexname)",
            (list(INDEXED),),
        ).fetchall()
        for name, _ in plain:
            pg.execute(f'DROP INDEX "{name}"')
        for table in COPIED:
            columns = [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
            names = ", ".join(f'"{c}"' for c in columns)
            cursor = src.execute(f"SELECT {names} FROM {table} ORDER BY rowid")
            with pg.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                while rows := cursor.fetchmany(50_000):
                    for row in rows:
                        copy.write_row(row)
        for _, definition in plain:
            pg.execute(definition)
        for table in ("staff_users", "members", "policies", "cards"):
            pg.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
    src.close()
    with psycopg.connect(_plain(PG_URL), autocommit=True) as pg:
        pg.execute("VACUUM ANALYZE")
        pg.execute(f"COMMENT ON DATABASE \"{url.database}\" IS '{FINISHED}'")
    print(f"built in {time.perf_counter() - started:.0f} s", flush=True)


def floor_search(raw: Any, kinds: list[tuple[str, list[object]]]) -> list[int]:
    """Each planned kind's own indexed query on bare psycopg (limited to the page, the
    PostgreSQL text the service uses), merged in Python, then one summary query by key."""
    from vipdesk.services.search import _kind_sql

    best: dict[int, str] = {}
    for kind, values in kinds:
        rank, sql = _kind_sql(kind, "postgresql")
        for mid, k in raw.execute(f"{sql} LIMIT {PAGE}".replace("?", "%s"), values):
            key = f"{rank}{k}"
            if mid not in best or key < best[mid]:
                best[mid] = key
    page = sorted(best, key=lambda m: (best[m], m))[:PAGE]  # code points = COLLATE "C"
    if not page:
        return []
    rows = raw.execute(
        "SELECT m.id, m.name, m.id_number, m.phone, m.tier, m.vip_status, m.afyp, c.number, "
        "c.status FROM members m LEFT JOIN cards c ON c.member_id = m.id AND c.status IN "
        "('active', 'suspended') WHERE m.id = ANY(%s)",
        (page,),
    ).fetchall()
    by_id = {r[0]: r for r in rows}
    return [by_id[m][0] for m in page]


def bare_statement(raw: Any, kinds: list[tuple[str, list[object]]]) -> list[Any]:
    """The service's one statement run on bare psycopg."""
    from vipdesk.services.search import statement

    sql, params = statement(kinds, "postgresql", PAGE, 0)
    return raw.execute(sql, params).fetchall()


PASSES = 3  # each text searched this many times per way, interleaved


def interleaved(
    ways: list[Callable[[str], object]], texts: list[str], passes: int = PASSES
) -> list[list[float]]:
    """Seconds per call of each way, timed side by side: for every text each way once, the
    order turning from text to text, over several passes. A burst of load on the shared
    machine then falls on every way alike instead of on whichever block ran at the time.
    (Fair on PostgreSQL, whose buffer cache every connection shares; on SQLite each connection
    has its own page cache, so two ways on one connection would warm it for each other.)"""
    times: list[list[float]] = [[] for _ in ways]
    for _ in range(passes):
        for n, q in enumerate(texts):
            for i in range(len(ways)):
                way = (n + i) % len(ways)
                times[way].append(timed(lambda q=q, way=way: ways[way](q)))
    return times


def ids(rows: list[Any]) -> list[int]:
    """The member ids of result rows."""
    return [r[0] for r in rows]


def bench_search(source: Path) -> list[tuple[str, ...]]:
    """p50/p95 per kind on PostgreSQL: the service (session), the window's path and the floor
    (the fastest of the two above, each on a bare connection left to plan as PostgreSQL
    chooses and on one set to generic plans), all checked to give the same members in the
    same order."""
    import psycopg

    from vipdesk.services.database import Database
    from vipdesk.services.demo import DEMO_PASSWORD
    from vipdesk.services.search import GENERIC_PLANS, planned, search_members
    from vipdesk.services.search_reader import search_page
    from vipdesk.services.staff import sign_in

    db = Database(PG_URL)
    actor = sign_in(db, "demo.clerk", DEMO_PASSWORD)
    raw = psycopg.connect(_plain(PG_URL), autocommit=True)
    generic = psycopg.connect(_plain(PG_URL), autocommit=True)
    generic.execute(GENERIC_PLANS)
    people = sample(source, 200)
    results = []
    with db.read() as session:
        for kind, field in QUERY.items():
            texts = [r[field] for r in people]
            floors: dict[str, Callable[[str], list[int]]] = {
                "merged": lambda q: floor_search(raw, planned(q)),
                "statement": lambda q: ids(bare_statement(raw, planned(q))),
                "merged, generic": lambda q: floor_search(generic, planned(q)),
                "statement, generic": lambda q: ids(bare_statement(generic, planned(q))),
            }
            for q in texts:  # same answer first (and warm caches)
                ours = [m.id for m in search_members(session, q, PAGE, actor=actor)]
                window = [m.id for m in search_page(db, actor, q, PAGE)]
                for name, floor in floors.items():
                    got = floor(q)
                    assert ours == window == got, (kind, q, name, ours, window, got)
            t_ours, t_win, *t_floors = interleaved(
                [
                    lambda q: search_members(session, q, PAGE, actor=actor),
                    lambda q: search_page(db, actor, q, PAGE),
                    *floors.values(),
                ],
                texts,
            )
            best = min(range(len(floors)), key=lambda i: pct(t_floors[i], 0.5))
            results.append((kind, t_ours, t_win, t_floors[best], list(floors)[best]))
    raw.close()
    generic.close()
    db.dispose()
    return [
        (kind, *(f"{pct(t, q):.3f}" for t in (o, w, f) for q in (0.5, 0.95)),
         f"{pct(o, 0.5) / pct(f, 0.5):.1f}x", f"{pct(o, 0.95) / pct(f, 0.95):.1f}x",
         f"{pct(w, 0.5) / pct(f, 0.5):.1f}x", name)
        for kind, o, w, f, name in results
    ]  # fmt: skip


def main() -> None:
    """Build the PostgreSQL copy once, then print search per kind beside its floor."""
    import psycopg

    try:
        psycopg.connect(_plain(PG_URL).rsplit("/", 1)[0] + "/postgres").close()
    except psycopg.OperationalError:
        print(f"PostgreSQL search skipped: no server at {PG_URL}")
        return
    source = bench_db()
    build_copy(source)
    print(f"\n== PostgreSQL search (200 members per kind x {PASSES} passes, ways interleaved, "
          f"page {PAGE}; ms; load {os.getloadavg()[0]:.1f}) ==")  # fmt: skip
    print("floor = the fastest of: each kind's indexed query on bare psycopg merged in Python +")
    print("        one summary query (merged); or the service's one statement on bare psycopg")
    print("        (statement); each on a connection planning as PostgreSQL chooses and on one")
    print("        set to generic plans (, generic)")
    head = ("kind", "ours p50", "ours p95", "win p50", "win p95", "floor p50", "floor p95")
    tail = "  o/f p50 o/f p95  win/f  floor"
    print(f"{head[0]:<14}" + "".join(f"{h:>10}" for h in head[1:]) + tail)
    for kind, *cells in bench_search(source):
        print(f"{kind:<14}" + "".join(f"{c:>10}" for c in cells[:6])
              + f"  {cells[6]:>7} {cells[7]:>7} {cells[8]:>6}  {cells[9]}")  # fmt: skip
    print(f"(load {os.getloadavg()[0]:.1f} at the end)")


if __name__ == "__main__":
    main()
