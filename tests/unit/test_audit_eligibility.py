"""Boundary audit of eligibility, age and designated-relative rules against DOMAIN.md.

Every number the handbook states, tested at, just below and just above it (pure, no database).
"""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.domain.catalog import load_catalog
from vipdesk.domain.eligibility import (
    Designation,
    KangyuePolicyFacts,
    MemberFacts,
    PersonFacts,
    PlaceFacts,
    RequestFacts,
    decide,
    trip_day,
    waiting_end,
)
from vipdesk.domain.people import InvalidIdNumber, age_on, check_digit, parse_id_number
from vipdesk.domain.relatives import (
    ExistingRelative,
    KangyuePolicy,
    check_designation,
    places_left,
)
from vipdesk.domain.relatives import MemberFacts as DesignatingMember
from vipdesk.domain.sla import Clock, clock_state
from vipdesk.rules import load_rules
from vipdesk.services.sla import first_response_due

ON = dt.date(2025, 6, 16)
RULES = load_rules().on(ON)
CATALOG = load_catalog().on(ON)
D = dt.timedelta(days=1)
BEIJING = PlaceFacts(True, True, "北京市朝阳区")
HEBEI = PlaceFacts(True, True, "河北省石家庄市")
OUTSIDE = {
    "hk": PlaceFacts(True, False, "香港特别行政区"),
    "macau": PlaceFacts(True, False, "澳门特别行政区"),
    "taiwan": PlaceFacts(True, False, "台湾省台北市"),
    "tokyo": PlaceFacts(True, False, "日本东京"),
}


def rid(born: dt.date, seq: str = "123", area: str = "110105") -> str:
    """A valid resident ID number for someone born on `born`."""
    body = f"{area}{born:%Y%m%d}{seq}"
    return body + check_digit(body)


