"""Tier recompute on a real database: cards follow exactly the members whose tier changed."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from sqlalchemy import func, select, update

from tests.db.relative_helpers import BOOK, ON, add_member
from vipdesk.db.models import AuditRecord, Card, CardEvent, Member, Policy
from vipdesk.db.usage_models import TierChange
from vipdesk.services.tiers import RecomputeResult, recompute_tiers

LATER = ON + dt.timedelta(days=30)


def card_state(db) -> dict[int, list[tuple]]:
    """Every member's cards with their full event history, as stored."""
    with db.read() as session:
        events: dict[int, list[tuple]] = {}
        for e in session.scalars(select(CardEvent).order_by(CardEvent.id)):
            events.setdefault(e.card_id, []).append((e.status_from, e.status_to, e.cause))
        state: dict[int, list[tuple]] = {}
        for c in session.scalars(select(Card).order_by(Card.id)):
            row = (c.id, c.number, c.tier, c.status, c.closed_on, events.get(c.id, []))
            state.setdefault(c.member_id, []).append(row)
        return state


def counts(db) -> tuple[int, int, int]:
    """Cards, card events and tier-history lines in the database."""
    with db.read() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (Card, CardEvent, TierChange)
        )


def recompute(db, actor, on=LATER) -> RecomputeResult:
    with db.write() as session:
        return recompute_tiers(session, BOOK.on(on), actor, on)


def assert_every_card_in_line(db) -> None:
    """The full check the old five-pass sync made: every member's current card fits."""
    with db.read() as session:
        for m in session.scalars(select(Member)):
            current = [
                (c.tier, c.status)
                for c in session.scalars(
                    select(Card).where(
                        Card.member_id == m.id, Card.status.in_(("active", "suspended"))
                    )
                )
            ]
            if m.tier is None:
                assert current == [], m.id
            else:
                wanted = "suspended" if m.vip_status == "suspended" else "active"
                assert current == [(m.tier, wanted)], m.id


def test_a_recompute_changes_the_cards_of_the_stale_members_and_nothing_else(db, actor):
    keep = [add_member(db, actor, p) for p in (35000, 12000, 1000, 60000)]
    held = add_member(db, actor, 35000)  # suspended before, stays suspended
    back = add_member(db, actor, 35000)  # suspended before, reinstated now
    for member in (held, back):
        with db.write() as session:
            session.execute(
                update(Policy).where(Policy.member_id == member).values(status="suspended")
            )
            recompute_tiers(session, BOOK.on(ON), actor, ON, [member])
    raised, suspended, lapsed, orphan, newly = (
        add_member(db, actor, p) for p in (35000, 35000, 12000, 30000, 1000)
    )
    before = card_state(db)
    cards_before, events_before, history_before = counts(db)

    # policies change behind the members' backs, as an import writes them
    with db.write() as session:
        for member, values in (
            (raised, {"annual_premium": Decimal(61000)}),
            (suspended, {"status": "suspended"}),
            (back, {"status": "in_force"}),
            (lapsed, {"status": "lapsed"}),
        ):
            session.execute(update(Policy).where(Policy.member_id == member).values(**values))
        # the orphan's only policy moves to `newly` (1,000 + 30,000: platinum)
        session.execute(update(Policy).where(Policy.member_id == orphan).values(member_id=newly))

    result = recompute(db, actor)

    assert result == RecomputeResult(
        members_changed=6, cards_issued=2, cards_revoked=2, cards_suspended=1, cards_reinstated=1
    )
    after = card_state(db)
    for member in [*keep, held]:
        assert after.get(member) == before.get(member), member
    [(old_id, old_number, *_)] = before[raised]
    assert [(c[0], c[1], c[2], c[3], c[4], c[5][-1]) for c in after[raised]] == [
        (old_id, old_number, "platinum", "replaced", LATER, ("active", "replaced", "tier_change")),
        (after[raised][1][0], after[raised][1][1], "diamond", "active", None,
         (None, "active", "tier_change")),
    ]  # fmt: skip
    for member, status, event in (
        (suspended, "suspended", ("active", "suspended", "suspension")),
        (back, "active", ("suspended", "active", "reinstatement")),
        (lapsed, "revoked", ("active", "revoked", "tier_lost")),
        (orphan, "revoked", ("active", "revoked", "tier_lost")),
    ):
        [(card_id, number, tier, was, _closed, events)] = before[member]
        [(same_id, same_number, same_tier, now, closed, new_events)] = after[member]
        assert (same_id, same_number, same_tier) == (card_id, number, tier)
        assert now == status and new_events == [*events, event]
        assert closed == (LATER if status == "revoked" else None)
    assert newly not in before
    assert [(c[2], c[3], c[5]) for c in after[newly]] == [
        ("platinum", "active", [(None, "active", "issued")])
    ]
    assert counts(db) == (cards_before + 2, events_before + 7, history_before + 6)
    with db.read() as session:
        changed = set(
            session.scalars(select(TierChange.member_id).where(TierChange.changed_on == LATER))
        )
        record = session.scalars(
            select(AuditRecord.after)
            .where(AuditRecord.action == "tiers.recompute")
            .order_by(AuditRecord.id.desc())
        ).first()
    assert changed == {raised, suspended, back, lapsed, orphan, newly}
    assert json.loads(record) == {
        "on": LATER.isoformat(), "scope": "all", "members_changed": 6, "cards_issued": 2,
        "cards_revoked": 2, "cards_suspended": 1, "cards_reinstated": 1,
    }  # fmt: skip
    assert_every_card_in_line(db)

    # nothing stale any more: a second recompute writes no card, event or history line
    settled = card_state(db)
    assert recompute(db, actor, LATER + dt.timedelta(days=1)) == RecomputeResult(0, 0, 0, 0, 0)
    assert card_state(db) == settled
    assert counts(db) == (cards_before + 2, events_before + 7, history_before + 6)


def test_an_afyp_change_within_the_tier_touches_no_card(db, actor):
    member = add_member(db, actor, 35000)
    before = card_state(db)
    with db.write() as session:
        session.execute(
            update(Policy).where(Policy.member_id == member).values(annual_premium=Decimal(36000))
        )
    assert recompute(db, actor) == RecomputeResult(1, 0, 0, 0, 0)
    assert card_state(db) == before
    with db.read() as session:
        assert session.get(Member, member).afyp == Decimal("36000.00")
        assert session.scalar(select(func.count()).select_from(TierChange)) == 1
