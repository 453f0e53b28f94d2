"""Cards on a real database: reissue, one current card, tier-driven history, CLI contract."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from tests.db.relative_helpers import BOOK, ON, add_member, run
from vipdesk.db.models import AuditRecord, Card, Member, Policy
from vipdesk.domain.cards import validate_card_number
from vipdesk.errors import DatabaseError, KnownError, Refused
from vipdesk.services.cards import card_history, current_card_of, reissue_card
from vipdesk.services.tiers import recompute_tiers


def cards(db, member_id: int) -> list[tuple[str, str, str]]:
    with db.read() as session:
        return [
            (c.number, c.tier, c.status)
            for c in session.scalars(
                select(Card).where(Card.member_id == member_id).order_by(Card.id)
            )
        ]


def current_count(db, member_id: int) -> int:
    with db.read() as session:
        return session.scalar(
            select(func.count())
            .select_from(Card)
            .where(Card.member_id == member_id, Card.status.in_(("active", "suspended")))
        )


def set_policies(db, actor, member_id: int, on=ON, **values) -> None:
    """Change the member's policies and recompute the tier, as an import would."""
    with db.write() as session:
        session.execute(update(Policy).where(Policy.member_id == member_id).values(**values))
        recompute_tiers(session, BOOK.on(on), actor, on, [member_id])


@pytest.mark.parametrize("reason", ["lost", "damaged"])
def test_reissue_blocks_old_card_and_issues_new_number_on_same_tier(db, actor, reason):
    member = add_member(db, actor, 30000)
    [(old_number, tier, status)] = cards(db, member)
    assert (tier, status) == ("platinum", "active")
    result = reissue_card(db, actor, member, reason, ON, expected_number=old_number)
    assert result.to_json() == {
        "old": {"number": old_number, "status": reason},
        "new": {"number": result.new.number, "status": "active", "tier": "platinum"},
    }
    assert result.new.number != old_number
    validate_card_number(result.new.number)
    assert cards(db, member) == [
        (old_number, "platinum", reason),
        (result.new.number, "platinum", "active"),
    ]
    assert current_count(db, member) == 1
    history = card_history(db, member, actor=actor)
    assert [(h.card_number, h.status_from, h.status_to, h.cause) for h in history[:2]] == [
        (result.new.number, None, "active", "reissue"),
        (old_number, "active", reason, reason),
    ]
    assert history[0].staff_name == "柜员一"
    with db.read() as session:
        record = session.scalars(
            select(AuditRecord).where(AuditRecord.action == "card.reissue")
        ).one()
        assert record.member_id == member
        assert json.loads(record.before)["number"] == old_number
        assert json.loads(record.after)["new"]["number"] == result.new.number


def test_reissue_refusals(db, actor):
    silver_less = add_member(db, actor, 1000)
    with pytest.raises(Refused) as refused:
        reissue_card(db, actor, silver_less, "lost", ON)
    assert refused.value.code == "no_card"
    member = add_member(db, actor, 10000)
    [(old_number, _, _)] = cards(db, member)
    reissue_card(db, actor, member, "lost", ON, expected_number=old_number)
    with pytest.raises(Refused) as refused:  # another desk already reissued this card
        reissue_card(db, actor, member, "damaged", ON, expected_number=old_number)
    assert refused.value.code == "card_not_current"
    with pytest.raises(KnownError, match="挂失"):
        reissue_card(db, actor, member, "stolen", ON)
    assert current_count(db, member) == 1


def test_suspended_card_is_reissued_suspended_and_reinstated_later(db, actor):
    member = add_member(db, actor, 30000)
    set_policies(db, actor, member, status="suspended")
    assert current_card_of(db, member).status == "suspended"
    result = reissue_card(db, actor, member, "lost", ON)
    assert (result.new.status, result.new.tier) == ("suspended", "platinum")
    set_policies(db, actor, member, status="in_force")
    assert cards(db, member)[-1] == (result.new.number, "platinum", "active")
    assert card_history(db, member, actor=actor)[0].cause == "reinstatement"


