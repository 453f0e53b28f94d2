"""Document work off the GUI thread: one QThread per job, results and progress by signal.

Rendering and printing take from tens of milliseconds to many seconds; they never run on the GUI
thread. A job runs `fn(report, cancelled)` on its own thread (not the shared database worker, so a
long batch does not hold up searches); `report(stage, done, total)` emits `progress`, `cancel()`
makes `cancelled()` true. Widgets are touched only in the slots, on the GUI thread.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRectF,
    QSize,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QImage, QPainter

from vipdesk.errors import KnownError

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300

JobFn = Callable[[Callable[[str, int, int], None], Callable[[], bool]], Any]


_jobs_running = 0  # document jobs running now (see `gui_first`)
_saved: tuple[tuple[int, int, int], float] = (gc.get_threshold(), sys.getswitchinterval())
_gc_lock = threading.Lock()
NO_FULL_COLLECTION = 1_000_000_000  # young collections before a full one: never, in practice
JOB_SWITCH_INTERVAL = 0.001  # seconds a thread holds the GIL when another one waits for it


@contextmanager
def gui_first() -> Iterator[None]:
    """While a job runs, the GUI thread waits as little as possible for the job's Python work.

    - No full garbage collection (the young ones go on): a full one walks every tracked object
      (the window, Qt wrappers, SQLAlchemy, ReportLab: ~120,000) holding the GIL, 40-175 ms
      during a letter batch (the longest stall measured, issue 14).
    - The GIL changes hands after 1 ms instead of 5 ms when the GUI thread asks for it
      (longest stall beside a busy process: 56-65 ms instead of 83-92 ms).
    The usual settings come back when the last running job ends.
    """
    global _jobs_running, _saved
    with _gc_lock:
        if _jobs_running == 0:
            _saved = (gc.get_threshold(), sys.getswitchinterval())
            gc.set_threshold(_saved[0][0], _saved[0][1], NO_FULL_COLLECTION)
            sys.setswitchinterval(JOB_SWITCH_INTERVAL)
        _jobs_running += 1
    try:
        yield
    finally:
        with _gc_lock:
            _jobs_running -= 1
            if _jobs_running == 0:
                gc.set_threshold(*_saved[0])
                sys.setswitchinterval(_saved[1])


class Job(QThread):
    """Runs one function on its own thread; `succeeded`/`failed` arrive on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(str, int, int)

    def __init__(self, fn: JobFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fn = fn
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self._cancel.set()

    def cancelled(self) -> bool:
        """True once `cancel()` was called."""
        return self._cancel.is_set()

    def report(self, stage: str, done: int, total: int) -> None:
        """Progress from the job's thread (queued to the GUI thread)."""
        self.progress.emit(stage, done, total)
        time.sleep(0)  # hand the GIL over: the GUI thread runs its slots now, not after ours

    def run(self) -> None:  # noqa: D102
        try:
            with gui_first():
                result = self.fn(self.report, self.cancelled)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class _Reaper(QObject):
    """Lives on the GUI thread; forgets a job once its thread has really ended."""

    def reap(self) -> None:
        """Slot for Job.finished (queued to the GUI thread)."""
        job = self.sender()
        if isinstance(job, Job):
            job.wait()
            RUNNING.discard(job)


RUNNING: set[Job] = set()  # jobs are owned here (no Qt parent) until their thread has ended


def stop_all_jobs(timeout_ms: int = 30_000) -> None:
    """Cancel every running document job and wait for its thread (before the app quits)."""
    for job in list(RUNNING):
        job.cancel()
    for job in list(RUNNING):
        job.wait(timeout_ms)


_reaper: _Reaper | None = None


def start_job(
    owner: QObject,
    fn: JobFn,
    success: Callable[[Any], None],
    failure: Callable[[BaseException], None],
    progress: Callable[[str, int, int], None] | None = None,
) -> Job:
    """Start `fn` on a new thread for `owner`; the slots run on the GUI thread.

    The job has no Qt parent, so closing or deleting `owner` never destroys a running thread;
    deleting `owner` asks the job to cancel, and its results are then dropped.
    """
    global _reaper
    if _reaper is None:
        _reaper = _Reaper()
    job = Job(fn)
    RUNNING.add(job)
    job.succeeded.connect(success, Qt.ConnectionType.QueuedConnection)
    job.failed.connect(failure, Qt.ConnectionType.QueuedConnection)
    if progress is not None:
        job.progress.connect(progress, Qt.ConnectionType.QueuedConnection)
    job.finished.connect(_reaper.reap)
    owner.destroyed.connect(job.cancel)
    job.start()
    return job


def resolve_source(source: Any) -> tuple[Any, Any]:
    """(Database, RuleBook) from a Database, the desk's DbWorker, or a window holding one."""
    from vipdesk.rules import load_rules

    worker = getattr(source, "worker", None)
    if worker is not None and hasattr(worker, "desk"):
        source = worker
    desk = getattr(source, "desk", None)
    if desk is not None:
        return desk.require_db(), desk.book or load_rules()
    if hasattr(source, "read") and hasattr(source, "engine"):
        return source, load_rules()
    raise TypeError(f"not a database or a database worker: {source!r}")


def source_actor(source: Any) -> Any:
    """The signed-in staff member behind a source (the desk's worker or a window); else None."""
    worker = getattr(source, "worker", None)
    if worker is not None and hasattr(worker, "desk"):
        source = worker
    desk = getattr(source, "desk", None)
    return getattr(desk, "actor", None)


def print_pdf(
    pdf: bytes,
    printer: QPrinter,
    cancelled: Callable[[], bool] | None = None,
    report: Callable[[str, int, int], None] | None = None,
) -> int:
    """Print every page of `pdf` on `printer` at about 300 dpi; the number of pages printed.

    Safe on a worker thread: it uses its own QPdfDocument. Pages render transparent, so each is
    painted on white first.
    """
    if printer.resolution() > PRINT_DPI:
        printer.setResolution(PRINT_DPI)
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    from PySide6.QtPdf import QPdfDocument  # here: the desk loads QtPdf only when printing

    document = QPdfDocument()
    document.load(buffer)
    pages = document.pageCount()
    painter = QPainter()
    if pages == 0 or not painter.begin(printer):
        document.close()
        raise KnownError("无法开始打印：请检查打印机是否可用。")
    printed = 0
    try:
        for page in range(pages):
            if cancelled is not None and cancelled():
                break
            if page:
                printer.newPage()
            target = QRectF(painter.viewport())
            size = document.pagePointSize(page)
            scale = min(target.width() / size.width(), target.height() / size.height())
            pixels = QSize(round(size.width() * scale), round(size.height() * scale))
            image = QImage(pixels, QImage.Format.Format_RGB32)
            image.fill(Qt.GlobalColor.white)
            rendered = document.render(page, pixels)
            on_white = QPainter(image)
            on_white.drawImage(0, 0, rendered)
            on_white.end()
            painter.drawImage(QRectF(0, 0, pixels.width(), pixels.height()), image)
            printed += 1
            if report is not None:
                report("打印", page + 1, pages)
    finally:
        painter.end()
        document.close()
        buffer.close()
    return printed
