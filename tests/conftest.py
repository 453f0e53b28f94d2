"""Shared fixtures: an isolated user-data folder, and real databases (SQLite file, PostgreSQL)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.staff_helpers import TEST_PASSWORD, actor_for
from vipdesk.rules import Rules, load_rules
from vipdesk.services import passwords
from vipdesk.services.database import Actor, Database

PG_URL = os.environ.get("VIPDESK_TEST_PG_URL")
PG_SKIP = "PostgreSQL half skipped: VIPDESK_TEST_PG_URL is not set (.ci/run sets it)"


# Cheap Argon2id in the test run (hundreds of accounts); the real parameters are measured by
# bench/bench_auth.py and their rehash-on-change is tested in tests/db/test_staff.py.
passwords.configure(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(autouse=True)
def user_home(tmp_path, monkeypatch) -> Iterator[os.PathLike[str]]:
    """Every test gets its own user-data folder, no inherited database URL, and the test
    password in VIPDESK_PASSWORD (command-line tests sign in with `--as`)."""
    home = tmp_path / "home"
    monkeypatch.setenv("VIPDESK_HOME", str(home))
    monkeypatch.delenv("VIPDESK_DB", raising=False)
    monkeypatch.setenv("VIPDESK_PASSWORD", TEST_PASSWORD)
    yield home


def _pg_database(template: str = "template0") -> Iterator[str]:
    if not PG_URL:
        pytest.skip(PG_SKIP)
    name = f"vd_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}" ENCODING \'UTF8\''))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory) -> Path:
    """An SQLite file migrated once per run; `db` and `sqlite_db` hand each test a copy
    (the same file the migrations make, without running them ~1,000 times)."""
    path = tmp_path_factory.mktemp("migrated") / "desk.sqlite3"
    database = Database(f"sqlite:///{path}")
    database.ensure_schema()
    database.dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file alone holds everything
    conn.close()
    return path


@pytest.fixture(scope="session")
def migrated_pg() -> Iterator[str]:
    """A PostgreSQL database migrated once per run: the template of each test's `db`."""
    for url in _pg_database():
        database = Database(url)
        database.ensure_schema()
        database.dispose()  # a template may have no connections
        yield str(make_url(url).database)


def _migrated_sqlite_copy(request, path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(request.getfixturevalue("migrated_sqlite"), path)
    return f"sqlite:///{path}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_kind(request) -> str:
    """Each database test runs on a real SQLite file, then on a real PostgreSQL database."""
    return request.param


@pytest.fixture
def db_url(request, db_kind, tmp_path) -> Iterator[str]:
    """A URL of an empty database: a real SQLite file, then a real PostgreSQL database.

    A test that also uses `db` gets that database's URL (one database per test).
    """
    if "db" in request.fixturenames:
        yield request.getfixturevalue("db").url
    elif db_kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    else:
        yield from _pg_database()


@pytest.fixture
def pg_only_db(request) -> Iterator[Database]:
    """A migrated, empty PostgreSQL database, for tests about PostgreSQL itself."""
    if not PG_URL:
        pytest.skip(PG_SKIP)
    for url in _pg_database(request.getfixturevalue("migrated_pg")):
        database = Database(url)
        database.ensure_schema()
        yield database
        database.dispose()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    """A URL of an SQLite file (for tests that are about SQLite itself)."""
    return f"sqlite:///{tmp_path / 'desk.sqlite3'}"


@pytest.fixture
def sqlite_db(request, tmp_path) -> Iterator[Database]:
    """A migrated, empty SQLite file in WAL mode, like a desk's (for SQLite-only paths)."""
    database = Database(_migrated_sqlite_copy(request, tmp_path / "desk.sqlite3"))
    database.ensure_schema()
    yield database
    database.dispose()


@pytest.fixture
def sqlite_admin(sqlite_db):
    """An administrator of `sqlite_db`."""
    from tests.staff_helpers import test_admin

    return test_admin(sqlite_db)


@pytest.fixture
def db(request, db_kind, tmp_path) -> Iterator[Database]:
    """A migrated, empty database: a copy of the one migrated for this run (`ensure_schema`
    then finds it current), on SQLite at the test's `desk.sqlite3` as before."""
    if db_kind == "sqlite":
        urls: Iterator[str] = iter([_migrated_sqlite_copy(request, tmp_path / "desk.sqlite3")])
    else:
        if not PG_URL:
            pytest.skip(PG_SKIP)
        urls = _pg_database(request.getfixturevalue("migrated_pg"))
    for url in urls:
        database = Database(url)
        database.ensure_schema()
        yield database
        database.dispose()


@pytest.fixture
def actor(db) -> Actor:
    """A clerk signed in on the database (a real account with the test password)."""
    return actor_for(db, "clerk1", "柜员一")


@pytest.fixture
def rules() -> Rules:
    """The rules in force today."""
    return load_rules().current()
