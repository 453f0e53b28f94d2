"""Tables of sign-in and the audit chain: the chain head (lock and anchor) and security settings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from vipdesk.db.models import Base, utcnow

GENESIS = "0" * 64


class AuditChainHead(Base):
    """The one row (id 1) naming the newest audit record; appends lock it, so they queue."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), default=GENESIS)


class SecuritySetting(Base):
    """A number an administrator may change: idle-lock minutes, lockout failures and minutes."""

    __tablename__ = "security_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
