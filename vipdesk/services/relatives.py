"""Designating and removing relatives (指定亲属), safe when several desks act at once.

The limit is enforced inside the write transaction: SQLite writers are serialised by BEGIN
IMMEDIATE, PostgreSQL locks the member row before counting, and the partial unique slot indexes
(`uq_relatives_vip_slot`, `uq_relatives_kangyue_slot`) refuse a third relative whatever happens.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vipdesk.db.models import DesignatedRelative, Member, Policy
from vipdesk.domain.cards import luhn_digit
from vipdesk.domain.people import InvalidIdNumber, age_on, mask_id_number, parse_id_number
from vipdesk.domain.relatives import (
    PROGRAM_NAMES,
    Decision,
    ExistingRelative,
    KangyuePolicy,
    MemberFacts,
    check_designation,
    limit_refusal,
    places_left,
    rule_text,
)
from vipdesk.errors import KnownError, NotFound, Refused
from vipdesk.rules import RuleBook, Rules
from vipdesk.services.database import Actor, Database, audit
from vipdesk.services.history import HistoryEntry, member_history  # noqa: F401  (re-export)
from vipdesk.services.permissions import require


@dataclass(frozen=True)
class RelativeRecord:
    """A designated relative as the desk, the CLI and the confirmation letter see it."""

    id: int
    member_id: int
    member_name: str
    member_id_masked: str
    name: str
    relation: str
    program: str
    policy_no: str | None
    slot: int
    age: int
    status: str
    birth_date: dt.date
    gender: str
    id_number_masked: str
    designated_on: dt.date
    service_from: dt.date
    places_left: int
    removed_on: dt.date | None = None
    removed_reason: str | None = None
    staff_name: str = ""
    rules_version: str = ""

    @property
    def reference(self) -> str:
        """The confirmation letter's reference number: ZQ, date, record number, check digit."""
        body = f"{self.designated_on:%Y%m%d}{self.id:08d}"
        return f"ZQ{body}{luhn_digit(body)}"

    @property
    def waiting_until(self) -> dt.date | None:
        """The last day of the waiting period (None when there is none)."""
        if self.service_from <= self.designated_on:
            return None
        return self.service_from - dt.timedelta(days=1)

    def to_json(self) -> dict[str, Any]:
        """The JSON shape of `vipdesk relative add/remove/list` (dates as ISO text)."""
        return {k: _plain(getattr(self, k)) for k in JSON_FIELDS}


JSON_FIELDS = ("name", "relation", "program", "age", "status", "id_number_masked", "policy_no",
               "slot", "designated_on", "service_from", "places_left", "removed_on",
               "removed_reason")  # fmt: skip
AUDIT_FIELDS = ("name", "id_number_masked", "relation", "program", "policy_no", "slot", "status",
                "designated_on", "places_left", "removed_reason")  # fmt: skip


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


@dataclass(frozen=True)
class ProgramContext:
    """One program (or one 康悦 policy) as the dialog shows it before the clerk confirms."""

    program: str
    policy: KangyuePolicy | None
    existing: tuple[ExistingRelative, ...]
    places_left: int
    rule: str


@dataclass(frozen=True)
class DesignationContext:
    """Everything the designation dialog needs to check a relative before saving it."""

    member_id: int
    member_name: str
    member: MemberFacts
    vip: ProgramContext
    kangyue: tuple[ProgramContext, ...]
    rules: Rules

    def program(self, program: str, policy_no: str | None = None) -> ProgramContext | None:
        """The context of the VIP program, or of one 康悦 policy (the only one if not given)."""
        if program == "vip":
            return self.vip
        for ctx in self.kangyue:
            if policy_no is None or (ctx.policy and ctx.policy.policy_no == policy_no):
                return ctx
        return None

    def check(
        self, program: str, id_number: str, relation: str, on: dt.date, policy_no: str | None = None
    ) -> Decision:
        """What the service would decide now (the save re-checks under the lock)."""
        ctx = self.program(program, policy_no)
        existing = ctx.existing if ctx else ()
        return check_designation(
            self.rules,
            program,
            self.member,
            id_number,
            relation,
            on,
            existing,
            ctx.policy if ctx else None,
        )


def _kangyue_policies(session: Session, rules: Rules, member_id: int) -> list[Policy]:
    return list(
        session.scalars(
            select(Policy)
            .where(Policy.member_id == member_id, Policy.product.in_(rules.kangyue_products))
            .order_by(Policy.effective_date, Policy.id)
        )
    )


def _policy_facts(p: Policy) -> KangyuePolicy:
    return KangyuePolicy(p.policy_no, p.product, p.status, p.effective_date)


def _pick_policy(
    session: Session, rules: Rules, member_id: int, policy_no: str | None
) -> Policy | None:
    """The 康悦 policy named, or the member's only one; None when the member has none."""
    if policy_no:
        policy = session.scalars(select(Policy).where(Policy.policy_no == policy_no)).first()
        if policy is None:
            raise NotFound(f"找不到保单：{policy_no}")
        if policy.member_id != member_id:
            raise Refused("not_entitled", f"保单 {policy_no} 的被保险人不是这位客户")
        return policy
    policies = _kangyue_policies(session, rules, member_id)
    in_force = [p for p in policies if p.status == "in_force"]
    candidates = in_force or policies  # main and rider are one contract: the earliest stands
    return candidates[0] if candidates else None


