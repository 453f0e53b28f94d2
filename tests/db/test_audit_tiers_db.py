"""Audit of tiers, cards and the health-check quota on a real database (SQLite and PostgreSQL).

The stored tier comes from the set-based SQL recompute, the desk's checks from the pure rules:
both must agree with DOMAIN.md at every bound. Cards follow the tier across the bounds, and the
numbers the desk issues catch every single-digit typo and adjacent transposition.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from decimal import Decimal

import pytest
from sqlalchemy import insert, select, update

from tests.db.relative_helpers import rid
from tests.staff_helpers import actor_for
from tests.unit.test_audit_tiers_cards_quotas import BANDS
from vipdesk.db.models import Card, Member, Policy
from vipdesk.domain.cards import card_number, card_numbers, issuable
from vipdesk.domain.catalog import load_catalog
from vipdesk.domain.tiers import PolicyFacts, assess_tier
from vipdesk.errors import Refused
from vipdesk.rules import load_rules
from vipdesk.services import usage
from vipdesk.services.eligibility import check_eligibility
from vipdesk.services.importer import member_row
from vipdesk.services.tiers import recompute_tiers

BOOK = load_rules()
CATALOGS = load_catalog()
ON = dt.date(2025, 6, 1)
_serial = itertools.count(1)

# (premium, status, channel) of each policy of an insured
Policies = list[tuple[str, str, str]]


def add_insured(session, policies: Policies) -> int:
    """An insured with these policies (not yet tiered)."""
    n = next(_serial)
    number = rid(dt.date(1970, 5, 5), f"{n % 1000:03d}", "110105")
    row = member_row(number, f"审计{n}", None, "北京市朝阳区建国路88号")
    member_id = session.scalar(insert(Member).returning(Member.id), row)
    for i, (premium, status, channel) in enumerate(policies):
        session.add(
            Policy(
                policy_no=f"AUD{n:05d}{i}",
                member_id=member_id,
                product="都会安享终身寿险",
                channel=channel,
                status=status,
                effective_date=dt.date(2020, 3, 1),
                annual_premium=Decimal(premium),
            )
        )
    session.flush()
    return member_id


def cases() -> list[tuple[Policies, str | None, str]]:
    """Every bound of the tier table, split sums, and the suspension rule's edges."""
    found: list[tuple[Policies, str | None, str]] = []
    for amount, agency, direct in BANDS:
        for channel in ("agency", "bancassurance", "direct"):
            tier = direct if channel == "direct" else agency
            found.append(
                ([(amount, "in_force", channel)], tier, "none" if tier is None else "active")
            )
    found += [
        ([("0.10", "in_force", "agency"), ("0.20", "in_force", "agency"),
          ("4999.70", "in_force", "agency")], "silver", "active"),
        ([("4999.98", "in_force", "agency"), ("0.01", "in_force", "agency")], None, "none"),
        ([("0.10", "in_force", "direct"), ("19999.90", "in_force", "direct")],
         "health_gold", "active"),
        ([("10000", "in_force", "direct"), ("10000", "in_force", "agency")], "gold", "active"),
        ([("25000", "in_force", "direct"), ("0", "in_force", "agency")], "gold", "active"),
        ([("25000", "in_force", "direct"), ("9000", "suspended", "agency")],
         "health_gold", "active"),
        ([("25000", "in_force", "direct"), ("9000", "lapsed", "agency")], "health_gold", "active"),
        ([("5000", "in_force", "agency"), ("100000", "suspended", "agency")], "silver", "active"),
        ([("4999.99", "in_force", "agency"), ("0.01", "suspended", "agency")],
         "silver", "suspended"),
        ([("4999.99", "in_force", "agency"), ("45000.01", "suspended", "agency")],
         "diamond", "suspended"),
        ([("3000", "in_force", "direct"), ("22000", "suspended", "direct")],
         "health_gold", "suspended"),
        ([("3000", "in_force", "direct"), ("22000", "suspended", "agency")], "gold", "suspended"),
        ([("4999.99", "suspended", "agency")], None, "none"),
        ([("4999.99", "in_force", "agency"), ("0.01", "lapsed", "agency")], None, "none"),
        ([("4999.99", "suspended", "agency"), ("1", "terminated", "agency")], None, "none"),
    ]  # fmt: skip
    return found


