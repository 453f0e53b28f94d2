"""Tier history (等级变更记录): every change of tier or VIP status, with its AFYP and reason.

Written set-based inside the tier recompute (import, recompute, reinstatement), read by the member
view, `vipdesk member --json` (`tier_history`) and the letter.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from vipdesk.db.usage_models import TierChange
from vipdesk.services.database import Actor
from vipdesk.services.member_views import REASON_NAMES as REASON_NAMES  # re-exported
from vipdesk.services.member_views import TierChangeView  # defined there: no SQLAlchemy

REASONS = ("import", "recompute", "reinstatement", "suspension", "lapse")


def record_tier_changes(session: Session, actor: Actor, on: dt.date, reason: str) -> int:
    """Record the tier and status changes in `tmp_tiers` (new values beside the `old_*` ones).

    A suspended member who becomes active again is a reinstatement, an active one who becomes
    suspended a suspension, one who loses every tier a lapse; anything else is `reason`.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown tier change reason {reason!r}")
    return session.execute(
        text(
            "INSERT INTO tier_changes (member_id, changed_on, old_tier, new_tier, old_status, "
            "new_status, old_afyp, afyp, reason, staff_id, at) "
            "SELECT t.member_id, :on, t.old_tier, t.tier, t.old_status, t.vip_status, "
            "t.old_afyp, t.afyp, "
            "CASE WHEN t.old_status = 'suspended' AND t.vip_status = 'active' "
            "THEN 'reinstatement' "
            "WHEN t.old_status = 'active' AND t.vip_status = 'suspended' THEN 'suspension' "
            "WHEN t.old_tier IS NOT NULL AND t.tier IS NULL THEN 'lapse' ELSE :reason END, "
            ":staff, :at FROM tmp_tiers t "
            "WHERE t.old_tier IS DISTINCT FROM t.tier OR t.old_status <> t.vip_status"
        ),
        {"on": on, "reason": reason, "staff": actor.id, "at": dt.datetime.now(dt.UTC)},
    ).rowcount  # type: ignore[attr-defined]


def tier_history(session: Session, member_id: int) -> tuple[TierChangeView, ...]:
    """The member's tier and VIP-status changes, newest first."""
    rows = session.scalars(
        select(TierChange)
        .where(TierChange.member_id == member_id)
        .order_by(TierChange.changed_on.desc(), TierChange.id.desc())
    ).all()
    return tuple(
        TierChangeView(
            r.changed_on,
            r.old_tier,
            r.new_tier,
            r.old_status,
            r.new_status,
            Decimal(r.old_afyp).quantize(Decimal("0.01")),
            Decimal(r.afyp).quantize(Decimal("0.01")),
            r.reason,
        )
        for r in rows
    )
