import datetime as dt

import pytest

from vipdesk.domain.catalog import load_catalog
from vipdesk.domain.eligibility import (
    REASON_CODES,
    Designation,
    KangyuePolicyFacts,
    MemberFacts,
    PersonFacts,
    PlaceFacts,
    RequestFacts,
    decide,
    trip_day,
)
from vipdesk.rules import load_rules

TODAY = dt.date(2024, 6, 15)
RULES = load_rules().on(TODAY)
CATALOG = load_catalog().on(TODAY)
BEIJING = PlaceFacts(True, True, "北京市朝阳区")
HONG_KONG = PlaceFacts(True, False, "香港特别行政区")
TOKYO = PlaceFacts(True, False, "日本")


def member(tier="gold", status="active", kangyue=None):
    services = RULES.tier(tier).services if tier else ()
    return MemberFacts(tier, status, services, kangyue)


def holder(born=dt.date(1980, 5, 1)):
    return PersonFacts("王伟", born, is_member=True)


def request(
    service="domestic_rescue",
    *,
    distance=260.0,
    location=None,
    residence=BEIJING,
    departed=TODAY - dt.timedelta(days=3),
    on=TODAY,
    item=None,
):
    where = location or PlaceFacts(True, True, "河北省石家庄市")
    return RequestFacts(service, on, item, residence, where, distance, departed)


def codes(m, p, r):
    return decide(m, p, r, RULES, CATALOG).codes


def test_a_gold_member_far_from_home_is_eligible():
    decision = decide(member(), holder(), request(item="dom_evacuation"), RULES, CATALOG)
    assert decision.eligible and decision.reasons == []
    assert decision.distance_km == 260.0 and decision.trip_days == 4
    assert decision.cost_notes == [CATALOG.item("dom_evacuation").cost]


@pytest.mark.parametrize(
    ("distance", "eligible"), [(110.0, False), (150.0, False), (150.1, True), (260.0, True)]
)
def test_domestic_rescue_needs_strictly_more_than_150_km(distance, eligible):
    decision = decide(member(), holder(), request(distance=distance), RULES, CATALOG)
    assert decision.eligible is eligible
    if not eligible:
        (reason,) = decision.reasons
        assert reason.code == "too_close_to_residence"
        assert reason.evidence == {"distance_km": distance, "min_distance_km": 150}
        assert f"{distance:.0f}公里" in reason.message_zh


def test_trip_day_counts_the_departure_day_as_day_one():
    assert trip_day(TODAY, TODAY) == 1
    assert trip_day(TODAY - dt.timedelta(days=89), TODAY) == 90


@pytest.mark.parametrize(("days_ago", "eligible"), [(0, True), (89, True), (90, False)])
def test_rescue_covers_trip_days_up_to_and_including_90(days_ago, eligible):
    departed = TODAY - dt.timedelta(days=days_ago)
    decision = decide(member(), holder(), request(departed=departed), RULES, CATALOG)
    assert decision.trip_days == days_ago + 1
    assert decision.eligible is eligible
    if not eligible:
        assert decision.codes == ["trip_too_long"]
        assert decision.reasons[0].evidence["trip_day"] == 91


def test_international_trip_limit_also_applies():
    decision = decide(
        member(),
        holder(),
        request(
            "international_rescue",
            location=TOKYO,
            distance=2100.0,
            departed=TODAY - dt.timedelta(days=90),
        ),
        RULES,
        CATALOG,
    )
    assert decision.codes == ["trip_too_long"]


@pytest.mark.parametrize(
    ("born", "eligible"),
    [
        (dt.date(1959, 6, 15), True),  # 65 today: covered
        (dt.date(1958, 6, 16), True),  # 65, turns 66 tomorrow
        (dt.date(1958, 6, 15), False),
    ],  # 66 today
)
def test_age_65_is_covered_and_66_is_not(born, eligible):
    decision = decide(member(), holder(born), request(), RULES, CATALOG)
    assert decision.eligible is eligible
    if not eligible:
        assert decision.codes == ["age_over_limit"]
        assert decision.reasons[0].evidence["age"] == 66


def test_a_29_february_birthday_turns_66_on_1_march_in_a_common_year():
    born = dt.date(1960, 2, 29)
    on_28 = request(on=dt.date(2026, 2, 28), departed=dt.date(2026, 2, 20))
    on_1 = request(on=dt.date(2026, 3, 1), departed=dt.date(2026, 2, 20))
    assert decide(member(), holder(born), on_28, RULES, CATALOG).age == 65
    assert codes(member(), holder(born), on_28) == []
    assert codes(member(), holder(born), on_1) == ["age_over_limit"]


def test_a_suspended_member_gets_no_service():
    decision = decide(member(status="suspended"), holder(), request(), RULES, CATALOG)
    assert decision.codes == ["services_suspended"]
    assert "复效" in decision.reasons[0].message_zh


def test_silver_asking_for_international_rescue_is_not_entitled():
    decision = decide(
        member("silver"),
        holder(),
        request("international_rescue", location=TOKYO, distance=2100.0),
        RULES,
        CATALOG,
    )
    assert decision.codes == ["not_entitled"]
    assert decision.reasons[0].evidence["service"] == "international_rescue"
    assert "都会银卡" in decision.reasons[0].message_zh


def test_no_tier_is_reported_once():
    decision = decide(member(None, "none"), holder(), request(), RULES, CATALOG)
    assert decision.codes == ["no_vip_tier"]


def test_residence_in_hong_kong_is_outside_the_mainland():
    decision = decide(
        member(), holder(), request(residence=HONG_KONG, distance=1968.0), RULES, CATALOG
    )
    assert decision.codes == ["residence_outside_mainland"]


