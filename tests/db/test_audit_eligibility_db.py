"""Boundary audit on a real database: the eligibility check on both read paths (the ORM, and on
SQLite the driver alone), designations through the service, the complaint's 24 hours."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from tests.db.relative_helpers import BOOK, KANGYUE, add_member, designate, policy_no, rid
from vipdesk.db.models import Member, Policy
from vipdesk.domain.catalog import load_catalog
from vipdesk.errors import KnownError, Refused
from vipdesk.services import cases
from vipdesk.services.eligibility import check_eligibility
from vipdesk.services.eligibility_direct import check_direct
from vipdesk.services.sla import respond

CATALOGS = load_catalog()
RIDER = "附加都会康悦轻症疾病保险"
D = dt.timedelta(days=1)


def ref_of(db, member_id: int) -> str:
    with db.read() as session:
        return session.get(Member, member_id).id_number


def check(db, actor, member_id: int, service: str, on: dt.date, **kw) -> dict:
    """The check's JSON on the ORM path; on SQLite also on the driver path, which must agree."""
    ref = ref_of(db, member_id)
    args = (kw.get("person_id"), kw.get("location"), kw.get("departed"), on)
    found = check_eligibility(db, BOOK, CATALOGS, ref, service, *args, actor=actor).to_json()
    if db.url.startswith("sqlite"):
        conn = sqlite3.connect(db.url.removeprefix("sqlite:///"))
        try:
            direct = check_direct(conn, BOOK, CATALOGS, ref, service, *args).to_json()
        finally:
            conn.close()
        assert direct == found
    return found


def set_address(db, member_id: int, address: str) -> None:
    with db.write() as session:
        session.get(Member, member_id).address = address


@pytest.mark.parametrize(
    ("address", "reasons"),
    [
        ("台北市大安区复兴南路一段1号", ["residence_outside_mainland"]),
        ("九龙城区太子道西1号", ["residence_outside_mainland"]),
        ("新北市板桥区文化路1号", ["residence_outside_mainland"]),
        ("上海市浦东新区张江路1号", []),
    ],
)
def test_a_residence_in_taiwan_or_hong_kong_is_refused_on_both_paths(db, actor, address, reasons):
    member = add_member(db, actor, 12000)
    set_address(db, member, address)
    on = dt.date(2025, 6, 1)
    found = check(db, actor, member, "domestic_rescue", on, location="北京", departed=on)
    assert found["reasons"] == reasons
    if reasons:
        assert "不在中国大陆" in found["details"][0]["message"]


@pytest.mark.parametrize(
    ("born", "on", "eligible"),
    [
        (dt.date(1960, 6, 16), dt.date(2026, 6, 15), True),  # 65, 66 tomorrow
        (dt.date(1960, 6, 16), dt.date(2026, 6, 16), False),  # 66 today
        (dt.date(1960, 2, 29), dt.date(2026, 2, 28), True),  # common year: still 65
        (dt.date(1960, 2, 29), dt.date(2026, 3, 1), False),
    ],
)
def test_the_member_is_at_most_65_on_both_paths(db, actor, born, on, eligible):
    member = add_member(db, actor, 12000, born=born)
    found = check(db, actor, member, "domestic_rescue", on, location="北京", departed=on)
    assert found["eligible"] is eligible
    assert found["person"]["age"] == (65 if eligible else 66)


@pytest.mark.parametrize(("day", "eligible"), [(1, True), (90, True), (91, False)])
@pytest.mark.parametrize(
    ("service", "where"), [("domestic_rescue", "北京"), ("international_rescue", "东京")]
)
def test_trip_days_on_both_paths(db, actor, day, eligible, service, where):
    member = add_member(db, actor, 12000)
    on = dt.date(2025, 6, 1)
    found = check(db, actor, member, service, on, location=where, departed=on - (day - 1) * D)
    assert (found["trip_days"], found["eligible"]) == (day, eligible)
    assert found["reasons"] == ([] if eligible else ["trip_too_long"])


def test_a_request_dated_before_the_departure_is_a_plain_error_on_both_paths(db, actor):
    member = add_member(db, actor, 12000)
    on = dt.date(2025, 6, 1)
    with pytest.raises(KnownError, match="出发日期 2025-06-02 晚于受理日期 2025-06-01"):
        check(db, actor, member, "domestic_rescue", on, location="北京", departed=on + D)
    if db.url.startswith("sqlite"):
        conn = sqlite3.connect(db.url.removeprefix("sqlite:///"))
        with pytest.raises(KnownError, match="晚于受理日期"):
            check_direct(conn, BOOK, CATALOGS, ref_of(db, member), "domestic_rescue",
                         None, "北京", on + D, on)  # fmt: skip
        conn.close()


