"""Tables of service use (服务使用记录) and tier history (等级变更记录)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from vipdesk.db.models import Base, Money, utcnow


class ServiceUse(Base):
    """One use of a service with a quota: booked by a case (counts until cancelled), delivered,
    or recorded at the desk; cancelling before delivery frees it."""

    __tablename__ = "service_uses"
    __table_args__ = (
        CheckConstraint("status IN ('booked', 'delivered', 'cancelled')", name="status"),
        Index("ix_service_uses_member_quota", "member_id", "quota_code"),
        Index("ix_service_uses_case_id", "case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    relative_id: Mapped[int | None] = mapped_column(ForeignKey("designated_relatives.id"))
    service_code: Mapped[str] = mapped_column(String(32))
    item_code: Mapped[str | None] = mapped_column(String(64))
    quota_code: Mapped[str] = mapped_column(String(64))
    used_on: Mapped[dt.date] = mapped_column(Date)
    occasion: Mapped[str | None] = mapped_column(String(64))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("service_cases.id"))
    status: Mapped[str] = mapped_column(String(16), default="booked")
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    cancelled_on: Mapped[dt.date | None] = mapped_column(Date)
    cancel_reason: Mapped[str | None] = mapped_column(String(256))


class TierChange(Base):
    """A change of a member's tier or VIP status: when, from what to what, the AFYP and why."""

    __tablename__ = "tier_changes"
    __table_args__ = (
        CheckConstraint(
            "reason IN ('import', 'recompute', 'reinstatement', 'suspension', 'lapse')",
            name="reason",
        ),
        Index("ix_tier_changes_member_id", "member_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    old_tier: Mapped[str | None] = mapped_column(String(16))
    new_tier: Mapped[str | None] = mapped_column(String(16))
    old_status: Mapped[str] = mapped_column(String(16))
    new_status: Mapped[str] = mapped_column(String(16))
    old_afyp: Mapped[Decimal] = mapped_column(Money)
    afyp: Mapped[Decimal] = mapped_column(Money)
    reason: Mapped[str] = mapped_column(String(16))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
