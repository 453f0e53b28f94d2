"""Designating and removing relatives (指定亲属), safe when several desks act at once.

The limit is enforced inside the write transaction: SQLite writers are serialised by BEGIN
IMMEDIATE, PostgreSQL locks the member row before counting, and the partial unique slot indexes
(`uq_relatives_vip_slot`, `uq_relatives_kangyue_slot`) refuse a third relative whatever happens.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from vipdesk.db.models import DesignatedRelative, Member, Policy
from vipdesk.domain.people import InvalidIdNumber, mask_id_number, parse_id_number
from vipdesk.domain.relatives import (
    PROGRAM_NAMES,
    check_designation,
    limit_refusal,
    places_left,
    rule_text,
)
from vipdesk.errors import KnownError, NotFound, Refused
from vipdesk.rules import RuleBook
from vipdesk.services.database import Actor, Database, audit
from vipdesk.services.history import HistoryEntry, member_history  # noqa: F401  (re-export)
from vipdesk.services.permissions import require
from vipdesk.services.relative_records import (  # noqa: F401  (re-exported: the public names)
    AUDIT_FIELDS,
    JSON_FIELDS,
    DesignationContext,
    ProgramContext,
    RelativeRecord,
    audit_view,
    contract_policy_id,
    existing_relatives,
    is_slot_conflict,
    kangyue_policies,
    lock_member,
    member_facts,
    pick_policy,
    policy_facts,
    relative_record,
)


def designation_context(
    db: Database, book: RuleBook, member_id: int, on: dt.date, *, actor: Actor
) -> DesignationContext:
    """Member, places left and rule text of each program, for the dialog (read only)."""
    require(actor, "relative.designate", db)
    rules = book.on(on)
    with db.read() as session:
        member = session.get(Member, member_id)
        if member is None:
            raise NotFound("客户不存在")
        vip_existing = tuple(existing_relatives(session, member_id, "vip", None))
        vip = ProgramContext(
            "vip",
            None,
            vip_existing,
            places_left(rules.relatives["vip"], vip_existing),
            rule_text(rules, "vip"),
        )
        kangyue = []
        policies = kangyue_policies(session, rules, member_id)
        for p in policies:
            existing = tuple(existing_relatives(session, member_id, "kangyue", p.id))
            kangyue.append(
                ProgramContext(
                    "kangyue",
                    policy_facts(p, policies[0]),
                    existing,
                    places_left(rules.relatives["kangyue"], existing),
                    rule_text(rules, "kangyue"),
                )
            )
        return DesignationContext(
            member_id, member.name, member_facts(member), vip, tuple(kangyue), rules
        )


def designate_relative(
    db: Database,
    book: RuleBook,
    actor: Actor,
    member_id: int,
    name: str,
    id_number: str,
    relation: str,
    program: str = "vip",
    policy_no: str | None = None,
    on: dt.date | None = None,
) -> RelativeRecord:
    """Designate a relative for the member on `on` (default today); Refused with a reason code."""
    require(actor, "relative.designate", db)
    on = on or dt.date.today()
    name = name.strip()
    if not name:
        raise KnownError("请填写亲属姓名")
    rules = book.on(on)
    with db.write() as session:
        member = lock_member(session, member_id)
        policy = None
        if program == "kangyue":
            policy = pick_policy(session, rules, member_id, policy_no)
        policy_id = contract_policy_id(session, rules, member_id) if policy else None
        contract = session.get(Policy, policy_id) if policy_id else None
        existing = existing_relatives(session, member_id, program, policy_id)
        other = "kangyue" if program == "vip" else "vip"
        decision = check_designation(
            rules,
            program,
            member_facts(member),
            id_number,
            relation,
            on,
            existing,
            policy_facts(policy, contract) if policy else None,
            existing_relatives(session, member_id, other, None),
        )
        if decision.refusal is not None:
            raise Refused(decision.refusal.code, decision.refusal.message)
        chosen = decision.designation
        assert chosen is not None
        row = DesignatedRelative(
            member_id=member_id,
            program=program,
            policy_id=policy_id,
            slot=chosen.slot,
            name=name,
            id_number=chosen.person.number,
            relation=relation,
            birth_date=chosen.person.birth_date,
            gender=chosen.person.gender,
            designated_on=on,
            status="active",
        )
        session.add(row)
        try:
            session.flush()
        except IntegrityError as exc:
            if is_slot_conflict(exc):
                refusal = limit_refusal(rules, program)
                raise Refused(refusal.code, refusal.message) from exc
            raise
        record = relative_record(session, rules, row, member, on, actor)
        audit(
            session,
            actor,
            "relative.designate",
            "designated_relative",
            row.id,
            member_id,
            {"places_left": record.places_left + 1},
            audit_view(record),
        )
        return record


def remove_relative(
    db: Database,
    book: RuleBook,
    actor: Actor,
    member_id: int,
    id_number: str,
    reason: str,
    program: str | None = None,
    on: dt.date | None = None,
) -> RelativeRecord:
    """Remove an active relative with a reason; frees a VIP place, never a 康悦 one."""
    require(actor, "relative.remove", db)
    on = on or dt.date.today()
    reason = reason.strip()
    if not reason:
        raise KnownError("请填写移除原因")
    try:
        number = parse_id_number(id_number, today=on).number
    except InvalidIdNumber as exc:
        raise Refused("invalid_id_number", f"亲属的证件号码无效：{exc}") from None
    rules = book.on(on)
    with db.write() as session:
        member = lock_member(session, member_id)
        query = select(DesignatedRelative).where(
            DesignatedRelative.member_id == member_id,
            DesignatedRelative.id_number == number,
            DesignatedRelative.status == "active",
        )
        if program:
            query = query.where(DesignatedRelative.program == program)
        rows = list(session.scalars(query))
        if not rows:
            raise NotFound(f"该客户没有证件号为 {mask_id_number(number)} 的在册指定亲属")
        if len(rows) > 1:
            raise KnownError("这位亲属同时在贵宾卡和都会康悦下登记，请指明项目（--program）")
        row = rows[0]
        before = audit_view(relative_record(session, rules, row, member, on))
        row.status, row.removed_on, row.removed_reason = "removed", on, reason
        session.flush()
        record = relative_record(session, rules, row, member, on, actor)
        audit(
            session,
            actor,
            "relative.remove",
            "designated_relative",
            row.id,
            member_id,
            before,
            audit_view(record),
        )
        return record


def list_relatives(
    db: Database,
    book: RuleBook,
    member_id: int,
    on: dt.date | None = None,
    active_only: bool = True,
    *,
    actor: Actor,
) -> list[RelativeRecord]:
    """The member's relatives (active ones by default), VIP first then 康悦, by slot."""
    require(actor, "member.view", db)
    on = on or dt.date.today()
    rules = book.on(on)
    with db.read() as session:
        member = session.get(Member, member_id)
        if member is None:
            raise NotFound("客户不存在")
        query = (
            select(DesignatedRelative)
            .where(DesignatedRelative.member_id == member_id)
            .order_by(
                DesignatedRelative.program.desc(),
                DesignatedRelative.policy_id,
                DesignatedRelative.slot,
                DesignatedRelative.id,
            )
        )
        if active_only:
            query = query.where(DesignatedRelative.status == "active")
        return [relative_record(session, rules, r, member, on) for r in session.scalars(query)]


def program_name(program: str) -> str:
    """The Chinese name of a relative program."""
    return PROGRAM_NAMES.get(program, program)