def test_unknown_location_is_a_reason_not_an_error():
    decision = decide(
        member(),
        holder(),
        request(location=PlaceFacts(False, None, "火星"), distance=None),
        RULES,
        CATALOG,
    )
    assert decision.codes == ["unknown_location"]
    assert decision.reasons[0].evidence == {"which": "location", "text": "火星"}
    assert decision.distance_km is None


def test_international_rescue_inside_the_mainland_is_refused():
    decision = decide(member(), holder(), request("international_rescue"), RULES, CATALOG)
    assert decision.codes == ["too_close_to_residence"]
    assert decision.reasons[0].evidence["in_mainland"] is True


def test_international_rescue_in_hong_kong_is_eligible():
    decision = decide(
        member(),
        holder(),
        request("international_rescue", location=HONG_KONG, distance=1968.0),
        RULES,
        CATALOG,
    )
    assert decision.eligible


def test_every_reason_that_applies_is_listed_together():
    decision = decide(
        member("silver", "suspended"),
        PersonFacts("赵六", dt.date(1950, 1, 1), is_member=False),
        request(
            "international_rescue",
            residence=HONG_KONG,
            location=PlaceFacts(False),
            distance=None,
            departed=TODAY - dt.timedelta(days=120),
        ),
        RULES,
        CATALOG,
    )
    assert decision.codes == [
        "services_suspended",
        "not_entitled",
        "not_designated",
        "age_over_limit",
        "residence_outside_mainland",
        "unknown_location",
        "trip_too_long",
    ]
    assert set(decision.codes) <= set(REASON_CODES)
    assert all(r.message_zh for r in decision.reasons)


def relative(program="vip", born=dt.date(1990, 3, 3), on=dt.date(2023, 1, 10)):
    return PersonFacts("李娜", born, is_member=False, designations=(Designation(program, on),))


def test_a_designated_relative_of_a_diamond_member_is_eligible():
    assert codes(member("diamond"), relative(), request()) == []


def test_a_person_who_is_not_designated_is_refused():
    stranger = PersonFacts("路人", dt.date(1990, 1, 1), is_member=False)
    assert codes(member("diamond"), stranger, request()) == ["not_designated"]


def test_vip_relatives_do_not_share_the_phone_doctor():
    assert codes(member("diamond"), relative(), request("phone_doctor")) == ["not_designated"]


def test_a_relative_of_a_member_fallen_to_gold_is_no_longer_covered():
    decision = decide(member("gold"), relative(), request(), RULES, CATALOG)
    assert decision.codes == ["not_designated"]
    assert decision.reasons[0].evidence["tiers"] == ["platinum", "diamond"]


def test_a_relative_over_65_at_rescue_time_is_refused():
    assert codes(member("diamond"), relative(born=dt.date(1958, 1, 1)), request()) == [
        "age_over_limit"
    ]


def kangyue(effective=dt.date(2024, 1, 1), reinstated=None, status="in_force"):
    return member("silver", kangyue=KangyuePolicyFacts(status, effective, reinstated))


@pytest.mark.parametrize(
    ("on", "eligible"),
    [
        (dt.date(2024, 5, 20), False),  # day 30 of the waiting period
        (dt.date(2024, 5, 21), True),
    ],  # day 31
)
def test_kangyue_waiting_period_after_the_effective_date(on, eligible):
    m = kangyue(effective=dt.date(2024, 4, 21))
    decision = decide(m, holder(), request("kangyue_health", on=on), RULES, CATALOG)
    assert decision.eligible is eligible
    if not eligible:
        assert decision.codes == ["waiting_period"]
        assert decision.reasons[0].evidence["waiting_end"] == "2024-05-20"
        assert decision.reasons[0].evidence["from"] == "effective_date"


def test_kangyue_waiting_period_starts_again_on_reinstatement():
    m = kangyue(effective=dt.date(2020, 1, 1), reinstated=dt.date(2024, 6, 1))
    decision = decide(m, holder(), request("kangyue_health"), RULES, CATALOG)
    assert decision.codes == ["waiting_period"]
    assert decision.reasons[0].evidence == {
        "from": "reinstated_date",
        "start": "2024-06-01",
        "waiting_end": "2024-06-30",
        "waiting_days": 30,
    }
    later = request("kangyue_health", on=dt.date(2024, 7, 1))
    assert codes(m, holder(), later) == []


def test_a_kangyue_relative_waits_30_days_from_designation():
    m = kangyue(effective=dt.date(2020, 1, 1))
    person = relative("kangyue", on=dt.date(2024, 6, 1))
    assert codes(m, person, request("kangyue_health")) == ["waiting_period"]
    assert codes(m, person, request("kangyue_health", on=dt.date(2024, 7, 1))) == []


def test_kangyue_follows_its_policy_not_the_tier():
    assert codes(kangyue(status="suspended"), holder(), request("kangyue_health")) == [
        "services_suspended"
    ]
    assert codes(member(None, "none"), holder(), request("kangyue_health")) == ["not_entitled"]


def test_item_conditions_become_questions_with_numbers_from_the_rules():
    decision = decide(member(), holder(), request(item="dom_relative_visit"), RULES, CATALOG)
    (question,) = decision.questions
    assert question.code == "hospital_days" and "超过7天" in question.text_zh


def test_a_missing_departure_date_becomes_a_question():
    decision = decide(member(), holder(), request(departed=None), RULES, CATALOG)
    assert decision.trip_days is None and decision.eligible
    assert [q.code for q in decision.questions] == ["departure_date"]
