"""Which desks have an SQLite file open, and the restore notice that asks them to let go.

Every desk window that opens an SQLite file joins: it creates `<file>.desks/<host>-<pid>-<id>`
and holds an exclusive OS lock on it (flock on POSIX, msvcrt on Windows) for as long as it has the
database open. A desk that dies loses its lock with its process, so a file whose lock can be taken
is stale and is removed. A restore first writes the notice `<file>.restoring` (who, since when,
by when desks must let go); every desk polls for it, closes its database by that time and leaves,
and reopens when the notice is gone. The restorer waits, bounded and cancellable, until no other
desk is left, and otherwise refuses, naming how many desks still have the file open.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from vipdesk.errors import Refused

GRACE_S = 30.0  # how long other desks get to save before they close the database
EXTRA_WAIT_S = 30.0  # how much longer the restorer waits for a desk that does not let go
YOUNG_S = 5.0  # a desk file this new may not be locked yet: counted as open, never removed


def _lock(f: IO[bytes]) -> bool:
    """Take an exclusive lock on the open file without waiting; False when someone holds it."""
    try:
        if os.name == "nt":
            import msvcrt

            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def desks_folder(database: Path) -> Path:
    """The folder of the desks' presence files next to the database."""
    return database.with_name(database.name + ".desks")


def notice_path(database: Path) -> Path:
    """The restore notice next to the database."""
    return database.with_name(database.name + ".restoring")


class DeskPresence:
    """This desk's presence on one database file: joined while the desk has it open."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path: Path | None = None
        self._file: IO[bytes] | None = None

    @property
    def joined(self) -> bool:
        """True while this desk is counted as having the database open."""
        return self._file is not None

    def join(self) -> None:
        """Be counted as a desk that has the database open (no-op when already joined)."""
        if self._file is not None:
            return
        folder = desks_folder(self.database)
        folder.mkdir(mode=0o700, exist_ok=True)
        name = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        path = folder / name
        f = path.open("wb")
        if not _lock(f):  # cannot happen for a fresh unique name; be safe anyway
            f.close()
            return
        f.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname()}).encode())
        f.flush()
        self.path, self._file = path, f

    def leave(self) -> None:
        """No longer counted (the desk closed the database)."""
        f, path = self._file, self.path
        self._file = self.path = None
        if f is None or path is None:
            return
        with contextlib.suppress(OSError):
            path.unlink()  # POSIX: while still locked, so nobody sees it as stale first
        f.close()
        with contextlib.suppress(OSError):
            path.unlink()  # Windows: only after closing


def open_desks(database: Path, exclude: set[Path] | frozenset[Path] = frozenset()) -> list[Path]:
    """Presence files of desks that have the database open now; stale ones are removed."""
    folder = desks_folder(database)
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []
    found = []
    for path in entries:
        if path in exclude:
            continue
        try:
            if time.time() - path.stat().st_mtime < YOUNG_S:
                found.append(path)
                continue
            with path.open("rb") as f:
                free = _lock(f)
        except OSError:
            continue  # left meanwhile
        if free:
            with contextlib.suppress(OSError):
                path.unlink()  # its desk died without leaving
        else:
            found.append(path)
    return found


@dataclass(frozen=True)
class RestoreNotice:
    """The restore notice: who restores, and by when other desks must have let go."""

    by: str
    host: str
    pid: int
    started: dt.datetime
    release_by: dt.datetime

    def seconds_left(self, now: dt.datetime | None = None) -> float:
        """Seconds until other desks must have closed the database (never below 0)."""
        now = now or dt.datetime.now()
        return max(0.0, (self.release_by - now).total_seconds())


def read_notice(database: Path) -> RestoreNotice | None:
    """The restore notice in force for the database (None; a dead restorer's is removed)."""
    path = notice_path(database)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        notice = RestoreNotice(
            by=str(data["by"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            started=dt.datetime.fromisoformat(data["started"]),
            release_by=dt.datetime.fromisoformat(data["release_by"]),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return None  # being written this moment; the next poll reads it
    from vipdesk.services.backup_files import pid_alive

    if notice.host == socket.gethostname() and not pid_alive(notice.pid):
        with contextlib.suppress(OSError):
            path.unlink()  # its restorer was killed: the restore did not happen
        return None
    return notice


@dataclass
class DeskWait:
    """The restorer's wait for other desks: what it sees now, and the cancel button."""

    grace_s: float = GRACE_S
    extra_s: float = EXTRA_WAIT_S
    others: int = -1  # desks still open (-1: not waiting yet)
    seconds_left: float = 0.0
    cancel: threading.Event = field(default_factory=threading.Event)


@contextlib.contextmanager
def restore_notice(database: Path, by: str, wait: DeskWait | None = None) -> Iterator[None]:
    """Write the restore notice for the duration of the block (refused if another is in force)."""
    wait = wait or DeskWait()
    now = dt.datetime.now()
    notice = {
        "by": by,
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "started": now.isoformat(timespec="seconds"),
        "release_by": (now + dt.timedelta(seconds=wait.grace_s)).isoformat(timespec="seconds"),
    }
    path = notice_path(database)
    current = read_notice(database)  # (removes a dead restorer's notice)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        who = f"{current.by}（{current.started:%H:%M}起）" if current else "另一个柜台"
        raise Refused("restore_running", f"{who}正在恢复这个数据库，请等其完成后再试。") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(notice, f, ensure_ascii=False)
        yield
    finally:
        with contextlib.suppress(OSError):
            path.unlink()


def wait_for_other_desks(database: Path, exclude: set[Path], wait: DeskWait) -> None:
    """Wait until no desk but ours has the database open; Refused when cancelled or too long."""
    deadline = time.monotonic() + wait.grace_s + wait.extra_s
    while True:
        others = open_desks(database, exclude)
        wait.others = len(others)
        wait.seconds_left = max(0.0, deadline - time.monotonic())
        if not others:
            return
        if wait.cancel.is_set():
            raise Refused("restore_cancelled", "恢复已取消，数据库保持原样。")
        if wait.seconds_left <= 0:
            raise Refused(
                "desks_open",
                f"还有 {len(others)} 个柜台打开着这个数据库，没有按通知关闭，恢复没有进行，"
                "数据库保持原样。请让这些柜台保存并退出程序后重试。",
            )
        wait.cancel.wait(0.25)


def others_summary(paths: list[Path]) -> list[dict[str, Any]]:
    """What the presence files say (host, pid) — for messages and tests."""
    found = []
    for path in paths:
        with contextlib.suppress(OSError, ValueError):
            found.append(json.loads(path.read_text(encoding="utf-8") or "{}"))
    return found
