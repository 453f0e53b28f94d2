"""Boundary audit of 都会康悦 relatives, waiting periods, the complaint clock and places
outside the mainland against DOMAIN.md (pure, no database)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.audit_facts import (
    CATALOG,
    KY_EFFECTIVE,
    KY_POLICY,
    ON,
    RULES,
    D,
    codes,
    designating,
    holder,
    relative_of,
    rescue,
    rid,
    vip_member,
)
from vipdesk.domain.eligibility import (
    KangyuePolicyFacts,
    MemberFacts,
    PlaceFacts,
    RequestFacts,
    decide,
    waiting_end,
)
from vipdesk.domain.relatives import (
    ExistingRelative,
    KangyuePolicy,
    check_designation,
    places_left,
)
from vipdesk.domain.sla import Clock, clock_state
from vipdesk.services.sla import first_response_due

# --- 都会康悦 relatives and waiting periods -------------------------------------------------------


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
