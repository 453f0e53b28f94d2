"""Helpers for the data-safety tests: administrators, a populated desk, small disks, consistency."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from tests.staff_helpers import TEST_PASSWORD, actor_for, test_admin
from vipdesk.services.database import Actor, Database

ADMIN = "test.admin"  # tests.staff_helpers' first administrator (signs in with TEST_PASSWORD)


def admin_of(db: Database) -> Actor:
    """The test administrator of this database."""
    return test_admin(db)


def clerk_of(db: Database) -> Actor:
    """A clerk of this database."""
    return actor_for(db, "safety.clerk", "柜员", "clerk")


def populate(db: Database, members: int = 60, seed: int = 1) -> Actor:
    """Add demo members (with tiers and cards) as the administrator; returns the administrator."""
    from vipdesk.rules import load_rules
    from vipdesk.services.demo import add_demo_members

    admin = admin_of(db)
    add_demo_members(db, load_rules().current(), admin, members, seed)
    return admin


def consistency(path: Path) -> dict[str, int]:
    """Orphan counts that must be zero in any consistent copy (relatives, card events, cards)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        queries = {
            "relative_without_member": "SELECT count(*) FROM designated_relatives r "
            "LEFT JOIN members m ON m.id = r.member_id WHERE m.id IS NULL",
            "event_without_card": "SELECT count(*) FROM card_events e "
            "LEFT JOIN cards c ON c.id = e.card_id WHERE c.id IS NULL",
            "card_without_member": "SELECT count(*) FROM cards c "
            "LEFT JOIN members m ON m.id = c.member_id WHERE m.id IS NULL",
        }
        return {k: conn.execute(q).fetchone()[0] for k, q in queries.items()}
    finally:
        conn.close()


def count(path: Path, table: str) -> int:
    """Rows in a table of an SQLite file (read-only)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    finally:
        conn.close()


def cli_env(home: Path) -> dict[str, str]:
    """Environment for a `vipdesk` subprocess: its own user-data folder and the test password."""
    env = dict(os.environ)
    env.update(VIPDESK_HOME=str(home), VIPDESK_PASSWORD=TEST_PASSWORD, PYTHONIOENCODING="utf-8")
    env.pop("VIPDESK_DB", None)
    return env


def cli(home: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run `python -m vipdesk ARGS` as the test administrator in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "vipdesk", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=cli_env(home),
    )


def can_mount() -> bool:
    """True when this test run may mount a small tmpfs (root on Linux with mount permitted)."""
    return sys.platform.startswith("linux") and hasattr(os, "geteuid") and os.geteuid() == 0


@contextlib.contextmanager
def small_disk(where: Path, size_kb: int) -> Iterator[Path | None]:
    """A tmpfs of `size_kb` mounted at `where` (None when mounting is not possible here)."""
    where.mkdir(parents=True, exist_ok=True)
    if not can_mount():
        yield None
        return
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0700", "tmpfs", str(where)],
        capture_output=True,
    )
    if done.returncode != 0:
        yield None
        return
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk under `folder` until at most `leave` bytes are free; returns the filler."""
    import shutil

    filler = folder / "filler.bin"
    with filler.open("wb") as out:
        block = b"\0" * 65536
        while shutil.disk_usage(folder).free > leave + len(block):
            out.write(block)
            out.flush()
        with contextlib.suppress(OSError):
            while shutil.disk_usage(folder).free > leave:
                out.write(b"\0" * 512)
                out.flush()
    return filler
