"""A big first load built aside and copied in: the write lock only for the page copy.

A first load of hundreds of thousands of new members (`Prepared.bulk`), or a policies file that
writes more policies than the database has pages to copy (`import_sqlite._policies_aside`), is
not written into the desk database under its write lock. Instead:

1. **Copy aside** (no lock): the live database is copied with SQLite's backup API, in one read
   snapshot, to a side file next to it. A watcher connection notes the snapshot's
   `PRAGMA data_version`.
2. **Build aside** (no lock): the very same apply step (`importer._write`: inserts, indexes
   rebuilt by sorting, account managers, the import report and the audit record) runs on the
   side file, without journal (the side file is thrown away on any failure).
3. **Copy in** (the lock): the backup API copies the side file into the live database, which
   is one write transaction in WAL mode: other desks' open connections see the whole import or
   none of it, and simply read the new pages (no file is renamed under them). After the first
   step, holding the lock, the watcher checks that nobody committed since the snapshot (and the
   file at the configured path is still the one opened); else the copy is rolled back, nothing
   written, and the build is redone from a fresh copy. The commit only appends to the WAL
   (synchronous NORMAL); the WAL is synced and checkpointed after the lock, before success is
   reported (`import_sqlite.make_durable`).

Desks wait for the lock (their 10 s busy timeout) only while the pages are copied.

**Desks that keep writing** (`Rebuilds`): the build is redone while desks commit, up to a number
of builds and a time budget (`VIPDESK_IMPORT_REBUILDS`, `VIPDESK_IMPORT_REBUILD_MINUTES`); a
retry re-uses the staged, validated and compared rows and redoes only what depends on the live
data (the copy, the apply step, the copy in). A build stops as soon as a desk commits (it looks
at the live database's data_version while it runs), and a build found stale is rebuilt without
taking the lock. When the budget runs out `DesksKeptWriting` is
raised: the importer writes in place only if that lock is estimated well under the desks' busy
timeout (`in_place_estimate`), or the administrator chose so; else it refuses. Cancel is honoured
between steps and inside the copy and the build (a progress handler), until the copy in.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from vipdesk.db.engine import BUSY_TIMEOUT_MS, make_engine
from vipdesk.errors import translate_errors
from vipdesk.paths import private_file, sqlite_url
from vipdesk.services import import_sqlite
from vipdesk.services.backup_files import remove_stale
from vipdesk.services.import_stage import Stage
from vipdesk.services.integrity import NotEnoughSpace, database_bytes, require_space

ENABLED = True  # False: every load in place (tests compare both paths)
STEP_PAGES = 8192  # pages per backup step (32 MiB of 4 KiB pages)
# A build stops as soon as a desk commits (`build_aside`), so a stale build costs only the time
# to that commit: the budget is mostly the minutes.
REBUILDS = 20  # builds aside at most while desks keep writing, the first included (default)
REBUILD_MINUTES = 10  # no new build after this long since the first (default)
CANCEL_EVERY = 100_000  # SQLite virtual-machine steps between two looks at cancel in a build
# Writing in place instead is acceptable only when its lock is estimated at most half the
# desks' busy timeout. Measured in place on this 2-core machine: 200,000 new members held the
# lock 2.28-3.67 s (11-18 us a row), 1,000,000 held 18.7 s (18.7 us); a written policy about
# 60 us (tiers and cards included). Rounded up: the estimate errs on the side of the desks.
IN_PLACE_LIMIT_S = BUSY_TIMEOUT_MS / 1000 / 2
MEMBER_LOCK_S = 20e-6
POLICY_LOCK_S = 60e-6
R = TypeVar("R")


class DesksWrote(Exception):
    """Someone committed to the live database after the side copy was taken: it is stale."""


class DesksKeptWriting(Exception):
    """Every build aside within the budget was made stale by desks' commits; nothing written."""

    def __init__(self, builds: int, seconds: float) -> None:
        super().__init__(f"{builds} builds in {seconds:.0f} s")
        self.builds = builds
        self.seconds = seconds


class BuildCancelled(Exception):
    """The administrator cancelled while the import was built aside; nothing written."""


def _env_number(name: str, default: float) -> float:
    try:
        return max(float(os.environ.get(name, default)), 0.0)
    except ValueError:
        return default


