"""The desk's data-safety work in a process of its own: the start-up integrity check and the
scheduled backup (with the full check of the copy).

Why a child process: a check or backup reads the whole file; its page cache, its memory map and
its threads then belong to the child (freed when it ends) instead of raising the desk's own peak
memory for the rest of the day, and a crash in it cannot take the desk down. The child runs below
normal priority and imports no Qt and no ORM (sqlite3, the backup services, and SQLAlchemy's
URL parser through vipdesk.paths).

The desk runs `python -m ui.backup.child check|backup ARG` (the bundle: its own executable with
`--data-safety`); the child prints one JSON line. Errors the child knows (`KnownError`, plain
Chinese) come back as the same kind of error in the desk.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

FLAG = "--data-safety"  # ui.app.main hands this to `main` below (the frozen bundle)
NICER = 10
WINDOWS_FLAGS = 0x00004000 | 0x08000000  # BELOW_NORMAL_PRIORITY_CLASS | CREATE_NO_WINDOW
TIMEOUT_S = 6 * 3600  # a backup of a very large file on a slow disk, never forever


_RUNNING: set[subprocess.Popen[str]] = set()


@atexit.register
def stop_children() -> None:
    """The desk ends: a check or backup still running ends with it, as a thread did (its
    half-written file is removed by the next backup: backup_files.remove_stale)."""
    for child in list(_RUNNING):
        with contextlib.suppress(OSError):
            child.kill()


def command(action: str, arg: str) -> list[str]:
    """How the desk starts the child (a frozen bundle starts itself)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FLAG, action, arg]
    return [sys.executable, "-m", "ui.backup.child", action, arg]


def run_child(action: str, arg: str) -> dict[str, Any]:
    """Run the child and wait (on a background thread); its answer, or the error it reported."""
    from vipdesk.errors import DatabaseError

    flags = WINDOWS_FLAGS if sys.platform == "win32" else 0
    try:
        child = subprocess.Popen(
            command(action, arg),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            creationflags=flags,
        )
    except OSError as exc:
        raise DatabaseError(f"后台数据检查未能运行：{exc}") from None
    _RUNNING.add(child)
    try:
        out, _ = child.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        child.kill()
        out, _ = child.communicate()
    finally:
        _RUNNING.discard(child)
    lines = [ln for ln in out.splitlines() if ln.startswith("{")]
    if child.returncode != 0 or not lines:
        raise DatabaseError(f"后台数据检查意外结束（代码 {child.returncode}），数据库未受影响。")
    answer: dict[str, Any] = json.loads(lines[-1])
    if "error" in answer:
        raise DatabaseError(answer["error"])
    return answer


def startup_check_in_child(path: Path) -> Any:
    """The start-up check (quick_check, or the weekly full check) of `path`, in the child.

    Damage found is remembered in this process too, so the next open is read-only.
    """
    from vipdesk.services.integrity import KNOWN_DAMAGED, IntegrityReport, startup_check

    if path in KNOWN_DAMAGED:  # known already: no need to read the file again
        return startup_check(path)
    answer = run_child("check", str(path))
    report = IntegrityReport(path, bool(answer["full"]), list(answer["problems"]))
    if not report.ok:
        KNOWN_DAMAGED[path] = report.problems[0]
    return report


def scheduled_backup_in_child(url: str) -> Any:
    """The scheduled backup of `url` when one is due (BackupInfo), else None; in the child."""
    from vipdesk.services.backup import read_manifest

    answer = run_child("backup", url)
    return None if answer["backup"] is None else read_manifest(Path(answer["backup"]))


def _lower_priority() -> None:
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(NICER)


def _work(action: str, arg: str) -> dict[str, Any]:
    if action == "check":
        from vipdesk.services.integrity import startup_check

        report = startup_check(Path(arg))
        return {"full": report.full, "problems": report.problems}
    if action == "backup":
        from vipdesk.services.backup_restore import run_scheduled_backup

        info = run_scheduled_backup(arg)
        return {"backup": None if info is None else str(info.path)}
    raise SystemExit(f"unknown action: {action}")


def main(argv: Sequence[str] | None = None) -> int:
    """The child: do one action, print its answer as one JSON line."""
    from vipdesk.errors import KnownError

    action, arg = list(sys.argv[1:] if argv is None else argv)[:2]
    _lower_priority()
    try:
        answer = _work(action, arg)
    except KnownError as exc:
        answer = {"error": str(exc)}
    print(json.dumps(answer), flush=True)  # ASCII: any console encoding
    return 0


if __name__ == "__main__":
    sys.exit(main())
