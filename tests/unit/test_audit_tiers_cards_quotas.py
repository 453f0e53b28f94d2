"""Audit of the tier, card and quota rules against DOMAIN.md at, below and above every number.

Pure and table-driven: each row is a boundary case of the handbook ("Tiers", "Service use and
quotas", "Cards", 都会康悦). The existing tests (test_tiers.py, test_quotas.py) cover the plain
bounds; these add the cents on either side, Decimal sums, the channel of the policies that count
when some are suspended, and the card numbers the desk issues.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from vipdesk.domain.cards import (
    InvalidCardNumber,
    card_number,
    card_numbers,
    issuable,
    validate_card_number,
)
from vipdesk.domain.quotas import (
    QuotaRule,
    Use,
    add_years,
    quota_state,
    refusal_text,
    usage_text,
)
from vipdesk.domain.tiers import PolicyFacts, VipStatus, assess_tier, tier_distance
from vipdesk.rules import load_rules

D = dt.date
HEALTH = QuotaRule("health_check", "years", 1)
VISIT = QuotaRule("dom_relative_visit", "occasion", 1)


def p(premium: str | int, status: str = "in_force", channel: str = "agency") -> PolicyFacts:
    """One policy of the insured."""
    return PolicyFacts(status=status, channel=channel, annual_premium=Decimal(str(premium)))


# (AFYP, tier when sold by agents, tier when every counted policy is direct-marketing)
BANDS = [
    ("0", None, None),
    ("0.01", None, None),
    ("4999.99", None, None),
    ("5000", "silver", "silver"),
    ("5000.01", "silver", "silver"),
    ("9999.99", "silver", "silver"),
    ("10000", "gold", "gold"),
    ("10000.01", "gold", "gold"),
    ("19999.99", "gold", "gold"),
    ("20000", "gold", "health_gold"),
    ("20000.01", "gold", "health_gold"),
    ("29999.99", "gold", "health_gold"),
    ("30000", "platinum", "platinum"),
    ("30000.01", "platinum", "platinum"),
    ("49999.99", "platinum", "platinum"),
    ("50000", "diamond", "diamond"),
    ("50000.01", "diamond", "diamond"),
]


@pytest.mark.parametrize(("amount", "agency", "direct"), BANDS)
@pytest.mark.parametrize("channel", ["agency", "bancassurance", "direct"])
def test_every_tier_bound_lower_inclusive_upper_exclusive(rules, amount, agency, direct, channel):
    result = assess_tier([p(amount, channel=channel)], rules)
    expected = direct if channel == "direct" else agency
    assert result.tier_code == expected
    assert result.vip_status == (VipStatus.NONE if expected is None else VipStatus.ACTIVE)
    assert result.afyp == Decimal(amount)


@pytest.mark.parametrize(
    ("premiums", "tier"),
    [
        (["0.1", "0.2", "4999.70"], "silver"),  # 0.1 + 0.2 is exactly 0.3 in money
        (["4999.90", "0.10"], "silver"),
        (["4999.98", "0.01"], None),
        (["1666.67", "1666.67", "1666.66"], "silver"),
        (["0.1", "0.2", "9999.70"], "gold"),
        (["0.1", "0.2", "29999.70"], "platinum"),
        (["0.1", "0.2", "29999.69"], "gold"),
        (["0.1", "0.2", "49999.70"], "diamond"),
        (["0.1", "0.2", "49999.69"], "platinum"),
        (["0.01"] * 500 + ["4995"], "silver"),
    ],
)
def test_afyp_is_summed_in_exact_money(rules, premiums, tier):
    result = assess_tier([p(x) for x in premiums], rules)
    assert result.tier_code == tier
    assert result.afyp == sum((Decimal(x) for x in premiums), Decimal(0))


@pytest.mark.parametrize(
    ("policies", "tier", "status"),
    [
        # direct 20,000 exactly, split over two direct policies
        ([p("0.1", channel="direct"), p("19999.90", channel="direct")], "health_gold", "active"),
        # mixed channels at every Health Gold amount: Gold
        ([p(10000, channel="direct"), p(10000)], "gold", "active"),
        ([p("29999.98", channel="direct"), p("0.01", channel="bancassurance")], "gold", "active"),
        # an in-force policy without premium is still a counted policy (its channel counts)
        ([p(25000, channel="direct"), p(0)], "gold", "active"),
        # policies that do not count do not spoil the channel: only in-force ones count
        ([p(25000, channel="direct"), p(9000, "suspended")], "health_gold", "active"),
        ([p(25000, channel="direct"), p(9000, "terminated")], "health_gold", "active"),
        # …and do not add to the amount: direct 29,999.99 plus a suspended 0.01 stays Health Gold
        (
            [p("29999.99", channel="direct"), p("0.01", "suspended", "direct")],
            "health_gold",
            "active",
        ),
        # suspension rule: the tier reached by in-force + suspended; their channels all count
        ([p(3000, channel="direct"), p(22000, "suspended", "direct")], "health_gold", "suspended"),
        ([p(3000, channel="direct"), p(22000, "suspended")], "gold", "suspended"),
        ([p(3000), p(22000, "suspended", "direct")], "gold", "suspended"),
        ([p(3000, channel="direct"), p(27000, "suspended", "direct")], "platinum", "suspended"),
        # a lapsed agency policy beside suspended direct ones is not counted
        ([p(25000, "suspended", "direct"), p(9000, "lapsed")], "health_gold", "suspended"),
    ],
)
def test_health_gold_channel_of_the_counted_policies(rules, policies, tier, status):
    result = assess_tier(policies, rules)
    assert (result.tier_code, result.vip_status.value) == (tier, status)


@pytest.mark.parametrize(
    ("policies", "tier", "status", "afyp"),
    [
        # in-force reaches a tier: that tier, active, whatever the suspended ones would reach
        ([p(5000), p(100000, "suspended")], "silver", "active", "5000"),
        ([p("9999.99"), p(40000, "suspended")], "silver", "active", "9999.99"),
        ([p(10000), p(40000, "suspended")], "gold", "active", "10000"),
        ([p(30000), p(20000, "suspended")], "platinum", "active", "30000"),
        # in-force reaches none: the tier of in-force + suspended, suspended
        ([p("4999.99"), p("0.01", "suspended")], "silver", "suspended", "4999.99"),
        ([p("4999.99"), p("45000.01", "suspended")], "diamond", "suspended", "4999.99"),
        ([p("4999.99"), p("45000", "suspended")], "platinum", "suspended", "4999.99"),
        ([p("0.01", "suspended"), p("4999.99", "suspended")], "silver", "suspended", "0"),
        ([p("4999.99", "suspended")], None, "none", "0"),
        ([p("4999.98"), p("0.01", "suspended")], None, "none", "4999.98"),
        # lapsed and terminated never count, not even for the suspension rule
        ([p("4999.99"), p("0.01", "lapsed")], None, "none", "4999.99"),
        ([p("4999.99", "suspended"), p(1, "terminated")], None, "none", "0"),
        ([p(100000, "lapsed"), p(100000, "terminated")], None, "none", "0"),
        ([p(4000), p(100000, "expired")], None, "none", "4000"),
    ],
)
def test_suspension_rule_at_its_bounds(rules, policies, tier, status, afyp):
    result = assess_tier(policies, rules)
    assert (result.tier_code, result.vip_status.value, result.afyp) == (tier, status, Decimal(afyp))


# the tier table of DOMAIN.md: code, min, max, channel, health check every N years, relatives
DOMAIN_TIERS = [
    ("silver", 5000, 10000, None, None, 0),
    ("gold", 10000, 30000, None, None, 0),
    ("health_gold", 20000, 30000, "direct", 2, 0),
    ("platinum", 30000, 50000, None, 2, 2),
    ("diamond", 50000, None, None, 1, 2),
]


@pytest.mark.parametrize(("code", "low", "high", "channel", "years", "relatives"), DOMAIN_TIERS)
def test_every_rules_version_states_the_handbook_tiers(code, low, high, channel, years, relatives):
    for version in load_rules().versions:
        tier = version.tier(code)
        assert (tier.min_afyp, tier.max_afyp) == (
            Decimal(low),
            None if high is None else Decimal(high),
        )
        assert (tier.channel, tier.health_check_every_years, tier.relatives) == (
            channel,
            years,
            relatives,
        )
        assert ("health_check" in tier.services) is (years is not None)


def _typos(number: str) -> list[str]:
    """Every single-digit substitution and every adjacent transposition of `number`."""
    found = {number[:i] + d + number[i + 1 :] for i in range(len(number)) for d in "0123456789"}
    found |= {
        number[:i] + number[i + 1] + number[i] + number[i + 2 :] for i in range(len(number) - 1)
    }
    found.discard(number)
    return sorted(found)


def _accepted(text: str) -> bool:
    try:
        validate_card_number(text)
    except InvalidCardNumber:
        return False
    return True


def test_the_numbers_the_desk_issues_catch_every_typo_and_transposition():
    # the first 300 numbers, and runs around serials full of 0s and 9s (09/90 pairs abound)
    numbers = set(card_numbers(1, 300))
    for first in (899, 9_000, 90_909, 9_999_999_990):
        numbers |= set(card_numbers(first, 30))
    for number in sorted(numbers):
        assert _accepted(number), number
        caught = [typo for typo in _typos(number) if _accepted(typo)]
        assert caught == [], f"{number}: {caught} pass the check digit"


def test_issued_serials_only_skip_numbers_with_an_undetectable_transposition():
    numbers = card_numbers(1, 100)
    assert numbers[:8] == [card_number(s) for s in range(1, 9)]  # 1..8: nothing skipped
    assert card_number(9) == "8868000000000095" and not issuable(card_number(9))
    # Luhn's blind spot: 8868000000000095 with its last two digits swapped is serial 90's number
    assert _accepted("8868000000000905") and card_number(90) == "8868000000000905"
    assert "8868000000000095" not in numbers and "8868000000000905" not in numbers
    assert numbers == sorted(
        set(numbers)
    )  # serials rise: the next serial follows the highest number
    assert card_numbers(5, 0) == []


def test_a_legacy_card_number_with_09_still_validates():
    assert validate_card_number("8868 0000 0000 0095") == "8868000000000095"


@pytest.mark.parametrize(
    ("day", "years", "expected"),
    [
        (D(2024, 2, 29), 1, D(2025, 3, 1)),
        (D(2024, 2, 29), 2, D(2026, 3, 1)),
        (D(2023, 2, 28), 1, D(2024, 2, 28)),  # not the 29th of the leap year
        (D(2022, 2, 28), 2, D(2024, 2, 28)),
        (D(2023, 3, 1), 1, D(2024, 3, 1)),
        (D(2026, 2, 28), 2, D(2028, 2, 28)),
        (D(2027, 12, 31), 1, D(2028, 12, 31)),
        (D(2028, 1, 1), 2, D(2030, 1, 1)),
    ],
)
def test_next_available_day(day, years, expected):
    assert add_years(day, years) == expected
    before = quota_state(HEALTH, [Use(day)], expected - dt.timedelta(days=1), every_years=years)
    on_the_day = quota_state(HEALTH, [Use(day)], expected, every_years=years)
    assert before.exhausted and before.next_available == expected
    assert not on_the_day.exhausted and on_the_day.next_available is None
    assert usage_text(before) == f"已用 1 次 · {expected.isoformat()} 起可再次使用"


@pytest.mark.parametrize(
    ("old", "new", "used", "on", "exhausted", "next_day"),
    [
        # diamond -> platinum 1.5 years after a use: not yet (the last use date is kept)
        ("diamond", "platinum", D(2024, 1, 15), D(2025, 7, 15), True, D(2026, 1, 15)),
        ("diamond", "platinum", D(2024, 1, 15), D(2026, 1, 15), False, None),
        ("diamond", "health_gold", D(2024, 1, 15), D(2026, 1, 14), True, D(2026, 1, 15)),
        # platinum -> diamond 1.5 years after: available (yearly now)
        ("platinum", "diamond", D(2024, 1, 15), D(2025, 7, 15), False, None),
        ("health_gold", "diamond", D(2024, 1, 15), D(2025, 1, 14), True, D(2025, 1, 15)),
        ("platinum", "diamond", D(2024, 2, 29), D(2025, 2, 28), True, D(2025, 3, 1)),
    ],
)
def test_a_tier_change_keeps_the_last_use(rules, old, new, used, on, exhausted, next_day):
    state = quota_state(HEALTH, [Use(used)], on, rules.tier(new).health_check_every_years)
    assert (state.exhausted, state.next_available, state.last_used) == (exhausted, next_day, used)


@pytest.mark.parametrize("tier", ["silver", "gold"])
def test_silver_and_gold_have_no_health_check(rules, tier):
    assert "health_check" not in rules.tier(tier).services
    assert rules.tier(tier).health_check_every_years is None


def test_every_service_period_quota_is_to_be_confirmed_never_invented():
    for version in load_rules().versions:
        periods = [q for q in version.quotas if q.period == "service_period"]
        assert periods and all(q.limit is None for q in periods)
        state = quota_state(periods[0], [Use(D(2026, 1, 1))] * 50, D(2026, 1, 2))
        assert not state.exhausted and usage_text(state) == "已用 50 次 · 次数待确认"
        assert state.to_json()["limit"] == "to_be_confirmed"
        visits = {q.code: q.limit for q in version.quotas if q.period == "occasion"}
        assert visits == {"dom_relative_visit": 1, "intl_relative_visit": 1}


@pytest.mark.parametrize(
    ("uses", "occasion", "exhausted"),
    [
        ([], "ZY-1", False),
        ([Use(D(2026, 5, 3), "ZY-1")], "ZY-1", True),
        ([Use(D(2026, 5, 3), "ZY-1")], "ZY-2", False),
        ([Use(D(2024, 5, 3), "ZY-1")], "ZY-1", True),  # years later, the same stay: still once
        ([Use(D(2026, 5, 3), "ZY-1"), Use(D(2026, 6, 3), "ZY-2")], "ZY-2", True),
    ],
)
def test_hospital_visit_once_per_hospitalisation(uses, occasion, exhausted):
    state = quota_state(VISIT, uses, D(2026, 7, 1), occasion=occasion)
    assert state.exhausted is exhausted


@pytest.mark.parametrize("asked", ["ZY-1", " ZY-1 ", "zy-1", "ＺＹ－１"])
def test_the_same_stay_written_differently_is_the_same_hospitalisation(asked):
    state = quota_state(VISIT, [Use(D(2026, 5, 3), "ZY-1")], D(2026, 5, 4), occasion=asked)
    assert state.exhausted and state.used == 1


@pytest.mark.parametrize(
    ("policies", "next_tier", "to_next", "above_floor"),
    [
        ([p("4999.99")], "silver", "0.01", None),
        ([p(5000)], "gold", "5000", "0"),
        ([p("29999.99", channel="direct")], "platinum", "0.01", "9999.99"),
        ([p(50000)], None, None, "0"),
        # suspended: the in-force AFYP says nothing of the distance (no "-26,000 above the floor",
        # no "1,000 to silver" for a platinum member)
        ([p(4000), p(40000, "suspended")], None, None, None),
        ([p(60000, "suspended")], None, None, None),
    ],
)
def test_distance_to_the_next_tier_and_the_floor(rules, policies, next_tier, to_next, above_floor):
    distance = tier_distance(assess_tier(policies, rules), rules)
    assert (distance.next_tier.code if distance.next_tier else None) == next_tier
    assert distance.to_next == (None if to_next is None else Decimal(to_next))
    assert distance.above_floor == (None if above_floor is None else Decimal(above_floor))


@pytest.mark.parametrize(
    ("years", "said"),
    [(1, "“贵宾健康体检”每年限用1次，已于 2025-03-02 使用，2026-03-02 起可再次使用。"),
     (2, "“贵宾健康体检”每2年限用1次，已于 2025-03-02 使用，2027-03-02 起可再次使用。")],
)  # fmt: skip
def test_the_refusal_says_every_year_for_diamond(years, said):
    state = quota_state(HEALTH, [Use(D(2025, 3, 2))], D(2025, 3, 3), every_years=years)
    assert refusal_text(state, "贵宾健康体检") == said


def test_a_years_quota_without_a_stated_count_never_invents_one():
    state = quota_state(QuotaRule("health_check", "years", None), [Use(D(2025, 3, 2))],
                        D(2025, 3, 3), every_years=2)  # fmt: skip
    assert not state.exhausted and state.to_be_confirmed
    assert state.last_used == D(2025, 3, 2) and usage_text(state) == "已用 1 次 · 次数待确认"
