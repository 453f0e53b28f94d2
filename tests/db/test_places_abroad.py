"""International rescue asked from towns abroad (SQLite and PostgreSQL): found, asked, suggested."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.case_fixtures import BOOK, add_member
from tests.staff_helpers import actor_for
from vipdesk.domain.catalog import load_catalog
from vipdesk.services.eligibility import check_eligibility

DAY = dt.date(2025, 3, 2)


def check(db, member_id, location):
    clerk = actor_for(db, "abroad.clerk")
    return check_eligibility(
        db,
        BOOK,
        load_catalog(),
        member_id,
        "international_rescue",
        location=location,
        departed=DAY - dt.timedelta(days=3),
        on=DAY,
        actor=clerk,
    )


@pytest.mark.parametrize("where", ["首尔", "Bangkok", "高雄", "澳门氹仔", "吉隆坡"])
def test_towns_abroad_are_places_for_international_rescue(db, actor, where):
    member_id, _ = add_member(db, actor, "gold", on=DAY)
    result = check(db, member_id, where)
    assert result.decision.eligible, result.decision.codes
    assert result.location is not None and result.location.in_mainland is False


def test_a_name_of_several_towns_is_asked_about(db, actor):
    member_id, _ = add_member(db, actor, "gold", on=DAY)
    decision = check(db, member_id, "悉尼").decision
    assert decision.codes == ["unknown_location"]
    [reason] = decision.reasons
    assert "澳大利亚悉尼" in reason.evidence["choices"] and "对应多个地点" in reason.message_zh


def test_a_mistyped_town_gets_did_you_mean(db, actor):
    member_id, _ = add_member(db, actor, "gold", on=DAY)
    [reason] = check(db, member_id, "Bankok").decision.reasons
    assert reason.code == "unknown_location" and "泰国曼谷" in reason.evidence["suggestions"]
