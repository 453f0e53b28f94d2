"""What the member view and `vipdesk member` show: plain values, no SQLAlchemy.

Read through the ORM by `services.members` and, for `vipdesk member` on an SQLite file, on the
driver alone by `services.member_direct` (issue 14: command-line start-up).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from vipdesk.domain.people import age_on, mask_id_number, mask_phone
from vipdesk.domain.tiers import PolicyFacts, assess_tier, entitlements, tier_distance

if TYPE_CHECKING:
    from vipdesk.domain.quotas import QuotaState
    from vipdesk.rules import Rules
    from vipdesk.services.history import HistoryEntry


@dataclass(frozen=True)
class CardView:
    """A card as shown: number, tier, status, dates."""

    number: str
    tier: str
    status: str
    issued_on: dt.date
    closed_on: dt.date | None = None


@dataclass(frozen=True)
class PolicyView:
    """A policy as shown in the member view."""

    policy_no: str
    product: str
    channel: str
    status: str
    effective_date: dt.date
    annual_premium: Decimal
    reinstated_date: dt.date | None


@dataclass(frozen=True)
class RelativeView:
    """A designated relative as shown (ID number masked)."""

    id: int
    name: str
    relation: str
    program: str
    age: int
    status: str
    designated_on: dt.date
    id_number_masked: str
    policy_no: str | None = None


@dataclass(frozen=True)
class CardEventView:
    """One line of a card's history."""

    at: dt.datetime
    card_number: str
    status_from: str | None
    status_to: str
    cause: str


@dataclass(frozen=True)
class MemberDetail:
    """Everything the member view and `vipdesk member` show of one member."""

    id: int
    name: str
    id_number_masked: str
    phone_masked: str
    gender: str
    age: int
    address: str
    tier: str | None
    vip_status: str
    afyp: Decimal
    card: CardView | None
    entitlements: tuple[str, ...]
    policies: tuple[PolicyView, ...]
    relatives: tuple[RelativeView, ...]
    card_history: tuple[CardEventView, ...] = field(default=())
    next_tier: str | None = None
    to_next_tier: Decimal | None = None
    above_floor: Decimal | None = None
    rules_version: str = ""
    history: tuple[HistoryEntry, ...] = field(default=())
    usage: tuple[QuotaState, ...] = field(default=())
    tier_history: tuple[TierChangeView, ...] = field(default=())
    account_manager: str | None = None  # display name of the member's 客户经理

    def to_json(self) -> dict[str, Any]:
        """The JSON contract of `vipdesk member --json`."""
        return {
            "name": self.name,
            "age": self.age,
            "tier": self.tier,
            "vip_status": self.vip_status,
            "afyp": float(self.afyp),
            "card": None
            if self.card is None
            else {"number": self.card.number, "tier": self.card.tier, "status": self.card.status},
            "entitlements": list(self.entitlements),
            "policies": [
                {
                    "policy_no": p.policy_no,
                    "status": p.status,
                    "annual_premium": float(p.annual_premium),
                }
                for p in self.policies
            ],
            "relatives": [
                {k: v for k, v in asdict(r).items() if k not in ("id",)}
                | {"designated_on": r.designated_on.isoformat()}
                for r in self.relatives
            ],
            "usage": [u.to_json() for u in self.usage],
            "tier_history": [c.to_json() for c in self.tier_history],
            "account_manager": self.account_manager,
        }


CENT = Decimal("0.01")


@dataclass(frozen=True)
class MemberRecord:
    """The member's own columns, as either reader returns them."""

    id: int
    name: str
    id_number: str
    phone: str | None
    gender: str
    birth_date: dt.date
    address: str


def assemble_detail(
    member: MemberRecord,
    policies: Sequence[PolicyView],
    rules: Rules,
    on: dt.date,
    usage_of: Callable[[str | None], Sequence[QuotaState]],
    **parts: Any,
) -> MemberDetail:
    """The member's detail from what a reader read (the ORM's or the SQLite driver's): the
    tier recomputed from the policies (in effective-date order), masked ID and phone; `usage_of`
    reads the usage for the recomputed tier; `parts` are the card, relatives and the optional
    histories and account manager, by their field names."""
    facts = [PolicyFacts(p.status, p.channel, p.annual_premium, p.product) for p in policies]
    assessment = assess_tier(facts, rules)
    distance = tier_distance(assessment, rules)
    return MemberDetail(
        id=member.id,
        name=member.name,
        id_number_masked=mask_id_number(member.id_number),
        phone_masked=mask_phone(member.phone),
        gender=member.gender,
        age=age_on(member.birth_date, on),
        address=member.address,
        tier=assessment.tier_code,
        vip_status=assessment.vip_status.value,
        afyp=assessment.afyp.quantize(CENT),
        entitlements=entitlements(assessment, facts, rules),
        policies=tuple(policies),
        next_tier=distance.next_tier.code if distance.next_tier else None,
        to_next_tier=distance.to_next,
        above_floor=distance.above_floor,
        rules_version=rules.version,
        usage=tuple(usage_of(assessment.tier_code)),
        **parts,
    )


def shown_ref(text: str, id_number: str | None) -> str:
    """What a not-found message may echo: anything that could be an ID number is masked."""
    digits = sum(c.isdigit() for c in text)
    if id_number or digits >= 10 or (len(text) >= 14 and digits >= len(text) - 2):
        return mask_id_number(text)
    return text


@dataclass(frozen=True)
class TierChangeView:
    """One line of the tier history."""

    changed_on: dt.date
    old_tier: str | None
    new_tier: str | None
    old_status: str
    new_status: str
    old_afyp: Decimal
    afyp: Decimal
    reason: str

    def to_json(self) -> dict[str, Any]:
        """The `tier_history` entry of `member --json`."""
        return {
            "date": self.changed_on.isoformat(),
            "old_tier": self.old_tier,
            "new_tier": self.new_tier,
            "old_status": self.old_status,
            "new_status": self.new_status,
            "old_afyp": float(self.old_afyp),
            "afyp": float(self.afyp),
            "reason": self.reason,
        }


REASON_NAMES = {
    "import": "导入保单数据",
    "recompute": "重新计算等级",
    "reinstatement": "保单复效",
    "suspension": "保单中止",
    "lapse": "失去贵宾资格",
}


def quota_name(rules: Rules, code: str) -> str:
    """The plain name of a quota's service: a service of the rules or an item of the catalog."""
    if code in rules.service_names:
        return rules.service_names[code]
    from vipdesk.domain.catalog import load_catalog

    catalog = load_catalog().on(rules.effective_from)
    try:
        return catalog.item(code).name
    except KeyError:
        return code
