"""The member's recorded uses as the desk lists them, and their cancellation (撤销使用), on a real
SQLite file and PostgreSQL: case number, cancellable only while booked, reason kept, audited,
refused without `case.work` or with an over-long reason (nothing changed)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.case_fixtures import BOOK, add_member
from tests.staff_helpers import test_admin as administrator
from vipdesk.db.models import AuditRecord
from vipdesk.errors import KnownError, Refused
from vipdesk.services import cases, usage

NOW = dt.datetime(2025, 3, 2, 2, 0, tzinfo=dt.UTC)
DAY = dt.date(2025, 3, 2)


def _book(db, actor, member_id: int):
    request = cases.CaseRequest(
        case_type="rescue",
        member_id=member_id,
        description="预约体检",
        service_code="health_check",
        eligible=True,
    )
    return cases.open_case(db, BOOK.on(DAY), actor, request, now=NOW)


def test_uses_are_listed_with_their_case_and_cancelled_with_a_reason(db, actor):
    member_id, _ = add_member(db, actor, "platinum", on=DAY)
    case = _book(db, actor, member_id)
    [line] = usage.member_uses(db, actor, member_id)
    assert line.case_no == case.case_no and line.record.case_id == case.id
    assert line.record.status == "booked" and line.cancellable and line.cancel_reason is None
    assert usage.cancel_case_use(db, actor, case.id, "  客户改期  ") == 1
    [line] = usage.member_uses(db, actor, member_id)
    assert line.record.status == "cancelled" and not line.cancellable
    assert line.cancel_reason == "客户改期"
    with db.read() as session:
        record = session.scalars(
            select(AuditRecord).where(AuditRecord.action == "usage.cancel")
        ).one()
        assert record.entity_id == str(case.id) and record.member_id == member_id
        assert "客户改期" in (record.after or "")


def test_a_delivered_or_desk_recorded_use_is_not_cancellable(db, actor):
    member_id, _ = add_member(db, actor, "platinum", on=DAY)
    case = _book(db, actor, member_id)
    for status in ("in_progress", "resolved", "closed"):
        cases.change_status(db, actor, case.id, status)
    [line] = usage.member_uses(db, actor, member_id)
    assert line.record.status == "delivered" and not line.cancellable


def test_refused_without_permission_or_with_a_reason_too_long_and_nothing_changes(db, actor):
    member_id, _ = add_member(db, actor, "platinum", on=DAY)
    case = _book(db, actor, member_id)
    admin = administrator(db)  # administers accounts; does not work cases
    with pytest.raises(Refused) as refused:
        usage.cancel_case_use(db, admin, case.id, "误操作")
    assert refused.value.code == "not_permitted"
    with pytest.raises(KnownError):
        usage.cancel_case_use(db, actor, case.id, "长" * (usage.MAX_REASON + 1))
    assert usage.cancel_case_use(db, actor, case.id, "长" * usage.MAX_REASON) == 1  # the limit
    with pytest.raises(Refused):
        usage.member_uses(db, admin, member_id)  # listing needs member.view
    [line] = usage.member_uses(db, actor, member_id)
    assert line.record.status == "cancelled"
