"""Signing in, and which URLs take the direct path, on the driver alone (issue 14): SQLite's
and psycopg.

The twins of tests/db/direct_twins.py: the same commands on a direct and a usual URL must end
with the same output, exit status, staff rows and audit records.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.db.direct_twins import chain_is_whole, run, state
from vipdesk.cli import main
from vipdesk.errors import DatabaseError
from vipdesk.services import pg_direct, sqlite_direct


def _clockless(seen: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """Outcomes with any HH:MM clock time blanked."""
    return [(status, re.sub(r"\d\d:\d\d", "HH:MM", out), re.sub(r"\d\d:\d\d", "HH:MM", err))
            for status, out, err in seen]  # fmt: skip


def test_every_sign_in_case_ends_the_same_on_both_paths(twins, capsys, monkeypatch):
    """Wrong password, lockout, missing password, unknown user, a refused role, a disabled and
    a reset account: same messages, exit statuses, failure counts, locks and audit records."""
    direct, usual, _, name, _ = twins
    outcomes = {}
    for url in (direct, usual):
        seen = []

        def search(user: str, password: str | None, url=url, seen=seen) -> None:
            if password is None:
                monkeypatch.delenv("VIPDESK_PASSWORD")
            else:
                monkeypatch.setenv("VIPDESK_PASSWORD", password)
            seen.append(run(capsys, url, "--as", user, "search", name, "--json"))

        search("demo.clerk", "vipdesk-demo-2026")
        search("demo.clerk", "wrong password")
        search("demo.clerk", None)  # no password at all: counts as a failure too
        search("nobody", "vipdesk-demo-2026")
        search("demo.admin", "vipdesk-demo-2026")  # admins may not search: refused, recorded
        search("demo.clerk", "vipdesk-demo-2026")  # success resets the count
        for _ in range(5):
            search("demo.super", "wrong password")  # the fifth locks the account
        search("demo.super", "vipdesk-demo-2026")  # locked: refused although right
        monkeypatch.setenv("VIPDESK_PASSWORD", "vipdesk-demo-2026")
        assert run(capsys, url, "--as", "demo.admin", "staff", "disable", "demo.clerk")[0] == 0
        search("demo.clerk", "vipdesk-demo-2026")  # disabled
        outcomes[url] = seen
    # the lock message names the time the lock ends (HH:MM): the two runs may straddle a minute
    assert re.search(r"请于 \d\d:\d\d 后再试", outcomes[direct][11][2]), outcomes[direct][11]
    assert _clockless(outcomes[direct]) == _clockless(outcomes[usual])
    statuses = [status for status, _, _ in outcomes[direct]]
    assert statuses == [0, 2, 2, 2, 3, 0, 2, 2, 2, 2, 2, 2, 2]
    assert "锁定" in outcomes[direct][11][2] and "停用" in outcomes[direct][12][2]
    assert state(direct) == state(usual)
    actions = [row[2] for row in state(direct)[1]]
    assert {"staff.sign_in_failed", "staff.locked", "staff.sign_in_refused"} <= set(actions)
    assert "permission.refused" in actions
    assert chain_is_whole(capsys, direct)


def test_a_reset_password_must_be_changed_first_on_the_direct_path(twins, capsys, monkeypatch):
    direct, usual, _, name, _ = twins
    results = []
    for url in (direct, usual):
        monkeypatch.setenv("VIPDESK_PASSWORD", "vipdesk-demo-2026")
        monkeypatch.setattr(sys, "stdin", __import__("io").StringIO("new-password-123\n"))
        reset = ["--as", "demo.admin", "staff", "reset-password", "demo.clerk", "--password-stdin"]
        assert run(capsys, url, *reset)[0] == 0
        monkeypatch.setenv("VIPDESK_PASSWORD", "new-password-123")
        results.append(run(capsys, url, "--as", "demo.clerk", "search", name))
    assert results[0] == results[1]
    assert results[0][0] == 2 and "staff change-password" in results[0][2]


@pytest.mark.parametrize(
    ("url", "file"),
    [
        ("sqlite:////data/desk.sqlite3", "/data/desk.sqlite3"),
        ("sqlite+pysqlite:///rel/desk.sqlite3", "rel/desk.sqlite3"),
        ("sqlite:////data/a%20b.sqlite3", "/data/a%20b.sqlite3"),  # as SQLAlchemy reads it
        ("sqlite:////data/desk.sqlite3?timeout=3", None),
        ("sqlite:///file:/data/desk.sqlite3?uri=true", None),
        ("sqlite:///:memory:", None),
        ("sqlite://", None),
        ("postgresql+psycopg://u@h/db", None),
    ],
)
def test_only_plain_sqlite_file_urls_take_the_direct_path(url, file):
    found = sqlite_direct.file_of(url)
    assert (None if found is None else found.as_posix()) == file
    if file is not None:  # the same file SQLAlchemy would open
        from vipdesk.paths import sqlite_path

        assert sqlite_path(url) == Path(file)


def test_the_direct_path_opens_the_file_as_the_engine_does(sqlite_url):
    from vipdesk.db import engine

    assert sqlite_direct.BUSY_TIMEOUT_MS == engine.BUSY_TIMEOUT_MS
    assert sqlite_direct.open_file(sqlite_url) is None  # no file: the usual path refuses it
    from vipdesk.services.database import Database

    db = Database(sqlite_url)
    db.ensure_schema()
    db.dispose()
    opened = sqlite_direct.open_file(sqlite_url)
    assert opened is not None
    assert opened.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert opened.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert opened.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    opened.conn.execute("UPDATE alembic_version SET version_num = '0001'")
    opened.close()
    assert sqlite_direct.open_file(sqlite_url) is None  # an upgrade is due: the usual path


def test_postgresql_takes_the_direct_path_unless_its_url_has_options(db_url, capsys, direct_opened):
    assert main(["--db", db_url, "demo", "--members", "20", "--seed", "2"]) == 0
    capsys.readouterr()
    status, out, _ = run(capsys, db_url, "--as", "demo.clerk", "search", "wang", "--json")
    assert status == 0 and isinstance(json.loads(out), list)
    assert direct_opened[0] is not None  # a plain URL: SQLite file or server on its driver
    assert direct_opened[0].dialect == db_url.split(":")[0].split("+")[0]
    if db_url.startswith("postgresql"):
        with_options = db_url + "?connect_timeout=10"
        assert run(capsys, with_options, "--as", "demo.clerk", "search", "wang", "--json") == (
            status,
            out,
            "",
        )
        assert direct_opened[-1] is None  # a query string: the usual path


@pytest.mark.parametrize(
    ("url", "server"),
    [
        ("postgresql://u@h/db", ("postgresql://u@h/db", "postgresql+psycopg://u@h/db")),
        ("postgresql+psycopg://u:p%40ss@h:5433/db",
         ("postgresql://u:p%40ss@h:5433/db", "postgresql+psycopg://u:***@h:5433/db")),
        ("postgresql+psycopg://u@h/db?sslmode=require", None),
        ("postgresql+psycopg://u@h/db#x", None),
        ("postgresql+asyncpg://u@h/db", None),
        ("sqlite:////data/desk.sqlite3", None),
        (None, None),
    ],
)  # fmt: skip
def test_only_plain_postgresql_urls_take_the_direct_path(url, server):
    assert pg_direct.server_of(url) == server
    if server is not None:  # messages name the server as the engine's messages do
        from sqlalchemy.engine import make_url

        from vipdesk.db.engine import make_engine

        engine = make_engine(url)
        assert engine.url.render_as_string(hide_password=True) == server[1]
        engine.dispose()
        assert make_url(server[0]).database == make_url(url).database


def test_an_unreachable_server_is_said_the_same_on_both_paths(capsys):
    url = "postgresql+psycopg://nobody@127.0.0.1:1/vipdesk"  # port 1: nothing listens
    with pytest.raises(DatabaseError) as direct:
        pg_direct.open_server(url)
    assert "无法连接数据库服务器" in str(direct.value)
    status, out, err = run(capsys, url, "--as", "demo.clerk", "search", "wang")
    assert status == 2 and str(direct.value) in err
    status, _, usual_err = run(capsys, url + "?connect_timeout=5", "--as", "demo.clerk",
                               "search", "wang")  # fmt: skip
    assert status == 2 and usual_err.replace("?connect_timeout=5", "") == err


@pytest.mark.postgres
def test_an_old_schema_on_a_server_is_left_to_the_usual_path(pg_only_db):
    opened = pg_direct.open_server(pg_only_db.url)
    assert opened is not None and opened.dialect == "postgresql"
    opened.conn.execute("UPDATE alembic_version SET version_num = ?", ("0001",))
    opened.close()
    assert pg_direct.open_server(pg_only_db.url) is None  # an upgrade is due: the usual path


PROBE = """
import json, sys
from vipdesk.services import passwords
passwords.configure(time_cost=1, memory_cost=1024, parallelism=1)  # as the demo hashes were made
from vipdesk.cli import main
status = main(sys.argv[1:])
print(json.dumps([status, sorted(sys.modules)]), file=sys.stderr)
"""


def loaded(*argv: str) -> tuple[int, str, list[str]]:
    """Exit status, stdout and imported modules of one `vipdesk` run in a fresh interpreter."""
    run_ = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, timeout=120
    )
    status, modules = json.loads(run_.stderr.strip().splitlines()[-1])
    return status, run_.stdout, modules


def test_search_member_check_and_letter_import_no_sqlalchemy(twins, capsys, tmp_path):
    direct, usual, id_number, name, _ = twins
    status, out, modules = loaded("--db", direct, "--as", "demo.clerk", "search", name, "--json")
    assert status == 0 and json.loads(out)
    assert [m for m in modules if m.split(".")[0] in ("sqlalchemy", "alembic")] == []
    assert not any(
        m.startswith(("vipdesk.db.models", "vipdesk.services.database")) for m in modules
    )
    assert (status, out) == run(capsys, usual, "--as", "demo.clerk", "search", name, "--json")[:2]
    argv = ["--as", "demo.clerk", "member", id_number, "--json"]
    status, out, modules = loaded("--db", direct, *argv)
    assert status == 0 and json.loads(out)["name"]
    assert [m for m in modules if m.split(".")[0] in ("sqlalchemy", "alembic")] == []
    assert (status, out) == run(capsys, usual, *argv)[:2]
    status, out, modules = loaded("--db", direct, *argv[:-1])  # as text: the same
    assert [m for m in modules if m.split(".")[0] in ("sqlalchemy", "alembic")] == []
    assert (status, out) == run(capsys, usual, *argv[:-1])[:2]
    argv = ["--as", "demo.clerk", "check", id_number, "--service", "health_check", "--json"]
    status, out, modules = loaded("--db", direct, *argv)
    assert status in (0, 3)
    assert [m for m in modules if m.split(".")[0] in ("sqlalchemy", "alembic")] == []
    assert (status, out) == run(capsys, usual, *argv)[:2]
    argv = ["--as", "demo.clerk", "print", "letter", id_number, "-o", str(tmp_path / "l.pdf")]
    status, _, modules = loaded("--db", direct, *argv)
    assert status == 0
    assert [m for m in modules if m.split(".")[0] in ("sqlalchemy", "alembic")] == []
