"""Service cases on a real database (SQLite file and PostgreSQL): numbers, lifecycle, queue."""

from __future__ import annotations

import datetime as dt
import json
import threading

import pytest
from sqlalchemy import func, select

from tests.case_fixtures import add_member, supervisor
from tests.staff_helpers import actor_for
from vipdesk.db.models import AuditRecord, CaseNote, CaseSequence
from vipdesk.errors import Refused
from vipdesk.services import cases
from vipdesk.services.case_queue import QueueFilter, case_detail, case_queue, queue_count
from vipdesk.services.database import Database

NOW = dt.datetime(2024, 6, 15, 2, 0, tzinfo=dt.UTC)  # 10:00 in Beijing


def open_one(db, rules, actor, member_id, case_type="rescue", now=NOW, approver=None, **kw):
    if case_type == "rescue":
        kw.setdefault("eligible", True)  # a rescue case carries its eligibility decision
    request = cases.CaseRequest(
        case_type=case_type, member_id=member_id, description="腹痛，需要就医", **kw
    )
    return cases.open_case(db, rules, actor, request, now=now, approver=approver)


def test_case_numbers_are_branch_date_and_sequence(db, rules, actor):
    member_id, _ = add_member(db, actor)
    first = open_one(db, rules, actor, member_id)
    second = open_one(db, rules, actor, member_id, "complaint")
    day = cases.local_day(NOW).strftime("%Y%m%d")
    assert first.case_no == f"{actor.branch_code}-{day}-0001"
    assert second.case_no == f"{actor.branch_code}-{day}-0002"
    next_day = open_one(db, rules, actor, member_id, now=NOW + dt.timedelta(days=1))
    assert next_day.case_no.endswith("-0001") and next_day.case_no != first.case_no


def test_due_time_comes_from_the_rules_per_type(db, rules, actor):
    member_id, _ = add_member(db, actor)
    complaint = open_one(db, rules, actor, member_id, "complaint")
    rescue = open_one(db, rules, actor, member_id, "rescue")
    assert complaint.due_at - complaint.opened_at == dt.timedelta(hours=24)
    assert rescue.due_at - rescue.opened_at == dt.timedelta(
        hours=rules.case_response_hours["rescue"]
    )
    assert complaint.opened_at == NOW and complaint.status == "new"


def test_opening_is_audited_and_keeps_the_decision(db, rules, actor):
    member_id, _ = add_member(db, actor)
    case = open_one(
        db,
        rules,
        actor,
        member_id,
        eligible=False,
        reasons=["too_close_to_residence"],
        distance_km=113.5,
        trip_day=3,
        callback_phone="138 0013 8000",
        service_code="domestic_rescue",
    )
    assert case.eligible is False and case.reasons == ["too_close_to_residence"]
    assert case.callback_phone == "13800138000"
    with db.read() as session:
        record = session.execute(
            select(AuditRecord.entity_id, AuditRecord.member_id).where(
                AuditRecord.action == "case.open"
            )
        ).one()
    assert record == (str(case.id), member_id)


def test_the_lifecycle_with_reopen_and_invalid_transitions_refused(db, rules, actor):
    member_id, _ = add_member(db, actor)
    case = open_one(db, rules, actor, member_id)
    with pytest.raises(Refused) as refused:
        cases.change_status(db, actor, case.id, "closed")
    assert refused.value.code == "invalid_transition"
    for status in ("in_progress", "waiting_customer", "in_progress", "resolved", "closed"):
        case = cases.change_status(db, actor, case.id, status)
    assert case.status == "closed" and case.closed_at is not None
    with pytest.raises(Refused) as refused:  # reopening a closed case is a supervisor's right
        cases.change_status(db, actor, case.id, "in_progress")
    assert refused.value.code == "not_permitted"
    boss = supervisor(db)
    reopened = cases.change_status(db, boss, case.id, "in_progress", note="客户再次来电")
    assert reopened.status == "in_progress" and reopened.closed_at is None
    with pytest.raises(Refused):
        cases.change_status(db, actor, case.id, "new")
    with db.read() as session:
        notes = session.scalars(
            select(CaseNote.text).where(CaseNote.case_id == case.id).order_by(CaseNote.id)
        ).all()
    assert notes[0] == "状态：新建 → 处理中"
    assert notes[-1] == "状态：已关闭 → 处理中。客户再次来电"


def test_notes_and_follow_ups_are_timestamped(db, rules, actor):
    member_id, _ = add_member(db, actor)
    case = open_one(db, rules, actor, member_id)
    cases.add_note(db, actor, case.id, "已联系救援中心", now=NOW + dt.timedelta(minutes=5))
    cases.add_note(
        db, actor, case.id, "明天回访", kind="follow_up", now=NOW + dt.timedelta(minutes=9)
    )
    with db.read() as session:
        detail = case_detail(session, case.case_no, NOW, actor=actor)
    assert [(n.kind, n.text) for n in detail.notes] == [
        ("note", "已联系救援中心"),
        ("follow_up", "明天回访"),
    ]
    assert detail.notes[0].at == NOW + dt.timedelta(minutes=5)
    assert detail.notes[0].staff == "柜员一"


def test_a_clerk_cannot_approve_an_override_nor_anyone_their_own(db, rules, actor):
    member_id, _ = add_member(db, actor)
    case = open_one(db, rules, actor, member_id, eligible=False, reasons=["trip_too_long"])
    other_clerk = actor_for(db, "clerk2", "柜员二")
    with pytest.raises(Refused) as refused:
        cases.override(db, actor, other_clerk, case.id, "特殊情况")
    assert refused.value.code == "not_permitted"
    boss = supervisor(db)
    with pytest.raises(Refused) as refused:  # four eyes: not the requester's own approval
        cases.override(db, boss, boss, case.case_no, "特殊情况")
    assert refused.value.code == "same_person"
    with db.read() as session:
        assert (
            session.scalar(select(func.count()).where(AuditRecord.action == "permission.refused"))
            == 1
        )


