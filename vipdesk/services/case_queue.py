"""The case queue (filter by status, type, assignee, overdue) and one case's detail with notes."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, case, func, not_, or_, select
from sqlalchemy.orm import Session, aliased

from vipdesk.db.care_models import CaseClock
from vipdesk.db.models import CaseNote, DesignatedRelative, Member, ServiceCase, StaffUser
from vipdesk.domain.people import mask_id_number, mask_phone
from vipdesk.errors import NotFound
from vipdesk.services.cases import ON_DESK, utc
from vipdesk.services.database import Actor
from vipdesk.services.permissions import allowed, require
from vipdesk.services.sla import SlaView, sla_view


@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows: None means any."""

    status: str | None = None
    case_type: str | None = None
    assignee_id: int | None = None
    overdue: bool | None = None
    open_only: bool = False


@dataclass(frozen=True)
class CaseRow:
    """One line of the case queue."""

    id: int
    case_no: str
    case_type: str
    status: str
    member_name: str
    person_name: str
    service_code: str | None
    item_code: str | None
    eligible: bool | None
    opened_at: dt.datetime
    due_at: dt.datetime
    assignee: str | None
    overdue: bool
    sla: SlaView | None = None  # first-response and resolution due, state (on time … overdue)

    def to_json(self) -> dict[str, Any]:
        """JSON form for `vipdesk case list --json`."""
        return {
            "case_no": self.case_no,
            "type": self.case_type,
            "status": self.status,
            "member": self.member_name,
            "person": self.person_name,
            "service": self.service_code,
            "item": self.item_code,
            "eligible": self.eligible,
            "opened_at": self.opened_at.isoformat(),
            "due_at": self.due_at.isoformat(),
            "assignee": self.assignee,
            "overdue": self.overdue,
        } | (self.sla.to_json() if self.sla else {})


@dataclass(frozen=True)
class NoteView:
    """A note, follow-up, status change or override on a case."""

    at: dt.datetime
    staff: str
    kind: str
    text: str


@dataclass(frozen=True)
class CaseDetail:
    """A case with the member, the person, the decision and the notes (for the detail panel)."""

    row: CaseRow
    member_id: int
    member_id_masked: str
    description: str
    location: str | None
    distance_km: float | None
    trip_day: int | None
    reasons: list[str]
    override_reason: str | None
    callback_phone_masked: str
    closed_at: dt.datetime | None
    notes: tuple[NoteView, ...]


def is_overdue(status: str, due_at: dt.datetime, now: dt.datetime) -> bool:
    """Still on the desk (new or in progress) and past its due time."""
    return status in ON_DESK and utc(due_at) < utc(now)


def _running_due_sql() -> Any:
    """The due time of the running clock: resolution due once answered, else first response."""
    answered = and_(CaseClock.responded_at.is_not(None), CaseClock.resolution_due.is_not(None))
    return case((answered, CaseClock.resolution_due), else_=ServiceCase.due_at)


def _overdue_sql(now: dt.datetime) -> Any:
    return and_(ServiceCase.status.in_(ON_DESK), _running_due_sql() < utc(now))


def _query(now: dt.datetime, f: QueueFilter) -> Select[Any]:
    relative = aliased(DesignatedRelative)
    staff = aliased(StaffUser)
    stmt = (
        select(ServiceCase, Member.name, relative.name, staff.display_name, CaseClock)
        .join(Member, Member.id == ServiceCase.member_id)
        .outerjoin(CaseClock, CaseClock.case_id == ServiceCase.id)
        .outerjoin(relative, relative.id == ServiceCase.relative_id)
        .outerjoin(staff, staff.id == ServiceCase.assignee_id)
    )
    if f.status:
        stmt = stmt.where(ServiceCase.status == f.status)
    if f.open_only:
        stmt = stmt.where(ServiceCase.status.not_in(("resolved", "closed")))
    if f.case_type:
        stmt = stmt.where(ServiceCase.case_type == f.case_type)
    if f.assignee_id is not None:
        stmt = stmt.where(ServiceCase.assignee_id == f.assignee_id)
    if f.overdue is True:
        stmt = stmt.where(_overdue_sql(now))
    elif f.overdue is False:
        stmt = stmt.where(not_(_overdue_sql(now)))
    return stmt


def _scoped(session: Session, stmt: Select[Any], actor: Actor, f: QueueFilter) -> Select[Any]:
    """Every desk's queue for `case.view_all`; otherwise the actor's own cases only."""
    if allowed(actor.role, "case.view_all"):
        return stmt
    require(actor, "case.work", session)
    if f.assignee_id is not None and f.assignee_id != actor.id:
        require(actor, "case.view_all", session)
    return stmt.where(
        or_(ServiceCase.assignee_id == actor.id, ServiceCase.opened_by_id == actor.id)
    )


