"""What the eligibility engine decides on and what it answers: reason codes, the facts of the
member, the person, the places and the request, and the decision (plain values, no I/O)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from vipdesk.domain.quotas import QuotaState

REASON_CODES = (
    "no_vip_tier",
    "services_suspended",
    "not_entitled",
    "not_designated",
    "age_over_limit",
    "residence_outside_mainland",
    "too_close_to_residence",
    "trip_too_long",
    "waiting_period",
    "unknown_location",
    "quota_used",
)
REASON_LABELS = {
    "no_vip_tier": "无贵宾等级",
    "services_suspended": "贵宾服务暂停",
    "not_entitled": "不在权益范围内",
    "not_designated": "非指定亲属",
    "age_over_limit": "超过适用年龄",
    "residence_outside_mainland": "居住地不在中国大陆",
    "too_close_to_residence": "距居住地不足规定距离",
    "trip_too_long": "超过单次旅行天数",
    "waiting_period": "等待期内",
    "unknown_location": "地点无法确定",
    "quota_used": "服务次数已用完",
}
RESCUE_SERVICES = ("domestic_rescue", "international_rescue")
KANGYUE = "kangyue_health"


@dataclass(frozen=True)
class Reason:
    """Why a request is refused: a stable code, a plain-Chinese sentence and the evidence."""

    code: str
    message_zh: str
    evidence: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Question:
    """A condition of the item the desk must confirm with the caller."""

    code: str
    text_zh: str
    value: Any = None


@dataclass(frozen=True)
class KangyuePolicyFacts:
    """The member's 都会康悦 policy as far as the waiting period needs it."""

    status: str
    effective_date: dt.date
    reinstated_date: dt.date | None = None


@dataclass(frozen=True)
class MemberFacts:
    """The member (持卡人) whose services are asked for."""

    tier: str | None
    vip_status: str
    entitlements: tuple[str, ...]
    kangyue: KangyuePolicyFacts | None = None


@dataclass(frozen=True)
class Designation:
    """One active designation of the person as a relative of the member."""

    program: str
    designated_on: dt.date


@dataclass(frozen=True)
class PersonFacts:
    """Who is to receive the service: the member or someone claiming to be their relative."""

    name: str | None
    birth_date: dt.date | None
    is_member: bool
    designations: tuple[Designation, ...] = ()


@dataclass(frozen=True)
class PlaceFacts:
    """What the engine needs of a place: whether it is known and whether it is in the mainland."""

    known: bool
    in_mainland: bool | None = None
    name: str = ""
    choices: tuple[str, ...] = ()  # several places of that name: the desk asks which
    suggestions: tuple[str, ...] = ()  # known places close to a mistyped name (did you mean)


UNKNOWN_PLACE = PlaceFacts(known=False)


@dataclass(frozen=True)
class RequestFacts:
    """The request: service, item, where the caller is, where they live, the trip, the day."""

    service: str
    on: dt.date
    item: str | None = None
    residence: PlaceFacts = UNKNOWN_PLACE
    location: PlaceFacts = UNKNOWN_PLACE
    distance_km: float | None = None
    departed_on: dt.date | None = None
    quota: QuotaState | None = None  # the member's standing with the service's quota, if any


@dataclass(frozen=True)
class EligibilityDecision:
    """The decision: eligible or not, every reason that applies, and what to tell the caller."""

    eligible: bool
    reasons: list[Reason]
    distance_km: float | None
    trip_days: int | None
    cost_notes: list[str]
    questions: list[Question]
    age: int | None = None

    @property
    def codes(self) -> list[str]:
        """The reason codes, in the order found."""
        return [r.code for r in self.reasons]


def trip_day(departed_on: dt.date | None, on: dt.date) -> int | None:
    """Day of the trip on `on`: the day of departure is day 1."""
    if departed_on is None:
        return None
    return (on - departed_on).days + 1


def waiting_end(start: dt.date, days: int) -> dt.date:
    """Last day of a waiting period of `days` calendar days counted from `start` as day 1."""
    return start + dt.timedelta(days=days - 1)
