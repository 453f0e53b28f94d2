"""Designated relatives (指定亲属): who may be designated, in the VIP card or 都会康悦 program.

Pure rules over plain values; every number comes from `rules.relatives[program]`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from vipdesk.domain.people import InvalidIdNumber, ResidentId, age_on, parse_id_number
from vipdesk.rules import RelativeProgram, Rules

PROGRAMS = ("vip", "kangyue")
PROGRAM_NAMES = {"vip": "贵宾卡", "kangyue": "都会康悦"}
RELATION_NAMES = {"spouse": "配偶", "parent": "父母", "child": "子女"}
REFUSAL_CODES = (
    "not_entitled",
    "limit_reached",
    "too_old",
    "invalid_id_number",
    "relation_not_allowed",
    "already_designated",
    "not_replaceable",
    "self_designation",
    "spouse_exists",
    "implausible_relation",
)
# Refusals no supervisor can override: the designation is impossible, not merely unusual.
FINAL_REFUSALS = ("spouse_exists", "implausible_relation", "self_designation", "invalid_id_number")


@dataclass(frozen=True)
class MemberFacts:
    """What the rules need of the member who designates."""

    id_number: str
    tier: str | None
    vip_status: str


@dataclass(frozen=True)
class KangyuePolicy:
    """A policy of the member that may carry 都会康悦 relatives."""

    policy_no: str
    product: str
    status: str
    effective_date: dt.date


@dataclass(frozen=True)
class ExistingRelative:
    """A relative already recorded in the same program (and policy, for 康悦)."""

    id_number: str
    slot: int
    status: str  # "active" or "removed"
    relation: str | None = None


@dataclass(frozen=True)
class Refusal:
    """Why a designation is refused: a stable code and a plain Chinese message."""

    code: str
    message: str


@dataclass(frozen=True)
class Designation:
    """An accepted designation: the relative as read from the ID number, and the slot taken."""

    person: ResidentId
    relation: str
    program: str
    slot: int
    age: int
    service_from: dt.date  # first day services may be given (after any waiting period)


@dataclass(frozen=True)
class Decision:
    """The outcome of checking a designation: accepted (`designation`) or refused."""

    designation: Designation | None = None
    refusal: Refusal | None = None

    @property
    def accepted(self) -> bool:
        """True when the relative may be designated."""
        return self.refusal is None


def _refuse(code: str, message: str) -> Decision:
    return Decision(refusal=Refusal(code, message))


def _tier_names(rules: Rules, codes: Iterable[str]) -> str:
    names = []
    for code in codes:
        try:
            names.append(rules.tier(code).name)
        except KeyError:
            names.append(code)
    return "、".join(names)


def rule_text(rules: Rules, program: str) -> str:
    """The rule of a program in one plain sentence, shown before the clerk confirms."""
    p = rules.relatives[program]
    relations = "、".join(RELATION_NAMES.get(r, r) for r in p.relations)
    if program == "vip":
        return (
            f"{_tier_names(rules, p.tiers)}客户可指定{p.limit}位亲属（{relations}），"
            f"指定当日须未满{p.younger_than}周岁；移除后可另行指定。"
        )
    products = "、".join(rules.kangyue_products)
    return (
        f"{products}有效保单的被保险人可指定{p.limit}位亲属（{relations}），"
        f"保单生效日年龄不超过{p.max_age_on_effective_date}周岁；"
        f"主险与附加险合为一个合同，整个合同期间最多{p.limit}位，"
        f"不可更换；每位亲属自指定之日起有{p.waiting_days}天等待期。"
    )


def _holding(program: RelativeProgram, existing: Iterable[ExistingRelative]) -> list[int]:
    """Slots of relatives holding a place: active ones (VIP), every one ever (康悦, for life)."""
    return [r.slot for r in existing if program.replaceable is False or r.status == "active"]


def used_slots(program: RelativeProgram, existing: Iterable[ExistingRelative]) -> set[int]:
    """Slots taken: active relatives (VIP), or every relative ever designated (康悦, for life)."""
    return set(_holding(program, existing))


def places_left(program: RelativeProgram, existing: Iterable[ExistingRelative]) -> int:
    """How many more relatives may be designated now (each relative holding a place counts)."""
    return max(0, program.limit - len(_holding(program, existing)))


def free_slot(program: RelativeProgram, existing: Iterable[ExistingRelative]) -> int | None:
    """The lowest free slot (1..limit), or None when full."""
    existing = list(existing)
    if places_left(program, existing) == 0:
        return None
    taken = used_slots(program, existing)
    return next((s for s in range(1, program.limit + 1) if s not in taken), None)


def plausibility_refusal(
    member: MemberFacts,
    person: ResidentId,
    relation: str,
    existing: Iterable[ExistingRelative],
    on: dt.date,
    others: Iterable[ExistingRelative] = (),
) -> Refusal | None:
    """At most one active spouse (in either programme: the same person may be in both); a parent
    born before the member, a child after (birth dates from the ID numbers)."""
    spouses = [*existing, *(r for r in others if r.id_number != person.number)]
    if relation == "spouse" and any(
        r.relation == "spouse" and r.status == "active" for r in spouses
    ):
        return Refusal("spouse_exists", "该客户已有一位在册的配偶，不能再指定第二位配偶")
    try:
        member_born = parse_id_number(member.id_number, today=on).birth_date
    except InvalidIdNumber:
        return None
    born = person.birth_date
    if relation == "parent" and not born < member_born:
        return Refusal(
            "implausible_relation",
            f"父母须早于客户出生：亲属出生日期 {born.isoformat()}，"
            f"客户出生日期 {member_born.isoformat()}，请核对关系或证件号码",
        )
    if relation == "child" and not born > member_born:
        return Refusal(
            "implausible_relation",
            f"子女须晚于客户出生：亲属出生日期 {born.isoformat()}，"
            f"客户出生日期 {member_born.isoformat()}，请核对关系或证件号码",
        )
    return None


def entitlement_refusal(
    rules: Rules, program: str, member: MemberFacts, policy: KangyuePolicy | None
) -> Refusal | None:
    """Why the member cannot designate in this program at all (None: entitled)."""
    p = rules.relatives[program]
    if program == "vip":
        if member.tier not in p.tiers:
            return Refusal("not_entitled", f"只有{_tier_names(rules, p.tiers)}客户可以指定亲属")
        if member.vip_status != "active":
            return Refusal("not_entitled", "客户的贵宾资格正在中止中，复效后才能指定亲属")
        return None
    if policy is None:
        return Refusal("not_entitled", "客户没有都会康悦保单，不能指定都会康悦亲属")
    if policy.product not in rules.kangyue_products:
        return Refusal("not_entitled", f"保单 {policy.policy_no} 不是都会康悦产品，不能指定亲属")
    if policy.status != "in_force":
        return Refusal("not_entitled", f"保单 {policy.policy_no} 当前不是有效状态，不能指定亲属")
    return None


def check_designation(
    rules: Rules,
    program: str,
    member: MemberFacts,
    id_number: str,
    relation: str,
    on: dt.date,
    existing: Iterable[ExistingRelative],
    policy: KangyuePolicy | None = None,
    others: Iterable[ExistingRelative] = (),
) -> Decision:
    """Decide whether this relative may be designated on `on` (DOMAIN.md, Designated relatives).

    `existing`: the relatives of this programme (康悦: the whole contract); `others`: those of
    the other programme, for the one-spouse rule. A 康悦 `policy` carries the contract's
    effective date (the main policy's, whichever of main and rider is named)."""
    if program not in PROGRAMS:
        raise ValueError(f"unknown relative program {program!r}")
    p = rules.relatives[program]
    existing = list(existing)
    refusal = entitlement_refusal(rules, program, member, policy)
    if refusal is not None:
        return Decision(refusal=refusal)
    if relation not in p.relations:
        allowed = "、".join(RELATION_NAMES.get(r, r) for r in p.relations)
        return _refuse("relation_not_allowed", f"指定亲属只能是{allowed}")
    try:
        person = parse_id_number(id_number, today=on)
    except InvalidIdNumber as exc:
        return _refuse("invalid_id_number", f"亲属的证件号码无效：{exc}")
    if person.number == member.id_number:
        return _refuse("self_designation", "客户不能指定本人为自己的指定亲属")
    if any(r.id_number == person.number and r.status == "active" for r in existing):
        return _refuse("already_designated", "这位亲属已经是该客户的指定亲属")
    implausible = plausibility_refusal(member, person, relation, existing, on, others)
    if implausible is not None:
        return Decision(refusal=implausible)
    slot = free_slot(p, existing)
    if slot is None:
        if not p.replaceable and any(r.status != "active" for r in existing):
            return _refuse(
                "not_replaceable",
                f"都会康悦的指定亲属不可更换：本合同（主险及附加险合计）已指定过{p.limit}位，"
                "移除的名额不会恢复",
            )
        return _refuse("limit_reached", f"该客户已有{p.limit}位指定亲属，名额已满")
    age = age_on(person.birth_date, on)
    service_from = on
    if program == "vip":
        if p.younger_than is not None and age >= p.younger_than:
            return _refuse(
                "too_old", f"亲属指定当日已满{age}周岁，须未满{p.younger_than}周岁才能指定"
            )
    else:
        assert policy is not None
        limit_age = p.max_age_on_effective_date
        age_then = age_on(person.birth_date, policy.effective_date)
        if limit_age is not None and age_then > limit_age:
            return _refuse(
                "too_old",
                f"亲属在保单生效日（{policy.effective_date.isoformat()}）已满{age_then}周岁，"
                f"超过{limit_age}周岁",
            )
        service_from = on + dt.timedelta(days=p.waiting_days)
    return Decision(Designation(person, relation, program, slot, age, service_from))


def limit_refusal(rules: Rules, program: str) -> Refusal:
    """The refusal given when the database itself refuses another relative (slot taken)."""
    limit = rules.relatives[program].limit
    return Refusal("limit_reached", f"该客户已有{limit}位指定亲属，名额已满（其他柜台刚刚指定）")
