"""Card tiers from AFYP (累计年化标准保费), including the Health Gold and suspension rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from vipdesk.rules import Rules, TierRule


class PolicyStatus(StrEnum):
    """Status of a policy in the core system."""

    IN_FORCE = "in_force"
    SUSPENDED = "suspended"
    LAPSED = "lapsed"
    TERMINATED = "terminated"
    EXPIRED = "expired"  # 满期: matured, never counted (DOMAIN.md, Tiers)


class VipStatus(StrEnum):
    """Whether a member's VIP services can be given now."""

    ACTIVE = "active"
    SUSPENDED = "suspended"
    NONE = "none"


@dataclass(frozen=True)
class PolicyFacts:
    """What the tier rules need to know of one policy of the insured."""

    status: str
    channel: str
    annual_premium: Decimal
    product: str = ""
    effective_date: dt.date | None = None
    reinstated_date: dt.date | None = None
    policy_no: str = ""


@dataclass(frozen=True)
class TierAssessment:
    """A member's tier, VIP status and AFYP (in-force premium only)."""

    tier: TierRule | None
    vip_status: VipStatus
    afyp: Decimal

    @property
    def tier_code(self) -> str | None:
        """The tier's code, or None below the lowest tier."""
        return self.tier.code if self.tier else None


def afyp(policies: Iterable[PolicyFacts], statuses: tuple[str, ...] = ("in_force",)) -> Decimal:
    """Sum of annual premiums of the policies whose status is in `statuses`."""
    return sum((p.annual_premium for p in policies if p.status in statuses), Decimal(0))


def tier_for_afyp(amount: Decimal, channels: set[str], rules: Rules) -> TierRule | None:
    """The highest tier whose band admits `amount` and whose channel rule the channels meet."""
    best: TierRule | None = None
    for tier in rules.tiers:
        if not tier.admits(amount):
            continue
        if tier.channel is not None and channels != {tier.channel}:
            continue
        if best is None or tier.min_afyp >= best.min_afyp:
            best = tier
    return best


def assess_tier(policies: Iterable[PolicyFacts], rules: Rules) -> TierAssessment:
    """Tier and VIP status of an insured person from their policies (DOMAIN.md, Tiers)."""
    policies = list(policies)
    in_force = [p for p in policies if p.status == PolicyStatus.IN_FORCE]
    active_afyp = afyp(in_force)
    tier = tier_for_afyp(active_afyp, {p.channel for p in in_force}, rules)
    if tier is not None:
        return TierAssessment(tier, VipStatus.ACTIVE, active_afyp)
    held = [p for p in policies if p.status in (PolicyStatus.IN_FORCE, PolicyStatus.SUSPENDED)]
    held_afyp = afyp(held, (PolicyStatus.IN_FORCE, PolicyStatus.SUSPENDED))
    held_tier = tier_for_afyp(held_afyp, {p.channel for p in held}, rules)
    if held_tier is not None:
        return TierAssessment(held_tier, VipStatus.SUSPENDED, active_afyp)
    return TierAssessment(None, VipStatus.NONE, active_afyp)


def entitlements(
    assessment: TierAssessment, policies: Iterable[PolicyFacts], rules: Rules
) -> tuple[str, ...]:
    """Service codes of the member: their tier's, plus 都会康悦 while such a policy is in force."""
    codes = assessment.tier.services if assessment.tier else ()
    if any(
        p.status == PolicyStatus.IN_FORCE and p.product in rules.kangyue_products for p in policies
    ):
        codes = (*codes, "kangyue_health")
    return codes


@dataclass(frozen=True)
class TierDistance:
    """How far a member is from the next tier up, and above the floor of the current one."""

    next_tier: TierRule | None
    to_next: Decimal | None
    above_floor: Decimal | None


def tier_distance(assessment: TierAssessment, rules: Rules) -> TierDistance:
    """Premium still missing to reach the next tier, and margin before losing the current one.

    None of either while VIP status is suspended: the tier is held on suspended policies, so the
    in-force AFYP measures neither (reinstatement, not premium, restores the service).
    """
    if assessment.vip_status == VipStatus.SUSPENDED:
        return TierDistance(None, None, None)
    current = assessment.tier
    amount = assessment.afyp
    floor = current.min_afyp if current else None
    candidates = [
        t
        for t in rules.tiers
        if t.channel is None and t.min_afyp > amount and (current is None or t.code != current.code)
    ]
    nxt = min(candidates, key=lambda t: t.min_afyp) if candidates else None
    return TierDistance(
        next_tier=nxt,
        to_next=(nxt.min_afyp - amount) if nxt else None,
        above_floor=(amount - floor) if floor is not None else None,
    )
