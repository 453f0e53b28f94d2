"""Service quotas at every boundary: next availability, 29 February, tier change, 次数待确认."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.domain.quotas import (
    QuotaRule,
    Use,
    add_years,
    find_quota,
    quota_state,
    refusal_text,
    usage_text,
)
from vipdesk.rules import load_rules

D = dt.date
HEALTH = QuotaRule("health_check", "years", 1)
KANGYUE = QuotaRule("kangyue_service", "service_period", None)
VISIT = QuotaRule("dom_relative_visit", "occasion", 1)


@pytest.mark.parametrize(
    ("day", "years", "expected"),
    [
        (D(2025, 3, 2), 2, D(2027, 3, 2)),
        (D(2025, 12, 31), 1, D(2026, 12, 31)),
        (D(2024, 2, 29), 1, D(2025, 3, 1)),  # 29 Feb -> 1 Mar in a common year
        (D(2024, 2, 29), 2, D(2026, 3, 1)),
        (D(2024, 2, 29), 4, D(2028, 2, 29)),  # a leap year again keeps 29 Feb
        (D(2023, 2, 28), 1, D(2024, 2, 28)),
    ],
)
def test_next_available_is_the_same_calendar_day_n_years_later(day, years, expected):
    assert add_years(day, years) == expected


@pytest.mark.parametrize(
    ("on", "years", "exhausted", "next_day"),
    [
        (D(2025, 3, 2), 2, True, D(2027, 3, 2)),  # the day of the use
        (D(2027, 3, 1), 2, True, D(2027, 3, 2)),  # the day before next availability
        (D(2027, 3, 2), 2, False, None),  # the day of next availability
        (D(2026, 3, 1), 1, True, D(2026, 3, 2)),  # diamond: yearly
        (D(2026, 3, 2), 1, False, None),
    ],
)
def test_health_check_refused_until_the_day_of_next_availability(on, years, exhausted, next_day):
    state = quota_state(HEALTH, [Use(D(2025, 3, 2))], on, every_years=years)
    assert state.exhausted is exhausted
    assert state.next_available == next_day
    assert state.last_used == D(2025, 3, 2)


@pytest.mark.parametrize(
    ("on", "exhausted"),
    [(D(2025, 2, 28), True), (D(2025, 3, 1), False)],
)
def test_health_check_used_on_29_february_is_available_again_on_1_march(on, exhausted):
    state = quota_state(HEALTH, [Use(D(2024, 2, 29))], on, every_years=1)
    assert state.exhausted is exhausted
    expected = "已用 1 次 · 2025-03-01 起可再次使用" if exhausted else "可用"
    assert usage_text(state) == expected


def test_a_tier_change_keeps_the_last_use_date():
    use = [Use(D(2025, 6, 1))]
    diamond = quota_state(HEALTH, use, D(2026, 6, 1), every_years=1)
    platinum = quota_state(HEALTH, use, D(2026, 6, 1), every_years=2)
    assert not diamond.exhausted
    assert platinum.exhausted and platinum.next_available == D(2027, 6, 1)
    assert platinum.last_used == diamond.last_used == D(2025, 6, 1)


def test_no_use_is_available_and_a_tier_without_health_check_has_none():
    assert usage_text(quota_state(HEALTH, [], D(2026, 1, 1), every_years=2)) == "可用"
    assert not quota_state(HEALTH, [Use(D(2025, 1, 1))], D(2025, 6, 1), None).exhausted


def test_kangyue_items_without_a_stated_count_never_refuse_and_say_so():
    uses = [Use(D(2026, 1, d)) for d in range(1, 11)]
    state = quota_state(KANGYUE, uses, D(2026, 2, 1))
    assert state.to_be_confirmed and not state.exhausted
    assert usage_text(state) == "已用 10 次 · 次数待确认"
    assert state.to_json()["limit"] == "to_be_confirmed"
    assert usage_text(quota_state(KANGYUE, [], D(2026, 2, 1))) == "次数待确认"


@pytest.mark.parametrize(
    ("occasion", "exhausted"),
    [("ZY-001", True), ("ZY-002", False), (None, False)],
)
def test_relative_visit_once_per_hospitalisation(occasion, exhausted):
    state = quota_state(VISIT, [Use(D(2026, 5, 3), "ZY-001")], D(2026, 5, 4), occasion=occasion)
    assert state.exhausted is exhausted
    if exhausted:
        assert "每次住院限1次" in refusal_text(state, "亲属探视")


def test_refusal_names_the_use_and_the_first_day_again():
    state = quota_state(HEALTH, [Use(D(2025, 3, 2))], D(2026, 1, 1), every_years=2)
    text = refusal_text(state, "贵宾健康体检")
    assert "2025-03-02" in text and "2027-03-02 起可再次使用" in text
    assert state.to_json() == {
        "service": "health_check",
        "used": 1,
        "limit": 1,
        "period": "2y",
        "last_used": "2025-03-02",
        "next_available": "2027-03-02",
    }


def test_a_cancelled_use_is_not_given_so_it_does_not_count():
    assert not quota_state(HEALTH, [], D(2025, 3, 3), every_years=2).exhausted


@pytest.mark.parametrize(
    ("family", "item", "items", "expected"),
    [
        ("health_check", None, ["health_check_booking"], "health_check"),
        ("health_check", "health_check_booking", [], "health_check"),
        ("domestic_rescue", "dom_relative_visit", [], "dom_relative_visit"),
        ("domestic_rescue", "dom_evacuation", [], None),
        ("domestic_rescue", None, ["a", "b"], None),
        ("kangyue_health", None, ["kangyue_service"], "kangyue_service"),
    ],
)
def test_the_quota_of_a_request(family, item, items, expected):
    found = find_quota(load_rules().current().quotas, family, item, items)
    assert (found.code if found else None) == expected


def test_the_rules_file_marks_kangyue_counts_as_to_be_confirmed():
    rules = load_rules().current()
    assert rules.quota("kangyue_service").to_be_confirmed
    assert rules.quota("health_check").limit == 1
    assert rules.quota("dom_relative_visit").period == "occasion"