def case_queue(
    session: Session,
    now: dt.datetime,
    f: QueueFilter | None = None,
    limit: int = 100,
    offset: int = 0,
    *,
    actor: Actor,
) -> list[CaseRow]:
    """A page of the queue by urgency: overdue first, then open cases by the running clock's due
    time (due soon before on time), cases waiting for the customer (paused), finished ones last.

    Staff without `case.view_all` (clerks) see the cases assigned to or opened by them.
    """
    f = f or QueueFilter()
    overdue_first = case((_overdue_sql(now), 0), else_=1)
    finished_last = case(
        (ServiceCase.status.in_(("resolved", "closed")), 2),
        (ServiceCase.status == "waiting_customer", 1),
        else_=0,
    )
    stmt = (
        _scoped(session, _query(now, f), actor, f)
        .order_by(overdue_first, finished_last, _running_due_sql(), ServiceCase.id)
        .limit(limit)
        .offset(offset)
    )
    return [_row(c, m, r, s, now, k) for c, m, r, s, k in session.execute(stmt).tuples()]


def queue_count(
    session: Session, now: dt.datetime, f: QueueFilter | None = None, *, actor: Actor
) -> int:
    """How many cases the filter matches (in the actor's scope, as `case_queue`)."""
    f = f or QueueFilter()
    sub = _scoped(session, _query(now, f), actor, f).subquery()
    return session.scalar(select(func.count()).select_from(sub)) or 0


def _row(
    c: ServiceCase,
    member: str,
    relative: str | None,
    staff: str | None,
    now: dt.datetime,
    clock: CaseClock | None = None,
) -> CaseRow:
    sla = sla_view(c.opened_at, c.due_at, clock, utc(now))
    return CaseRow(
        c.id,
        c.case_no,
        c.case_type,
        c.status,
        member,
        relative or member,
        c.service_code,
        c.item_code,
        c.eligible,
        utc(c.opened_at),
        utc(c.due_at),
        staff,
        c.status in ON_DESK and sla.state == "overdue",
        sla,
    )


def find_case_id(session: Session, ref: str | int) -> int:
    """The id of a case given its id or its case number."""
    if isinstance(ref, int):
        return ref
    found = session.scalar(select(ServiceCase.id).where(ServiceCase.case_no == ref.strip()))
    if found is None:
        raise NotFound(f"没有案件号为 {ref} 的案件")
    return found


def case_detail(session: Session, ref: str | int, now: dt.datetime, *, actor: Actor) -> CaseDetail:
    """One case with its notes, oldest first (another desk's case needs `case.view_all`)."""
    case_id = find_case_id(session, ref)
    if not allowed(actor.role, "case.view_all"):
        require(actor, "case.work", session)
        mine = session.scalar(
            select(func.count())
            .select_from(ServiceCase)
            .where(
                ServiceCase.id == case_id,
                or_(ServiceCase.assignee_id == actor.id, ServiceCase.opened_by_id == actor.id),
            )
        )
        if not mine:
            require(actor, "case.view_all", session)
    found = (
        session.execute(_query(now, QueueFilter()).where(ServiceCase.id == case_id))
        .tuples()
        .first()
    )
    if found is None:
        raise NotFound("案件不存在")
    c, member_name, relative_name, staff, clock = found
    id_number = session.scalar(select(Member.id_number).where(Member.id == c.member_id))
    notes = session.execute(
        select(CaseNote, StaffUser.display_name)
        .join(StaffUser, StaffUser.id == CaseNote.staff_id)
        .where(CaseNote.case_id == case_id)
        .order_by(CaseNote.at, CaseNote.id)
    ).tuples()
    return CaseDetail(
        row=_row(c, member_name, relative_name, staff, now, clock),
        member_id=c.member_id,
        member_id_masked=mask_id_number(id_number or ""),
        description=c.description,
        location=c.location,
        distance_km=c.distance_km,
        trip_day=c.trip_day,
        reasons=json.loads(c.reasons or "[]"),
        override_reason=c.override_reason,
        callback_phone_masked=mask_phone(c.callback_phone),
        closed_at=utc(c.closed_at) if c.closed_at else None,
        notes=tuple(NoteView(utc(n.at), name, n.kind, n.text) for n, name in notes),
    )


def staff_list(session: Session) -> list[tuple[int, str]]:
    """(id, display name) of every staff member, for the assignee filter."""
    rows = session.execute(
        select(StaffUser.id, StaffUser.display_name).order_by(StaffUser.display_name)
    ).all()
    return [(r[0], r[1]) for r in rows]