def contract_policy_id(session: Session, rules: Rules, member_id: int) -> int | None:
    """The policy row that holds the member's 康悦 contract places (the earliest 康悦 policy).

    The handbook's contract is the main policy with its rider, and all the insured's 康悦
    policies count as one: every 康悦 relative is recorded on this row, so the slot index
    `uq_relatives_kangyue_slot` allows two for the whole contract.
    """
    policies = _kangyue_policies(session, rules, member_id)
    return policies[0].id if policies else None


def _existing(
    session: Session, member_id: int, program: str, policy_id: int | None
) -> list[ExistingRelative]:
    """The member's relatives in a program (康悦: the whole contract, main policy and rider)."""
    query = select(DesignatedRelative).where(
        DesignatedRelative.program == program, DesignatedRelative.member_id == member_id
    )
    return [
        ExistingRelative(r.id_number, r.slot, r.status, r.relation) for r in session.scalars(query)
    ]


def _lock_member(session: Session, member_id: int) -> Member:
    """The member row, locked until the end of the transaction (PostgreSQL FOR UPDATE)."""
    member = session.scalars(select(Member).where(Member.id == member_id).with_for_update()).first()
    if member is None:
        raise NotFound("客户不存在")
    return member


def _facts(member: Member) -> MemberFacts:
    return MemberFacts(member.id_number, member.tier, member.vip_status)


def _record(
    session: Session,
    rules: Rules,
    row: DesignatedRelative,
    member: Member,
    on: dt.date,
    actor: Actor | None = None,
) -> RelativeRecord:
    program = rules.relatives[row.program]
    policy = session.get(Policy, row.policy_id) if row.policy_id else None
    policy_no = policy.policy_no if policy else None
    left = places_left(program, _existing(session, member.id, row.program, row.policy_id))
    waiting = program.waiting_days
    return RelativeRecord(
        id=row.id,
        member_id=member.id,
        member_name=member.name,
        member_id_masked=mask_id_number(member.id_number),
        name=row.name,
        relation=row.relation,
        program=row.program,
        policy_no=policy_no,
        slot=row.slot,
        age=age_on(row.birth_date, on),
        status=row.status,
        birth_date=row.birth_date,
        gender=row.gender,
        id_number_masked=mask_id_number(row.id_number),
        designated_on=row.designated_on,
        service_from=row.designated_on + dt.timedelta(days=waiting),
        places_left=left,
        removed_on=row.removed_on,
        removed_reason=row.removed_reason,
        staff_name=actor.display_name if actor else "",
        rules_version=rules.version,
    )


def _is_slot_conflict(exc: IntegrityError) -> bool:
    text = str(exc.orig)
    return "uq_relatives_" in text or ("designated_relatives" in text and "slot" in text)


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
        vip_existing = tuple(_existing(session, member_id, "vip", None))
        vip = ProgramContext(
            "vip",
            None,
            vip_existing,
            places_left(rules.relatives["vip"], vip_existing),
            rule_text(rules, "vip"),
        )
        kangyue = []
        for p in _kangyue_policies(session, rules, member_id):
            existing = tuple(_existing(session, member_id, "kangyue", p.id))
            kangyue.append(
                ProgramContext(
                    "kangyue",
                    _policy_facts(p),
                    existing,
                    places_left(rules.relatives["kangyue"], existing),
                    rule_text(rules, "kangyue"),
                )
            )
        return DesignationContext(
            member_id, member.name, _facts(member), vip, tuple(kangyue), rules
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
        member = _lock_member(session, member_id)
        policy = None
        if program == "kangyue":
            policy = _pick_policy(session, rules, member_id, policy_no)
        policy_id = contract_policy_id(session, rules, member_id) if policy else None
        existing = _existing(session, member_id, program, policy_id)
        decision = check_designation(
            rules,
            program,
            _facts(member),
            id_number,
            relation,
            on,
            existing,
            _policy_facts(policy) if policy else None,
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
            if _is_slot_conflict(exc):
                refusal = limit_refusal(rules, program)
                raise Refused(refusal.code, refusal.message) from exc
            raise
        record = _record(session, rules, row, member, on, actor)
        audit(
            session,
            actor,
            "relative.designate",
            "designated_relative",
            row.id,
            member_id,
            {"places_left": record.places_left + 1},
            _audit_view(record),
        )
        return record


def _audit_view(record: RelativeRecord) -> dict[str, Any]:
    return {k: _plain(getattr(record, k)) for k in AUDIT_FIELDS}


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
        member = _lock_member(session, member_id)
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
        before = _audit_view(_record(session, rules, row, member, on))
        row.status, row.removed_on, row.removed_reason = "removed", on, reason
        session.flush()
        record = _record(session, rules, row, member, on, actor)
        audit(
            session,
            actor,
            "relative.remove",
            "designated_relative",
            row.id,
            member_id,
            before,
            _audit_view(record),
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
        return [_record(session, rules, r, member, on) for r in session.scalars(query)]


def program_name(program: str) -> str:
    """The Chinese name of a relative program."""
    return PROGRAM_NAMES.get(program, program)
