"""Backup work off the GUI thread: its own Python thread (backups use their own connections).

A backup of a large file takes seconds; it must neither block the GUI nor hold up the database
worker's searches, so it runs on a thread of its own and reports back through queued signals.
The thread runs below normal priority (the check threads it starts inherit that): on a busy
two-core PC the GUI thread then gets a core at once when it wakes; and, as for document jobs,
no full garbage collection runs while it works (`ui.documents.jobs.gui_first`). The thread
holds the GIL only for moments between long SQLite and hashlib calls.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("ui.backup")
NICER = 10  # Linux nice increment of a backup thread (0 normal, 19 lowest)


def lower_priority() -> None:
    """Run the calling thread below normal priority (Linux, Windows; elsewhere nothing)."""
    try:
        if sys.platform.startswith("linux"):
            tid = threading.get_native_id()
            os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + NICER)
        elif sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetThreadPriority(kernel32.GetCurrentThread(), -1)  # BELOW_NORMAL
    except (OSError, AttributeError):
        log.info("could not lower the backup thread's priority")


class BackupJob(QObject):
    """Run `fn()` on a background thread; `done(result)` or `failed(exc)` on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self, fn: Callable[[], Any], parent: QObject | None = None, waits_only: bool = False
    ) -> None:
        super().__init__(parent)
        self.fn = fn
        self.waits_only = waits_only  # fn only waits for a child process (ui.backup.child)
        self.thread: threading.Thread | None = None

    def start(self) -> BackupJob:
        """Start the thread (returns self for chaining)."""
        self.thread = threading.Thread(target=self._run, name="vipdesk-backup", daemon=True)
        self.thread.start()
        return self

    def running(self) -> bool:
        """True while the job's thread is running."""
        return self.thread is not None and self.thread.is_alive()

    def wait(self, seconds: float = 60) -> None:
        """Wait for the thread (closing the window, tests)."""
        if self.thread is not None:
            self.thread.join(seconds)

    def _run(self) -> None:
        from contextlib import nullcontext

        from ui.documents.jobs import gui_first

        lower_priority()
        try:  # (a thread that only waits for a child process changes nothing for the GUI)
            with nullcontext() if self.waits_only else gui_first():  # no full GC, short GIL turns
                result = self.fn()
        except BaseException as exc:  # handed to the GUI thread, which explains it
            self._tell(self.failed, exc)
            return
        self._tell(self.done, result)

    def _tell(self, signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window that asked was closed meanwhile: nobody to tell
            log.info("backup finished after its window closed")