@dataclass
class Rebuilds:
    """How often and how long a load built aside is rebuilt while desks write, and who hears.

    `attempts` counts every build (the first one included); a new build starts only while
    fewer than `attempts` were made and less than `seconds` have passed since the first.
    `retrying(n)` is told before the n-th rebuild; `cancelled()` is asked between steps.
    """

    attempts: int = REBUILDS
    seconds: float = REBUILD_MINUTES * 60.0
    retrying: Callable[[int], None] = field(default=lambda _n: None)
    cancelled: Callable[[], bool] = field(default=lambda: False)
    locking: Callable[[], None] = field(default=lambda: None)  # the copy in starts

    @classmethod
    def from_environment(cls, **callbacks: Callable[..., object]) -> Rebuilds:
        """The budget configured for this desk (VIPDESK_IMPORT_REBUILDS, _REBUILD_MINUTES)."""
        attempts = max(int(_env_number("VIPDESK_IMPORT_REBUILDS", REBUILDS)), 1)
        minutes = _env_number("VIPDESK_IMPORT_REBUILD_MINUTES", REBUILD_MINUTES)
        return cls(attempts, minutes * 60, **callbacks)  # type: ignore[arg-type]

    def check(self) -> None:
        """Raise BuildCancelled when the administrator asked to stop."""
        if self.cancelled():
            raise BuildCancelled


def in_place_estimate(prepared: import_sqlite.Prepared) -> float:
    """Seconds the in-place write would hold the lock (measured cost a row, rounded up)."""
    return prepared.written * (POLICY_LOCK_S if prepared.policies else MEMBER_LOCK_S)


def in_place_fits(prepared: import_sqlite.Prepared) -> bool:
    """True when writing in place keeps the lock well under the desks' busy timeout."""
    return in_place_estimate(prepared) <= IN_PLACE_LIMIT_S


def side_path(target: Path) -> Path:
    """The side file next to the database (`backup_files.remove_stale` knows its name)."""
    return target.with_name(f".{target.name}.import.tmp-{os.getpid()}")


def usable(target: Path) -> bool:
    """True when the live database is in WAL mode (the copy in is then one atomic commit)."""
    conn = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000)  # reads only
    try:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"
    finally:
        conn.close()


def copy_aside(
    target: Path, side: Path, rebuilds: Rebuilds | None = None
) -> tuple[sqlite3.Connection, int]:
    """Copy the live database to `side` in one snapshot: (watcher connection, its data_version).

    Copied in steps (the watcher's read transaction keeps one snapshot across them), looking at
    cancel after each step.
    """
    check = (rebuilds or Rebuilds()).check
    watch = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        watch.execute("BEGIN")
        watch.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # the snapshot starts
        version = int(watch.execute("PRAGMA data_version").fetchone()[0])
        os.close(os.open(side, os.O_CREAT | os.O_WRONLY, 0o600))  # personal data: owner only
        dst = sqlite3.connect(str(side), isolation_level=None)
        try:
            dst.execute("PRAGMA journal_mode=OFF")
            dst.execute("PRAGMA synchronous=OFF")
            watch.backup(dst, pages=STEP_PAGES, progress=lambda *_: check())  # one snapshot
            dst.execute("PRAGMA journal_mode=DELETE")  # not the live file's WAL flag
        finally:
            dst.close()
        watch.execute("COMMIT")
    except BaseException:
        watch.close()
        raise
    private_file(side)
    return watch, version


def build_aside(
    side: Path,
    stage: Stage,
    prepared: import_sqlite.Prepared,
    write: Callable[[Session], R],
    rebuilds: Rebuilds | None = None,
    outdated: Callable[[], bool] = lambda: False,
) -> R | None:
    """Run the apply step on the side file (no journal, nobody waits); None when the comparison
    made before is stale there (another import committed: the in-place path compares again).

    Every CANCEL_EVERY SQLite steps the build looks at cancel (BuildCancelled) and at whether a
    desk committed to the live database since the side copy (`outdated`: DesksWrote), and then
    stops at once instead of finishing a build that cannot be copied in.
    """
    budget = rebuilds or Rebuilds()
    engine = make_engine(sqlite_url(side), poolclass=StaticPool)
    try:
        with translate_errors(engine), engine.connect() as conn:
            raw = conn.connection.driver_connection
            raw.execute("PRAGMA journal_mode=OFF")  # type: ignore[union-attr]
            raw.execute("PRAGMA synchronous=OFF")  # type: ignore[union-attr]
            raw.execute("ATTACH DATABASE ? AS stage", (str(stage.path),))  # type: ignore[union-attr]
            import_sqlite.before_lock(raw, prepared)
            if import_sqlite.state_token(raw) != prepared.token:
                return None
            stop = lambda: int(budget.cancelled() or outdated())  # noqa: E731
            raw.set_progress_handler(stop, CANCEL_EVERY)  # type: ignore[union-attr]
            try:
                with Session(bind=conn, expire_on_commit=False) as session:
                    session.connection()
                    result = write(session)
                    session.commit()
            except Exception as exc:
                budget.check()  # interrupted for a cancel: say so, not "database error"
                if "interrupted" in str(exc) and outdated():  # stopped by `stop`, not a problem
                    raise DesksWrote from None
                raise
            finally:
                raw.set_progress_handler(None, 0)  # type: ignore[union-attr]
            raw.execute("DETACH DATABASE stage")  # type: ignore[union-attr]
            return result
    finally:
        engine.dispose()


