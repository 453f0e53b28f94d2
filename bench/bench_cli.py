"""Command-line start-up: whole-process seconds beside `python -c pass` (issue 14).

Median of RUNS fresh processes each: `--version`, `--help`, `search --json`, `member --json`,
`check` on the benchmark database (BENCH_MEMBERS), signed in as the demo clerk. The one password
verification a signed-in command needs (Argon2id, slow on purpose) is shown as its own figure:
the median of `sign_in` in this process, which each command pays once on top of its start-up.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

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
    import sqlite3

    from vipdesk.services.database import Database
    from vipdesk.services.demo import DEMO_PASSWORD
    from vipdesk.services.staff import sign_in

    path = bench_db()
    url = f"sqlite:///{path}"
    conn = sqlite3.connect(path)
    id_number, name = conn.execute("SELECT id_number, name FROM members WHERE id = 1").fetchone()
    conn.close()
    env = dict(os.environ, VIPDESK_PASSWORD=DEMO_PASSWORD, VIPDESK_DB=url)
    signed = ["--as", "demo.clerk"]
    floor = whole_process([sys.executable, "-c", "pass"], env)
    db = Database(url)
    verify = statistics.median(
        _timed(lambda: sign_in(db, "demo.clerk", DEMO_PASSWORD)) for _ in range(RUNS)
    )
    db.dispose()
    rows = [
        ("vipdesk --version", [*VIPDESK, "--version"]),
        ("vipdesk --help", [*VIPDESK, "--help"]),
        ("vipdesk search NAME --json", [*VIPDESK, *signed, "search", name, "--json"]),
        ("vipdesk member ID --json", [*VIPDESK, *signed, "member", id_number, "--json"]),
        (
            "vipdesk check ID --service …",
            [*VIPDESK, *signed, "check", id_number, "--service", "health_check"],
        ),
    ]
    print(f"\n== command line, whole process ({path.name}; median of {RUNS}; s; "
          f"load {os.getloadavg()[0]:.1f}) ==")  # fmt: skip
    print(f"floor: python -c pass {floor:.3f} s; one Argon2id sign-in (inside each signed "
          f"command) {verify:.3f} s")  # fmt: skip
    for label, args in rows:
        took = whole_process(args, env)
        extra = f"   without the sign-in {took - verify:.3f} s" if "--as" in args else ""
        print(f"{label:<32} {took:6.3f} s   {took / floor:5.1f}x python -c pass{extra}")


def _timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
