"""Fixtures for the desk window tests: a real demo SQLite file and the real window, offscreen."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.staff_helpers import actor_for
from tests.ui.screens import use_test_screen
from vipdesk.db.models import DesignatedRelative, Member
from vipdesk.domain.people import check_digit
from vipdesk.rules import load_rules
from vipdesk.services.database import Database
from vipdesk.services.demo import add_demo_members

DEMO_MEMBERS = 2000
use_test_screen()  # offscreen: a 1366×768 desk screen instead of the plugin's 800×600


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A demo database built once per test run (copied for each test)."""
    path = tmp_path_factory.mktemp("demo") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    db.ensure_schema()
    add_demo_members(db, load_rules().current(), actor_for(db, "builder"), DEMO_MEMBERS, seed=1)
    db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.fixture
def demo_url(tmp_path, demo_template) -> str:
    """URL of this test's own copy of the demo database."""
    path = tmp_path / "desk.sqlite3"
    shutil.copyfile(demo_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def demo_db(demo_url) -> Iterator[Database]:
    """A Database handle on the test's copy (for setup and for checking what the window did)."""
    db = Database(demo_url)
    yield db
    db.dispose()


def find_member(db: Database, *conditions) -> Member:
    """The first member (by id) meeting the conditions, detached from its session."""
    with db.read() as session:
        member = session.scalars(select(Member).where(*conditions).order_by(Member.id)).first()
        assert member is not None, "the demo data has no such member"
        session.expunge(member)
        return member


def add_relative(
    db: Database, member: Member, name: str, relation: str, born: dt.date, slot: int
) -> str:
    """Insert an active VIP designated relative directly (ORM); returns their ID number."""
    body = f"{member.id_number[:6]}{born:%Y%m%d}{100 + slot:03d}"
    number = body + check_digit(body)
    with db.write() as session:
        session.add(
            DesignatedRelative(
                member_id=member.id,
                program="vip",
                slot=slot,
                name=name,
                id_number=number,
                relation=relation,
                birth_date=born,
                gender="M" if slot % 2 else "F",
                designated_on=dt.date.today() - dt.timedelta(days=30),
                status="active",
            )
        )
    return number


@pytest.fixture
def desk(sqlite_db):
    """A clerk's desk on a fresh SQLite file (a module with other needs defines its own `desk`)."""
    from types import SimpleNamespace

    return SimpleNamespace(
        db=sqlite_db,
        actor=actor_for(sqlite_db, "clerk1", "柜员一"),
        book=load_rules(),
        online_geocoder=None,
    )


@pytest.fixture
def worker(desk, qtbot):
    """The database worker thread of whichever `desk` the test uses; stopped when idle."""
    from ui.worker import DbWorker

    w = DbWorker(desk)
    w.start()
    yield w
    qtbot.waitUntil(w.is_idle, timeout=10_000)
    w.stop()


@pytest.fixture
def make_window(qtbot):
    """Build the real desk window (settings in the test's user-data folder) and open a URL."""
    from ui.main_window import DeskWindow
    from ui.settings import DeskSettings

    def make(
        url: str | None = None,
        wait_open: bool = True,
        resize: bool = True,
        staff: str = "clerk1",
        **settings,
    ):
        desk_settings = DeskSettings()
        for setting, value in settings.items():
            from ui import settings as keys

            desk_settings.set(getattr(keys, setting.upper()), value)
        window = DeskWindow(desk_settings)
        # at teardown the desk closes without asking about half-filled dialogs (its worker stops)
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "close_confirmed", True))
        if resize:
            window.resize(1280, 800)
        window.show()
        window.start(url)
        if wait_open:
            qtbot.waitUntil(lambda: window.opened is not None, timeout=15_000)
            if staff:  # the window acts as a signed-in staff member (tests skip the dialog)
                signed: list = []
                window.worker.op(lambda desk: actor_for(desk.db, staff)).success(
                    signed.append
                ).run()
                qtbot.waitUntil(lambda: bool(signed), timeout=15_000)
                window.set_actor(signed[0])
        return window

    return make


@pytest.fixture
def window(make_window, demo_url):
    """The desk window opened on the test's demo database."""
    return make_window(demo_url)


def pytest_collection_modifyitems(items):
    """The offscreen platform warns that it cannot propagate size hints: not our warning."""
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(
                pytest.mark.qt_log_ignore(
                    "propagateSizeHints", "does not support raise", "grabbing the keyboard"
                )
            )
