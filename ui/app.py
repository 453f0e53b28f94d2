"""The composition root of the GUI: application, looks, translations, settings, window."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ui.look import apply_look, install_translations
from ui.main_window import DeskWindow
from ui.settings import LANGUAGE, DeskSettings

PROBE_ENV = "VIPDESK_READY_PROBE"  # "1": print READY/DBREADY times; "quit": and exit after


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Command-line options of the window."""
    parser = argparse.ArgumentParser(prog="vipdesk-gui", description="VIP Desk")
    parser.add_argument(
        "--db",
        help="database URL (default: settings, then env VIPDESK_DB, "
        "then the desk's own SQLite file)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo database (its own file, 2,000 synthetic members, demo accounts)",
    )
    parser.add_argument(
        "--ready-probe",
        choices=("print", "quit"),
        default=os.environ.get(PROBE_ENV)
        and ("quit" if os.environ[PROBE_ENV] == "quit" else "print"),
        help="print the seconds until the first window (sign-in or assistant) takes input",
    )
    args, _qt = parser.parse_known_args(list(argv[1:]))
    return args


def create_app(argv: Sequence[str]) -> QApplication:
    """The QApplication with the desk's looks (high-DPI is on by default in Qt 6)."""
    from PySide6.QtCore import Qt

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName("VIP Desk")
    app.setOrganizationName("VIPDesk")
    apply_look(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def main(argv: Sequence[str] | None = None) -> int:
    """The GUI entry point (`vipdesk-gui`, the bundle, main.py); `--smoke` runs the self-check."""
    argv = list(sys.argv if argv is None else argv)
    if "--smoke" in argv[1:]:
        from ui.smoke import smoke

        return smoke()
    return run(argv)


def run(argv: Sequence[str]) -> int:
    """Start the desk: one per user; the first-start assistant or the sign-in, then the window.

    The database opens on the worker thread while the sign-in dialog is already usable; the
    window shows only after a staff member signed in.
    """
    started = time.perf_counter()
    args = parse_args(argv)
    app = create_app(argv)
    from ui.single_instance import SingleInstance

    instance = SingleInstance(parent=app)
    if not instance.claim():  # another desk of this user runs: it came to the front
        print("VIP Desk 已在运行，已切换到已打开的窗口。", file=sys.stderr)
        return 0
    _crash_logs()
    settings = DeskSettings()
    install_translations(app, settings.get(LANGUAGE))
    from ui.messages import install_excepthook
    from ui.session.controller import DeskSession

    install_excepthook()
    window = DeskWindow(settings)
    session = DeskSession(window)
    instance.raise_requested.connect(session.bring_to_front)
    app.aboutToQuit.connect(instance.release)
    app.aboutToQuit.connect(window.worker.stop)  # also when the desk never showed
    database, demo = _database(args, settings)
    if args.ready_probe:
        wizard = database is None
        _probe(app, window, started, quit_after=args.ready_probe == "quit", wizard=wizard)
    if database is None:  # left before the end, the next start resumes the assistant
        first_start(window, session, settings).rejected.connect(app.quit)
    else:
        session.ask_sign_in(False)  # usable at once; demo accounts appear once it is open
        QTimer.singleShot(0, lambda: _start(window, database(), demo))
    return app.exec()


def _database(args: argparse.Namespace, settings: DeskSettings) -> tuple[Any, bool]:
    """What gives the database URL, and whether it is the demo one; None: the assistant first.

    The URL itself is built after the first window shows (building it loads SQLAlchemy).
    """
    if args.demo:
        from ui.desk import demo_url

        return demo_url, True
    from ui.first_start.state import database_configured, needs_assistant

    if needs_assistant(settings, args.db):
        return None, False
    return (lambda: database_configured(settings, args.db)), False


def first_start(window: DeskWindow, session: Any, settings: Any) -> Any:
    """No database yet: the first-start assistant, then the sign-in on the chosen database."""
    from ui.first_start.wizard import FirstStartWizard

    wizard = FirstStartWizard(settings, window.worker, parent=window)
    session.dialog = wizard

    def finished() -> None:
        session.ask_sign_in(False)
        _start(window, wizard.final_url, False)

    wizard.accepted.connect(finished)
    wizard.show()
    return wizard


def _crash_logs() -> None:
    """Hard crashes (segfaults) go to the crash log; old crash logs are removed."""
    from vipdesk import logs

    prune = getattr(logs, "prune_crash_logs", None)
    if prune is not None:
        prune()
    enable = getattr(logs, "enable_faulthandler", None)
    if enable is not None:
        enable()
        return
    import faulthandler

    from vipdesk.paths import log_dir

    global _FAULT_FILE
    _FAULT_FILE = open(log_dir() / "hard-crash.log", "a", encoding="utf-8")  # noqa: SIM115
    faulthandler.enable(_FAULT_FILE)


_FAULT_FILE: Any = None


def _start(window: DeskWindow, url: str, demo: bool) -> None:
    from vipdesk.logs import setup_logging

    window.start(url, demo)
    setup_logging()


def _probe(
    app: QApplication, window: DeskWindow, started: float, quit_after: bool, wizard: bool
) -> None:
    """Print when the first window takes input (READY) and when the database answers (DBREADY).

    The first window is the sign-in dialog (or the first-start assistant on a fresh install).
    """

    def ready() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
        first = shown[0] if shown else None
        focus = first.focusWidget() if first is not None else None
        usable = focus is not None and focus.isEnabled()
        shown_name = first.objectName() if first is not None else "none"
        print(
            f"READY {time.perf_counter() - started:.3f} usable={usable} window={shown_name}",
            flush=True,
        )
        if quit_after and wizard:
            QApplication.closeAllWindows()
            app.quit()

    def db_ready(_result: object) -> None:
        print(f"DBREADY {time.perf_counter() - started:.3f}", flush=True)
        if quit_after:
            window.close()
            app.quit()

    QTimer.singleShot(0, ready)
    window.database_opened.connect(db_ready)
    if quit_after:
        window.worker.delivered.connect(lambda _o: None if window.opened else app.quit())
    sys.stdout.flush()
