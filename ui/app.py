"""The composition root of the GUI: application, looks, translations, settings, window."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ui.look import apply_look, install_translations
from ui.settings import LANGUAGE, DeskSettings

PROBE_ENV = "VIPDESK_READY_PROBE"  # "1": print READY/BUILT/DBREADY (ui.start_probe); "quit" too


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


def plain_imports() -> bool:
    """Take PySide6's `__feature__` import hook out (the import below it stays); True if done.

    Importing PySide6 replaces `__import__` with shiboken's `__feature_import__` (for
    `from __feature__ import snake_case`, which the desk does not use). It reads the source of
    every module imported afterwards (inspect.getsource, to see whether it mentions PySide6) and
    so keeps all of it in linecache: ~18 MiB with SQLAlchemy, and every import slower. What it
    read before it was taken out (~2 MiB: the desk's first modules and their stdlib) goes too.
    """
    import builtins
    import linecache

    original = getattr(builtins, "__orig_import__", None)
    hooked = getattr(builtins.__import__, "__name__", "") == "__feature_import__"
    if original is None or not hooked:
        return False
    builtins.__import__ = original
    linecache.clearcache()  # a traceback reads its lines again when it needs them
    return True


def create_app(argv: Sequence[str]) -> QApplication:
    """The QApplication with the desk's looks (high-DPI is on by default in Qt 6)."""
    from PySide6.QtCore import Qt

    plain_imports()  # before anything heavy is imported

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
    if argv[1:2] == ["--data-safety"]:  # the bundle's own child process (ui.backup.child)
        from ui.backup.child import main as data_safety

        return data_safety(argv[2:])
    if "--smoke" in argv[1:]:
        from ui.smoke import smoke

        return smoke()
    return run(argv)


def run(argv: Sequence[str]) -> int:
    """Start the desk: one per user; the first-start assistant or the sign-in, then the window.

    The first window (sign-in dialog or assistant) shows with only what it needs loaded; the desk
    window's modules load and the database opens on the worker thread behind it (ui.startup);
    the window shows only after a staff member signed in.
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
    from ui.startup import StagedStart

    install_excepthook()
    app.aboutToQuit.connect(instance.release)
    database, demo = _database(args, settings)  # None: the assistant first (resumed if left)
    start = StagedStart(settings, database, demo)
    if args.ready_probe:
        from ui.start_probe import probe

        probe(app, start, started, quit_after=args.ready_probe == "quit")
    instance.raise_requested.connect(start.bring_to_front)
    return app.exec()


def _database(args: argparse.Namespace, settings: DeskSettings) -> tuple[Any, bool]:
    """What gives the database URL, and whether it is the demo one; None: the assistant first.

    The URL itself is built on the worker, after the first window shows.
    """
    if args.demo:
        from ui.desk import demo_url

        return demo_url, True
    from ui.first_start.state import database_configured, needs_assistant

    if needs_assistant(settings, args.db):
        return None, False
    return (lambda: database_configured(settings, args.db)), False


def first_start(window: Any, session: Any, settings: Any) -> Any:
    """No database yet: the first-start assistant over a built window, then the sign-in.

    (The desk's own start builds the window behind the assistant instead: ui.startup.)
    """
    from ui.first_start.wizard import FirstStartWizard

    wizard = FirstStartWizard(settings, window.worker, parent=window)
    session.dialog = wizard

    def finished() -> None:
        from vipdesk.logs import setup_logging

        session.ask_sign_in(False)
        window.start(wizard.final_url, False)
        setup_logging()

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
