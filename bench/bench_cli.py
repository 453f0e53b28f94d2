"""Command-line start-up: whole-process seconds beside `python -c pass` (issue 14).

Median of RUNS fresh processes each: `--version`, `--help`, `search --json`, `member --json`,
`check` on a copy of the benchmark database (BENCH_MEMBERS; a signed command writes its sign-in
to the audit log, and the shared file is never written), signed in as the demo clerk. The one
password verification a signed-in command needs (Argon2id, slow on purpose) is shown as its own
figure: the median of one verification of the clerk's stored hash in this process, which each
command pays once on top. On a plain SQLite URL these commands run on the driver alone
(services/sqlite_direct.py); each row "through SQLAlchemy" names the same file with
`?timeout=10`, a URL the direct path leaves to the usual path, for comparison.
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
        _measure(path)


def _measure(path: Path) -> None:
    """Run every command line on the database at `path` and print the table."""
    from vipdesk.services.demo import DEMO_PASSWORD
    from vipdesk.services.passwords import check

    url = f"sqlite:///{path}"
    conn = sqlite3.connect(path)
    id_number, name = conn.execute("SELECT id_number, name FROM members WHERE id = 1").fetchone()
    (stored,) = conn.execute(
        "SELECT password_hash FROM staff_users WHERE username = 'demo.clerk'"
    ).fetchone()
    conn.close()
    env = dict(os.environ, VIPDESK_PASSWORD=DEMO_PASSWORD, VIPDESK_DB=url)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(path.parent.parent / "pycache")
    signed = ["--as", "demo.clerk"]
    floor = whole_process([sys.executable, "-c", "pass"], env)
    verify = statistics.median(_timed(lambda: check(stored, DEMO_PASSWORD)) for _ in range(RUNS))
    usual = [*VIPDESK, "--db", f"{url}?timeout=10", *signed]
    letter = ["print", "letter", id_number, "-o", str(path.parent / "l.pdf")]
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
    print(f"\n== command line, whole process ({path.name}; median of {RUNS}; s; "
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
