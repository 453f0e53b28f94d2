"""The composition root of the GUI: application, looks, translations, settings, window."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence

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
        "--ready-probe",
        choices=("print", "quit"),
        default=os.environ.get(PROBE_ENV)
        and ("quit" if os.environ[PROBE_ENV] == "quit" else "print"),
        help="print the seconds until the search box is usable",
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
    """Start the desk: the window shows first, the database opens on the worker thread."""
    started = time.perf_counter()
    args = parse_args(argv)
    app = create_app(argv)
    settings = DeskSettings()
    install_translations(app, settings.get(LANGUAGE))
    from ui.messages import install_excepthook

    install_excepthook()
    window = DeskWindow(settings)
    window.show()
    window.search.focus_search()
    if args.ready_probe:
        _probe(app, window, started, quit_after=args.ready_probe == "quit")
    QTimer.singleShot(0, lambda: _start(window, args.db))
    return app.exec()


def _start(window: DeskWindow, url: str | None) -> None:
    from vipdesk.logs import setup_logging

    window.start(url)
    setup_logging()


def _probe(app: QApplication, window: DeskWindow, started: float, quit_after: bool) -> None:
    """Print when the search box is usable (READY) and when the database answers (DBREADY)."""

    def ready() -> None:
        usable = window.search.box.isVisible() and window.search.box.hasFocus()
        print(f"READY {time.perf_counter() - started:.3f} usable={usable}", flush=True)

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
