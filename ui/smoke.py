"""`VIPDesk --smoke`: a self-check of an installed or bundled desk, exit 0 or name what is missing.

It works in a temporary user-data folder and database (nothing of the user's is touched): the
data files and translations are there, the database is created by the migrations, demo members
are added, a search finds them, an eligibility check resolves a place name, a letter (with its QR
code) and a handbook render and open in Qt's PDF module, and the desk window opens offscreen.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

DATA_FILES = (
    "rules.toml",
    "catalog.toml",
    "permissions.toml",
    "handbook/content.toml",
    "gazetteer/places.csv",
    "gazetteer/points.csv",
    "i18n/vipdesk_zh_CN.qm",
    "i18n/vipdesk_en.qm",
)
QT_TRANSLATIONS = ("qtbase_zh_CN.qm", "qtbase_en.qm")
SMOKE_ADMIN = ("smoke.admin", "Smoke Admin", "smoke-check-password-2026")
SMOKE_CLERK = ("smoke.clerk", "Smoke Clerk", "smoke-clerk-password-2026")
WINDOW_TIMEOUT_S = 30


class SmokeFailure(Exception):
    """One check failed; the message names what is missing."""


def cli(*args: str, stdin: str = "", ok: tuple[int, ...] = (0,)) -> str:
    """Run a `vipdesk` command in this process; its stdout, or SmokeFailure with its stderr."""
    from vipdesk.cli import main

    out, err = io.StringIO(), io.StringIO()
    saved_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(list(args))
    except SystemExit as exc:  # argparse: unknown command or option
        status = exc.code if isinstance(exc.code, int) else 2
    finally:
        sys.stdin = saved_stdin
    if status not in ok:
        raise SmokeFailure(f"`vipdesk {' '.join(args)}` exit {status}: {err.getvalue().strip()}")
    return out.getvalue()


def check_data_files() -> str:
    """Every data file of vipdesk.resources and Qt's own Chinese and English translations."""
    from PySide6.QtCore import QLibraryInfo

    from vipdesk.assets import resource

    missing = [name for name in DATA_FILES if not resource(name).is_file()]
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    missing += [f"Qt {n}" for n in QT_TRANSLATIONS if not (qt_dir / n).is_file()]
    if missing:
        raise SmokeFailure("missing data files: " + ", ".join(missing))
    from vipdesk.documents.content import load_content
    from vipdesk.domain.catalog import load_catalog
    from vipdesk.geo.gazetteer import gazetteer
    from vipdesk.rules import load_rules

    load_rules(), load_catalog(), load_content(), gazetteer()
    return f"{len(DATA_FILES)} data files, Qt translations in {qt_dir}"


def check_commands() -> str:
    """The command modules (found through pkgutil) registered their sub-commands."""
    import argparse

    from vipdesk.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    wanted = {"init", "demo", "search", "check", "print"}
    missing = wanted - set(sub.choices)
    if missing:
        raise SmokeFailure("command modules not found: " + ", ".join(sorted(missing)))
    return f"{len(sub.choices)} commands"


def _signs_in() -> bool:
    """True when the command line asks for staff passwords (`--password-stdin`)."""
    from vipdesk.cli import build_parser

    return "--password-stdin" in build_parser().format_help()


def acting(url: str, who: tuple[str, str, str] = SMOKE_CLERK) -> tuple[list[str], str]:
    """Global options and stdin that let commands act as `who` (username, name, password)."""
    user, _name, password = who
    if _signs_in():
        return ["--db", url, "--as", user, "--password-stdin"], password + "\n"
    return ["--db", url, "--as", user], ""


def prepare_database(url: str, members: int) -> None:
    """Create the database with an administrator and a clerk, and add demo members."""
    admin, clerk = SMOKE_ADMIN, SMOKE_CLERK
    if not _signs_in():
        cli("--db", url, "init")
        cli("--db", url, "--as", admin[0], "demo", "--members", str(members), "--seed", "7")
        return
    cli("--db", url, "init", "--admin", admin[0], "--name", admin[1], "--password-stdin",
        stdin=admin[2] + "\n")  # fmt: skip
    glob, stdin = acting(url, admin)
    cli(*glob, "demo", "--members", str(members), "--seed", "7", stdin=stdin)
    first = clerk[2] + "-first"  # an account an administrator made must change its password
    cli(*glob, "staff", "add", clerk[0], "--name", clerk[1], "--role", "clerk",
        "--password-stdin", stdin=stdin + first + "\n")  # fmt: skip
    # standard input: the signer's (old) password, then the new one
    cli("--db", url, "--as", clerk[0], "--password-stdin", "staff", "change-password",
        "--password-stdin", stdin=f"{first}\n{clerk[2]}\n")  # fmt: skip


