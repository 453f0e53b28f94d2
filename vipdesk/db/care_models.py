"""Tables of account managers (客户经理), care marks (关怀事项的完成/推迟) and case SLA clocks."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from vipdesk.db.models import Base, utcnow


class AccountManager(Base):
    """The staff member who looks after a member (at most one per member)."""

    __tablename__ = "member_account_managers"
    __table_args__ = (Index("ix_member_account_managers_staff_id", "staff_id"),)

    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    set_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    set_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CareMark(Base):
    """A care item ticked done (with a note) or snoozed until a day; `key` names the item."""

    __tablename__ = "care_marks"
    __table_args__ = (
        CheckConstraint("state IN ('done', 'snoozed')", name="state"),
        Index("ix_care_marks_member_id", "member_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(128), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    due_on: Mapped[dt.date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(16))
    snoozed_until: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CaseClock(Base):
    """A case's SLA clock beyond its first-response due time (service_cases.due_at)."""

    __tablename__ = "case_clocks"

    case_id: Mapped[int] = mapped_column(ForeignKey("service_cases.id"), primary_key=True)
    responded_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    resolution_due: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    resolution_started: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    paused_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    paused_seconds: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    response_breached: Mapped[bool] = mapped_column(default=False, server_default=false())
    resolution_breached: Mapped[bool] = mapped_column(default=False, server_default=false())