def test_stored_tiers_agree_with_the_handbook_and_the_desk_at_every_bound(db, actor):
    rules = BOOK.on(ON)
    table = cases()
    with db.write() as session:
        ids = [add_insured(session, policies) for policies, _t, _s in table]
        recompute_tiers(session, rules, actor, ON, ids)
    with db.read() as session:
        stored = {
            m.id: (m.tier, m.vip_status, Decimal(m.afyp))
            for m in session.scalars(select(Member).where(Member.id.in_(ids)))
        }
        current = dict(
            session.execute(
                select(Card.member_id, Card.tier).where(
                    Card.member_id.in_(ids), Card.status.in_(("active", "suspended"))
                )
            ).all()
        )
    wrong = []
    for member_id, (policies, tier, status) in zip(ids, table, strict=True):
        facts = [PolicyFacts(st, ch, Decimal(x)) for x, st, ch in policies]
        desk = assess_tier(facts, rules)
        afyp = sum((Decimal(x) for x, st, _c in policies if st == "in_force"), Decimal(0))
        expected = (tier, status, afyp)
        seen = (stored[member_id], (desk.tier_code, desk.vip_status.value, desk.afyp))
        if seen != (expected, expected) or current.get(member_id) != tier:
            wrong.append((policies, expected, *seen, current.get(member_id)))
    assert wrong == []


def _recompute(db, actor, member_id: int, on: dt.date = ON, **values) -> None:
    with db.write() as session:
        if values:
            session.execute(update(Policy).where(Policy.member_id == member_id).values(**values))
        recompute_tiers(session, BOOK.on(on), actor, on, [member_id])


def _cards(db, member_id: int) -> list[tuple[str, str, str]]:
    with db.read() as session:
        rows = session.scalars(select(Card).where(Card.member_id == member_id).order_by(Card.id))
        return [(c.number, c.tier, c.status) for c in rows]


def test_the_card_follows_the_tier_across_every_bound(db, actor):
    with db.write() as session:
        member_id = add_insured(session, [("5000", "in_force", "agency")])
        recompute_tiers(session, BOOK.on(ON), actor, ON, [member_id])
    steps = [
        ({}, "silver", "active"),
        ({"annual_premium": Decimal("4999.99")}, None, None),  # card revoked
        ({"annual_premium": Decimal("5000")}, "silver", "active"),  # a new card
        ({"annual_premium": Decimal("19999.99"), "channel": "direct"}, "gold", "active"),
        ({"annual_premium": Decimal("20000")}, "health_gold", "active"),
        ({"channel": "agency"}, "gold", "active"),
        ({"status": "suspended"}, "gold", "suspended"),  # the card stays, suspended
        ({"status": "in_force"}, "gold", "active"),
        ({"annual_premium": Decimal("30000")}, "platinum", "active"),
        ({"annual_premium": Decimal("50000")}, "diamond", "active"),
        ({"annual_premium": Decimal("49999.99")}, "platinum", "active"),
        ({"status": "lapsed"}, None, None),
    ]
    numbers_seen: list[str] = []
    for values, tier, status in steps:
        _recompute(db, actor, member_id, **values)
        history = _cards(db, member_id)
        current = [(t, s) for _n, t, s in history if s in ("active", "suspended")]
        assert current == ([] if tier is None else [(tier, status)]), (values, history)
        numbers_seen = [n for n, _t, _s in history]
    # one card per tier held (silver twice: revoked, then issued anew), each number issuable
    tiers = [t for _n, t, _s in _cards(db, member_id)]
    assert tiers == ["silver", "silver", "gold", "health_gold", "gold", "platinum", "diamond",
                     "platinum"]  # fmt: skip
    assert len(set(numbers_seen)) == len(numbers_seen) and all(map(issuable, numbers_seen))