def years_before(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` earlier (29 Feb of a common year: 28 Feb)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def vip_member(tier: str | None = "gold", status: str = "active", kangyue=None) -> MemberFacts:
    services = RULES.tier(tier).services if tier else ()
    return MemberFacts(tier, status, services, kangyue)


def holder(born: dt.date = dt.date(1980, 5, 1)) -> PersonFacts:
    return PersonFacts("王伟", born, is_member=True)


def rescue(
    service: str = "domestic_rescue",
    *,
    on: dt.date = ON,
    departed: dt.date | None = None,
    distance: float | None = 260.0,
    residence: PlaceFacts = BEIJING,
    location: PlaceFacts | None = None,
) -> RequestFacts:
    if location is None:
        location = HEBEI if service == "domestic_rescue" else OUTSIDE["tokyo"]
    departed = on - 3 * D if departed is None else departed
    return RequestFacts(service, on, None, residence, location, distance, departed)


def codes(member: MemberFacts, person: PersonFacts, request: RequestFacts) -> list[str]:
    return decide(member, person, request, RULES, CATALOG).codes


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


# --- designated relatives of the VIP card -------------------------------------------------------

MEMBER_BORN = dt.date(1970, 1, 1)
MEMBER_ID = rid(MEMBER_BORN, "001")


def designating(tier: str | None = "platinum", status: str = "active") -> DesignatingMember:
    return DesignatingMember(MEMBER_ID, tier, status)


def vip_designation(born: dt.date, on: dt.date = ON, relation: str = "spouse", existing=()):
    return check_designation(RULES, "vip", designating(), rid(born, "202"), relation, on, existing)


@pytest.mark.parametrize(
    ("tier", "status", "accepted"),
    [
        ("silver", "active", False),
        ("gold", "active", False),
        ("health_gold", "active", False),
        ("platinum", "active", True),
        ("diamond", "active", True),
        ("platinum", "suspended", False),
        ("diamond", "suspended", False),
        (None, "none", False),
    ],
)
def test_only_platinum_and_diamond_designate(tier, status, accepted):
    decision = check_designation(
        RULES, "vip", designating(tier, status), rid(dt.date(1990, 1, 1)), "spouse", ON, ()
    )
    assert decision.accepted is accepted
    if not accepted:
        assert decision.refusal.code == "not_entitled"


@pytest.mark.parametrize(
    ("born", "on", "accepted"),
    [
        (dt.date(1961, 6, 16), ON, True),  # 64
        (dt.date(1960, 6, 17), ON, True),  # the day before the 65th birthday
        (dt.date(1960, 6, 16), ON, False),  # the 65th birthday: no longer younger than 65
        (dt.date(1959, 6, 16), ON, False),  # 66
        (dt.date(1960, 2, 29), dt.date(2025, 2, 28), True),  # common year: 65 only on 1 Mar
        (dt.date(1960, 2, 29), dt.date(2025, 3, 1), False),
        (dt.date(1963, 2, 28), dt.date(2028, 2, 27), True),
        (dt.date(1963, 2, 28), dt.date(2028, 2, 28), False),
        (dt.date(1963, 3, 1), dt.date(2028, 2, 29), True),  # leap day, 65 tomorrow
    ],
)
def test_a_vip_relative_is_strictly_younger_than_65_when_designated(born, on, accepted):
    decision = vip_designation(born, on)
    assert decision.accepted is accepted
    if accepted:
        assert decision.designation.age == 64 or decision.designation.age < 64
    else:
        assert decision.refusal.code == "too_old"


@pytest.mark.parametrize(
    ("relation", "accepted"),
    [("spouse", True), ("parent", True), ("child", True), ("sibling", False),
     ("grandchild", False), ("friend", False)],
)  # fmt: skip
def test_relations_spouse_parent_child_only(relation, accepted):
    born = {"parent": dt.date(1962, 1, 1), "child": dt.date(1995, 1, 1)}.get(
        relation, dt.date(1971, 1, 1)
    )
    for program, policy in (("vip", None), ("kangyue", KY_POLICY)):
        decision = check_designation(
            RULES, program, designating(), rid(born), relation, ON, (), policy
        )
        assert decision.accepted is accepted, program
        if not accepted:
            assert decision.refusal.code == "relation_not_allowed"


def relative_of(program: str, born: dt.date, designated: dt.date) -> PersonFacts:
    return PersonFacts("李娜", born, False, (Designation(program, designated),))


@pytest.mark.parametrize("service", ["domestic_rescue", "international_rescue"])
@pytest.mark.parametrize(
    ("born", "covered"),
    [
        (dt.date(1960, 6, 16), True),  # designated at 64, 65 today
        (dt.date(1959, 6, 17), True),  # 66 tomorrow
        (dt.date(1959, 6, 16), False),  # 66 today
    ],
)
def test_a_vip_relative_is_at_most_65_at_rescue_time(service, born, covered):
    person = relative_of("vip", born, dt.date(2024, 1, 1))
    decision = decide(vip_member("diamond"), person, rescue(service), RULES, CATALOG)
    assert decision.eligible is covered
    assert decision.codes == ([] if covered else ["age_over_limit"])


@pytest.mark.parametrize("service", ["phone_doctor", "health_check", "global_courtesy"])
def test_vip_relatives_share_only_the_two_rescues(service):
    person = relative_of("vip", dt.date(1990, 1, 1), dt.date(2024, 1, 1))
    assert codes(vip_member("diamond"), person, RequestFacts(service, ON)) == ["not_designated"]


@pytest.mark.parametrize(
    ("relation", "born", "plausible"),
    [
        ("parent", MEMBER_BORN - D, True),
        ("parent", MEMBER_BORN, False),  # same birth date: not born before
        ("parent", MEMBER_BORN + D, False),
        ("child", MEMBER_BORN + D, True),
        ("child", MEMBER_BORN, False),  # same birth date: not born after
        ("child", MEMBER_BORN - D, False),
        ("spouse", MEMBER_BORN, True),
        ("spouse", MEMBER_BORN + 20 * 365 * D, True),
    ],
)
@pytest.mark.parametrize("program", ["vip", "kangyue"])
def test_parents_are_born_before_the_member_and_children_after(relation, born, plausible, program):
    policy = KY_POLICY if program == "kangyue" else None
    decision = check_designation(
        RULES, program, designating(), rid(born, "303"), relation, ON, (), policy
    )
    assert decision.accepted is plausible
    if not plausible:
        assert decision.refusal.code == "implausible_relation"


@pytest.mark.parametrize("program", ["vip", "kangyue"])
def test_a_second_active_spouse_is_refused(program):
    policy = KY_POLICY if program == "kangyue" else None
    existing = [ExistingRelative(rid(dt.date(1971, 1, 1), "401"), 1, "active", "spouse")]
    decision = check_designation(
        RULES, program, designating(), rid(dt.date(1972, 1, 1), "402"), "spouse", ON,
        existing, policy,
    )  # fmt: skip
    assert decision.refusal.code == "spouse_exists"


@pytest.mark.parametrize("active", [0, 1, 2])
def test_two_vip_relatives_at_most(active):
    existing = [ExistingRelative(rid(dt.date(1990, 1, s), f"5{s:02d}"), s, "active", "child")
                for s in range(1, active + 1)]  # fmt: skip
    decision = vip_designation(dt.date(1995, 1, 1), relation="child", existing=existing)
    assert decision.accepted is (active < 2)
    if active == 2:
        assert decision.refusal.code == "limit_reached"


# --- 都会康悦 relatives and waiting periods -------------------------------------------------------

KY_EFFECTIVE = dt.date(2020, 3, 1)
KY_POLICY = KangyuePolicy("KY001", RULES.kangyue_products[0], "in_force", KY_EFFECTIVE)


def ky_designation(born: dt.date, effective: dt.date = KY_EFFECTIVE, existing=(), on=ON):
    policy = KangyuePolicy("KY001", RULES.kangyue_products[0], "in_force", effective)
    return check_designation(
        RULES, "kangyue", designating("silver"), rid(born, "606"), "parent", on, existing, policy
    )


@pytest.mark.parametrize(
    ("born", "effective", "accepted"),
    [
        (dt.date(1955, 3, 1), KY_EFFECTIVE, True),  # 65 on the effective date
        (dt.date(1954, 3, 2), KY_EFFECTIVE, True),  # 66 the day after the effective date
        (dt.date(1954, 3, 1), KY_EFFECTIVE, False),  # 66 on the effective date
        (dt.date(1956, 2, 29), dt.date(2022, 2, 28), True),  # common year: still 65
        (dt.date(1956, 2, 29), dt.date(2022, 3, 1), False),  # 66 on 1 March
    ],
)
def test_a_kangyue_relative_is_at_most_65_on_the_effective_date(born, effective, accepted):
    decision = ky_designation(born, effective)
    assert decision.accepted is accepted
    if not accepted:
        assert decision.refusal.code == "too_old"
        assert effective.isoformat() in decision.refusal.message


def test_kangyue_age_is_taken_on_the_effective_date_not_on_the_designation_day():
    assert ky_designation(dt.date(1955, 3, 1)).designation.age == 70  # 70 now, 65 then


@pytest.mark.parametrize(
    ("statuses", "code"),
    [
        ((), None),
        (("active",), None),
        (("removed",), None),
        (("active", "active"), "limit_reached"),
        (("removed", "active"), "not_replaceable"),  # a removed one never frees its place
        (("removed", "removed"), "not_replaceable"),
    ],
)
def test_two_kangyue_relatives_for_the_life_of_the_contract(statuses, code):
    existing = [ExistingRelative(rid(dt.date(1990, 1, s + 1), f"7{s:02d}"), s + 1, st, "child")
                for s, st in enumerate(statuses)]  # fmt: skip
    decision = ky_designation(dt.date(1960, 1, 1), existing=existing)
    assert (decision.refusal.code if decision.refusal else None) == code
    assert places_left(RULES.relatives["kangyue"], existing) == 2 - len(statuses)


def kangyue_member(effective: dt.date, reinstated: dt.date | None = None) -> MemberFacts:
    return vip_member(None, "none", KangyuePolicyFacts("in_force", effective, reinstated))


# The handbook: "服务有效期开始或每一次保险合同复效起的30个自然日为服务等待期". We read the start
# day as day 1 of the 30 (as the trip's departure day is day 1): waiting on start+0 .. start+29,
# service from start+30. The same reading for the insured and for a relative's designation.
@pytest.mark.parametrize(
    ("offset", "served"), [(0, False), (1, False), (29, False), (30, True), (31, True)]
)
@pytest.mark.parametrize("start", ["effective", "reinstated", "designated"])
def test_the_30_day_waiting_period_ends_on_day_30_of_every_start(start, offset, served):
    begin = dt.date(2024, 2, 15)  # the period runs over 29 February
    member = kangyue_member(
        begin if start == "effective" else dt.date(2019, 1, 1),
        begin if start == "reinstated" else None,
    )
    person = (
        relative_of("kangyue", dt.date(1990, 1, 1), begin) if start == "designated" else holder()
    )
    on = begin + offset * D
    decision = decide(member, person, RequestFacts("kangyue_health", on), RULES, CATALOG)
    assert decision.eligible is served
    if not served:
        assert decision.codes == ["waiting_period"]
        evidence = decision.reasons[0].evidence
        assert evidence["waiting_end"] == (begin + 29 * D).isoformat()
        assert evidence["waiting_days"] == 30
    assert waiting_end(begin, RULES.kangyue_waiting_days) == begin + 29 * D


def test_the_designation_and_the_check_agree_on_a_kangyue_relatives_first_day():
    designated = dt.date(2024, 2, 15)
    decision = ky_designation(dt.date(1960, 1, 1), on=designated)
    first = decision.designation.service_from
    member = kangyue_member(dt.date(2019, 1, 1))
    person = relative_of("kangyue", dt.date(1960, 1, 1), designated)
    assert first == designated + 30 * D
    for day, served in ((first - D, False), (first, True)):
        check = decide(member, person, RequestFacts("kangyue_health", day), RULES, CATALOG)
        assert check.eligible is served


def test_the_waiting_numbers_come_from_the_rules_file():
    assert RULES.kangyue_waiting_days == 30
    assert RULES.relatives["kangyue"].waiting_days == 30
    assert RULES.relatives["kangyue"].limit == RULES.relatives["vip"].limit == 2


# --- complaint: respond within 24 hours ---------------------------------------------------------

OPENED = dt.datetime(2026, 3, 6, 17, 30, tzinfo=dt.UTC)  # a Friday evening: hours, not workdays
SECOND = dt.timedelta(seconds=1)


def test_a_complaint_is_due_24_hours_after_it_was_opened():
    assert first_response_due(RULES, "complaint", OPENED) == OPENED + dt.timedelta(hours=24)


@pytest.mark.parametrize(
    ("after", "state"),
    [
        (dt.timedelta(hours=24) - SECOND, "due_soon"),
        (dt.timedelta(hours=24), "due_soon"),  # exactly 24 h: due, not overdue
        (dt.timedelta(hours=24) + SECOND, "overdue"),
    ],
)
def test_the_complaint_clock_at_24_hours(after, state):
    clock = Clock(OPENED, first_response_due(RULES, "complaint", OPENED))
    assert clock_state(clock, OPENED + after) == state


@pytest.mark.parametrize(
    ("answered", "state"),
    [(dt.timedelta(hours=24), "met"), (dt.timedelta(hours=24) + SECOND, "overdue")],
)
def test_an_answer_at_exactly_24_hours_is_in_time(answered, state):
    due = first_response_due(RULES, "complaint", OPENED)
    clock = Clock(OPENED, due, stopped_at=OPENED + answered)
    assert clock_state(clock, OPENED + dt.timedelta(hours=99)) == state


# --- residence read from the contract's mailing address -----------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "台北市大安区复兴南路一段1号",  # read as 四川省自贡市大安区 before the audit
        "台南市东区大学路1号",  # read as 四川省攀枝花市东区
        "新北市板桥区文化路1号",  # read as 江苏省常州市新北区
        "九龙城区太子道西1号",  # read as 辽宁省朝阳市龙城区
        "高雄市前镇区中山二路1号",
        "大埔区大埔道1号",  # Hong Kong's 大埔区, not Guangdong's 大埔县
        "香港九龙弥敦道1号",
        "澳门氹仔孙逸仙大马路1号",
        "台湾省台北市大安区",
    ],
)
def test_a_mailing_address_in_hong_kong_macau_or_taiwan_is_outside_the_mainland(address):
    from vipdesk import geo

    place = geo.resolve_address(address)
    assert place is not None and place.in_mainland is False, place
    residence = PlaceFacts(True, place.in_mainland, place.path or place.name)
    assert codes(vip_member(), holder(), rescue(residence=residence)) == [
        "residence_outside_mainland"
    ]


@pytest.mark.parametrize(
    ("address", "path"),
    [
        ("广东省梅州市大埔县湖寮镇", "广东省梅州市大埔县"),
        ("大埔县湖寮镇", "广东省梅州市大埔县"),
        ("连江县凤城镇", "福建省福州市连江县"),  # Fuzhou's 连江县, not Matsu
        ("四川省自贡市大安区", "四川省自贡市大安区"),
        ("九龙县呷尔镇", "四川省甘孜藏族自治州九龙县"),
        ("江苏省常州市新北区", "江苏省常州市新北区"),
        ("上海市浦东新区张江路1号", "上海市浦东新区"),
    ],
)
def test_mainland_addresses_with_those_names_stay_in_the_mainland(address, path):
    from vipdesk import geo

    place = geo.resolve_address(address)
    assert place is not None and place.in_mainland is True and place.path == path


@pytest.mark.parametrize(
    ("other_spouse", "code"),
    [
        (rid(dt.date(1971, 1, 1), "801"), "spouse_exists"),  # another spouse in the other programme
        (rid(dt.date(1972, 1, 1), "802"), None),  # the same person: one spouse in both programmes
    ],
)
@pytest.mark.parametrize("program", ["vip", "kangyue"])
def test_one_active_spouse_counts_both_programmes(other_spouse, code, program):
    others = [ExistingRelative(other_spouse, 1, "active", "spouse")]
    policy = KY_POLICY if program == "kangyue" else None
    decision = check_designation(
        RULES, program, designating(), rid(dt.date(1972, 1, 1), "802"), "spouse", ON, (),
        policy, others,
    )  # fmt: skip
    assert (decision.refusal.code if decision.refusal else None) == code


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("台北市大安区", "台湾省台北市"),  # was 四川省自贡市大安区 (in the mainland)
        ("台北市中正区", "台湾省台北市"),  # was 山东省济南市市中区
        ("新北市板桥区", "台湾省新北市"),  # was 江苏省常州市新北区
        ("台南市东区", "台湾省台南市"),  # was 四川省攀枝花市东区
        ("高雄市前镇区", "台湾省高雄市"),  # was not found
        ("九龙城区", "香港特别行政区九龙城区"),
    ],
)
def test_a_caller_in_a_taiwan_city_district_is_outside_the_mainland(text, path):
    from vipdesk import geo

    place = geo.resolve_location(text)
    assert place is not None and (place.path, place.in_mainland) == (path, False)
    where = PlaceFacts(True, False, place.path)
    international = rescue("international_rescue", location=where, distance=1500.0)
    assert codes(vip_member(), holder(), international) == []
    domestic = rescue("domestic_rescue", location=where, distance=1500.0)
    assert codes(vip_member(), holder(), domestic) == ["too_close_to_residence"]


@pytest.mark.parametrize("text", ["大埔县", "连江县", "九龙县", "新北区"])
def test_names_shared_with_a_mainland_county_are_still_asked_about(text):
    from vipdesk import geo

    found = geo.resolve_place(text)
    assert found.place is None and len(found.choices) == 2
    assert {p.in_mainland for p in found.choices} == {True, False}


@pytest.mark.parametrize(
    ("address", "level"),
    [
        ("广东省深圳市南山区科技园1号", "county"),
        ("广东省深圳市科技园1号", "prefecture"),  # the city
        ("广东省科技园1号", "province"),
    ],
)
def test_the_residence_is_the_most_specific_division_written(address, level):
    from vipdesk import geo

    assert geo.resolve_address(address).level == level


@pytest.mark.parametrize("service", ["domestic_rescue", "international_rescue"])
def test_a_request_dated_before_the_departure_is_refused_as_a_mistake(service):
    from vipdesk.errors import KnownError

    with pytest.raises(KnownError, match="出发日期 2025-06-17 晚于受理日期 2025-06-16"):
        decide(vip_member(), holder(), rescue(service, departed=ON + D), RULES, CATALOG)
    assert decide(vip_member(), holder(), rescue(service, departed=ON), RULES, CATALOG).eligible
