"""Tier rules at every boundary of DOMAIN.md (table-tested, pure)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from vipdesk.domain.tiers import PolicyFacts, VipStatus, assess_tier, entitlements, tier_distance


def p(premium: str | int, status: str = "in_force", channel: str = "agency") -> PolicyFacts:
    return PolicyFacts(status=status, channel=channel, annual_premium=Decimal(str(premium)))


@pytest.mark.parametrize(
    ("premium", "tier"),
    [
        ("4999.99", None),
        (5000, "silver"),
        ("9999.99", "silver"),
        (10000, "gold"),
        ("19999.99", "gold"),
        (20000, "gold"),  # agency channel: not health gold
        ("29999.99", "gold"),
        (30000, "platinum"),
        ("49999.99", "platinum"),
        (50000, "diamond"),
        (1_000_000, "diamond"),
    ],
)
def test_tier_bounds_are_inclusive_below_exclusive_above(rules, premium, tier):
    assert assess_tier([p(premium)], rules).tier_code == tier


@pytest.mark.parametrize(
    ("policies", "tier"),
    [
        ([p(20000, channel="direct")], "health_gold"),
        ([p(29999, channel="direct")], "health_gold"),
        ([p("19999.99", channel="direct")], "gold"),
        ([p(30000, channel="direct")], "platinum"),
        ([p(15000, channel="direct"), p(10000, channel="direct")], "health_gold"),
        ([p(15000, channel="direct"), p(10000, channel="bancassurance")], "gold"),
        # a lapsed agency policy does not count, so the counted ones are all direct
        ([p(25000, channel="direct"), p(9000, "lapsed", "agency")], "health_gold"),
    ],
)
def test_health_gold_needs_every_counted_policy_direct(rules, policies, tier):
    assert assess_tier(policies, rules).tier_code == tier


@pytest.mark.parametrize(
    ("policies", "tier", "status", "afyp"),
    [
        ([p(6000), p(40000, "suspended")], "silver", VipStatus.ACTIVE, 6000),
        ([p(4000), p(40000, "suspended")], "platinum", VipStatus.SUSPENDED, 4000),
        ([p(60000, "suspended")], "diamond", VipStatus.SUSPENDED, 0),
        ([p(3000, "suspended"), p(1000)], None, VipStatus.NONE, 1000),
        ([p(60000, "lapsed")], None, VipStatus.NONE, 0),
        ([p(60000, "terminated"), p(5000)], "silver", VipStatus.ACTIVE, 5000),
        ([], None, VipStatus.NONE, 0),
    ],
)
def test_suspended_policies_keep_the_tier_but_suspend_services(rules, policies, tier, status, afyp):
    result = assess_tier(policies, rules)
    assert (result.tier_code, result.vip_status, result.afyp) == (tier, status, Decimal(afyp))


@pytest.mark.parametrize(
    ("tier", "services"),
    [
        ("silver", {"domestic_rescue"}),
        ("gold", {"domestic_rescue", "international_rescue", "phone_doctor"}),
        (
            "health_gold",
            {"domestic_rescue", "international_rescue", "phone_doctor", "health_check"},
        ),
        (
            "platinum",
            {
                "domestic_rescue",
                "international_rescue",
                "phone_doctor",
                "health_check",
                "customer_activities",
            },
        ),
        (
            "diamond",
            {
                "domestic_rescue",
                "international_rescue",
                "phone_doctor",
                "health_check",
                "global_courtesy",
                "customer_activities",
            },
        ),
    ],
)
def test_entitlements_per_tier(rules, tier, services):
    assert set(rules.tier(tier).services) == services


def test_relatives_only_for_platinum_and_diamond(rules):
    assert {t.code for t in rules.tiers if t.relatives == 2} == {"platinum", "diamond"}
    assert rules.tier("diamond").health_check_every_years == 1
    assert rules.tier("platinum").health_check_every_years == 2


@pytest.mark.parametrize(
    ("premium", "next_tier", "to_next"),
    [(25000, "platinum", 5000), (4000, "silver", 1000), (60000, None, None)],
)
def test_distance_to_next_tier(rules, premium, next_tier, to_next):
    distance = tier_distance(assess_tier([p(premium)], rules), rules)
    assert (distance.next_tier.code if distance.next_tier else None) == next_tier
    assert distance.to_next == (Decimal(to_next) if to_next is not None else None)


@pytest.mark.parametrize(
    ("product", "status", "has_kangyue"),
    [
        ("都会康悦终身重大疾病保险", "in_force", True),
        ("附加都会康悦轻症疾病保险", "in_force", True),
        ("都会康悦终身重大疾病保险", "suspended", False),
        ("都会安享终身寿险", "in_force", False),
    ],
)
def test_kangyue_service_follows_an_in_force_kangyue_policy(rules, product, status, has_kangyue):
    policies = [PolicyFacts(status, "agency", Decimal(3000), product)]
    codes = entitlements(assess_tier(policies, rules), policies, rules)
    assert ("kangyue_health" in codes) is has_kangyue
    assert "domestic_rescue" not in codes  # 3,000 reaches no tier