def stale(watch: sqlite3.Connection, version: int) -> bool:
    """True when someone committed to the live database since the watcher's snapshot."""
    return int(watch.execute("PRAGMA data_version").fetchone()[0]) != version


def copy_in(
    side: Path, target: Path, watch: sqlite3.Connection, version: int, check: Callable[[], None]
) -> float:
    """Copy the side file into the live database (one WAL transaction); the lock's seconds.

    Raises DesksWrote (nothing written) when someone committed after the side copy was taken.
    """
    src = sqlite3.connect(str(side))  # nobody writes it any more
    dst = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        # the default small page cache: copying 1.35 GB in took 8.0–8.4 s with it against
        # 9.1 s with 32 MB (and 3.9 s against 4.7 s on a quieter machine)
        if str(dst.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
            raise DesksWrote  # not WAL any more: the in-place path
        dst.execute("PRAGMA synchronous = NORMAL")
        dst.execute("PRAGMA wal_autocheckpoint = 0")
        first = True

        def verify(status: int, _remaining: int, _total: int) -> None:
            nonlocal first
            if first:  # the destination's write lock is held from the first step
                first = False
                if status == sqlite3.SQLITE_DONE:  # never: the first step leaves pages to copy
                    raise RuntimeError("the copy committed before it was verified")
                if stale(watch, version):
                    raise DesksWrote
                check()

        # the first step must not copy the last page: copying it commits
        pages = int(src.execute("PRAGMA page_count").fetchone()[0])
        step = max(1, min(STEP_PAGES, pages - 1))
        started = time.monotonic()
        src.backup(dst, pages=step, progress=verify)  # an error rolls the copy back
        held = time.monotonic() - started
        import_sqlite.make_durable(dst, str(target))  # the lock is released: desks write
        return held
    finally:
        src.close()
        dst.close()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def remove_side(side: Path) -> None:
    """Delete the side file and any companion file."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{side}{suffix}").unlink()


def load_aside(
    target: Path,
    stage: Stage,
    prepared: import_sqlite.Prepared,
    write: Callable[[Session], R],
    check: Callable[[], None],
    rebuilds: Rebuilds | None = None,
) -> tuple[R, float, int] | None:
    """Build the import aside and copy it in: (result, lock seconds, builds), or None when the
    in-place path must do it (another import, not WAL, no room for the side file).

    Raises DesksKeptWriting (nothing written) when desks made every build within the budget
    stale, BuildCancelled when cancelled.
    """
    budget = rebuilds or Rebuilds()
    if not usable(target):
        return None
    try:  # the side file, then its pages again in the WAL: else written in place
        require_space(target.parent, 2 * (database_bytes(target) + _size(stage.path)), "导入")
    except NotEnoughSpace:
        return None
    remove_stale(target.parent)
    side = side_path(target)
    started = time.monotonic()
    attempt = 0
    while attempt < budget.attempts and (
        attempt == 0 or time.monotonic() - started < budget.seconds
    ):
        attempt += 1
        if attempt > 1:
            budget.retrying(attempt - 1)
        budget.check()
        watch = None
        try:
            watch, version = copy_aside(target, side, budget)
            outdated = functools.partial(stale, watch, version)
            result = build_aside(side, stage, prepared, write, budget, outdated)
            if result is None:
                return None
            if stale(watch, version):
                continue  # a desk committed during the build: rebuilt without taking the lock
            budget.check()  # the last moment to cancel: the copy in cannot be stopped
            budget.locking()
            held = copy_in(side, target, watch, version, check)
            return result, held, attempt
        except DesksWrote:
            continue
        finally:
            if watch is not None:
                watch.close()
            remove_side(side)
    raise DesksKeptWriting(attempt, time.monotonic() - started)
