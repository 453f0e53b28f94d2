"""Command-line start-up: whole-process seconds beside `python -c pass` (issue 14).

Median of RUNS fresh processes each: `--version`, `--help`, `search --json`, `member --json`,
`check` on a copy of the benchmark database (BENCH_MEMBERS; a signed command writes its sign-in
to the audit log, and the shared file is never written), signed in as the demo clerk. The one
password verification a signed-in command needs (Argon2id, slow on purpose) is shown as its own
figure: the median of one verification of the clerk's stored hash in this process, which each
command pays once on top. On a plain SQLite URL these commands run on the driver alone
(services/sqlite_direct.py); each row "through SQLAlchemy" names the same file with
`?timeout=10`, a URL the direct path leaves to the usual path, for comparison.
Then the same on PostgreSQL (services/pg_direct.py; "through SQLAlchemy" with
`?connect_timeout=10`): a copy (CREATE DATABASE … TEMPLATE) of bench_pg_search's database,
built from the same SQLite file; skipped, and said so, when that server or copy is missing.
The commands run byte-compiled, as an installed copy does (pip compiles on install): bytecode
goes to bench/data/pycache even where PYTHONDONTWRITEBYTECODE is set, after one warm-up run.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.dataset import bench_db

RUNS = 5
VIPDESK = [sys.executable, "-m", "vipdesk"]


def whole_process(args: list[str], env: dict[str, str]) -> float:
    """Median wall seconds of RUNS runs of `args` (output discarded, exit status ignored)."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Print each command's whole-process time beside the bare interpreter."""
    shared = bench_db()
    with tempfile.TemporaryDirectory(dir=shared.parent) as tmp:
        path = Path(tmp) / shared.name
        src, dst = sqlite3.connect(shared), sqlite3.connect(path)
        src.backup(dst)
        src.close()
        dst.close()
        conn = sqlite3.connect(path)
        facts = _facts(conn.execute)
        conn.close()
        url = f"sqlite:///{path}"
        _measure(url, f"{url}?timeout=10", path.name, facts, path.parent)
        _measure_server(Path(tmp))


def _facts(execute: Any) -> tuple[str, str, str]:
    """(an ID number, that member's name, the demo clerk's stored password hash)."""
    id_number, name = execute("SELECT id_number, name FROM members WHERE id = 1").fetchone()
    (stored,) = execute(
        "SELECT password_hash FROM staff_users WHERE username = 'demo.clerk'"
    ).fetchone()
    return id_number, name, stored


def _measure_server(folder: Path) -> None:
    """The same commands on a copy of bench_pg_search's PostgreSQL database, if it is there."""
    import psycopg

    from bench.bench_pg_search import PG_URL, _plain

    base, source = PG_URL.rsplit("/", 1)
    copy = "vipdesk_bench_cli"
    try:
        admin = psycopg.connect(_plain(f"{base}/postgres"), autocommit=True)
    except psycopg.Error as exc:
        print(f"\nPostgreSQL skipped: the server at {base} is not there ({exc})")
        return
    with admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (source,)).fetchone():
            print(f"\nPostgreSQL skipped: no {source} (run bench.bench_pg_search first)")
            return
        admin.execute(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{source}"')
        try:
            url = f"{base}/{copy}"
            with psycopg.connect(_plain(url)) as conn:
                facts = _facts(conn.execute)
            _measure(url, f"{url}?connect_timeout=10", f"PostgreSQL {source}", facts, folder)
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')


def _measure(
    url: str, usual_url: str, database: str, facts: tuple[str, str, str], folder: Path
) -> None:
    """Run every command line on the database at `url` and print the table."""
    from vipdesk.services.demo import DEMO_PASSWORD
    from vipdesk.services.passwords import check

    id_number, name, stored = facts
    env = dict(os.environ, VIPDESK_PASSWORD=DEMO_PASSWORD, VIPDESK_DB=url)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder.parent / "pycache")
    signed = ["--as", "demo.clerk"]
    floor = whole_process([sys.executable, "-c", "pass"], env)
    verify = statistics.median(_timed(lambda: check(stored, DEMO_PASSWORD)) for _ in range(RUNS))
    usual = [*VIPDESK, "--db", usual_url, *signed]
    letter = ["print", "letter", id_number, "-o", str(folder / "l.pdf")]
    commands = [
        ("search NAME --json", ["search", name, "--json"]),
        ("member ID --json", ["member", id_number, "--json"]),
        ("check ID --service …", ["check", id_number, "--service", "health_check"]),
        ("print letter ID -o …", letter),
    ]
    rows = [
        ("vipdesk --version", [*VIPDESK, "--version"]),
        ("vipdesk --help", [*VIPDESK, "--help"]),
    ]
    for label, argv in commands:
        rows.append((f"vipdesk {label}", [*VIPDESK, *signed, *argv]))
        rows.append(("  … through SQLAlchemy", [*usual, *argv]))
    print(f"\n== command line, whole process ({database}; median of {RUNS}; s; "
          f"load {os.getloadavg()[0]:.1f}) ==")  # fmt: skip
    print(f"floor: python -c pass {floor:.3f} s; one Argon2id verification (inside each signed "
          f"command) {verify:.3f} s")  # fmt: skip
    for label, args in rows:
        subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        took = whole_process(args, env)
        extra = f"   without the sign-in {took - verify:.3f} s" if "--as" in args else ""
        print(f"{label:<32} {took:6.3f} s   {took / floor:5.1f}x python -c pass{extra}")


def _timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
