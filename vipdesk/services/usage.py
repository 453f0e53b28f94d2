"""Service use (服务使用记录) and quotas: book with a case, deliver on close, free on cancel.

A use counts from the moment a case books it until the case is cancelled (before delivery).
Booking checks the quota inside the write transaction with the member row locked (PostgreSQL
`SELECT … FOR NO KEY UPDATE`; SQLite writers are serialised by BEGIN IMMEDIATE), so two desks
booking the last use at once cannot both succeed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipdesk.db.models import CaseNote, Member, Policy, ServiceCase
from vipdesk.db.usage_models import ServiceUse
from vipdesk.domain.catalog import Catalog, load_catalog
from vipdesk.domain.quotas import QuotaRule, QuotaState, Use, quota_state, refusal_text
from vipdesk.errors import KnownError, NotFound, Refused
from vipdesk.rules import Rules
from vipdesk.services.check_parts import (  # defined there: no SQLAlchemy
    every_years,
    quota_of,
    usage_states,
)
from vipdesk.services.database import ROW_LOCK, Actor, Database, audit
from vipdesk.services.member_views import quota_name as quota_name  # its home before
from vipdesk.services.permissions import require
from vipdesk.services.usage_views import UseLine, UseRecord

COUNTING = ("booked", "delivered")
MAX_REASON = 200  # characters of a cancellation reason (the column holds 256)


def counting_uses(session: Session, member_id: int, quota_code: str) -> list[Use]:
    """The member's uses of a quota that count (booked or delivered; not cancelled)."""
    rows = session.execute(
        select(ServiceUse.used_on, ServiceUse.occasion).where(
            ServiceUse.member_id == member_id,
            ServiceUse.quota_code == quota_code,
            ServiceUse.status.in_(COUNTING),
        )
    ).all()
    return [Use(r.used_on, r.occasion) for r in rows]


def _counting_uses_by_quota(session: Session, member_id: int) -> dict[str, list[Use]]:
    """Every counting use of the member, by quota code (the same rows as `counting_uses`)."""
    rows = session.execute(
        select(ServiceUse.quota_code, ServiceUse.used_on, ServiceUse.occasion).where(
            ServiceUse.member_id == member_id, ServiceUse.status.in_(COUNTING)
        )
    ).all()
    found: dict[str, list[Use]] = {}
    for r in rows:
        found.setdefault(r.quota_code, []).append(Use(r.used_on, r.occasion))
    return found


def state_in(
    session: Session,
    rules: Rules,
    rule: QuotaRule,
    member_id: int,
    tier: str | None,
    on: dt.date,
    occasion: str | None = None,
) -> QuotaState:
    """Where the member stands with `rule` on `on` (read in the caller's transaction)."""
    uses = counting_uses(session, member_id, rule.code)
    return quota_state(rule, uses, on, every_years(rules, tier), occasion)


def _lock_member(session: Session, member_id: int) -> Member:
    member = session.scalars(
        select(Member).where(Member.id == member_id).with_for_update(**ROW_LOCK)
    ).first()
    if member is None:
        raise NotFound("客户不存在")
    return member


def book_in(
    session: Session,
    rules: Rules,
    catalog: Catalog,
    actor: Actor,
    member_id: int,
    service: str,
    item: str | None,
    on: dt.date,
    *,
    relative_id: int | None = None,
    case_id: int | None = None,
    occasion: str | None = None,
    status: str = "booked",
    enforce: bool = True,
) -> ServiceUse | None:
    """Record a use in the caller's write transaction; Refused `quota_used` when used up, and
    `not_entitled` for a once-every-N-years service the member's tier lacks (silver, gold).

    Returns None when the service has no quota. `enforce=False` records a use a supervisor
    granted over a refusal (it still counts).
    """
    rule = quota_of(rules, catalog, service, item)
    if rule is None:
        return None
    member = _lock_member(session, member_id)
    if enforce and rule.period == "years" and every_years(rules, member.tier) is None:
        name = rules.service_names.get(service, service)
        raise Refused("not_entitled", f"该客户当前的贵宾等级不含“{name}”，不能登记使用。")
    occasion = occasion.strip() if occasion and occasion.strip() else None
    state = state_in(session, rules, rule, member_id, member.tier, on, occasion)
    if enforce and state.exhausted:
        name = (
            rules.service_names.get(service, service)
            if item is None
            else _item_name(catalog, service, item)
        )
        raise Refused("quota_used", refusal_text(state, name))
    use = ServiceUse(
        member_id=member_id,
        relative_id=relative_id,
        service_code=service,
        item_code=item,
        quota_code=rule.code,
        used_on=on,
        occasion=occasion,
        case_id=case_id,
        status=status,
        staff_id=actor.id,
    )
    session.add(use)
    session.flush()
    return use


def _item_name(catalog: Catalog, service: str, item: str) -> str:
    try:
        return catalog.family(service).item(item).name
    except KeyError:
        return item


def book_for_case(
    session: Session,
    rules: Rules,
    actor: Actor,
    case: ServiceCase,
    on: dt.date,
    occasion: str | None = None,
) -> ServiceUse | None:
    """Book the use of a newly opened, eligible case (an overridden refusal is not limited)."""
    if case.case_type != "rescue" or not case.eligible or not case.service_code:
        return None
    return book_in(
        session,
        rules,
        load_catalog().on(on),
        actor,
        case.member_id,
        case.service_code,
        case.item_code,
        on,
        relative_id=case.relative_id,
        case_id=case.id,
        occasion=occasion,
        enforce=case.override_reason is None,
    )