def test_a_supervisor_overrides_only_with_a_written_reason(db, rules, actor):
    member_id, _ = add_member(db, actor)
    boss = supervisor(db)
    case = open_one(db, rules, actor, member_id, eligible=False, reasons=["trip_too_long"])
    with pytest.raises(Refused) as refused:
        cases.override(db, actor, boss, case.id, "   ")
    assert refused.value.code == "override_reason_required"
    done = cases.override(db, actor, boss, case.case_no, "客户第91天突发重病，特批")
    assert done.eligible is True and done.override_reason == "客户第91天突发重病，特批"
    with db.read() as session:
        record = session.execute(
            select(AuditRecord.staff_id, AuditRecord.before, AuditRecord.after).where(
                AuditRecord.action == "case.override"
            )
        ).one()
    assert record.staff_id == boss.id
    after = json.loads(record.after)
    assert after["override_reason"] == "客户第91天突发重病，特批"
    assert (after["requester"], after["approver"]) == ("柜员一", "主管")  # both names
    assert json.loads(record.before)["reasons"] == ["trip_too_long"]


def test_override_at_opening_needs_the_role_too(db, rules, actor):
    member_id, _ = add_member(db, actor)
    with pytest.raises(Refused):
        open_one(
            db,
            rules,
            actor,
            member_id,
            eligible=False,
            reasons=["age_over_limit"],
            override_reason="特批",
        )
    case = open_one(
        db,
        rules,
        actor,
        member_id,
        eligible=False,
        reasons=["age_over_limit"],
        override_reason="特批",
        approver=supervisor(db),
    )
    assert case.eligible is True and case.override_reason == "特批"


def test_the_queue_filters_by_status_type_assignee_and_overdue(db, rules, actor):
    member_id, _ = add_member(db, actor, name="刘德华")
    other = actor_for(db, "clerk2", "柜员二")
    boss = supervisor(db)  # every desk's queue
    rescue = open_one(db, rules, actor, member_id, "rescue")
    complaint = open_one(db, rules, other, member_id, "complaint")
    enquiry = open_one(db, rules, actor, member_id, "enquiry")
    later = NOW + dt.timedelta(hours=25)  # past rescue (2 h) and complaint (24 h) deadlines
    with db.read() as session:
        overdue = case_queue(session, later, QueueFilter(overdue=True), actor=boss)
        assert {r.case_no for r in overdue} == {rescue.case_no, complaint.case_no}
        assert all(r.overdue for r in overdue)
        mine = case_queue(session, later, QueueFilter(assignee_id=other.id), actor=boss)
        assert [r.case_no for r in mine] == [complaint.case_no]
        assert mine[0].assignee == "柜员二" and mine[0].member_name == "刘德华"
        kinds = case_queue(session, later, QueueFilter(case_type="enquiry"), actor=boss)
        assert [r.case_no for r in kinds] == [enquiry.case_no]
        assert queue_count(session, later, QueueFilter(status="new"), actor=boss) == 3
        first = case_queue(session, later, actor=boss)
        assert first[0].overdue and not first[-1].overdue
        own = case_queue(session, later, actor=actor)  # a clerk sees their own desk's cases
        assert {r.case_no for r in own} == {rescue.case_no, enquiry.case_no}
        with pytest.raises(Refused) as refused:
            case_queue(session, later, QueueFilter(assignee_id=other.id), actor=actor)
        assert refused.value.code == "not_permitted"
    cases.change_status(db, actor, complaint.id, "in_progress", now=later)
    cases.change_status(db, actor, complaint.id, "waiting_customer", now=later)
    with db.read() as session:
        overdue = case_queue(session, later, QueueFilter(overdue=True), actor=boss)
        assert [r.case_no for r in overdue] == [rescue.case_no]
        assert queue_count(session, NOW, QueueFilter(overdue=True), actor=boss) == 0


def _open_concurrently(url: str, rules, actor, member_id: int, desks: int, per_desk: int):
    barrier = threading.Barrier(desks)
    numbers: list[str] = []
    errors: list[BaseException] = []

    def desk() -> None:
        database = Database(url)  # its own engine and connections, like another desk
        try:
            barrier.wait()
            for _ in range(per_desk):
                numbers.append(open_one(database, rules, actor, member_id).case_no)
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            database.dispose()

    threads = [threading.Thread(target=desk) for _ in range(desks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return numbers, errors


def test_case_numbers_stay_unique_under_concurrent_desks(db, rules, actor):
    member_id, _ = add_member(db, actor)
    numbers, errors = _open_concurrently(db.url, rules, actor, member_id, desks=6, per_desk=5)
    assert errors == []
    assert len(numbers) == 30 and len(set(numbers)) == 30
    assert sorted(int(n.rsplit("-", 1)[1]) for n in numbers) == list(range(1, 31))
    with db.read() as session:
        assert session.scalar(select(CaseSequence.last)) == 30


def test_a_rescue_case_needs_an_eligibility_decision(db, rules, actor):
    member_id, _ = add_member(db, actor)
    with pytest.raises(Refused) as refused:
        open_one(db, rules, actor, member_id, eligible=None)
    assert refused.value.code == "decision_required"
    assert open_one(db, rules, actor, member_id, "complaint").case_type == "complaint"
