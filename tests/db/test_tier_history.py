"""Tier history on a real database: import, recompute, suspension and reinstatement recorded."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import update

from tests.db.relative_helpers import BOOK, ON, add_member
from tests.db.test_cards import set_policies
from vipdesk.db.models import Policy
from vipdesk.services.members import member_detail
from vipdesk.services.tier_history import tier_history
from vipdesk.services.tiers import recompute_tiers


def history(db, member_id):
    with db.read() as session:
        return tier_history(session, member_id)


def test_every_change_is_recorded_with_date_tiers_afyp_and_reason(db, actor):
    member = add_member(db, actor, 35000)
    [first] = history(db, member)
    assert (first.old_tier, first.new_tier, first.new_status) == (None, "platinum", "active")
    assert first.afyp == Decimal("35000.00") and first.reason == "recompute"

    suspended_on = ON + dt.timedelta(days=10)
    set_policies(db, actor, member, on=suspended_on, status="suspended")
    reinstated_on = ON + dt.timedelta(days=40)
    set_policies(db, actor, member, on=reinstated_on, status="in_force")
    raised_on = ON + dt.timedelta(days=60)
    set_policies(db, actor, member, on=raised_on, annual_premium=Decimal(60000))
    lapsed_on = ON + dt.timedelta(days=90)
    set_policies(db, actor, member, on=lapsed_on, status="lapsed")

    lines = [
        (c.changed_on, c.old_tier, c.new_tier, c.new_status, c.reason) for c in history(db, member)
    ]
    assert lines == [
        (lapsed_on, "diamond", None, "none", "lapse"),
        (raised_on, "platinum", "diamond", "active", "recompute"),
        (reinstated_on, "platinum", "platinum", "active", "reinstatement"),
        (suspended_on, "platinum", "platinum", "suspended", "suspension"),
        (ON, None, "platinum", "active", "recompute"),
    ]
    raised = history(db, member)[1]
    assert raised.old_afyp == Decimal("35000.00") and raised.afyp == Decimal("60000.00")


def test_a_recompute_that_changes_nothing_records_nothing(db, actor):
    member = add_member(db, actor, 12000)
    with db.write() as session:
        recompute_tiers(session, BOOK.on(ON), actor, ON, [member])
    assert len(history(db, member)) == 1


def test_an_import_is_named_as_such(db, actor):
    member = add_member(db, actor, 12000)
    with db.write() as session:
        session.execute(
            update(Policy).where(Policy.member_id == member).values(annual_premium=Decimal(31000))
        )
        recompute_tiers(session, BOOK.on(ON), actor, ON, [member], reason="import")
    assert history(db, member)[0].reason == "import"


def test_member_json_has_tier_history_and_usage(db, actor):
    member = add_member(db, actor, 35000)
    with db.read() as session:
        detail = member_detail(session, BOOK, member, ON, actor=actor)
    data = detail.to_json()
    assert data["tier_history"][0]["new_tier"] == "platinum"
    assert data["tier_history"][0]["date"] == ON.isoformat()
    assert data["usage"] == [
        {
            "service": "health_check",
            "used": 0,
            "limit": 1,
            "period": "2y",
            "last_used": None,
            "next_available": None,
        }
    ]
    assert detail.to_next_tier == Decimal("15000.00")