def deliver_case(session: Session, case: ServiceCase) -> int:
    """Mark the booked uses of a case delivered (the case was closed); returns how many."""
    uses = session.scalars(
        select(ServiceUse).where(ServiceUse.case_id == case.id, ServiceUse.status == "booked")
    ).all()
    for use in uses:
        use.status = "delivered"
    return len(uses)


def cancel_case_use(
    db: Database, actor: Actor, case_id: int, reason: str, on: dt.date | None = None
) -> int:
    """Cancel a case before delivery: its booked uses are freed (a delivered use stays)."""
    require(actor, "case.work", db)
    reason = reason.strip()
    if not reason:
        raise KnownError("请填写取消原因")
    if len(reason) > MAX_REASON:
        raise KnownError(f"取消原因请不超过 {MAX_REASON} 个字")
    on = on or dt.date.today()
    with db.write() as session:
        case = session.get(ServiceCase, case_id, with_for_update=ROW_LOCK)
        if case is None:
            raise NotFound("案件不存在")
        uses = session.scalars(select(ServiceUse).where(ServiceUse.case_id == case_id)).all()
        if any(u.status == "delivered" for u in uses):
            raise Refused("already_delivered", "该案件的服务已提供完毕，不能取消使用记录。")
        booked = [u for u in uses if u.status == "booked"]
        for use in booked:
            use.status, use.cancelled_on, use.cancel_reason = "cancelled", on, reason
        session.add(
            CaseNote(case_id=case.id, staff_id=actor.id, kind="note", text=f"取消服务：{reason}")
        )
        audit(
            session,
            actor,
            "usage.cancel",
            "service_case",
            case.id,
            case.member_id,
            {"booked": [u.id for u in booked]},
            {"cancelled": [u.id for u in booked], "reason": reason},
        )
        return len(booked)


def record_use(
    db: Database,
    rules: Rules,
    catalog: Catalog,
    actor: Actor,
    member_id: int,
    service: str,
    on: dt.date | None = None,
    *,
    item: str | None = None,
    relative_id: int | None = None,
    occasion: str | None = None,
) -> UseRecord:
    """A use recorded at the desk without a case (delivered); Refused `quota_used` when used up."""
    require(actor, "case.open", db)
    on = on or dt.date.today()
    with db.write() as session:
        use = book_in(
            session,
            rules,
            catalog,
            actor,
            member_id,
            service,
            item,
            on,
            relative_id=relative_id,
            occasion=occasion,
            status="delivered",
        )
        if use is None:
            raise KnownError(f"“{rules.service_names.get(service, service)}”没有次数限制，无需登记")
        audit(session, actor, "usage.record", "service_use", use.id, member_id, None, _plain(use))
        return _record(use)


def _plain(use: ServiceUse) -> dict[str, Any]:
    return {
        "quota": use.quota_code,
        "service": use.service_code,
        "item": use.item_code,
        "used_on": use.used_on.isoformat(),
        "status": use.status,
        "relative_id": use.relative_id,
        "case_id": use.case_id,
        "occasion": use.occasion,
    }


def _record(use: ServiceUse) -> UseRecord:
    return UseRecord(
        use.id,
        use.quota_code,
        use.service_code,
        use.item_code,
        use.used_on,
        use.status,
        use.relative_id,
        use.case_id,
        use.occasion,
    )


def member_usage(
    session: Session, rules: Rules, member_id: int, tier: str | None, on: dt.date
) -> list[QuotaState]:
    """The member's usage of each quota that concerns them on `on` (member view, letter, JSON).

    Health check when the tier has one (never for silver or gold, even after an earlier use);
    都会康悦 items when the member holds a 康悦 policy; per-occasion items only once used.
    """
    has_kangyue = (
        session.scalar(
            select(Policy.id)
            .where(Policy.member_id == member_id, Policy.product.in_(rules.kangyue_products))
            .limit(1)
        )
        is not None
    )
    by_quota = _counting_uses_by_quota(session, member_id)  # one read, not one per quota
    return usage_states(rules, tier, has_kangyue, by_quota, on)


def uses_of(session: Session, member_id: int) -> list[UseRecord]:
    """Every recorded use of the member (newest first), cancelled ones included."""
    rows = session.scalars(
        select(ServiceUse)
        .where(ServiceUse.member_id == member_id)
        .order_by(ServiceUse.used_on.desc(), ServiceUse.id.desc())
    ).all()
    return [_record(u) for u in rows]


def member_uses(db: Database, actor: Actor, member_id: int) -> list[UseLine]:
    """Every recorded use of the member (newest first) with its case number, for the desk."""
    require(actor, "member.view", db)
    with db.read() as session:
        rows = session.execute(
            select(ServiceUse, ServiceCase.case_no)
            .outerjoin(ServiceCase, ServiceUse.case_id == ServiceCase.id)
            .where(ServiceUse.member_id == member_id)
            .order_by(ServiceUse.used_on.desc(), ServiceUse.id.desc())
        ).all()
        return [UseLine(_record(use), case_no, use.cancel_reason) for use, case_no in rows]
