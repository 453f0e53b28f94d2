"""The staged start (ui/startup.py): the sign-in dialog first, the desk window built behind it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.staff_helpers import TEST_PASSWORD, actor_for
from tests.ui.conftest import find_member
from tests.ui.start_helpers import sign_in
from vipdesk.db.models import Member
from vipdesk.services.database import Database

ROOT = Path(__file__).resolve().parents[2]


def probe_lines(url: str | None, home: Path, *extra: str) -> dict[str, str]:
    """Start the real desk (`main.py`) with the ready probe; its READY/BUILT/DB lines by word."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIPDESK_HOME=str(home))
    env["VIPDESK_READY_PROBE"] = "quit"
    args = [sys.executable, str(ROOT / "main.py"), *extra]
    if url is not None:
        args += ["--db", url]
    done = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return {ln.split()[0]: ln for ln in done.stdout.splitlines() if ln.strip()}


def test_the_sign_in_dialog_shows_before_anything_heavy_is_loaded(demo_url, tmp_path):
    lines = probe_lines(demo_url, tmp_path / "home")
    ready = lines["READY"]
    assert "usable=True" in ready and "window=signInDialog" in ready
    # neither SQLAlchemy, nor the models, nor the desk window's module were imported yet
    assert ready.endswith("heavy=-"), ready
    assert "BUILT" in lines and "DBREADY" in lines  # the window and the database came after
    seconds = {word: float(lines[word].split()[1]) for word in ("READY", "BUILT", "DBREADY")}
    assert seconds["READY"] < seconds["BUILT"] <= seconds["DBREADY"]


def test_a_missing_file_still_says_so_in_plain_words_through_the_staged_start(tmp_path):
    lines = probe_lines(f"sqlite:///{tmp_path / 'gone.sqlite3'}", tmp_path / "home")
    assert "window=signInDialog" in lines["READY"] and "DBFAIL" in lines
    assert not (tmp_path / "gone.sqlite3").exists()  # nothing created


@pytest.fixture
def staged(qtbot):
    """Start the desk in this process as `ui.app.run` does (its event loop is pytest-qt's)."""
    made = []

    def start(url: str | None, demo: bool = False):
        from ui.settings import DeskSettings
        from ui.startup import StagedStart

        started = StagedStart(DeskSettings(), (lambda: url) if url else None, demo)
        made.append(started)
        return started

    yield start
    for started in made:
        window = started.window
        if window is not None:
            window.close_confirmed = True
            window.close()
        started.worker.stop()
        started.deleteLater()


def test_signing_in_reaches_a_working_search(qtbot, staged, demo_url, demo_db):
    actor_for(demo_db, "clerk3", "柜员三")
    start = staged(demo_url)
    dialog = start.first
    assert dialog.isVisible() and start.window is None  # the dialog before the window exists
    qtbot.waitUntil(lambda: start.window is not None, timeout=15_000)
    window = start.window
    assert not window.isVisible() and window.worker is start.worker
    qtbot.waitUntil(lambda: window.opened is not None, timeout=15_000)
    assert window.session.dialog is dialog  # the session took over the dialog in front
    assert window.restore_watch.presence is not None  # in the desk register before sign-in
    sign_in(qtbot, dialog, "clerk3", TEST_PASSWORD)
    qtbot.waitUntil(window.isVisible, timeout=15_000)
    assert window.actor.username == "clerk3"
    member = find_member(demo_db, Member.vip_status == "active")
    box = window.search.box
    assert box.hasFocus() or window.focusWidget() is box
    qtbot.keyClicks(box, member.name_initials)
    qtbot.waitUntil(
        lambda: window.model.query == member.name_initials and not window.model.is_searching(),
        timeout=10_000,
    )
    found = [window.model.member_id(r) for r in range(window.model.rowCount())]
    assert member.id in found


def test_the_demo_accounts_appear_once_the_demo_file_is_open(qtbot, staged, tmp_path):
    from ui.desk import DEMO_FILE

    url = f"sqlite:///{tmp_path / DEMO_FILE}"
    start = staged(url, demo=True)
    dialog = start.first
    assert not dialog.demo_note.isVisible()
    qtbot.waitUntil(lambda: dialog.demo_note.isVisible(), timeout=120_000)  # 2,000 members made
    assert "demo.super" in dialog.demo_note.text()


def test_a_file_without_staff_gets_its_first_administrator(qtbot, staged, tmp_path):
    url = f"sqlite:///{tmp_path / 'branch.sqlite3'}"
    empty = Database(url)
    empty.ensure_schema()
    empty.dispose()
    start = staged(url)
    qtbot.waitUntil(lambda: start.window is not None and start.window.opened, timeout=15_000)
    qtbot.waitUntil(lambda: start.session.dialog is not start.first, timeout=15_000)
    wizard = start.session.dialog
    assert wizard.objectName() == "firstStartWizard" and wizard.isVisible()
    assert list(wizard.ids) == ["admin"]


def test_the_desk_takes_out_pysides_import_hook_so_sources_stay_unread(tmp_path):
    code = (
        "import builtins, linecache, sys\n"
        "from ui.app import create_app\n"
        "create_app(['x'])\n"
        "hook = builtins.__import__.__name__\n"
        "import sqlalchemy.orm\n"
        "read = [f for f in linecache.cache if 'sqlalchemy' in f]\n"
        "print(hook, len(read), len(linecache.cache))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIPDESK_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    hook, read, kept = done.stdout.split()
    assert hook != "__feature_import__"  # (shiboken's lazy Qt loading below it stays)
    assert read == "0"  # no module's source kept in linecache
    assert kept == "0"  # nor what the hook read before create_app took it out


def test_the_window_is_not_built_while_the_clerk_types(qtbot, staged, demo_url):
    from PySide6.QtCore import Qt

    start = staged(demo_url)
    box, typed = start.first.username, 0
    while start.import_seconds == 0 or typed < 20:  # modules in, and still typing after that
        qtbot.keyClick(box, Qt.Key.Key_A)
        typed += 1
        qtbot.wait(80)
        assert start.window is None  # no keystroke waited for the window to be built
        assert typed < 500, "the window's modules never came in"
    qtbot.waitUntil(lambda: start.window is not None, timeout=15_000)  # at the first pause
    assert box.text() == "a" * typed  # nothing typed was lost
    qtbot.waitUntil(lambda: start.window.opened is not None, timeout=15_000)


def test_quitting_while_the_opening_waits_for_the_window_ends_at_once(qtbot, staged, demo_url):
    import time

    from PySide6.QtCore import Qt

    start = staged(demo_url)
    box = start.first.username
    while start.import_seconds == 0 or start.worker.running_since is None:
        qtbot.keyClick(box, Qt.Key.Key_A)  # typing: the window waits, the opening waits for it
        qtbot.wait(50)
    assert start.window is None
    began = time.monotonic()
    start.stop()
    assert time.monotonic() - began < 3  # not the opening's 10 s wait
    assert start.worker.desk._db is None  # nothing was opened