def test_database_allows_only_one_current_card(db, actor):
    member = add_member(db, actor, 30000)
    with pytest.raises(DatabaseError) as refused, db.write() as session:
        session.add(
            Card(
                number="8868000000999990",
                member_id=member,
                tier="platinum",
                status="suspended",
                issued_on=ON,
            )
        )
    assert isinstance(refused.value.__cause__, IntegrityError)  # the database itself


def test_tier_changes_issue_revoke_suspend_reinstate_with_causes(db, actor):
    member = add_member(db, actor, 10000)
    [(gold_card, tier, _)] = cards(db, member)
    assert tier == "gold"
    set_policies(db, actor, member, annual_premium=60000)  # premium up: diamond
    after_up = cards(db, member)
    assert after_up[0] == (gold_card, "gold", "replaced")
    assert after_up[1][1:] == ("diamond", "active")
    set_policies(db, actor, member, status="suspended")  # contract suspended
    assert cards(db, member)[1][1:] == ("diamond", "suspended")
    set_policies(db, actor, member, status="in_force")  # reinstated
    assert cards(db, member)[1][1:] == ("diamond", "active")
    set_policies(db, actor, member, status="lapsed")  # VIP lost
    assert cards(db, member)[1][1:] == ("diamond", "revoked")
    assert current_count(db, member) == 0
    with db.read() as session:
        assert session.get(Member, member).vip_status == "none"
    causes = [
        (h.tier, h.status_from, h.status_to, h.cause) for h in card_history(db, member, actor=actor)
    ]
    assert causes == [
        ("diamond", "active", "revoked", "tier_lost"),
        ("diamond", "suspended", "active", "reinstatement"),
        ("diamond", "active", "suspended", "suspension"),
        ("diamond", None, "active", "tier_change"),
        ("gold", "active", "replaced", "tier_change"),
        ("gold", None, "active", "issued"),
    ]


def ref_of(db, member_id: int) -> str:
    with db.read() as session:
        return session.get(Member, member_id).id_number


def test_cli_reissue_and_history_contract(db, actor, capsys):
    member = add_member(db, actor, 50000)
    [(old_number, _, _)] = cards(db, member)
    base = ("--db", db.url, "--as", "clerk1", "card")
    code, out, _ = run(capsys, *base, "reissue", old_number, "--reason", "lost", "--json")
    assert code == 0
    printed = json.loads(out)
    assert printed["old"] == {"number": old_number, "status": "lost"}
    assert set(printed["new"]) == {"number", "status", "tier"}
    assert (printed["new"]["status"], printed["new"]["tier"]) == ("active", "diamond")
    code, out, _ = run(capsys, *base, "reissue", old_number, "--reason", "damaged", "--json")
    assert code == 3 and json.loads(out)["refused"] == "card_not_current"
    code, out, _ = run(capsys, *base, "history", ref_of(db, member), "--json")
    events = json.loads(out)
    assert code == 0 and [e["cause"] for e in events] == ["reissue", "lost", "issued"]
    code, out, _ = run(capsys, *base, "history", ref_of(db, member))
    assert code == 0 and "挂失" in out and "补发" in out
    assert run(capsys, *base, "reissue", old_number, "--reason", "stolen")[0] == 2


def test_cli_refuses_reissue_without_card_and_mistyped_card_number(db, actor, capsys):
    member = add_member(db, actor, 2000)
    code, out, _ = run(
        capsys,
        "--db",
        db.url,
        "--as",
        "clerk1",
        "card",
        "reissue",
        ref_of(db, member),
        "--reason",
        "lost",
        "--json",
    )
    assert code == 3 and json.loads(out) == {
        "refused": "no_card",
        "message": "该客户目前没有有效的贵宾卡，无需补发",
    }
    code, _, err = run(
        capsys,
        "--db",
        db.url,
        "--as",
        "clerk1",
        "card",
        "reissue",
        "8868 0000 0000 0019",
        "--reason",
        "lost",
    )
    assert code == 2 and "卡号校验位不正确" in err
