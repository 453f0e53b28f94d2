"""Care calendar date rules (关怀日历): birthdays, health checks, tiers at risk, upgrades, 回访.

Pure functions over dates and amounts; the service (vipdesk.services.care) feeds them rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from vipdesk.domain.quotas import add_years

KINDS = ("birthdays", "health_check", "tier_at_risk", "upgrade", "follow_up", "card_pickup")
KIND_NAMES = {
    "birthdays": "生日问候",
    "health_check": "体检可再次预约",
    "tier_at_risk": "离网预警（等级将下降）",
    "upgrade": "升级潜力客户",
    "follow_up": "结案回访",
    "card_pickup": "补发卡待领取",
}
FOLLOW_UP_DAYS = 3  # 回访: three days after the case was resolved
UPGRADE_MARGIN = Decimal("0.10")  # within 10 % below the next tier's threshold
DEFAULT_DAYS = 14


def window(start: dt.date, days: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a window of `days` days starting on `start` (days ≥ 1)."""
    if days < 1:
        raise ValueError("days must be at least 1")
    return start, start + dt.timedelta(days=days - 1)


def birthday_in_year(born: dt.date, year: int) -> dt.date:
    """The birthday in `year`; a 29 February birthday is greeted on 28 February in common years
    (before the day rather than late)."""
    try:
        return born.replace(year=year)
    except ValueError:
        return dt.date(year, 2, 28)


def birthday_in(born: dt.date, start: dt.date, end: dt.date) -> dt.date | None:
    """The birthday falling in [start, end] (a window may cross New Year), else None."""
    for year in range(start.year, end.year + 1):
        day = birthday_in_year(born, year)
        if start <= day <= end and day > born:
            return day
    return None


def month_days(start: dt.date, end: dt.date) -> list[str]:
    """'MM-DD' of every day in [start, end] (29 Feb added when 28 Feb is in a common year)."""
    out: set[str] = set()
    day = start
    while day <= end and len(out) < 366:
        out.add(f"{day:%m-%d}")
        if day.month == 2 and day.day == 28:
            out.add("02-29")
        day += dt.timedelta(days=1)
    return sorted(out)


def health_check_due(
    last_used: dt.date, every_years: int, start: dt.date, end: dt.date
) -> dt.date | None:
    """The day a once-every-N-years health check is available again, when it is in the window."""
    day = add_years(last_used, every_years)
    return day if start <= day <= end else None


def follow_up_day(resolved_on: dt.date) -> dt.date:
    """The day of the follow-up call (回访) for a case resolved on `resolved_on`."""
    return resolved_on + dt.timedelta(days=FOLLOW_UP_DAYS)


def upgrade_gap(afyp: Decimal, next_min: Decimal) -> Decimal | None:
    """Premium missing when `afyp` is within 10 % below `next_min` (90 % counts), else None."""
    if next_min * (1 - UPGRADE_MARGIN) <= afyp < next_min:
        return next_min - afyp
    return None


def anniversary_in(effective: dt.date, start: dt.date, end: dt.date) -> dt.date | None:
    """The policy's next premium due day (its anniversary) inside [start, end], else None."""
    for year in range(start.year, end.year + 1):
        day = add_years(effective, year - effective.year)
        if start <= day <= end and day > effective:
            return day
    return None


@dataclass(frozen=True)
class HeldPolicy:
    """A policy as the at-risk rule sees it."""

    status: str
    annual_premium: Decimal
    effective_date: dt.date


@dataclass(frozen=True)
class Risk:
    """A member whose tier would drop at the next recompute: when, and the premium short."""

    due_on: dt.date
    short: Decimal
    reason: str  # "suspended" or "due"


def tier_risk(
    vip_status: str,
    tier_min: Decimal | None,
    policies: Iterable[HeldPolicy],
    start: dt.date,
    end: dt.date,
) -> Risk | None:
    """离网预警: a suspended member (held by suspended policies), or an active member whose
    in-force AFYP falls below the tier's floor if the policies due in the window go unpaid."""
    if tier_min is None:
        return None
    policies = list(policies)
    in_force = sum((p.annual_premium for p in policies if p.status == "in_force"), Decimal(0))
    if vip_status == "suspended":
        return Risk(start, max(tier_min - in_force, Decimal(0)), "suspended")
    if vip_status != "active":
        return None
    due = [
        (day, p.annual_premium)
        for p in policies
        if p.status == "in_force" and (day := anniversary_in(p.effective_date, start, end))
    ]
    remaining = in_force - sum((amount for _, amount in due), Decimal(0))
    if not due or remaining >= tier_min:
        return None
    return Risk(min(day for day, _ in due), tier_min - remaining, "due")
