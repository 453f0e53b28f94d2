"""Fixtures of the tests/db direct-path tests (test_cli_sqlite_direct*.py)."""

from __future__ import annotations

import sqlite3

import pytest

from tests.db.direct_twins import DIRECT, USUAL
from vipdesk.cli import main
from vipdesk.services import sqlite_direct


@pytest.fixture
def twins(tmp_path, capsys):
    """Two identical demo databases: (direct URL, usual URL, an ID number, a name, a card)."""
    first = tmp_path / "direct.sqlite3"
    assert main(["--db", DIRECT.format(first), "demo", "--members", "60", "--seed", "5"]) == 0
    capsys.readouterr()
    second = tmp_path / "usual.sqlite3"
    src, dst = sqlite3.connect(first), sqlite3.connect(second)
    src.backup(dst)
    row = src.execute(
        "SELECT m.id_number, m.name, c.number FROM members m JOIN cards c ON c.member_id = m.id "
        "ORDER BY m.id"
    ).fetchone()
    src.close()
    dst.close()
    return DIRECT.format(first), USUAL.format(second), *row


@pytest.fixture
def direct_opened(monkeypatch):
    """The files the direct path opened (to prove which path a command took)."""
    opened: list[object] = []
    real = sqlite_direct.open_file

    def spy(url):
        found = real(url)
        opened.append(found)
        return found

    monkeypatch.setattr(sqlite_direct, "open_file", spy)
    return opened
