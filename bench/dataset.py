"""The benchmark database: N demo members (default 1,000,000), built once and cached."""

from __future__ import annotations

import os
import time
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def member_count() -> int:
    """Members in the benchmark database (env BENCH_MEMBERS, default 1,000,000)."""
    return int(os.environ.get("BENCH_MEMBERS", "1000000"))


def bench_db(members: int | None = None) -> Path:
    """Path of a cached SQLite file with `members` demo members (built on first use)."""
    from vipdesk.rules import load_rules
    from vipdesk.services.database import Database
    from vipdesk.services.demo import add_demo_members, create_demo_staff

    n = members or member_count()
    DATA.mkdir(exist_ok=True)
    path = DATA / f"members-{n}.sqlite3"
    if path.exists():
        upgraded = Database(f"sqlite:///{path}")
        upgraded.ensure_schema()  # a cached file from an older schema gets the migrations
        upgraded.dispose()
        return path
    partial = path.with_suffix(".building")
    for stale in DATA.glob(partial.name + "*"):
        stale.unlink()
    db = Database(f"sqlite:///{partial}")
    db.ensure_schema()
    started = time.perf_counter()
    print(f"building a {n:,}-member benchmark database (once) …", flush=True)
    admin = create_demo_staff(db)["demo.admin"]
    add_demo_members(db, load_rules().current(), admin, n, seed=2026)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("ANALYZE")
    db.dispose()
    partial.rename(path)
    print(f"built in {time.perf_counter() - started:.0f} s: {path}", flush=True)
    return path
