"""The window's search path (plain connection, no session): the same pages as search_members,
fresh data after writes, a blocked card marked, refusals, and a new connection after a dispose."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from tests.db.relative_helpers import ON, add_member
from tests.db.test_cards import cards
from tests.db.test_search import people  # noqa: F401  (fixture)
from tests.staff_helpers import actor_for
from vipdesk.db.models import Member
from vipdesk.errors import Refused
from vipdesk.services.cards import reissue_card
from vipdesk.services.search import search_members
from vipdesk.services.search_reader import _READERS, search_page

QUERIES = ["王建国", "王", "建国", "wjg", "wang", "13812345678", "PL", "王·", "ｗａｎｇ", ""]


@pytest.mark.parametrize("query", QUERIES)
def test_the_same_page_as_search_members(db, people, query):  # noqa: F811
    clerk = actor_for(db, "reader.clerk")
    for limit, offset in ((50, 0), (2, 1)):
        with db.read() as session:
            expected = search_members(session, query, limit, offset, actor=clerk)
        assert search_page(db, clerk, query, limit, offset) == expected
    if query == "王":
        assert [m.name for m in search_page(db, clerk, query)][:2] == ["王建", "王建国"]


def test_a_write_after_a_search_is_seen_by_the_next_search(db, people):  # noqa: F811
    clerk = actor_for(db, "reader.clerk")
    assert [m.name for m in search_page(db, clerk, "单雄信")] == ["单雄信"]
    with db.write() as session:
        session.execute(
            update(Member).where(Member.id == people["ids"]["单雄信"]).values(phone="13911112222")
        )
    [found] = search_page(db, clerk, "13911112222")
    assert found.name == "单雄信"


def test_a_blocked_card_is_marked(db, actor):
    member = add_member(db, actor, 30000)
    [(old_number, _, _)] = cards(db, member)
    reissue_card(db, actor, member, "lost", ON, expected_number=old_number)
    [found] = search_page(db, actor, old_number)
    assert found.id == member and found.blocked_card is not None
    assert found.blocked_card.warning == f"此卡已于 {ON.isoformat()} 挂失，不能使用"


def test_nobody_signed_in_is_refused(db, people):  # noqa: F811
    with pytest.raises(Refused) as refused:
        search_page(db, None, "王")
    assert refused.value.code == "not_signed_in"


def test_a_disposed_engine_gets_a_new_connection(db, people):  # noqa: F811
    clerk = actor_for(db, "reader.clerk")
    assert search_page(db, clerk, "王建国")
    db.engine.dispose()  # switching databases or a restore disposes the engine
    assert _READERS[db.engine].raw is None  # the old connection is closed (a restored file)
    assert [m.name for m in search_page(db, clerk, "王建国")] == ["王建国"]
