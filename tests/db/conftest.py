"""Fixtures of the tests/db direct-path tests (test_cli_direct*.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from tests.db.direct_twins import DIRECT, PG_USUAL, USUAL, rows
from vipdesk.cli import main
from vipdesk.services import pg_direct, sqlite_direct

FIRST = (
    "SELECT m.id_number, m.name, c.number FROM members m JOIN cards c ON c.member_id = m.id "
    "ORDER BY m.id"
)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def twins(request, tmp_path, capsys) -> Iterator[tuple[str, ...]]:
    """Two identical demo databases, on SQLite then on PostgreSQL: (direct URL, usual URL, an
    ID number, a name, a card)."""
    if request.param == "sqlite":
        first = tmp_path / "direct.sqlite3"
        assert main(["--db", DIRECT.format(first), "demo", "--members", "60", "--seed", "5"]) == 0
        capsys.readouterr()
        second = tmp_path / "usual.sqlite3"
        src, dst = sqlite3.connect(first), sqlite3.connect(second)
        src.backup(dst)
        src.close()
        dst.close()
        yield DIRECT.format(first), USUAL.format(second), *rows(DIRECT.format(first), FIRST)[0]
        return
    from tests.conftest import _pg_database

    empty = request.getfixturevalue("pg_only_db")
    url = empty.url
    empty.dispose()  # a template database must have no connections
    assert main(["--db", url, "demo", "--members", "60", "--seed", "5"]) == 0
    capsys.readouterr()
    name = url.rsplit("/", 1)[1]
    rows(url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "  # a template: alone
         "WHERE datname = ? AND pid <> pg_backend_pid()", (name,))  # fmt: skip
    for second in _pg_database(name):
        yield url, PG_USUAL.format(second), *rows(url, FIRST)[0]


@pytest.fixture
def direct_opened(monkeypatch):
    """The files and servers the direct path opened (to prove which path a command took)."""
    opened: list[object] = []
    for module, name in ((sqlite_direct, "open_file"), (pg_direct, "open_server")):
        real = getattr(module, name)

        def spy(*args, real=real):
            found = real(*args)
            opened.append(found)
            return found

        monkeypatch.setattr(module, name, spy)
    return opened
