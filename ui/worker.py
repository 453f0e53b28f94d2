"""One database worker thread: operations queued off the GUI thread, results back on it.

Slots are one-liners that start an operation (Anki's CollectionOp)::

    worker.op(lambda desk: member_count_of(desk)).success(show).run()

Every operation runs on the single worker thread, in submission order. An operation with a
`key` replaces a queued (not yet started) operation with the same key, so a burst of keystrokes
runs only the newest search. Results and errors come back on the GUI thread by signal.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, QTimer, Signal

BUSY_AFTER_MS = 200
log = logging.getLogger("ui.worker")


@dataclass
class _Outcome:
    op: DbOp
    result: Any = None
    error: BaseException | None = None


class DbOp:
    """One database operation: a callable run on the worker with the desk, plus callbacks."""

    def __init__(self, worker: DbWorker, fn: Callable[[Any], Any], key: str | None = None) -> None:
        self.worker = worker
        self.fn = fn
        self.key = key
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None

    def success(self, callback: Callable[[Any], None]) -> DbOp:
        """Call `callback(result)` on the GUI thread when the operation succeeds."""
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> DbOp:
        """Call `callback(error)` on the GUI thread instead of the worker's error handler."""
        self._failure = callback
        return self

    def latest(self, key: str) -> DbOp:
        """Only the newest queued operation with this key runs (typing-driven lookups)."""
        self.key = key
        return self

    def run(self) -> DbOp:
        """Queue the operation on the worker thread."""
        self.worker.submit(self)
        return self


class _Thread(QThread):
    """The worker thread: takes operations from the queue until told to stop."""

    def __init__(self, owner: DbWorker) -> None:
        super().__init__()
        self.owner = owner

    def run(self) -> None:  # noqa: D102
        owner = self.owner
        while True:
            op = owner._next()
            if op is None:
                owner._run_last_ops()
                return
            owner.running_since = time.monotonic()
            try:
                outcome = _Outcome(op, result=op.fn(owner.desk))
            except BaseException as exc:  # delivered to the GUI thread, never lost
                outcome = _Outcome(op, error=exc)
            owner.running_since = None
            owner.delivered.emit(outcome)


class DbWorker(QObject):
    """The one database worker: a queue of operations consumed by one QThread."""

    delivered = Signal(object)
    busy_changed = Signal(bool)
    progress = Signal(str, int, int)

    def __init__(self, desk: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.running_since: float | None = None
        self.on_error: Callable[[BaseException], None] = _reraise
        self._queue: deque[DbOp | None] = deque()
        self._ready = threading.Condition()
        self._pending = 0
        self._busy = False
        self._last_ops: list[Callable[[Any], Any]] = []
        self._thread = _Thread(self)
        self._poll = QTimer(self, interval=50)
        self._poll.timeout.connect(self._check_busy)
        self.delivered.connect(self._deliver)

    def start(self) -> None:
        """Start the worker thread."""
        self._thread.start()

    def op(self, fn: Callable[[Any], Any], key: str | None = None) -> DbOp:
        """A new operation on this worker (call .success/.failure, then .run())."""
        return DbOp(self, fn, key)

    def submit(self, op: DbOp) -> None:
        """Queue `op`; a queued operation with the same key is dropped in its favour."""
        with self._ready:
            if op.key is not None:
                stale = [o for o in self._queue if o is not None and o.key == op.key]
                for old in stale:
                    self._queue.remove(old)
                    self._pending -= 1
            self._queue.append(op)
            self._pending += 1
            self._ready.notify()
        if not self._poll.isActive():
            self._poll.start()

    def at_stop(self, fn: Callable[[Any], Any]) -> None:
        """Run `fn(desk)` on the worker once, when it stops (e.g. the sign-out record at exit).

        It runs after the operation in progress and instead of the dropped queued ones; an error
        is logged, never shown (the desk is closing).
        """
        with self._ready:
            self._last_ops.append(fn)

    def report(self, text: str, done: int, total: int) -> None:
        """Progress of the running operation (callable from the worker thread)."""
        self.progress.emit(text, done, total)

    def is_idle(self) -> bool:
        """True when no operation is queued or running."""
        return self._pending == 0

    def stop(self, timeout_ms: int = 30_000) -> None:
        """Finish the running operation, drop queued ones and end the thread."""
        with self._ready:
            self._queue.clear()
            self._queue.append(None)
            self._ready.notify()
        if self._thread.isRunning():
            self._thread.wait(timeout_ms)
        self._poll.stop()

    def _run_last_ops(self) -> None:
        with self._ready:
            last, self._last_ops = self._last_ops, []
        for fn in last:
            try:
                fn(self.desk)
            except Exception as exc:  # the desk is closing: logged (no details), nobody to tell
                log.warning("last operation before stop failed: %s", type(exc).__name__)

    def _next(self) -> DbOp | None:
        with self._ready:
            while not self._queue:
                self._ready.wait()
            return self._queue.popleft()

    def _deliver(self, outcome: _Outcome) -> None:
        with self._ready:
            self._pending -= 1
        self._check_busy()
        op = outcome.op
        callback = op._success if outcome.error is None else op._failure
        if callback is not None and not _owner_alive(callback):
            log.debug("result dropped: the window that asked for it was closed")
            return  # e.g. an import dialog's history arriving after the dialog was deleted
        if outcome.error is None:
            if op._success is not None:
                op._success(outcome.result)
        elif op._failure is not None:
            op._failure(outcome.error)
        else:
            self.on_error(outcome.error)

    def _check_busy(self) -> None:
        since = self.running_since
        busy = since is not None and (time.monotonic() - since) * 1000 >= BUSY_AFTER_MS
        if self._pending == 0:
            busy = False
            self._poll.stop()
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)


def _reraise(error: BaseException) -> None:
    raise error


def _owner_alive(callback: Callable[..., Any]) -> bool:
    """False when `callback` is a method of a Qt object whose C++ side is already deleted."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
