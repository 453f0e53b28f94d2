"""The desk window's direct path (ui.desk, services.direct): a database whose schema is current is
opened, signed in to, searched and signed out of on its driver alone; the ORM's Database is made
at the first operation that needs it. Each read and write is compared with the usual path's on
two copies of one demo database (`twins`), on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from tests.db.direct_twins import rows, state
from ui.desk import Desk, on_direct, open_desk, search_page
from vipdesk.services import direct, staff, staff_direct
from vipdesk.services.audit_log import verify_chain
from vipdesk.services.database import Database
from vipdesk.services.demo import DEMO_PASSWORD

QUERIES = ("王", "wang", "zhang wei", "13", "0012", "6", "李娜", "zw", "no such member")


def opened(url: str) -> Desk:
    """A desk opened on `url` as the window opens it (on the worker)."""
    desk = Desk()
    open_desk(desk, url)
    return desk


@contextmanager
def desks(*urls: str) -> Iterator[list[Desk]]:
    """Desks opened on each URL, closed at the end."""
    opened_desks = [opened(url) for url in urls]
    try:
        yield opened_desks
    finally:
        for desk in opened_desks:
            desk.close()


def clerk_on(desk: Desk) -> Any:
    """The demo clerk signed in on the desk's driver."""
    return staff_direct.sign_in(desk.direct, "demo.clerk", DEMO_PASSWORD, desk.require_db)


def test_a_current_database_opens_on_its_driver_with_the_usual_answers(twins):
    direct_url, usual_url, *_ = twins
    ours, usual = Desk(), Desk()
    try:
        found, expected = open_desk(ours, direct_url), open_desk(usual, usual_url)
        assert ours.direct is not None and ours._db is None  # no engine, no ORM yet
        assert usual.direct is None and usual._db is not None  # a URL with options: the ORM
        assert (found.member_count, found.has_staff) == (expected.member_count, True)
        assert found.member_count == rows(direct_url, "SELECT count(*) FROM members")[0][0] > 0
        assert found.display_name == Database(direct_url).display_name  # the engine's words
        admin = staff.sign_in(usual.db, "demo.admin", DEMO_PASSWORD)
        staff.set_idle_minutes(usual.db, admin, 12)
        with ours.db.read():  # made now, at its first need, from the same URL
            pass
        assert direct.idle_minutes(ours.direct) == staff.idle_minutes(ours.db) == 5  # default
        assert staff.idle_minutes(usual.db) == 12
        rows(direct_url, "INSERT INTO security_settings (key, value, updated_at) "
             "VALUES ('idle_minutes', 12, '2026-11-28 08:00:00')")  # fmt: skip
        assert direct.idle_minutes(ours.direct) == staff.idle_minutes(ours.db) == 12
        rows(direct_url, "UPDATE staff_users SET password_hash = NULL")
        assert direct.has_staff(ours.direct) is staff.has_staff(ours.db) is False
    finally:
        ours.close()
        usual.close()
    assert ours.direct is None and ours._db is None


def test_the_windows_search_pages_are_the_same_on_the_driver(twins):
    direct_url, usual_url, id_number, name, card = twins
    with desks(direct_url, usual_url) as (ours, usual):
        ours.actor = clerk_on(ours)
        usual.actor = staff.sign_in(usual.db, "demo.clerk", DEMO_PASSWORD)
        for text in (*QUERIES, id_number, id_number[-6:], name, card, card[-8:]):
            for offset in (0, 3):
                page = search_page(ours, text, 5, offset)
                assert page == search_page(usual, text, 5, offset), text
        assert search_page(ours, name, 5, 0) and search_page(ours, card, 5, 0)  # found at all
        assert ours._db is None  # searching never made the ORM's database


@pytest.mark.parametrize("read", ["member.search", "member.view"])
def test_reading_needs_a_signed_in_right(twins, read):
    from ui.audit.ops import member_history
    from ui.desk import read_member
    from ui.usage_records import use_lines_on
    from vipdesk.errors import Refused

    direct_url, *_ = twins
    member_id = rows(direct_url, "SELECT min(id) FROM members")[0][0]
    reads = (
        [lambda desk: search_page(desk, "王", 5, 0)]
        if read == "member.search"
        else [
            lambda desk: read_member(desk, member_id, dt.date.today()),
            lambda desk: member_history(desk, member_id),
            lambda desk: use_lines_on(desk, member_id),
        ]
    )
    with desks(direct_url) as (desk,):
        for reading in reads:
            desk.actor = None
            with pytest.raises(Refused) as nobody:
                reading(desk)
            assert nobody.value.code == "not_signed_in"
            desk.actor = dataclasses.replace(clerk_on(desk), role="no_such_role")
            before = rows(direct_url, "SELECT count(*) FROM audit_log")[0][0]
            with pytest.raises(Refused):
                reading(desk)
            last = rows(direct_url, "SELECT action, entity_id FROM audit_log ORDER BY seq DESC")
            assert rows(direct_url, "SELECT count(*) FROM audit_log")[0][0] == before + 1
            assert last[0] == ("permission.refused", read)  # recorded, as the service does


