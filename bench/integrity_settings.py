"""Why integrity_check of a 1,000,000-member copy is slow: the check under different settings.

    flock /work/notes/bench.lock .venv/bin/python -m bench.integrity_settings

Copies the shared benchmark database (read-only source, the copy under bench/data/), then times
`PRAGMA quick_check` and `PRAGMA integrity_check` on the copy, each on a fresh read-only
connection, with SQLite's default page cache (2 MB), a large page cache, mmap and an in-memory
temp store. Prints one line per setting; the figures are in docs/data-safety.md.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench.dataset import DATA, member_count

SETTINGS: list[tuple[str, str, list[str]]] = [
    ("quick_check", "default cache (2 MB)", []),
    ("quick_check", "cache 1 GB", ["PRAGMA cache_size=-1048576"]),
    ("integrity_check", "default cache (2 MB)", []),
    ("integrity_check", "temp_store=MEMORY", ["PRAGMA temp_store=MEMORY"]),
    ("integrity_check", "mmap 2 GB", ["PRAGMA mmap_size=2147483648"]),
    ("integrity_check", "cache 256 MB", ["PRAGMA cache_size=-262144"]),
    ("integrity_check", "cache 1 GB", ["PRAGMA cache_size=-1048576"]),
    (
        "integrity_check",
        "cache 256 MB + mmap 256 MB",
        ["PRAGMA cache_size=-262144", "PRAGMA mmap_size=268435456"],
    ),
    (
        "integrity_check",
        "cache 1 GB + temp_store=MEMORY",
        ["PRAGMA cache_size=-1048576", "PRAGMA temp_store=MEMORY"],
    ),
]


def timed_check(path: Path, pragma: str, setup: list[str]) -> tuple[float, str]:
    """Seconds for one check on a fresh read-only connection, and its first result row."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for statement in setup:
            conn.execute(statement)
        started = time.perf_counter()
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(5)")]
        return time.perf_counter() - started, rows[0]
    finally:
        conn.close()


def main() -> None:
    """Copy the database once and time every setting on the copy."""
    only = sys.argv[1:]  # optional: substrings of setting names to run
    source = DATA / f"members-{member_count()}.sqlite3"
    with tempfile.TemporaryDirectory(dir=DATA, prefix="safety-check-") as tmp:
        copy = Path(tmp) / "copy.sqlite3"
        src, dst = sqlite3.connect(f"file:{source}?mode=ro", uri=True), sqlite3.connect(copy)
        src.backup(dst)
        dst.close()
        src.close()
        with copy.open("rb") as f:  # the OS file cache warm for every setting alike
            shutil.copyfileobj(f, open("/dev/null", "wb"), 1 << 20)  # noqa: SIM115
        print(f"{copy.stat().st_size / 1024 / 1024:,.0f} MB copy of {source.name}", flush=True)
        for pragma, name, setup in SETTINGS:
            if only and not any(o in f"{pragma} {name}" for o in only):
                continue
            seconds, first = timed_check(copy, pragma, setup)
            print(f"{pragma:16s} {name:32s} {seconds:7.1f} s  {first}", flush=True)


if __name__ == "__main__":
    main()
