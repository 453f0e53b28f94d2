"""The desk's start: the first window (sign-in or assistant) shows before the desk window exists.

Only what that first window needs is loaded before it shows: PySide6's widgets, the settings, the
dialog itself and the worker. Then, on the database worker thread (never the GUI thread), the
desk window's modules are imported and the database opens (on its driver alone when its schema is
current: SQLAlchemy, its ORM and the models load at the first operation that needs them, see
`ui.desk.Desk`);
the window is built, hidden, on the GUI thread as soon as its modules are in and the clerk is not
typing (at the first pause of QUIET_MS, so no keystroke waits for it). The opening waits for the
window (up to BUILD_WAIT_S), so the window exists when the database's answer is delivered and
everything that hangs on the window's `database_opened` (the restore register, the scheduled
backup, the red banner, plain database errors, the demo accounts, the first administrator)
happens exactly as before. The sign-in check queues behind the opening, as it always did; the
window shows after sign-in.
"""

from __future__ import annotations

import importlib
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from ui.desk import Desk, open_desk
from ui.settings import BUSY_TIMEOUT_MS, DeskSettings
from ui.worker import DbWorker

WINDOW_MODULES = (  # what building the desk window and signing in import (worker thread)
    "ui.main_window",
    "ui.session.controller",
    "ui.builtin_actions",
    "ui.backup.watch",
    "ui.backup.restore_watch",
    "ui.dashboard.tab",
    "ui.audit.live",
    "ui.care.calendar_check",
)
BUILD_WAIT_S = 10.0  # the opening waits at most this long for the window to be built
QUIET_MS = 300  # the window is built at the first pause in typing this long (never mid-word)
TYPING = (QEvent.Type.KeyPress, QEvent.Type.InputMethod)
HEAVY_MODULES = ("sqlalchemy", "sqlalchemy.orm", "vipdesk.db.models", "ui.main_window")


def import_window_modules(_desk: Any) -> float:
    """On the worker: import what the desk window needs; the seconds it took."""
    started = time.perf_counter()
    for name in WINDOW_MODULES:
        importlib.import_module(name)
    from ui.actions import load_extensions

    load_extensions()  # every ui/<package>/actions.py registers its actions
    return time.perf_counter() - started


def open_first(
    desk: Any,
    url_source: Callable[[], str],
    demo: bool,
    report: Any,
    timeout: int | None,
    built: threading.Event | None = None,
    leaving: threading.Event | None = None,
) -> tuple[str, Any]:
    """On the worker: the database URL and the opened database (OpenResult) or why it failed.

    `built`: wait (without the GIL) until the GUI thread built the window, so the two do not
    take turns on the interpreter; the opening stays first in the queue, before any sign-in.
    `leaving` set (the desk quits first): nothing is opened (None).
    """
    if built is not None:
        built.wait(BUILD_WAIT_S)
    if leaving is not None and leaving.is_set():
        return "", None
    url = ""
    try:
        url = url_source()
        return url, open_desk(desk, url, demo, report, timeout)
    except Exception as exc:  # the window shows it in plain words, as a failed start() does
        return url, exc


def heavy_loaded() -> list[str]:
    """Which of the desk window's heavy modules are imported already (start-up probe, tests)."""
    import sys

    return [name for name in HEAVY_MODULES if name in sys.modules]