def test_sign_in_and_sign_out_on_the_driver_write_what_the_staff_service_writes(twins):
    direct_url, usual_url, *_ = twins
    with desks(direct_url, usual_url) as (ours, usual):
        mine = clerk_on(ours)
        theirs = staff.sign_in(usual.db, "demo.clerk", DEMO_PASSWORD)
        assert mine == theirs
        assert staff_direct.sign_out(ours.direct, mine)
        staff.sign_out(usual.db, theirs)
        assert ours._db is None  # the plain success and the sign-out wrote on the driver
        assert state(direct_url) == state(usual_url)
        assert state(direct_url)[1][-1][2] == "staff.sign_out"
        report = verify_chain(Database(direct_url))
        assert report.ok, report


def test_the_first_operation_that_needs_the_orm_makes_the_database(twins):
    from vipdesk.services.members import member_detail

    direct_url, *_ = twins
    with desks(direct_url) as (desk,):
        desk.actor = clerk_on(desk)
        member = search_page(desk, "王", 1, 0) or search_page(desk, "6", 1, 0)
        assert desk._db is None
        with desk.db.read() as session:  # opening a member: the ORM, made from the same URL
            detail = member_detail(
                session, desk.book, member[0].id, dt.date.today(), actor=desk.actor
            )
        assert detail.name == member[0].name and desk._db is not None
        assert desk.direct is not None  # searches still read on the driver
    assert desk.direct is None and desk._db is None  # closed: both


@pytest.mark.postgres
def test_a_lost_server_connection_leaves_the_direct_path_for_the_engine(pg_only_db, capsys):
    from vipdesk.cli import main

    url = pg_only_db.url
    pg_only_db.dispose()
    assert main(["--db", url, "demo", "--members", "30", "--seed", "3"]) == 0
    capsys.readouterr()
    with desks(url) as (desk,):
        desk.actor = clerk_on(desk)
        name = rows(url, "SELECT name FROM members ORDER BY id LIMIT 1")[0][0]
        before = search_page(desk, name, 5, 0)
        file = desk.direct
        pid = file.conn.execute("SELECT pg_backend_pid()").fetchone()[0]
        rows(url, "SELECT pg_terminate_backend(?)", (pid,))  # a server restart, a network cut
        after = search_page(desk, name, 5, 0)
        assert after == before and before
        assert desk.direct is None and file.broken()  # the engine searches from now on
        assert on_direct(desk, lambda _file: "driver", lambda: "engine") == "engine"


def test_a_member_their_history_and_uses_read_the_same_on_the_driver(twins):
    from ui.audit.ops import member_history
    from ui.desk import read_member
    from ui.usage_records import use_lines_on
    from vipdesk.domain.catalog import load_catalog
    from vipdesk.services.cards import reissue_card
    from vipdesk.services.history import member_history as orm_history
    from vipdesk.services.members import member_detail, reveal_id_number
    from vipdesk.services.usage import member_uses, record_use

    direct_url, *_ = twins
    with desks(direct_url) as (desk,):
        desk.actor = clerk_on(desk)
        supervisor = staff.sign_in(desk.db, "demo.super", DEMO_PASSWORD)
        ids = [i for (i,) in rows(direct_url, "SELECT id FROM members ORDER BY id")]
        active = "SELECT member_id FROM cards WHERE status = 'active' ORDER BY member_id LIMIT 2"
        carded = [i for (i,) in rows(direct_url, active)]
        for member_id in carded:  # a card history, and audit records naming the member
            reissue_card(desk.db, supervisor, member_id, "lost")
            reveal_id_number(desk.db, supervisor, member_id, "客户来电核实")
        checked = "SELECT id FROM members WHERE tier IN ('platinum', 'diamond') ORDER BY id LIMIT 2"
        for (member_id,) in rows(direct_url, checked):  # a recorded use each
            rules, catalog = desk.book.current(), load_catalog().current()
            record_use(desk.db, rules, catalog, supervisor, member_id, "health_check")
        on, used = dt.date.today(), 0
        for member_id in ids:
            ours = read_member(desk, member_id, on)
            with desk.db.read() as session:
                usual = member_detail(session, desk.book, member_id, on, actor=desk.actor)
            assert ours == usual, member_id
            assert member_history(desk, member_id) == orm_history(
                desk.db, member_id, actor=desk.actor
            )
            lines = [line for line, _name in use_lines_on(desk, member_id)]
            assert lines == member_uses(desk.db, desk.actor, member_id)
            used += len(lines)
        shown = read_member(desk, carded[0], on)
        assert len(shown.card_history) >= 2 and len(shown.history) >= 2  # read, not left empty
        assert {e.action for e in shown.history} >= {"card.reissue", "member.reveal_id"}
        assert used > 0  # the demo's recorded service uses were compared
