"""A blocked card presented at the desk: search by its number warns, JSON marks it (SQLite, PG)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.db.relative_helpers import ON, add_member, run
from tests.db.test_cards import cards, set_policies
from tests.staff_helpers import actor_for
from vipdesk.services.cards import reissue_card
from vipdesk.services.search import search_members


def search(db, text):
    clerk = actor_for(db, "search.clerk")
    with db.read() as session:
        return search_members(session, text, actor=clerk)


@pytest.mark.parametrize(("reason", "verb"), [("lost", "挂失"), ("damaged", "因损坏停用")])
def test_search_by_a_reissued_card_number_warns_with_status_and_since(db, actor, reason, verb):
    member = add_member(db, actor, 30000)
    [(old_number, _, _)] = cards(db, member)
    result = reissue_card(db, actor, member, reason, ON, expected_number=old_number)
    [found] = search(db, old_number)
    assert found.id == member
    assert found.card_number == result.new.number  # the current card, shown as such …
    assert found.blocked_card is not None  # … but the number typed is marked blocked
    assert found.to_json()["blocked_card"] == {
        "number": old_number,
        "status": reason,
        "since": ON.isoformat(),
    }
    assert found.blocked_card.warning == f"此卡已于 {ON.isoformat()} {verb}，不能使用"
    [current] = search(db, result.new.number)
    assert current.blocked_card is None and current.to_json()["blocked_card"] is None


def test_a_revoked_card_is_marked_too(db, actor):
    member = add_member(db, actor, 30000)
    [(number, _, _)] = cards(db, member)
    later = ON + dt.timedelta(days=3)
    set_policies(db, actor, member, on=later, status="lapsed")
    [found] = search(db, number)
    assert found.blocked_card.status == "revoked" and found.blocked_card.since == later
    assert "注销" in found.blocked_card.warning


def test_search_json_on_the_command_line_carries_blocked_card(db, actor, capsys):
    member = add_member(db, actor, 30000)
    [(old_number, _, _)] = cards(db, member)
    reissue_card(db, actor, member, "lost", ON, expected_number=old_number)
    code, out, err = run(capsys, "--db", db.url, "--as", "clerk1", "search", old_number, "--json")
    assert code == 0, err
    [row] = json.loads(out)
    assert row["blocked_card"]["status"] == "lost"