class StagedStart(QObject):
    """The first window now, the desk window behind it; `built` and `opened` for the probe."""

    shown = Signal()  # the first window shows and takes input; nothing heavy is loaded yet
    built = Signal(object)  # the (hidden) DeskWindow
    opened = Signal(object)  # the OpenResult, or the exception the opening failed with
    window_seconds = 0.0  # GUI thread: building the window (its imports ran on the worker)

    def __init__(
        self,
        settings: DeskSettings,
        url_source: Callable[[], str] | None,
        demo: bool = False,
    ) -> None:
        app = QApplication.instance()
        super().__init__(app)
        self.settings = settings
        self.url_source = url_source
        self.demo = demo
        self.window: Any = None
        self.session: Any = None
        self.import_seconds = 0.0
        self.typed_at = 0.0  # when the clerk last typed into the first window (monotonic)
        self.window_ready = threading.Event()  # set once the window is built (the opening waits)
        self.leaving = threading.Event()  # the desk quits before the window was built
        self.worker = DbWorker(Desk(), self)
        app.aboutToQuit.connect(self.stop)
        self.first: Any = self._assistant() if url_source is None else self._sign_in_dialog()
        self.first.show()
        self.first.raise_()
        self.first.activateWindow()
        app.installEventFilter(self)  # typing, until the window is built
        QTimer.singleShot(0, self._begin)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: D102, N802
        if event.type() in TYPING:
            self.typed_at = time.monotonic()
        return False

    # the first window ----------------------------------------------------------------------

    def _sign_in_dialog(self) -> QDialog:
        from ui.session.signin_dialog import SignInDialog

        dialog = SignInDialog(self.worker, False)  # demo accounts appear once the file is open
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed_in.connect(self._signed_in)
        dialog.rejected.connect(self._declined)
        return dialog

    def _assistant(self) -> QDialog:
        from ui.first_start.wizard import FirstStartWizard

        wizard = FirstStartWizard(self.settings, self.worker)
        wizard.accepted.connect(self._assistant_done)
        wizard.rejected.connect(QApplication.instance().quit)  # resumed at the next start
        return wizard

    def _begin(self) -> None:
        """The first window takes input: now the worker imports the window and opens the file."""
        self.shown.emit()
        self.worker.start()
        self.worker.op(import_window_modules).success(self._modules_in).run()
        if self.url_source is not None:
            source, demo = self.url_source, self.demo
            report, timeout = self.worker.report, self.settings.get(BUSY_TIMEOUT_MS)
            ready, leaving = self.window_ready, self.leaving
            self.worker.op(
                lambda desk: open_first(desk, source, demo, report, timeout, ready, leaving)
            ).success(self._opened).run()

    # the desk window -----------------------------------------------------------------------

    def _modules_in(self, import_seconds: float) -> None:
        self.import_seconds = import_seconds
        self._build_when_quiet()

    def _build_when_quiet(self) -> None:
        """Build the window now, unless the clerk is typing: then at the first pause."""
        if self.window is not None:
            return
        quiet_for = (time.monotonic() - self.typed_at) * 1000
        if quiet_for < QUIET_MS:
            QTimer.singleShot(int(QUIET_MS - quiet_for) + 1, self._build_when_quiet)
            return
        self._build()

    def _build(self) -> None:
        """Build the hidden desk window and its session (GUI thread; modules are loaded)."""
        from ui.main_window import DeskWindow
        from ui.session.controller import DeskSession
        from vipdesk.logs import setup_logging

        if self.window is not None:
            return
        QApplication.instance().removeEventFilter(self)
        started = time.perf_counter()
        window = DeskWindow(self.settings, self.worker)
        self.session = DeskSession(window)
        self.session.dialog = self.live_first()
        self.window = window
        self.window_seconds = time.perf_counter() - started
        self.window_ready.set()
        setup_logging()
        self.built.emit(window)

    def stop(self) -> None:
        """The application quits (also before the window showed): the worker ends at once."""
        self.leaving.set()
        self.window_ready.set()  # an opening still waiting for the window gives up
        self.worker.stop()

    def _opened(self, outcome: tuple[str, Any]) -> None:
        url, result = outcome
        if result is None:  # the desk was leaving
            return
        self._ensure_window()  # (built already unless the clerk typed for BUILD_WAIT_S on end)
        self.window.take_opening(url, self.demo, result)
        self.opened.emit(result)

    def _ensure_window(self) -> None:
        """Build the window now if its modules are not in yet (never in practice: one queue)."""
        if self.window is None:
            import_window_modules(None)  # in already, or finishing on the worker
            self._build()

    def _signed_in(self, actor: Any) -> None:
        self._ensure_window()
        self.session.start_work(actor)

    def _declined(self) -> None:
        if self.window is not None and self.window.actor is None:
            self.window.close()  # signs nobody out, leaves the desk register, stops the worker
        QApplication.instance().quit()

    def _assistant_done(self) -> None:
        """The assistant made the database and its administrator: sign in on it."""
        wizard = self.first
        self._ensure_window()
        self.session.ask_sign_in(False)
        self.window.start(wizard.final_url, False)

    def live_first(self) -> QDialog | None:
        """The first window, unless it was closed (and deleted)."""
        if self.first is not None and not shiboken6.isValid(self.first):
            self.first = None
        return self.first

    def bring_to_front(self) -> None:
        """A second start asked for this desk: its session decides, or the first window comes."""
        if self.session is not None:
            self.session.bring_to_front()
            return
        first = self.live_first()
        if first is not None:
            first.show()
            first.raise_()
            first.activateWindow()
