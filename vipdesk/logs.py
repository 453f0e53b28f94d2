"""Log files and crash reports in the user-data folder (private to the user, never raising)."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import faulthandler
import logging
import os
import platform
import sys
import time
import traceback
from pathlib import Path
from typing import IO

from vipdesk.paths import log_dir, private_file

CRASH_KEEP_DAYS = 30
CRASH_KEEP_FILES = 50
_fault_file: IO[str] | None = None


def version() -> str:
    """The installed VIP Desk version (\"unknown\" when package metadata is missing)."""
    import vipdesk

    found = getattr(vipdesk, "__version__", None)
    if found:
        return str(found)
    try:
        from importlib.metadata import version as dist_version

        return dist_version("vipdesk")
    except Exception:  # not installed (a source checkout)
        return "unknown"


def header() -> str:
    """The first lines of every log and crash log: version, Python, platform, process."""
    return (
        f"VIP Desk {version()} | Python {platform.python_version()} | "
        f"{_system()} | pid {os.getpid()}"
    )


def _system() -> str:
    """Operating system, release and machine (Linux-6.1.0-x86_64, Windows-10-AMD64).

    Not platform.platform(): on Linux it reads the interpreter binary for the C library's version
    (~12 ms on every command line's log header, issue 14).
    """
    u = platform.uname()
    return f"{u.system}-{u.release}-{u.machine}"


def setup_logging(name: str = "vipdesk.log") -> Path:
    """Log to a rotating file (0600) in the user-data folder; returns its path."""
    from logging.handlers import RotatingFileHandler  # here: ~8 ms (socket, pickle, queue)

    path = log_dir() / name
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    private_file(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("vipdesk").info("start: %s", header())
    return path


def _unique_crash_path(folder: Path) -> tuple[Path, int]:
    """A new crash file opened exclusively (0600): name to the microsecond, pid and a counter."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    for n in range(1000):
        suffix = f"-{n}" if n else ""
        path = folder / f"crash-{stamp}-{os.getpid()}{suffix}.log"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return path, fd
    raise FileExistsError(errno.EEXIST, "no free crash log name")


def write_crash_log(exc: BaseException) -> Path | None:
    """Write the traceback of an unexpected error to a new crash file; None if it cannot be written.

    Never raises: a full disk or a read-only folder must not turn one error into two.
    """
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    body = f"{header()}\n{dt.datetime.now().isoformat()}\n\n{text}"
    try:
        path, fd = _unique_crash_path(log_dir())
    except OSError:
        _log_quietly("crash log could not be created:\n%s", text)
        return None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(body)
    except OSError:
        with contextlib.suppress(OSError):
            path.unlink()
        _log_quietly("crash log could not be written:\n%s", text)
        return None
    _log_quietly("crash written to %s:\n%s", path, text)
    return path


def _log_quietly(message: str, *args: object) -> None:
    with contextlib.suppress(Exception):  # logging failing (full disk) is not a second crash
        logging.getLogger("vipdesk").error(message, *args)


def prune_crash_logs(
    folder: Path | None = None,
    *,
    keep_days: int = CRASH_KEEP_DAYS,
    keep_files: int = CRASH_KEEP_FILES,
    now: float | None = None,
) -> int:
    """Delete crash logs older than `keep_days` or beyond the newest `keep_files`; returns count."""
    try:
        folder = folder or log_dir()
        files = sorted(
            (p for p in folder.glob("crash-*.log") if p.is_file()),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
    except OSError:
        return 0
    limit = (now or time.time()) - keep_days * 86400
    removed = 0
    for index, path in enumerate(files):
        try:
            if index >= keep_files or path.stat().st_mtime < limit:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def enable_faulthandler(name: str = "faults.log") -> Path | None:
    """Dump Python tracebacks of a hard crash (segfault in Qt, abort) into a log file (0600)."""
    global _fault_file
    try:
        path = log_dir() / name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        stream = os.fdopen(fd, "a", encoding="utf-8")
        stream.write(f"--- {dt.datetime.now().isoformat()} {header()}\n")
        stream.flush()
    except OSError:
        if sys.stderr is not None:
            faulthandler.enable()
        return None
    if _fault_file is not None:
        _fault_file.close()
    _fault_file = stream
    faulthandler.enable(file=stream, all_threads=True)
    return path


def log_to_file_not_console(name: str = "cli.log") -> None:
    """Library warnings (psycopg, SQLAlchemy's pool) go to the log file, never to the terminal.

    Without a handler, Python prints WARNING records raw on stderr ("error ignored terminating
    <psycopg.Copy …>") before the command's one plain sentence.
    """
    root = logging.getLogger()
    if root.handlers:
        return
    try:
        setup_logging(name)
    except OSError:
        root.addHandler(logging.NullHandler())