def test_the_next_card_skips_a_number_whose_transposition_is_another_valid_number(db, actor):
    with db.write() as session:
        holder = add_insured(session, [("3000", "in_force", "agency")])
        session.add(Card(number=card_number(8), member_id=holder, tier="silver",
                         status="revoked", issued_on=ON, closed_on=ON))  # fmt: skip
        member_id = add_insured(session, [("5000", "in_force", "agency")])
        recompute_tiers(session, BOOK.on(ON), actor, ON, [member_id])
    [(number, tier, status)] = _cards(db, member_id)
    assert card_number(9) == "8868000000000095"  # 8868000000000905 (serial 90) passes Luhn too
    assert (number, tier, status) == (card_numbers(9, 1)[0], "silver", "active")
    assert number == card_number(10)


def _check(db, member_id: int, on: dt.date):
    clerk = actor_for(db, "audit.clerk")
    return check_eligibility(db, BOOK, CATALOGS, member_id, "health_check", on=on, actor=clerk)


def test_health_check_quota_across_a_tier_change(db, actor):
    used = dt.date(2024, 1, 15)
    with db.write() as session:
        member_id = add_insured(session, [("50000", "in_force", "agency")])
        recompute_tiers(session, BOOK.on(used), actor, used, [member_id])
    rules, catalog = BOOK.on(used), CATALOGS.on(used)
    usage.record_use(db, rules, catalog, actor, member_id, "health_check", used)
    assert _check(db, member_id, dt.date(2025, 1, 14)).decision.codes == ["quota_used"]
    assert _check(db, member_id, dt.date(2025, 1, 15)).decision.eligible  # diamond: yearly
    later = dt.date(2025, 7, 15)
    _recompute(db, actor, member_id, on=later, annual_premium=Decimal("49999.99"))  # platinum
    refused = _check(db, member_id, later).decision
    assert refused.codes == ["quota_used"]
    assert refused.reasons[0].evidence["last_used"] == "2024-01-15"
    assert refused.reasons[0].evidence["next_available"] == "2026-01-15"
    assert _check(db, member_id, dt.date(2026, 1, 14)).decision.codes == ["quota_used"]
    assert _check(db, member_id, dt.date(2026, 1, 15)).decision.eligible


def test_health_check_only_from_health_gold_up(db, actor):
    table = [
        ([("9999.99", "in_force", "agency")], False),
        ([("19999.99", "in_force", "direct")], False),
        ([("29999.99", "in_force", "agency")], False),
        ([("20000", "in_force", "direct")], True),
        ([("30000", "in_force", "agency")], True),
    ]
    with db.write() as session:
        ids = [add_insured(session, policies) for policies, _ok in table]
        recompute_tiers(session, BOOK.on(ON), actor, ON, ids)
    for member_id, (policies, ok) in zip(ids, table, strict=True):
        decision = _check(db, member_id, ON).decision
        assert decision.eligible is ok, (policies, decision.codes)
        if not ok:
            assert "not_entitled" in decision.codes


def _usage(db, member_id: int, on: dt.date) -> dict[str, object]:
    with db.read() as session:
        tier = session.scalar(select(Member.tier).where(Member.id == member_id))
        states = usage.member_usage(session, BOOK.on(on), member_id, tier, on)
    return {s.code: s.to_json() for s in states}


def test_a_tier_without_health_check_does_not_show_it_available(db, actor):
    used = dt.date(2024, 1, 15)
    with db.write() as session:
        member_id = add_insured(session, [("50000", "in_force", "agency")])
        recompute_tiers(session, BOOK.on(used), actor, used, [member_id])
    rules, catalog = BOOK.on(used), CATALOGS.on(used)
    usage.record_use(db, rules, catalog, actor, member_id, "health_check", used)
    gold = dt.date(2024, 6, 1)
    _recompute(db, actor, member_id, on=gold, annual_premium=Decimal("29999.99"))
    assert "health_check" not in _usage(db, member_id, gold)  # gold: no health check at all
    assert "not_entitled" in _check(db, member_id, gold).decision.codes
    back = dt.date(2025, 7, 15)
    _recompute(db, actor, member_id, on=back, annual_premium=Decimal("30000"))  # platinum
    assert _usage(db, member_id, back)["health_check"] == {
        "service": "health_check",
        "used": 1,
        "limit": 1,
        "period": "2y",
        "last_used": "2024-01-15",  # the last use date is kept across the tier changes
        "next_available": "2026-01-15",
    }


