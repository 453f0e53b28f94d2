"""`search`, `member`, `check` and `print letter` read on the driver alone (issue 14): same
answers, on an SQLite file and on a PostgreSQL server.

The direct path (`services.sqlite_direct` or `services.pg_direct`, `services.staff_direct`) signs
in and reads without SQLAlchemy. Each test runs the same commands on two copies of one demo
database: one named by a plain URL (the direct path), one by the same database with a query
string (`?timeout=10`, `?connect_timeout=10`: a URL the direct path leaves to the usual
SQLAlchemy path). Output, exit status, the staff rows and the audit log must come out the same,
and the audit chain must stay whole.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.db.direct_twins import chain_is_whole, rows, run, state


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
    refs = [r[0] for r in rows(direct, "SELECT id_number FROM members ORDER BY id")]
    tiered = [
        r[0]
        for r in rows(
            direct,
            "SELECT id_number FROM members WHERE tier IN ('platinum', 'diamond') ORDER BY id",
        )
    ]
    card = rows(direct, "SELECT number FROM cards ORDER BY id")[0][0]
    policy = rows(direct, "SELECT policy_no FROM policies ORDER BY id")[0][0]
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
    members = [r[0] for r in rows(direct, "SELECT id_number FROM members ORDER BY id LIMIT 8")]
    rich = rows(
        direct, "SELECT id_number FROM members WHERE tier IN ('platinum', 'diamond') ORDER BY id"
    )[0][0]
    kangyue = rows(
        direct,
        "SELECT m.id_number FROM members m JOIN policies p ON p.member_id = m.id "
        "WHERE p.product LIKE '%康悦%' ORDER BY m.id",
    )[:1]
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
    refs = [rich, *members[:3], *(kangyue[0] if kangyue else ()), "NOPE-1"]
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
    no_tier = rows(direct, "SELECT id_number FROM members WHERE tier IS NULL")[0][0]
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
        rows(url, "UPDATE cards SET status = 'lost', closed_on = '2026-01-02' WHERE number = ?",
             (card,))  # fmt: skip
    argv = ["--as", "demo.clerk", "search", card, "--json"]
    status, out, _ = run(capsys, direct, *argv)
    assert status == 0 and json.loads(out)[0]["blocked_card"]["status"] == "lost"
    assert (status, out) == run(capsys, usual, *argv)[:2]


def test_the_direct_member_read_counts_and_converts_as_the_orm_does():
    import datetime as dt
    from decimal import Decimal

    from vipdesk.services import member_direct, usage

    assert member_direct.COUNTING == usage.COUNTING
    assert str(member_direct.money(1234.5)) == "1234.50" and member_direct.money(7) == Decimal(7)
    psycopg_value = Decimal("999999999999.99")  # psycopg's NUMERIC(14, 2), kept to the cent
    assert member_direct.money(psycopg_value) is psycopg_value
    day = dt.date(2026, 11, 28)
    assert member_direct.day("2026-11-28") == day and member_direct.day(day) is day