@pytest.mark.parametrize(
    ("born", "on", "accepted"),
    [
        (dt.date(1960, 6, 2), dt.date(2025, 6, 1), True),  # the day before the 65th birthday
        (dt.date(1960, 6, 1), dt.date(2025, 6, 1), False),  # the 65th birthday
        (dt.date(1960, 2, 29), dt.date(2025, 2, 28), True),  # common year: 65 only on 1 Mar
        (dt.date(1960, 2, 29), dt.date(2025, 3, 1), False),
    ],
)
def test_a_vip_relative_is_designated_only_before_65(db, actor, born, on, accepted):
    member = add_member(db, actor, 35000)
    if accepted:
        assert designate(db, actor, member, born, "spouse", seq="211", on=on).age == 64
    else:
        with pytest.raises(Refused) as caught:
            designate(db, actor, member, born, "spouse", seq="211", on=on)
        assert caught.value.code == "too_old"


def test_a_vip_relative_is_rescued_at_65_not_66_on_both_paths(db, actor):
    member = add_member(db, actor, 60000)
    born = dt.date(1961, 6, 2)
    designate(db, actor, member, born, "spouse", seq="221", on=dt.date(2025, 6, 1))
    person = rid(born, "221")
    for on, eligible in ((dt.date(2027, 6, 1), True), (dt.date(2027, 6, 2), False)):
        found = check(db, actor, member, "international_rescue", on, person_id=person,
                      location="东京", departed=on)  # fmt: skip
        assert found["eligible"] is eligible, found["reasons"]
        assert found["reasons"] == ([] if eligible else ["age_over_limit"])


def kangyue_member(db, actor, effective: dt.date, reinstated: dt.date | None = None) -> int:
    member = add_member(db, actor, 6000, product=KANGYUE, effective=effective)
    with db.write() as session:
        policy = session.query(Policy).filter_by(member_id=member).one()
        policy.reinstated_date = reinstated
    return member


@pytest.mark.parametrize("start", ["effective", "reinstated"])
def test_the_insureds_kangyue_waiting_ends_on_day_30_on_both_paths(db, actor, start):
    begin = dt.date(2024, 2, 15)
    if start == "effective":
        member = kangyue_member(db, actor, begin)
    else:
        member = kangyue_member(db, actor, dt.date(2020, 3, 1), begin)
    for day, served in ((begin + 29 * D, False), (begin + 30 * D, True)):
        found = check(db, actor, member, "kangyue_health", day)
        assert found["eligible"] is served, (day, found["reasons"])
        if not served:
            assert found["details"][0]["evidence"]["waiting_end"] == "2024-03-15"


def test_a_kangyue_relatives_waiting_matches_the_letter_on_both_paths(db, actor):
    member = kangyue_member(db, actor, dt.date(2020, 3, 1))
    designated = dt.date(2025, 6, 1)
    record = designate(db, actor, member, dt.date(1995, 1, 1), "child", seq="231",
                       program="kangyue", on=designated)  # fmt: skip
    assert (
        record.service_from == designated + 30 * D and record.waiting_until == designated + 29 * D
    )
    person = rid(dt.date(1995, 1, 1), "231")
    for day, served in ((record.service_from - D, False), (record.service_from, True)):
        found = check(db, actor, member, "kangyue_health", day, person_id=person)
        assert found["eligible"] is served, (day, found["reasons"])


@pytest.mark.parametrize(
    ("born", "accepted"),
    [
        (dt.date(1954, 3, 2), True),  # 65 on the effective date 2020-03-01
        (dt.date(1954, 3, 1), False),  # 66 on it
    ],
)
def test_a_kangyue_relative_is_at_most_65_on_the_effective_date(db, actor, born, accepted):
    member = kangyue_member(db, actor, dt.date(2020, 3, 1))
    kw = {"seq": "241", "program": "kangyue"}
    if accepted:
        assert designate(db, actor, member, born, "parent", **kw).age == 71
    else:
        with pytest.raises(Refused) as caught:
            designate(db, actor, member, born, "parent", **kw)
        assert caught.value.code == "too_old" and "2020-03-01" in str(caught.value)


@pytest.mark.parametrize("named", ["main", "rider", None])
def test_the_kangyue_age_is_taken_on_the_contracts_effective_date(db, actor, named):
    """Main policy 2020-03-01, rider added 2022-03-01: one contract, one effective date, whichever
    policy the clerk names (the relative is 65 on the first, 67 on the second)."""
    extra = [(RIDER, 2000, "in_force", dt.date(2022, 3, 1))]
    member = add_member(db, actor, 6000, product=KANGYUE, extra=extra)
    number = {"main": policy_no(db, member), "rider": policy_no(db, member, RIDER)}.get(named)
    record = designate(db, actor, member, dt.date(1955, 3, 1), "parent", seq="251",
                       program="kangyue", policy_no=number)  # fmt: skip
    assert record.policy_no == policy_no(db, member)  # recorded on the contract's main policy