def test_no_health_check_is_recorded_for_a_tier_without_it(db, actor):
    with db.write() as session:
        gold = add_insured(session, [("29999.99", "in_force", "agency")])
        none = add_insured(session, [("4999.99", "in_force", "agency")])
        recompute_tiers(session, BOOK.on(ON), actor, ON, [gold, none])
    for member_id in (gold, none):
        with pytest.raises(Refused) as refused:
            usage.record_use(db, BOOK.on(ON), CATALOGS.on(ON), actor, member_id, "health_check", ON)
        assert refused.value.code == "not_entitled"
        with db.read() as session:
            assert usage.uses_of(session, member_id) == []  # nothing written


def test_a_suspended_member_keeps_a_suspended_card_and_gets_no_service(db, actor):
    with db.write() as session:
        member_id = add_insured(
            session, [("4999.99", "in_force", "agency"), ("0.01", "suspended", "agency")]
        )
        recompute_tiers(session, BOOK.on(ON), actor, ON, [member_id])
    [(_number, tier, status)] = _cards(db, member_id)
    assert (tier, status) == ("silver", "suspended")
    for service in ("domestic_rescue", "health_check"):
        clerk = actor_for(db, "audit.clerk")
        decision = check_eligibility(
            db, BOOK, CATALOGS, member_id, service, on=ON, actor=clerk
        ).decision
        assert not decision.eligible and "services_suspended" in decision.codes
    with db.write() as session:  # the suspended policy's premium rises: diamond, still suspended
        session.execute(
            update(Policy)
            .where(Policy.member_id == member_id, Policy.status == "suspended")
            .values(annual_premium=Decimal("45000.01"))
        )
        recompute_tiers(session, BOOK.on(ON), actor, ON, [member_id])
    history = _cards(db, member_id)
    assert [(t, s) for _n, t, s in history] == [("silver", "replaced"), ("diamond", "suspended")]
    _recompute(db, actor, member_id, status="in_force")  # reinstated: the same card, active
    assert _cards(db, member_id)[-1] == (history[-1][0], "diamond", "active")
    assert _check(db, member_id, ON).decision.eligible


def test_kangyue_uses_are_to_be_confirmed_never_limited_from_the_command_line(db, actor, capsys):
    from tests.db.relative_helpers import KANGYUE, add_member, run

    member = add_member(db, actor, 3000, product=KANGYUE)  # no VIP tier, a 康悦 policy in force
    with db.read() as session:
        ref = session.get(Member, member).id_number
    base = ("--db", db.url, "--as", "clerk1", "usage")
    for _ in range(3):
        code, _out, err = run(capsys, *base, "record", ref, "--service", "kangyue_service")
        assert code == 0, err
    code, out, _ = run(capsys, *base, "list", ref, "--json")
    [kangyue] = [u for u in json.loads(out) if u["service"] == "kangyue_service"]
    assert (kangyue["used"], kangyue["limit"]) == (3, "to_be_confirmed")
    code, out, _ = run(capsys, *base, "list", ref)
    assert code == 0 and "已用 3 次 · 次数待确认" in out


def test_the_same_stay_in_lower_case_is_refused_from_the_command_line(db, actor, capsys):
    from tests.case_fixtures import add_member as add_case_member
    from tests.db.relative_helpers import run

    _, ref = add_case_member(db, actor, "gold")  # lives in Beijing
    base = ("--db", db.url, "--as", "clerk1")
    trip = ("--service", "dom_relative_visit", "--location", "广州", "--departed",
            str(dt.date.today() - dt.timedelta(days=9)), "--json")  # fmt: skip
    code, out, _ = run(capsys, *base, "case", "open", ref, *trip, "--hospitalisation", "ZY-7")
    assert code == 0 and json.loads(out)["eligible"] is True
    code, out, _ = run(capsys, *base, "check", ref, *trip, "--hospitalisation", " zy-7 ")
    assert code == 3 and json.loads(out)["reasons"] == ["quota_used"]
