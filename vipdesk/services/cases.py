"""Service cases: open (unique case numbers across desks), lifecycle, notes, overrides.

The queue and the case detail (read side) are in vipdesk.services.case_queue.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipdesk.db.models import CaseNote, CaseSequence, Member, ServiceCase, StaffUser
from vipdesk.domain.people import InvalidPhone, validate_mobile
from vipdesk.errors import KnownError, NotFound, Refused
from vipdesk.rules import Rules
from vipdesk.services.database import ROW_LOCK, Actor, Database, audit
from vipdesk.services.permissions import require
from vipdesk.services.sla import first_response_due, on_status
from vipdesk.services.usage import book_for_case, deliver_case

CASE_TYPES = ("rescue", "complaint", "enquiry", "card_reissue")
STATUSES = ("new", "in_progress", "waiting_customer", "resolved", "closed")
OPEN_STATUSES = ("new", "in_progress", "waiting_customer")
# A case is overdue when it is still on the desk (not waiting for the customer) past its due time.
ON_DESK = ("new", "in_progress")
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "new": ("in_progress",),
    "in_progress": ("waiting_customer", "resolved"),
    "waiting_customer": ("in_progress", "resolved"),
    "resolved": ("closed", "in_progress"),
    "closed": ("in_progress",),
}
STATUS_NAMES = {
    "new": "新建",
    "in_progress": "处理中",
    "waiting_customer": "等待客户",
    "resolved": "已解决",
    "closed": "已关闭",
}
TYPE_NAMES = {
    "rescue": "救援/服务申请",
    "complaint": "投诉",
    "enquiry": "咨询",
    "card_reissue": "补卡",
}


def utc(moment: dt.datetime | None = None) -> dt.datetime:
    """`moment` (default now) as an aware UTC datetime; naive values are taken as UTC."""
    moment = moment or dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


@dataclass(frozen=True)
class CaseRequest:
    """What the desk knows when it opens a case (the wizard's answers, plain values)."""

    case_type: str
    member_id: int
    description: str = ""
    relative_id: int | None = None
    service_code: str | None = None
    item_code: str | None = None
    location: str | None = None
    distance_km: float | None = None
    trip_day: int | None = None
    eligible: bool | None = None
    reasons: list[str] = field(default_factory=list)
    callback_phone: str | None = None
    linked_card_id: int | None = None
    assignee_id: int | None = None
    override_reason: str | None = None
    occasion: str | None = None  # the hospitalisation of a relative's visit (once per stay)


@dataclass(frozen=True)
class CaseView:
    """A case as the desk shows it after a change."""

    id: int
    case_no: str
    case_type: str
    status: str
    member_id: int
    eligible: bool | None
    reasons: list[str]
    override_reason: str | None
    opened_at: dt.datetime
    due_at: dt.datetime
    closed_at: dt.datetime | None
    callback_phone: str | None
    assignee_id: int | None


def view(case: ServiceCase) -> CaseView:
    """The plain view of a case row."""
    return CaseView(
        case.id,
        case.case_no,
        case.case_type,
        case.status,
        case.member_id,
        case.eligible,
        json.loads(case.reasons or "[]"),
        case.override_reason,
        utc(case.opened_at),
        utc(case.due_at),
        utc(case.closed_at) if case.closed_at else None,
        case.callback_phone,
        case.assignee_id,
    )


def _snapshot(case: ServiceCase) -> dict[str, Any]:
    return {
        "case_no": case.case_no,
        "status": case.status,
        "eligible": case.eligible,
        "assignee_id": case.assignee_id,
        "override_reason": case.override_reason,
    }


def local_day(moment: dt.datetime) -> dt.date:
    """The desk's calendar day of a moment (the machine's local time zone)."""
    return utc(moment).astimezone().date()


def next_case_number(session: Session, branch_code: str, day: dt.date) -> str:
    """Take the next sequence number of the branch and day in the caller's transaction.

    One upsert (`INSERT … ON CONFLICT DO UPDATE … RETURNING`) on SQLite and PostgreSQL alike:
    the row lock it takes serialises desks until the transaction ends.
    """
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    upsert: Any = dialect.insert(CaseSequence).values(branch_code=branch_code, day=day, last=1)
    stmt = upsert.on_conflict_do_update(
        index_elements=[CaseSequence.branch_code, CaseSequence.day],
        set_={"last": CaseSequence.last + 1},
    ).returning(CaseSequence.last)
    sequence = session.execute(stmt).scalar_one()
    return f"{branch_code}-{day:%Y%m%d}-{sequence:04d}"


def _require_override_right(actor: Actor, reason: str | None) -> str:
    """The written reason of an override (the approver's right is checked by check_approver)."""
    text = (reason or "").strip()
    if not text:
        raise Refused("override_reason_required", "推翻拒绝决定必须写明理由。")
    return text


def _callback(phone: str | None) -> str | None:
    if not phone or not phone.strip():
        return None
    try:
        return validate_mobile(phone)
    except InvalidPhone:
        digits = "".join(c for c in phone if c.isdigit() or c in "+-")
        if len(digits) < 7:
            raise KnownError(f"回拨电话号码有误：{phone}") from None
        return digits


def open_case(
    db: Database,
    rules: Rules,
    actor: Actor,
    request: CaseRequest,
    now: dt.datetime | None = None,
    *,
    approver: Actor | None = None,
) -> CaseView:
    """Open a case: case number (the actor's branch), due time from the rules, audit.

    An override of a refusal at opening needs `approver`: another supervisor, signed in.
    """
    require(actor, "case.open", db)
    if request.case_type not in CASE_TYPES:
        raise KnownError(f"未知的案件类型：{request.case_type}")
    if request.case_type == "rescue" and request.eligible is None:
        raise Refused("decision_required", "救援/服务申请须先完成资格审核，才能立案。")
    override_text = None
    if request.override_reason is not None:
        if request.eligible is not False:
            raise Refused("not_refused", "只有被拒绝的申请才需要主管推翻。")
        from vipdesk.services.case_override import check_approver

        override_text = _require_override_right(actor, request.override_reason)
        approver = check_approver(db, actor, approver)
    opened = utc(now)
    due = first_response_due(rules, request.case_type, opened)
    callback = _callback(request.callback_phone)
    with db.write() as session:
        if session.get(Member, request.member_id) is None:
            raise NotFound("客户不存在")
        case = ServiceCase(
            case_no=next_case_number(session, actor.branch_code, local_day(opened)),
            case_type=request.case_type,
            status="new",
            member_id=request.member_id,
            relative_id=request.relative_id,
            service_code=request.service_code,
            item_code=request.item_code,
            description=request.description.strip(),
            location=request.location,
            distance_km=request.distance_km,
            trip_day=request.trip_day,
            eligible=True if override_text else request.eligible,
            reasons=json.dumps(request.reasons),
            override_reason=override_text,
            callback_phone=callback,
            assignee_id=request.assignee_id or actor.id,
            opened_by_id=actor.id,
            opened_at=opened,
            due_at=due,
            linked_card_id=request.linked_card_id,
        )
        session.add(case)
        session.flush()
        book_for_case(session, rules, actor, case, local_day(opened), request.occasion)
        audit(
            session,
            actor,
            "case.open",
            "service_case",
            case.id,
            case.member_id,
            None,
            _snapshot(case) | {"reasons": request.reasons, "due_at": due.isoformat()},
        )
        if override_text and approver is not None:
            from vipdesk.services.case_override import override_audit

            override_audit(session, actor, approver, case, request.reasons, override_text)
        return view(case)


def _case(session: Session, case_id: int) -> ServiceCase:
    case = session.get(ServiceCase, case_id, with_for_update=ROW_LOCK)
    if case is None:
        raise NotFound("案件不存在")
    return case


def change_status(
    db: Database,
    actor: Actor,
    case_id: int,
    status: str,
    note: str | None = None,
    now: dt.datetime | None = None,
) -> CaseView:
    """Move a case along its lifecycle; reopening a closed case needs `case.reopen`."""
    require(actor, "case.work", db)
    if status not in STATUSES:
        raise KnownError(f"未知的案件状态：{status}")
    with db.read() as session:
        current = session.scalar(select(ServiceCase.status).where(ServiceCase.id == case_id))
    if current == "closed":
        require(actor, "case.reopen", db)
    moment = utc(now)
    with db.write() as session:
        case = _case(session, case_id)
        if case.status == "closed" and current != "closed":  # closed meanwhile by another desk
            raise Refused("case_changed", "案件刚被其他柜台关闭，请刷新后重试。")
        if status not in TRANSITIONS[case.status]:
            raise Refused(
                "invalid_transition",
                f"案件状态不能从“{STATUS_NAMES[case.status]}”改为“{STATUS_NAMES[status]}”。",
            )
        before = _snapshot(case)
        on_status(session, case, case.status, status, moment)  # the SLA clock (pause, stop, reopen)
        case.status = status
        case.closed_at = moment if status == "closed" else None
        if status == "closed":
            deliver_case(session, case)
        text = f"状态：{STATUS_NAMES[before['status']]} → {STATUS_NAMES[status]}"
        session.add(
            CaseNote(
                case_id=case.id,
                staff_id=actor.id,
                kind="status",
                at=moment,
                text=text + (f"。{note.strip()}" if note and note.strip() else ""),
            )
        )
        audit(
            session,
            actor,
            "case.status",
            "service_case",
            case.id,
            case.member_id,
            before,
            _snapshot(case),
        )
        return view(case)


def add_note(
    db: Database,
    actor: Actor,
    case_id: int,
    text: str,
    kind: str = "note",
    now: dt.datetime | None = None,
) -> int:
    """Add a timestamped note or follow-up (`kind` "note" or "follow_up"); returns its id."""
    require(actor, "case.work", db)
    if kind not in ("note", "follow_up"):
        raise KnownError(f"未知的记录类型：{kind}")
    if not text.strip():
        raise KnownError("记录内容不能为空。")
    with db.write() as session:
        case = _case(session, case_id)
        note = CaseNote(
            case_id=case.id, staff_id=actor.id, kind=kind, text=text.strip(), at=utc(now)
        )
        session.add(note)
        session.flush()
        audit(
            session,
            actor,
            f"case.{kind}",
            "service_case",
            case.id,
            case.member_id,
            None,
            {"note_id": note.id, "text": note.text},
        )
        return note.id


def assign_case(db: Database, actor: Actor, case_id: int, username: str) -> CaseView:
    """Give a case to a staff member (by username)."""
    require(actor, "case.work", db)
    with db.write() as session:
        case = _case(session, case_id)
        staff = session.scalars(select(StaffUser).where(StaffUser.username == username)).first()
        if staff is None:
            raise NotFound(f"没有这位员工：{username}")
        before = _snapshot(case)
        case.assignee_id = staff.id
        audit(
            session,
            actor,
            "case.assign",
            "service_case",
            case.id,
            case.member_id,
            before,
            _snapshot(case),
        )
        return view(case)


from vipdesk.services.case_override import check_approver, override  # noqa: E402,F401  (API)
