"""`vipdesk search` on an SQLite file reads on the driver alone (issue 14): same answers.

The direct path (`services.sqlite_direct`, `services.staff_sqlite`) signs in and searches without
SQLAlchemy. Each test runs the same commands on two copies of one demo database: one named by a
plain `sqlite:///` URL (the direct path), one by the same file with `?timeout=10` (a URL the
direct path leaves to the usual SQLAlchemy path). Output, exit status, the staff rows and the
audit log must come out the same, and the audit chain must stay whole.
"""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from vipdesk.cli import main
from vipdesk.services import sqlite_direct

DIRECT = "sqlite:///{}"
USUAL = "sqlite:///{}?timeout=10"


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


def run(capsys, url: str, *argv: str) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of one in-process `vipdesk` run."""
    status = main(["--db", url, *argv])
    out = capsys.readouterr()
    return status, out.out, out.err


def state(url: str) -> tuple[list[tuple], list[tuple]]:
    """Staff rows and audit records without the times, hashes and ids that differ by nature."""
    conn = sqlite3.connect(url.removeprefix("sqlite:///").split("?")[0])
    staff = conn.execute(
        "SELECT id, username, failed_count, locked_until IS NULL, last_sign_in_at IS NULL, "
        "password_hash FROM staff_users ORDER BY id"
    ).fetchall()
    audit = conn.execute(
        'SELECT seq, staff_id, action, entity, entity_id, member_id, "before", "after" '
        "FROM audit_log ORDER BY seq"
    ).fetchall()
    conn.close()
    return staff, audit


def chain_is_whole(capsys, url: str) -> bool:
    """`vipdesk audit verify` (by an administrator) finds no break."""
    status, out, _ = run(capsys, url, "--as", "demo.admin", "audit", "verify")
    return status == 0 and "无断点" in out


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


def test_search_answers_the_same_on_the_direct_path(twins, capsys, direct_opened):
    direct, usual, id_number, name, card = twins
    queries = [name, name[0], name[1:], "wang", "zh", id_number, id_number[-6:], card, "ZZ-NONE"]
    for query in queries:
        for extra in (["--json"], [], ["--limit", "3", "--json"]):
            argv = ["--as", "demo.clerk", "search", query, *extra]
            assert run(capsys, direct, *argv) == run(capsys, usual, *argv), (query, extra)
    assert direct_opened and all(found is not None for found in direct_opened[::2])
    assert direct_opened[1::2] == [None] * (len(direct_opened) // 2)  # the usual URL: not direct
    assert state(direct) == state(usual)
    assert chain_is_whole(capsys, direct) and chain_is_whole(capsys, usual)


def test_member_reads_the_same_on_the_direct_path(twins, capsys, direct_opened, monkeypatch):
    """Every member of the demo database, JSON and text, after relatives, service use and an
    account manager were added the same way to both copies."""
    direct, usual, _, _, _ = twins
    conn = sqlite3.connect(direct.removeprefix("sqlite:///"))
    refs = [r[0] for r in conn.execute("SELECT id_number FROM members ORDER BY id")]
    tiered = [
        r[0]
        for r in conn.execute(
            "SELECT id_number FROM members WHERE tier IN ('platinum', 'diamond') ORDER BY id"
        )
    ]
    card = conn.execute("SELECT number FROM cards ORDER BY id").fetchone()[0]
    policy = conn.execute("SELECT policy_no FROM policies ORDER BY id").fetchone()[0]
    conn.close()
    for url in (direct, usual):
        setup = [
            ["--as", "demo.super", "relative", "add", tiered[0], "--name", "王丽",
             "--id-number", "110101196504120028", "--relation", "spouse"],
            ["--as", "demo.super", "relative", "add", tiered[0], "--name", "王小明",
             "--id-number", "310101201001010012", "--relation", "child"],
            ["--as", "demo.clerk", "usage", "record", tiered[1], "--service", "health_check"],
            ["--as", "demo.super", "care", "assign", tiered[2], "demo.clerk"],
        ]  # fmt: skip
        for argv in setup:
            status, _, err = run(capsys, url, *argv)
            assert status == 0, (argv, err)
    signed = ["--as", "demo.clerk", "member"]
    for ref in [*refs, card, policy, "110101199003070038", "8868000000000000", "NOPE-1"]:
        for extra in (["--json"], []):
            mine = run(capsys, direct, *signed, ref, *extra)
            assert mine == run(capsys, usual, *signed, ref, *extra), (ref, extra)
    assert len([f for f in direct_opened if f is not None]) >= len(refs) * 2
    refused = ["--as", "demo.admin", "member", refs[0], "--json"]  # admins may not view members
    assert run(capsys, direct, *refused) == run(capsys, usual, *refused)
    assert state(direct) == state(usual)
    detail = json.loads(run(capsys, direct, *signed, tiered[0], "--json")[1])
    assert len(detail["relatives"]) == 2 and detail["tier_history"]
    detail = json.loads(run(capsys, direct, *signed, tiered[2], "--json")[1])
    assert detail["account_manager"] == "演示柜员"
    used = json.loads(run(capsys, direct, *signed, tiered[1], "--json")[1])["usage"]
    assert "health_check" in json.dumps(used)


def test_check_decides_the_same_on_the_direct_path(twins, capsys, direct_opened):
    """Services and items, the member, a relative, someone not designated, a bad ID number,
    places (known, abroad, unknown), departure and request dates: same output and exit."""
    direct, usual, _, _, _ = twins
    conn = sqlite3.connect(direct.removeprefix("sqlite:///"))
    members = [r[0] for r in conn.execute("SELECT id_number FROM members ORDER BY id LIMIT 8")]
    rich = conn.execute(
        "SELECT id_number FROM members WHERE tier IN ('platinum', 'diamond') ORDER BY id"
    ).fetchone()[0]
    kangyue = conn.execute(
        "SELECT m.id_number FROM members m JOIN policies p ON p.member_id = m.id "
        "WHERE p.product LIKE '%康悦%' ORDER BY m.id"
    ).fetchone()
    conn.close()
    for url in (direct, usual):
        add = ["--as", "demo.super", "relative", "add", rich, "--name", "王丽",
               "--id-number", "110101196504120028", "--relation", "spouse"]  # fmt: skip
        assert run(capsys, url, *add)[0] == 0
        used = ["--as", "demo.clerk", "usage", "record", rich, "--service", "health_check"]
        assert run(capsys, url, *used)[0] == 0
    asks = [
        ["--service", "health_check"],
        ["--service", "phone_doctor", "--json"],
        ["--service", "domestic_rescue", "--location", "石家庄", "--departed", "2026-01-02"],
        ["--service", "domestic_rescue", "--location", "霍格沃茨", "--json"],
        ["--service", "international_rescue", "--location", "东京", "--json"],
        ["--service", "dom_relative_visit", "--json"],
        ["--service", "kangyue_health", "--json"],
        ["--service", "teleport"],
        ["--service", "health_check", "--on", "2025-06-30", "--json"],
    ]
    persons = [[], ["--person", "110101196504120028"], ["--person", members[1]],
               ["--person", "110101199003070038"], ["--person", "123"]]  # fmt: skip
    refs = [rich, *members[:3], *(kangyue or ()), "NOPE-1"]
    signed = ["--as", "demo.clerk", "check"]
    for ref in refs:
        for ask in asks:
            for person in persons if ref == rich else [[]]:
                argv = [*signed, ref, *ask, *person]
                assert run(capsys, direct, *argv) == run(capsys, usual, *argv), argv
    assert any(found is not None for found in direct_opened)
    refused = ["--as", "demo.admin", "check", rich, "--service", "health_check"]
    assert run(capsys, direct, *refused) == run(capsys, usual, *refused)
    assert state(direct) == state(usual)


def pdf_text(path: Path) -> str:
    """The text of a PDF (pypdf)."""
    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_member_check_and_letter_answer_the_same_on_the_direct_path(
    twins, capsys, direct_opened, tmp_path
):
    """Same output, exit, letter text and refusals on both paths."""
    direct, usual, id_number, _, _ = twins
    conn = sqlite3.connect(direct.removeprefix("sqlite:///"))
    no_tier = conn.execute("SELECT id_number FROM members WHERE tier IS NULL").fetchone()[0]
    conn.close()
    signed = ["--as", "demo.clerk"]
    for argv in (
        ["member", id_number, "--json"],
        ["member", id_number],
        ["check", id_number, "--service", "health_check", "--json"],
        ["check", id_number, "--service", "phone_doctor"],
    ):
        assert run(capsys, direct, *signed, *argv) == run(capsys, usual, *signed, *argv), argv
    letters = []
    for url in (direct, usual):
        out = tmp_path / f"letter-{len(letters)}.pdf"
        status, text, _ = run(capsys, url, *signed, "print", "letter", id_number, "-o", str(out))
        letters.append((status, text.replace(str(out), "…"), pdf_text(out)))
    assert letters[0] == letters[1] and letters[0][0] == 0 and id_number[-4:] in letters[0][2]
    refused = ["--as", "demo.admin", "print", "letter", id_number, "-o", str(tmp_path / "x.pdf")]
    assert run(capsys, direct, *refused) == run(capsys, usual, *refused)
    untiered = ["--as", "demo.clerk", "print", "letter", no_tier, "-o", str(tmp_path / "n.pdf")]
    assert run(capsys, direct, *untiered) == run(capsys, usual, *untiered)
    assert direct_opened[::2] and all(found is not None for found in direct_opened[::2])
    assert state(direct) == state(usual)


def test_a_blocked_card_is_marked_on_the_direct_path(twins, capsys):
    direct, usual, _, _, card = twins
    for url in (direct, usual):
        conn = sqlite3.connect(url.removeprefix("sqlite:///").split("?")[0])
        conn.execute("UPDATE cards SET status = 'lost', closed_on = '2026-01-02' WHERE number = ?",
                     (card,))  # fmt: skip
        conn.commit()
        conn.close()
    argv = ["--as", "demo.clerk", "search", card, "--json"]
    status, out, _ = run(capsys, direct, *argv)
    assert status == 0 and json.loads(out)[0]["blocked_card"]["status"] == "lost"
    assert (status, out) == run(capsys, usual, *argv)[:2]


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


def test_search_on_postgresql_takes_the_usual_path(db_url, capsys, direct_opened):
    assert main(["--db", db_url, "demo", "--members", "20", "--seed", "2"]) == 0
    capsys.readouterr()
    status, out, _ = run(capsys, db_url, "--as", "demo.clerk", "search", "wang", "--json")
    assert status == 0 and isinstance(json.loads(out), list)
    assert (direct_opened[0] is None) == db_url.startswith("postgresql")


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


def test_search_member_and_check_on_sqlite_import_no_sqlalchemy(twins, capsys, tmp_path):
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


def test_the_direct_member_read_counts_the_same_uses():
    from decimal import Decimal

    from vipdesk.services import member_direct, usage

    assert member_direct.COUNTING == usage.COUNTING
    assert str(member_direct.money(1234.5)) == "1234.50" and member_direct.money(7) == Decimal(7)
