"""Fixtures of the data-safety tests: an SQLite desk with demo members and its administrator."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.safety.helpers import populate
from vipdesk.paths import sqlite_url
from vipdesk.services.database import Actor, Database


@pytest.fixture
def desk_path(tmp_path) -> Path:
    """Where the desk's SQLite file lives."""
    return tmp_path / "desk" / "vipdesk.sqlite3"


@pytest.fixture
def desk(desk_path, migrated_sqlite) -> Iterator[Database]:
    """A migrated SQLite desk with 60 demo members, tiers and cards."""
    desk_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(migrated_sqlite, desk_path)  # the run's migrated file (tests/conftest.py)
    database = Database(sqlite_url(desk_path))
    database.ensure_schema()
    populate(database)
    yield database
    database.dispose()


@pytest.fixture
def admin(desk) -> Actor:
    """The desk's administrator."""
    from tests.safety.helpers import admin_of

    return admin_of(desk)