@pytest.mark.parametrize(("first", "second"), [("vip", "kangyue"), ("kangyue", "vip")])
def test_one_active_spouse_across_both_programmes(db, actor, first, second):
    member = add_member(db, actor, 35000, extra=[(KANGYUE, 3000, "in_force", dt.date(2020, 3, 1))])
    designate(db, actor, member, dt.date(1971, 1, 1), "spouse", seq="261", program=first)
    with pytest.raises(Refused) as caught:
        designate(db, actor, member, dt.date(1972, 2, 2), "spouse", seq="262", program=second)
    assert caught.value.code == "spouse_exists"
    # the same spouse may hold a place in both programmes
    same = designate(db, actor, member, dt.date(1971, 1, 1), "spouse", seq="261", program=second)
    assert same.program == second


T0 = dt.datetime(2026, 3, 6, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("after", "breached"),
    [(dt.timedelta(hours=24), False), (dt.timedelta(hours=24, seconds=1), True)],
)
def test_a_complaint_answered_at_exactly_24_hours_is_in_time(db, actor, after, breached):
    member = add_member(db, actor, 12000)
    case = cases.open_case(
        db, BOOK.on(T0.date()), actor, cases.CaseRequest("complaint", member, "投诉"), T0
    )
    assert case.due_at.replace(tzinfo=dt.UTC) == T0 + dt.timedelta(hours=24)
    view = respond(db, actor, case.id, T0 + dt.timedelta(hours=72), "已联系", now=T0 + after)
    assert view.breached is breached
    assert view.state == ("overdue" if breached else "on_time")


@pytest.mark.parametrize(
    ("after", "overdue"),
    [(dt.timedelta(hours=24), False), (dt.timedelta(hours=24, seconds=1), True)],
)
def test_an_unanswered_complaint_is_overdue_only_after_24_hours(db, actor, after, overdue):
    from vipdesk.services.case_queue import QueueFilter, case_queue

    member = add_member(db, actor, 12000)
    case = cases.open_case(
        db, BOOK.on(T0.date()), actor, cases.CaseRequest("complaint", member, "投诉"), T0
    )
    with db.read() as session:
        [row] = [r for r in case_queue(session, T0 + after, actor=actor) if r.id == case.id]
        listed = case_queue(session, T0 + after, QueueFilter(overdue=True), actor=actor)
    assert row.overdue is overdue
    assert row.sla.state == ("overdue" if overdue else "due_soon")
    assert (case.id in [r.id for r in listed]) is overdue


@pytest.mark.parametrize(
    ("given", "asked"),
    [
        ("110101650412108", "11010119650412108x"),  # designated by the old number, asked with x
        ("11010119650412108X", "110101650412108"),  # and the other way round
    ],
)
def test_x_check_digits_and_15_digit_numbers_name_the_same_relative(db, actor, given, asked):
    from vipdesk.services import relatives as rel

    member = add_member(db, actor, 35000)
    on = dt.date(2025, 6, 1)
    record = rel.designate_relative(db, BOOK, actor, member, "王丽", given, "spouse", on=on)
    assert (record.birth_date, record.age) == (dt.date(1965, 4, 12), 60)
    found = check(db, actor, member, "domestic_rescue", on, person_id=asked, location="北京",
                  departed=on)  # fmt: skip
    assert found["eligible"] and found["person"] == {"name": "王丽", "age": 60}


def test_the_dialogs_precheck_gives_the_same_answers_as_the_save(db, actor):
    from vipdesk.services import relatives as rel

    extra = [(KANGYUE, 3000, "in_force", dt.date(2020, 3, 1)),
             (RIDER, 2000, "in_force", dt.date(2022, 3, 1))]  # fmt: skip
    member = add_member(db, actor, 35000, extra=extra)
    designate(db, actor, member, dt.date(1971, 1, 1), "spouse", seq="271")
    on = dt.date(2025, 6, 1)
    context = rel.designation_context(db, BOOK, member, on, actor=actor)
    assert [c.policy.effective_date for c in context.kangyue] == [dt.date(2020, 3, 1)] * 2
    rider = policy_no(db, member, RIDER)
    second = context.check("kangyue", rid(dt.date(1972, 2, 2), "272"), "spouse", on, rider)
    assert second.refusal.code == "spouse_exists"
    same = context.check("kangyue", rid(dt.date(1971, 1, 1), "271"), "spouse", on, rider)
    assert same.accepted
    parent = context.check("kangyue", rid(dt.date(1955, 3, 1), "273"), "parent", on, rider)
    assert parent.accepted  # 65 on the contract's date 2020-03-01 (67 on the rider's)
