"""Designated relatives as records: what the desk, the CLI, the letter and the audit see, and the
row helpers the designation and removal services share (member lock, 康悦 contract, slots)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vipdesk.db.models import DesignatedRelative, Member, Policy
from vipdesk.domain.cards import luhn_digit
from vipdesk.domain.people import age_on, mask_id_number
from vipdesk.domain.relatives import (
    Decision,
    ExistingRelative,
    KangyuePolicy,
    MemberFacts,
    check_designation,
    places_left,
)
from vipdesk.errors import NotFound, Refused
from vipdesk.rules import Rules
from vipdesk.services.database import ROW_LOCK, Actor


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
        return {k: plain(getattr(self, k)) for k in JSON_FIELDS}


JSON_FIELDS = ("name", "relation", "program", "age", "status", "id_number_masked", "policy_no",
               "slot", "designated_on", "service_from", "places_left", "removed_on",
               "removed_reason")  # fmt: skip
AUDIT_FIELDS = ("name", "id_number_masked", "relation", "program", "policy_no", "slot", "status",
                "designated_on", "places_left", "removed_reason")  # fmt: skip


def plain(value: Any) -> Any:
    """A value for JSON and audit records (dates as ISO text)."""
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
        other = self.kangyue[:1] if program == "vip" else (self.vip,)
        return check_designation(
            self.rules,
            program,
            self.member,
            id_number,
            relation,
            on,
            existing,
            ctx.policy if ctx else None,
            other[0].existing if other else (),
        )


def kangyue_policies(session: Session, rules: Rules, member_id: int) -> list[Policy]:
    """The member's 康悦 policies, earliest first."""
    return list(
        session.scalars(
            select(Policy)
            .where(Policy.member_id == member_id, Policy.product.in_(rules.kangyue_products))
            .order_by(Policy.effective_date, Policy.id)
        )
    )


def policy_facts(p: Policy, contract: Policy | None = None) -> KangyuePolicy:
    """A 康悦 policy as the pure rules see it, with its contract's effective date (main policy
    and rider are one contract: a relative's age is taken on the date the contract began)."""
    return KangyuePolicy(p.policy_no, p.product, p.status, (contract or p).effective_date)


def pick_policy(
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
    policies = kangyue_policies(session, rules, member_id)
    in_force = [p for p in policies if p.status == "in_force"]
    candidates = in_force or policies  # main and rider are one contract: the earliest stands
    return candidates[0] if candidates else None


def contract_policy_id(session: Session, rules: Rules, member_id: int) -> int | None:
    """The policy row that holds the member's 康悦 contract places (the earliest 康悦 policy).

    The handbook's contract is the main policy with its rider, and all the insured's 康悦
    policies count as one: every 康悦 relative is recorded on this row, so the slot index
    `uq_relatives_kangyue_slot` allows two for the whole contract.
    """
    policies = kangyue_policies(session, rules, member_id)
    return policies[0].id if policies else None


def existing_relatives(
    session: Session, member_id: int, program: str, policy_id: int | None
) -> list[ExistingRelative]:
    """The member's relatives in a program (康悦: the whole contract, main policy and rider)."""
    query = select(DesignatedRelative).where(
        DesignatedRelative.program == program, DesignatedRelative.member_id == member_id
    )
    return [
        ExistingRelative(r.id_number, r.slot, r.status, r.relation) for r in session.scalars(query)
    ]


def lock_member(session: Session, member_id: int) -> Member:
    """The member row, locked until the end of the transaction (PostgreSQL FOR NO KEY UPDATE)."""
    member = session.scalars(
        select(Member).where(Member.id == member_id).with_for_update(**ROW_LOCK)
    ).first()
    if member is None:
        raise NotFound("客户不存在")
    return member


def member_facts(member: Member) -> MemberFacts:
    """The member as the pure rules see it."""
    return MemberFacts(member.id_number, member.tier, member.vip_status)


def relative_record(
    session: Session,
    rules: Rules,
    row: DesignatedRelative,
    member: Member,
    on: dt.date,
    actor: Actor | None = None,
) -> RelativeRecord:
    """The record of a relative row, with the places left in its program on `on`."""
    program = rules.relatives[row.program]
    policy = session.get(Policy, row.policy_id) if row.policy_id else None
    policy_no = policy.policy_no if policy else None
    left = places_left(program, existing_relatives(session, member.id, row.program, row.policy_id))
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


def is_slot_conflict(exc: IntegrityError) -> bool:
    """True when the database refused a relative for a slot index (two desks at once)."""
    text = str(exc.orig)
    return "uq_relatives_" in text or ("designated_relatives" in text and "slot" in text)


def audit_view(record: RelativeRecord) -> dict[str, Any]:
    """What an audit record says about a relative (ID number masked)."""
    return {k: plain(getattr(record, k)) for k in AUDIT_FIELDS}