class Smoke:
    """The checks in order, each timed and reported on stdout."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.url = "sqlite:///" + (folder / "smoke.sqlite3").as_posix()
        self.card = ""
        self.pdfs: list[Path] = []

    def database(self) -> str:
        """Create the database through the migrations and add demo members."""
        prepare_database(self.url, 50)
        return "migrated, 50 demo members, an administrator and a clerk"

    def search(self) -> str:
        """A search by a surname finds members with cards."""
        glob, stdin = acting(self.url)
        for text in ("王", "李", "张", "刘", "陈"):
            found = json.loads(cli(*glob, "search", text, "--json", stdin=stdin))
            carded = [m for m in found if m.get("card_number")]
            if carded:
                self.card = str(carded[0]["card_number"])
                return f"{len(found)} found for {text}"
        raise SmokeFailure("search found no member with a card among the demo members")

    def eligibility(self) -> str:
        """An eligibility check with a place name resolved by the gazetteer."""
        glob, stdin = acting(self.url)
        out = cli(
            *glob,
            "check",
            self.card,
            "--service",
            "domestic_rescue",
            "--location",
            "上海市浦东新区",
            "--json",
            stdin=stdin,
            ok=(0, 3),  # not eligible exits 3: still an answer
        )
        result = json.loads(out)
        if result.get("distance_km") is None or not result.get("location"):
            raise SmokeFailure(f"place name not resolved: {result.get('location')!r}")
        return f"{result['location']}, {result['distance_km']} km, eligible={result['eligible']}"

    def documents(self) -> str:
        """A letter (QR code) and a handbook render, embed a CJK font and open in QtPdf."""
        from reportlab.graphics.barcode import createBarcodeDrawing

        createBarcodeDrawing("QR", value="smoke")  # the barcode modules load by name
        try:  # ReportLab falls back to pure Python silently: the bundle must carry it
            import _rl_accel  # noqa: F401
        except ImportError as exc:
            raise SmokeFailure("ReportLab's accelerator _rl_accel is missing") from exc
        glob, stdin = acting(self.url)
        letter, handbook = self.folder / "letter.pdf", self.folder / "handbook.pdf"
        cli(*glob, "print", "letter", self.card, "-o", str(letter), stdin=stdin)
        cli(*glob, "print", "handbook", "--tier", "gold", "-o", str(handbook), stdin=stdin)
        self.pdfs = [letter, handbook]
        from vipdesk.documents.fonts import document_font

        font = document_font()
        sizes = ", ".join(f"{p.name} {p.stat().st_size // 1024} KB" for p in self.pdfs)
        return f"{sizes}; font {font.description}"

    def pdf_module(self) -> str:
        """Qt's PDF module opens both documents."""
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        pages = []
        for path in self.pdfs:
            doc = QPdfDocument(app)
            if doc.load(str(path)) != QPdfDocument.Error.None_ or doc.pageCount() < 1:
                raise SmokeFailure(f"Qt PDF module cannot open {path.name}")
            pages.append(doc.pageCount())
        return f"pages {pages}"

    def window(self) -> str:
        """The desk window opens offscreen on the database, in Chinese, and finds a member."""
        from PySide6.QtCore import QEventLoop, QTimer

        from ui.app import create_app
        from ui.look import install_translations
        from ui.main_window import DeskWindow
        from ui.settings import DeskSettings

        app = create_app([sys.argv[0]])
        loaded = install_translations(app, "zh_CN")
        if "qtbase_zh_CN" not in loaded:
            raise SmokeFailure(f"Qt's Chinese translation not loaded (loaded: {loaded})")
        window = DeskWindow(DeskSettings())
        try:
            window.show()
            outcome: list[object] = []
            window.database_opened.connect(outcome.append)
            window.start(self.url)
            _wait(lambda: bool(outcome) or not window.search.box.isEnabled(), app)
            if not outcome:
                raise SmokeFailure("the desk window did not open the database")
            if _signs_in():
                window.set_actor(_sign_in(self.url, SMOKE_CLERK))
            window.search.search_now("王")
            _wait(lambda: window.model.rowCount() > 0 or not window.model.is_searching(), app)
            _wait(lambda: window.model.rowCount() > 0, app, 2)
            if not (window.isVisible() and window.search.box.isVisible()):
                raise SmokeFailure("the desk window or its search box is not shown")
            rows = window.model.rowCount()
            if rows == 0:
                hint = window.search.hint.text()
                raise SmokeFailure(f"the desk window's search found nobody ({hint})")
            return f"shown, database open, {rows} found for 王"
        finally:
            window.close()
            loop = QEventLoop()
            QTimer.singleShot(0, loop.quit)
            loop.exec()


def _sign_in(url: str, who: tuple[str, str, str]) -> Any:
    """The staff member `who`, signed in (as the sign-in dialog would)."""
    from vipdesk.services.database import Database
    from vipdesk.services.staff import sign_in

    db = Database(url)
    try:
        return sign_in(db, who[0], who[2])
    finally:
        db.dispose()


def _wait(done: Callable[[], bool], app: Any, timeout_s: float = WINDOW_TIMEOUT_S) -> None:
    """Run the event loop until `done()` or the timeout."""
    deadline = time.monotonic() + timeout_s
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def smoke(report: Callable[[str], Any] = print) -> int:
    """Run every check; 0 when all pass, 1 naming the first that failed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="vipdesk-smoke-") as tmp:
        folder = Path(tmp)
        os.environ["VIPDESK_HOME"] = str(folder / "home")  # settings and logs stay in here
        os.environ.pop("VIPDESK_DB", None)
        run = Smoke(folder)
        steps: list[tuple[str, Callable[[], str]]] = [
            ("data files", check_data_files),
            ("command modules", check_commands),
            ("database", run.database),
            ("search", run.search),
            ("eligibility", run.eligibility),
            ("documents", run.documents),
            ("desk window", run.window),
            ("Qt PDF module", run.pdf_module),
        ]
        for name, step in steps:
            t0 = time.perf_counter()
            try:
                detail = step()
            except Exception as exc:  # any failure is the answer: name it and stop
                report(f"SMOKE FAILED at {name}: {type(exc).__name__}: {exc}")
                return 1
            report(f"ok  {name:<16} {time.perf_counter() - t0:6.2f} s  {detail}")
    from vipdesk import __version__

    report(f"SMOKE OK: VIP Desk {__version__}, {time.perf_counter() - started:.1f} s")
    return 0
