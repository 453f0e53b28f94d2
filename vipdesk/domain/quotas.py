"""Service quotas (服务次数): how often a service may be used, and when it is available again.

Pure rules over plain values; the quotas themselves are data (`rules.quotas`, resources/rules.toml):
- `years`: once every N years, N from the member's tier (`health_check_every_years`); after a use
  the next is available on the same calendar day N years later (29 February → 1 March).
- `service_period`: a number of uses per validity period of the 都会康悦 contract; when the
  handbook gives no number the limit is "to be confirmed" and nothing is refused for it.
- `occasion`: once per occasion (a relative's hospital visit: once per hospitalisation).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

PERIODS = ("years", "service_period", "occasion")
PERIOD_NAMES = {"years": "每{n}年", "service_period": "每个服务有效期", "occasion": "每次住院"}
TO_BE_CONFIRMED = "to_be_confirmed"


@dataclass(frozen=True)
class QuotaRule:
    """How often a service (family or catalog item) may be used: the rules file's [[quotas]]."""

    code: str
    period: str
    limit: int | None  # None: "to be confirmed" by the business (never an invented limit)
    name: str = ""
    note: str = ""

    @property
    def to_be_confirmed(self) -> bool:
        """True when the business has not yet stated the number of uses (次数待确认)."""
        return self.limit is None


@dataclass(frozen=True)
class Use:
    """One use of a service that counts: booked (until cancelled) or delivered."""

    used_on: dt.date
    occasion: str | None = None


@dataclass(frozen=True)
class QuotaState:
    """Where a member stands with one quota on a day: used, limit, last use, next available."""

    code: str
    period: str
    used: int
    limit: int | None
    every_years: int | None
    last_used: dt.date | None
    next_available: dt.date | None  # first day available again (years quotas only)
    exhausted: bool = False  # used up on the day asked (never for an unknown limit)

    @property
    def to_be_confirmed(self) -> bool:
        """True when the number of uses is not stated by the business."""
        return self.limit is None

    def to_json(self) -> dict[str, object]:
        """The `usage` entry of `member --json` and the letter."""
        period = self.period if self.every_years is None else f"{self.every_years}y"
        return {
            "service": self.code,
            "used": self.used,
            "limit": TO_BE_CONFIRMED if self.limit is None else self.limit,
            "period": period,
            "last_used": self.last_used.isoformat() if self.last_used else None,
            "next_available": self.next_available.isoformat() if self.next_available else None,
        }


def add_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` later; 29 February becomes 1 March in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)


def next_available_after(last_used: dt.date, every_years: int) -> dt.date:
    """First day a once-every-N-years service may be used again after a use on `last_used`."""
    return add_years(last_used, every_years)


def same_stay(a: str | None, b: str | None) -> bool:
    """True when two references name the same hospitalisation (case, width, spaces ignored)."""

    def key(ref: str | None) -> str:
        return unicodedata.normalize("NFKC", ref or "").strip().casefold()

    return bool(key(a)) and key(a) == key(b)


def quota_state(
    rule: QuotaRule,
    uses: Iterable[Use],
    on: dt.date,
    every_years: int | None = None,
    occasion: str | None = None,
    period_start: dt.date | None = None,
) -> QuotaState:
    """The state of `rule` on `on` given the member's counting uses.

    `every_years` is the tier's N for a `years` quota (None: the tier has no such quota);
    `occasion` names the hospitalisation for an `occasion` quota; `period_start` is the start of
    the current service period for a `service_period` quota (uses before it do not count).
    """
    uses = sorted(uses, key=lambda u: u.used_on)
    last = uses[-1].used_on if uses else None
    if rule.period == "years":
        return _years_state(rule, uses, on, every_years)
    if rule.period == "occasion":
        counted = [u for u in uses if same_stay(u.occasion, occasion)]
    else:
        counted = [u for u in uses if period_start is None or u.used_on >= period_start]
    blocked = rule.limit is not None and len(counted) >= rule.limit and bool(counted)
    return QuotaState(
        rule.code,
        rule.period,
        len(counted),
        rule.limit,
        None,
        counted[-1].used_on if counted else last,
        None,
        blocked,
    )


def _years_state(
    rule: QuotaRule, uses: list[Use], on: dt.date, every_years: int | None
) -> QuotaState:
    limit = rule.limit  # None: "to be confirmed", never refused (no invented limit)
    if every_years is None:
        return QuotaState(rule.code, rule.period, 0, limit, None, None, None)
    counted = [u for u in uses if next_available_after(u.used_on, every_years) > on]
    last = max((u.used_on for u in counted), default=None)
    blocked = limit is not None and len(counted) >= limit
    nxt = next_available_after(last, every_years) if blocked and last else None
    last_any = max((u.used_on for u in uses), default=None)
    return QuotaState(
        rule.code, rule.period, len(counted), limit, every_years, last_any, nxt, blocked
    )


def usage_text(state: QuotaState) -> str:
    """The desk's one-line summary: 可用 / 已用 1 次 · 2027-03-02 起可再次使用 / 次数待确认."""
    if state.to_be_confirmed:
        used = f"已用 {state.used} 次 · " if state.used else ""
        return f"{used}次数待确认"
    if not state.exhausted:
        return "可用" if not state.used else f"已用 {state.used} 次 · 可用"
    if state.next_available is not None:
        return f"已用 {state.used} 次 · {state.next_available.isoformat()} 起可再次使用"
    return f"已用 {state.used} 次 · {PERIOD_NAMES[state.period].format(n='')}限 {state.limit} 次"


def refusal_text(state: QuotaState, service_name: str) -> str:
    """The plain-Chinese message of the `quota_used` refusal."""
    last = state.last_used.isoformat() if state.last_used else "—"
    if state.period == "years" and state.next_available is not None:
        every = "每年" if state.every_years == 1 else f"每{state.every_years}年"
        return (
            f"“{service_name}”{every}限用{state.limit}次，已于 {last} 使用，"
            f"{state.next_available.isoformat()} 起可再次使用。"
        )
    if state.period == "occasion":
        return f"“{service_name}”每次住院限{state.limit}次，本次住院已于 {last} 安排过。"
    return f"“{service_name}”本服务有效期内限{state.limit}次，已用完（最近一次 {last}）。"


def find_quota(
    quotas: Iterable[QuotaRule], family: str, item: str | None, family_items: Iterable[str] = ()
) -> QuotaRule | None:
    """The quota of a request: the item's own, else the family's, else the family's only item's."""
    by_code = {q.code: q for q in quotas}
    if item and item in by_code:
        return by_code[item]
    if family in by_code:
        return by_code[family]
    items = list(family_items)
    if item is None and len(items) == 1:
        return by_code.get(items[0])
    return None
