"""Service use and quotas on a real database (SQLite file and PostgreSQL).

A booked health check counts until cancelled; eligibility refuses it with `quota_used` until the
day of next availability; closing delivers, cancelling frees; two desks booking the last use at
once: exactly one succeeds.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import select

from tests.case_fixtures import BOOK, add_member
from tests.db.test_concurrency import DESKS, at_once
from vipdesk.db.usage_models import ServiceUse
from vipdesk.domain.catalog import load_catalog
from vipdesk.errors import Refused
from vipdesk.services import cases, usage
from vipdesk.services.database import Database
from vipdesk.services.eligibility import check_eligibility

NOW = dt.datetime(2025, 3, 2, 2, 0, tzinfo=dt.UTC)  # 10:00 in Beijing, 2 March 2025
DAY = dt.date(2025, 3, 2)
CATALOGS = load_catalog()


def book(db, actor, member_id, service="health_check", item=None, now=NOW, occasion=None):
    request = cases.CaseRequest(
        case_type="rescue",
        member_id=member_id,
        description="预约体检",
        service_code=service,
        item_code=item,
        eligible=True,
        occasion=occasion,
    )
    return cases.open_case(db, BOOK.on(now.date()), actor, request, now=now)


def check(db, member_id, on, service="health_check", **kw):
    from tests.staff_helpers import actor_for

    clerk = actor_for(db, "usage.clerk")
    return check_eligibility(db, BOOK, CATALOGS, member_id, service, on=on, actor=clerk, **kw)


def uses(db, member_id):
    with db.read() as session:
        return list(
            session.scalars(select(ServiceUse.status).where(ServiceUse.member_id == member_id))
        )


def test_health_check_refused_the_day_before_next_availability(db, actor):
    member_id, _ = add_member(db, actor, "platinum", on=DAY)
    book(db, actor, member_id)
    assert uses(db, member_id) == ["booked"]
    before = check(db, member_id, dt.date(2027, 3, 1)).decision
    assert before.codes == ["quota_used"]
    evidence = before.reasons[0].evidence
    assert evidence["last_used"] == "2025-03-02" and evidence["next_available"] == "2027-03-02"
    assert "2027-03-02 起可再次使用" in before.reasons[0].message_zh
    assert check(db, member_id, dt.date(2027, 3, 2)).decision.eligible


def test_two_weeks_later_a_second_health_check_is_refused_at_booking(db, actor):
    member_id, _ = add_member(db, actor, "diamond", on=DAY)
    book(db, actor, member_id)
    with pytest.raises(Refused) as refused:
        book(db, actor, member_id, now=NOW + dt.timedelta(days=14))
    assert refused.value.code == "quota_used"
    assert "2026-03-02" in str(refused.value)
    assert uses(db, member_id) == ["booked"]  # nothing written by the refused booking


def test_cancelling_before_delivery_frees_the_use(db, actor):
    member_id, _ = add_member(db, actor, "platinum", on=DAY)
    case = book(db, actor, member_id)
    assert usage.cancel_case_use(db, actor, case.id, "客户改期") == 1
    assert uses(db, member_id) == ["cancelled"]
    assert check(db, member_id, DAY + dt.timedelta(days=1)).decision.eligible
    book(db, actor, member_id, now=NOW + dt.timedelta(days=1))


def test_closing_the_case_delivers_and_a_delivered_use_cannot_be_cancelled(db, actor):
    member_id, _ = add_member(db, actor, "platinum", on=DAY)
    case = book(db, actor, member_id)
    for status in ("in_progress", "resolved", "closed"):
        cases.change_status(db, actor, case.id, status)
    assert uses(db, member_id) == ["delivered"]
    with pytest.raises(Refused) as refused:
        usage.cancel_case_use(db, actor, case.id, "误操作")
    assert refused.value.code == "already_delivered"


def test_a_refused_case_books_nothing_and_a_supervisor_override_still_counts(db, actor):
    from tests.staff_helpers import supervisor

    member_id, _ = add_member(db, actor, "platinum", on=DAY)
    request = cases.CaseRequest(
        case_type="rescue",
        member_id=member_id,
        service_code="health_check",
        eligible=False,
        reasons=["quota_used"],
    )
    case = cases.open_case(db, BOOK.on(DAY), actor, request, now=NOW)
    assert uses(db, member_id) == []
    cases.override(db, actor, supervisor(db), case.id, "客户体检报告遗失，特批复检")
    assert uses(db, member_id) == ["booked"]  # granted over the quota, it still counts


def test_relative_visit_once_per_hospitalisation(db, actor):
    member_id, _ = add_member(db, actor, "gold", on=DAY)
    item = "dom_relative_visit"
    book(db, actor, member_id, "domestic_rescue", item, occasion="ZY-2025-01")
    with pytest.raises(Refused) as refused:
        book(db, actor, member_id, "domestic_rescue", item, occasion="ZY-2025-01")
    assert refused.value.code == "quota_used"
    book(db, actor, member_id, "domestic_rescue", item, occasion="ZY-2025-07")
    assert uses(db, member_id) == ["booked", "booked"]


def test_a_use_recorded_at_the_desk_counts(db, actor):
    member_id, _ = add_member(db, actor, "diamond", on=DAY)
    rules, catalog = BOOK.on(DAY), CATALOGS.on(DAY)
    record = usage.record_use(db, rules, catalog, actor, member_id, "health_check", DAY)
    assert record.status == "delivered" and record.used_on == DAY
    with pytest.raises(Refused):
        usage.record_use(db, rules, catalog, actor, member_id, "health_check", DAY)
    with db.read() as session:
        states = usage.member_usage(session, rules, member_id, "diamond", DAY)
    assert [s.to_json() for s in states] == [
        {
            "service": "health_check",
            "used": 1,
            "limit": 1,
            "period": "1y",
            "last_used": "2025-03-02",
            "next_available": "2026-03-02",
        }
    ]


def test_two_desks_booking_the_last_use_at_once_exactly_one_succeeds(db, actor):
    member_id, _ = add_member(db, actor, "platinum", on=DAY)

    def work(desk_db: Database, i: int) -> Any:
        return book(desk_db, actor, member_id).case_no

    outcomes = at_once(db.url, work)
    booked = [o for o in outcomes if isinstance(o, str) and "-" in o]
    assert len(booked) == 1, outcomes
    assert Counter(o for o in outcomes if o not in booked) == {"quota_used": DESKS - 1}
    assert uses(db, member_id) == ["booked"]


def test_a_health_check_booked_on_29_february_is_available_again_on_1_march(db, actor):
    leap = dt.datetime(2024, 2, 29, 2, 0, tzinfo=dt.UTC)
    member_id, _ = add_member(db, actor, "diamond", on=leap.date())
    book(db, actor, member_id, now=leap)
    refused = check(db, member_id, dt.date(2025, 2, 28)).decision
    assert refused.codes == ["quota_used"]
    assert refused.reasons[0].evidence["next_available"] == "2025-03-01"
    assert check(db, member_id, dt.date(2025, 3, 1)).decision.eligible
