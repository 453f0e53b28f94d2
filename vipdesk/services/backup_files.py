"""Leftovers of interrupted backups and restores, and whether the process that made them lives."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def pid_alive(pid: int) -> bool:
    """True while a process with this id runs on this PC (when unsure: True)."""
    if os.name == "nt":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_stale(folder: Path, max_age_s: float = 86400) -> int:
    """Delete half-written files of interrupted backups/restores (their process is gone)."""
    import re
    import time

    removed = 0
    pattern = re.compile(r"^\..+\.(partial|plain|verify|restore|tmp)-(\d+)(-wal|-shm|-journal)?$")
    try:
        entries = list(folder.iterdir())
    except OSError:
        return 0
    for path in entries:
        found = pattern.match(path.name)
        if not found:
            continue
        try:
            old = time.time() - path.stat().st_mtime > max_age_s
            if old or not pid_alive(int(found.group(2))):
                path.unlink()
                removed += 1
        except OSError:
            continue
    for manifest in folder.glob("vipdesk-*.json"):  # a manifest whose backup never arrived
        if not manifest.with_suffix("").exists():
            with contextlib.suppress(OSError):
                if time.time() - manifest.stat().st_mtime > 60:
                    manifest.unlink()
    return removed


def _windows_pid_alive(pid: int) -> bool:
    import ctypes

    try:
        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        finally:
            kernel.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    except (AttributeError, OSError):
        return True
