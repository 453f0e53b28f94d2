"""Boundary audit of age and rescue eligibility against DOMAIN.md (pure, no database).

Every number the handbook states, tested at, just below and just above it: ages, the 150 km
limit, trip days, places outside the mainland, each tier's services.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.audit_facts import (
    CATALOG,
    HEBEI,
    ON,
    OUTSIDE,
    RULES,
    D,
    codes,
    holder,
    rescue,
    rid,
    vip_member,
)
from vipdesk.domain.eligibility import (
    RequestFacts,
    decide,
    trip_day,
)
from vipdesk.domain.people import InvalidIdNumber, age_on, parse_id_number

# --- age in completed years (周岁) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("born", "day", "age"),
    [
        ("1960-06-16", "2025-06-15", 64),  # the day before the 65th birthday
        ("1960-06-16", "2025-06-16", 65),  # the 65th birthday
        ("1959-06-17", "2025-06-16", 65),  # the day before the 66th birthday
        ("1959-06-16", "2025-06-16", 66),  # the 66th birthday
        ("1960-02-29", "2025-02-28", 64),  # common year: still the younger age on 28 Feb
        ("1960-02-29", "2025-03-01", 65),  # ... a year older on 1 Mar
        ("1960-02-29", "2024-02-28", 63),
        ("1960-02-29", "2024-02-29", 64),  # leap year: on the day itself
        ("1959-12-31", "2025-01-01", 65),  # across the new year
        ("1960-01-01", "2024-12-31", 64),
    ],
)
def test_age_in_completed_years_at_every_boundary(born, day, age):
    assert age_on(dt.date.fromisoformat(born), dt.date.fromisoformat(day)) == age


@pytest.mark.parametrize(
    ("number", "born", "gender"),
    [
        ("11010519491231002X", dt.date(1949, 12, 31), "F"),  # the standard's example: X digit
        ("11010519491231002x", dt.date(1949, 12, 31), "F"),  # a lower-case x
        ("110105491231002", dt.date(1949, 12, 31), "F"),  # legacy 15 digits, upgraded
        (rid(dt.date(1960, 2, 29), "001"), dt.date(1960, 2, 29), "M"),  # a leap-day birth
        (rid(dt.date(1900, 1, 1), "002"), dt.date(1900, 1, 1), "F"),
    ],
)
def test_id_numbers_give_birth_dates(number, born, gender):
    person = parse_id_number(number, today=ON)
    assert (person.birth_date, person.gender) == (born, gender)
    assert len(person.number) == 18 and person.number[:17].isdigit()


@pytest.mark.parametrize(
    "number",
    [
        "110105196102290012",  # 29 Feb of a common year does not exist
        "11010519491231002Y",
        "110105194912310021",  # wrong check digit
        "110105611231002X",  # 15 digits may not end in X
    ],
)
def test_impossible_id_numbers_are_refused(number):
    with pytest.raises(InvalidIdNumber):
        parse_id_number(number, today=ON)


def test_a_15_digit_number_and_its_18_digit_form_are_the_same_person():
    assert parse_id_number("110105491231002", today=ON).number == "11010519491231002X"


# --- the person rescued: at most 65 on the day in question ------------------------------------


@pytest.mark.parametrize("service", ["domestic_rescue", "international_rescue"])
@pytest.mark.parametrize(
    ("born", "on", "covered"),
    [
        (dt.date(1960, 6, 16), ON, True),  # 65 today
        (dt.date(1959, 6, 17), ON, True),  # 65, turns 66 tomorrow
        (dt.date(1959, 6, 16), ON, False),  # 66 today
        (dt.date(1961, 6, 16), ON, True),  # 64
        (dt.date(1959, 2, 28), dt.date(2025, 2, 27), True),
        (dt.date(1959, 2, 28), dt.date(2025, 2, 28), False),
        (dt.date(1960, 2, 29), dt.date(2026, 2, 28), True),  # common year: still 65
        (dt.date(1960, 2, 29), dt.date(2026, 3, 1), False),  # 66 on 1 March
        (dt.date(1958, 3, 1), dt.date(2024, 2, 29), True),  # leap day: 65, turns 66 tomorrow
        (dt.date(1958, 2, 28), dt.date(2024, 2, 28), False),
    ],
)
def test_the_person_rescued_is_at_most_65(service, born, on, covered):
    decision = decide(vip_member(), holder(born), rescue(service, on=on), RULES, CATALOG)
    assert decision.eligible is covered, decision.codes
    assert decision.age == age_on(born, on)
    if not covered:
        assert decision.codes == ["age_over_limit"]
        assert decision.reasons[0].evidence["max_age"] == 65


def test_the_age_limit_comes_from_the_rules_file():
    assert RULES.rescue.max_age == 65


# --- domestic rescue: distance and trip days ---------------------------------------------------


@pytest.mark.parametrize(
    ("distance", "eligible"),
    [
        (0.0, False),
        (149.999, False),
        (150.0, False),  # exactly 150 km: not "more than"
        (150.0000001, True),
        (150.001, True),
        (150.5, True),  # rounds to "150" in the message but is more than 150
        (3000.0, True),
    ],
)
def test_domestic_rescue_needs_strictly_more_than_150_km(distance, eligible):
    decision = decide(vip_member("silver"), holder(), rescue(distance=distance), RULES, CATALOG)
    assert decision.eligible is eligible
    assert decision.codes == ([] if eligible else ["too_close_to_residence"])


def test_the_distance_limit_is_read_from_the_rules():
    assert RULES.rescue.domestic_min_distance_km == 150


@pytest.mark.parametrize("service", ["domestic_rescue", "international_rescue"])
@pytest.mark.parametrize(
    ("departed", "on", "day", "eligible"),
    [
        (ON, ON, 1, True),  # the departure day is day 1
        (ON - 88 * D, ON, 89, True),
        (ON - 89 * D, ON, 90, True),  # day 90: still covered
        (ON - 90 * D, ON, 91, False),  # day 91: refused
        (dt.date(2024, 12, 31), dt.date(2025, 3, 30), 90, True),  # over a new year
        (dt.date(2024, 12, 31), dt.date(2025, 3, 31), 91, False),
        (dt.date(2024, 1, 1), dt.date(2024, 3, 30), 90, True),  # over a 29 February
        (dt.date(2024, 1, 1), dt.date(2024, 3, 31), 91, False),
    ],
)
def test_rescue_covers_trip_days_1_to_90(service, departed, on, day, eligible):
    assert trip_day(departed, on) == day
    decision = decide(
        vip_member(), holder(), rescue(service, on=on, departed=departed), RULES, CATALOG
    )
    assert decision.trip_days == day
    assert decision.eligible is eligible
    if not eligible:
        assert decision.codes == ["trip_too_long"]
        assert decision.reasons[0].evidence["max_trip_days"] == 90


def test_both_trip_limits_are_in_the_rules_file():
    assert RULES.rescue.domestic_max_trip_days == 90
    assert RULES.rescue.international_max_trip_days == 90


@pytest.mark.parametrize("where", ["hk", "macau", "taiwan"])
@pytest.mark.parametrize("service", ["domestic_rescue", "international_rescue"])
def test_a_residence_in_hong_kong_macau_or_taiwan_is_not_a_mainland_residence(where, service):
    request = rescue(service, residence=OUTSIDE[where], distance=1500.0)
    decision = decide(vip_member(), holder(), request, RULES, CATALOG)
    assert decision.codes == ["residence_outside_mainland"]
    message = decision.reasons[0].message_zh
    assert OUTSIDE[where].name in message and "不在中国大陆" in message


@pytest.mark.parametrize("where", ["hk", "macau", "taiwan", "tokyo"])
def test_outside_the_mainland_is_international_not_domestic(where):
    domestic = rescue("domestic_rescue", location=OUTSIDE[where], distance=2000.0)
    assert codes(vip_member(), holder(), domestic) == ["too_close_to_residence"]
    international = rescue("international_rescue", location=OUTSIDE[where], distance=2000.0)
    assert codes(vip_member(), holder(), international) == []


def test_international_rescue_inside_the_mainland_is_refused_whatever_the_distance():
    request = rescue("international_rescue", location=HEBEI, distance=3000.0)
    assert codes(vip_member(), holder(), request) == ["too_close_to_residence"]


def test_international_rescue_does_not_use_the_150_km_limit():
    request = rescue("international_rescue", location=OUTSIDE["hk"], distance=20.0)
    assert codes(vip_member(), holder(), request) == []


# --- tier entitlements (DOMAIN.md's table, written out here rather than read from the rules) ---

GOLD = {"domestic_rescue", "international_rescue", "phone_doctor"}
ENTITLED = {
    "silver": {"domestic_rescue"},
    "gold": GOLD,
    "health_gold": GOLD | {"health_check"},
    "platinum": GOLD | {"health_check", "customer_activities"},
    "diamond": GOLD | {"health_check", "global_courtesy", "customer_activities"},
}
FAMILIES = ("domestic_rescue", "international_rescue", "phone_doctor", "health_check",
            "global_courtesy", "customer_activities")  # fmt: skip


def service_request(service: str) -> RequestFacts:
    if service in ("domestic_rescue", "international_rescue"):
        return rescue(service)
    return RequestFacts(service, ON)


@pytest.mark.parametrize("tier", list(ENTITLED))
@pytest.mark.parametrize("service", FAMILIES)
def test_each_tier_gets_exactly_its_services(tier, service):
    decision = decide(vip_member(tier), holder(), service_request(service), RULES, CATALOG)
    entitled = service in ENTITLED[tier]
    assert decision.eligible is entitled
    assert decision.codes == ([] if entitled else ["not_entitled"])


@pytest.mark.parametrize("tier", list(ENTITLED))
@pytest.mark.parametrize("service", FAMILIES)
def test_a_suspended_vip_status_gives_no_service_at_all(tier, service):
    decision = decide(
        vip_member(tier, "suspended"), holder(), service_request(service), RULES, CATALOG
    )
    assert not decision.eligible
    assert decision.codes[0] == "services_suspended"


@pytest.mark.parametrize("service", FAMILIES)
def test_no_vip_status_gives_nothing(service):
    decision = decide(vip_member(None, "none"), holder(), service_request(service), RULES, CATALOG)
    assert decision.codes == ["no_vip_tier"]
