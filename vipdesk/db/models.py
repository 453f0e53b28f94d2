"""SQLAlchemy 2.0 typed models: members, policies, cards, relatives, cases, staff, audit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    false,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.sql.base import _DialectArgDict, _DialectArgView
from sqlalchemy.util import PopulateDict, memoized_property

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
Money = Numeric(14, 2)
CURRENT_CARD = "status IN ('active', 'suspended')"
PARTIAL_DIALECTS = ("sqlite", "postgresql")


class PartialIndex(Index):
    """An index over the rows matching `where`, on SQLite and PostgreSQL alike.

    The same as `Index(..., sqlite_where=text(where), postgresql_where=text(where))`, except that
    the dialect options are filled in when a dialect asks for them: SQLAlchemy validates dialect
    keywords by importing that dialect, and its PostgreSQL package (asyncpg, pg8000 included)
    cost every SQLite desk and command ~66 ms at import of these models.
    """

    def __init__(self, name: str, *columns: Any, where: str, **kw: Any) -> None:
        self.where = where
        super().__init__(name, *columns, **kw)

    def _options_for(self, dialect_name: str) -> _DialectArgDict:
        found = self._kw_reg_for_dialect_cls(dialect_name)
        if dialect_name in PARTIAL_DIALECTS:
            found["where"] = text(self.where)
        return found

    @memoized_property
    def dialect_options(self) -> PopulateDict[str, _DialectArgDict]:
        """As Index's, with `where` for SQLite and PostgreSQL (filled in when first asked)."""
        return PopulateDict(self._options_for)

    @property
    def dialect_kwargs(self) -> _DialectArgView:
        """As Index's: every option, `sqlite_where` and `postgresql_where` included (Alembic)."""
        for name in PARTIAL_DIALECTS:
            self.dialect_options[name]  # noqa: B018  (filled in, so the view lists it)
        return super().dialect_kwargs


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class (for executemany updates without the ORM)."""
    return cast(Table, model.__table__)


def utcnow() -> dt.datetime:
    """Timezone-aware current time in UTC."""
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    """Declarative base with a constraint naming convention (stable migrations)."""

    metadata = MetaData(naming_convention=NAMING)


class StaffUser(Base):
    """A desk staff member: clerk, supervisor or admin."""

    __tablename__ = "staff_users"
    __table_args__ = (CheckConstraint("role IN ('clerk', 'supervisor', 'admin')", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16), default="clerk")
    branch_code: Mapped[str] = mapped_column(String(16), default="0000")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # sign-in (migration 0004): no hash = cannot sign in until an administrator resets it
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True, server_default=true())
    must_change_password: Mapped[bool] = mapped_column(default=False, server_default=false())
    failed_count: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_sign_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class Member(Base):
    """An insured person (被保险人) and their current tier and VIP status."""

    __tablename__ = "members"
    __table_args__ = (
        CheckConstraint("vip_status IN ('active', 'suspended', 'none')", name="vip_status"),
        Index("ix_members_name_pinyin", "name_pinyin"),
        Index("ix_members_name_initials", "name_initials"),
        Index("ix_members_name", "name"),
        Index("ix_members_given_name", "given_name"),
        Index("ix_members_id_reversed", "id_reversed"),
        Index("ix_members_phone", "phone"),
        Index("ix_members_tier", "tier"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    id_reversed: Mapped[str] = mapped_column(String(18))
    name: Mapped[str] = mapped_column(String(64))
    given_name: Mapped[str] = mapped_column(String(64))
    name_pinyin: Mapped[str] = mapped_column(String(384))  # 64 characters x 6 letters
    name_initials: Mapped[str] = mapped_column(String(64))
    birth_date: Mapped[dt.date] = mapped_column(Date)
    gender: Mapped[str] = mapped_column(String(1))
    phone: Mapped[str | None] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(String(256), default="")
    tier: Mapped[str | None] = mapped_column(String(16))
    vip_status: Mapped[str] = mapped_column(String(16), default="none")
    afyp: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    policies: Mapped[list[Policy]] = relationship(back_populates="member")


class MemberNameChar(Base):
    """One character of a member's name, for finding names by any 1–2 character part."""

    __tablename__ = "member_name_chars"

    ch: Mapped[str] = mapped_column(String(4), primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True
    )


class Policy(Base):
    """A policy on which the member is the insured."""

    __tablename__ = "policies"
    __table_args__ = (
        CheckConstraint("channel IN ('agency', 'direct', 'bancassurance')", name="channel"),
        CheckConstraint(
            "status IN ('in_force', 'suspended', 'lapsed', 'terminated', 'expired')",
            name="status",
        ),
        CheckConstraint("annual_premium >= 0", name="premium"),
        Index("ix_policies_member_id", "member_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_no: Mapped[str] = mapped_column(String(32), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    product: Mapped[str] = mapped_column(String(128))
    channel: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    effective_date: Mapped[dt.date] = mapped_column(Date)
    annual_premium: Mapped[Decimal] = mapped_column(Money)
    reinstated_date: Mapped[dt.date | None] = mapped_column(Date)

    member: Mapped[Member] = relationship(back_populates="policies")


class Card(Base):
    """A VIP card. At most one current (active or suspended) card per member."""

    __tablename__ = "cards"
    __table_args__ = (
        CheckConstraint(
            "status IN ('active', 'suspended', 'lost', 'damaged', 'replaced', 'revoked')",
            name="status",
        ),
        PartialIndex(
            "uq_cards_one_current_per_member", "member_id", unique=True, where=CURRENT_CARD
        ),
        Index("ix_cards_issued_on", "issued_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    tier: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)


class CardEvent(Base):
    """A change in a card's life: issued, suspended, reinstated, lost, revoked …"""

    __tablename__ = "card_events"
    __table_args__ = (Index("ix_card_events_member_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    status_from: Mapped[str | None] = mapped_column(String(16))
    status_to: Mapped[str] = mapped_column(String(16))
    cause: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))


class DesignatedRelative(Base):
    """A relative (指定亲属) designated by a member, in the VIP or 都会康悦 program.

    `slot` (1..limit) is unique per member/program (VIP: among active ones) or per policy
    (康悦: for life), so the database itself refuses a third relative.
    """

    __tablename__ = "designated_relatives"
    __table_args__ = (
        CheckConstraint("program IN ('vip', 'kangyue')", name="program"),
        CheckConstraint("relation IN ('spouse', 'parent', 'child')", name="relation"),
        CheckConstraint("status IN ('active', 'removed')", name="status"),
        CheckConstraint("slot BETWEEN 1 AND 2", name="slot"),
        PartialIndex(
            "uq_relatives_vip_slot",
            "member_id",
            "slot",
            unique=True,
            where="program = 'vip' AND status = 'active'",
        ),
        PartialIndex(
            "uq_relatives_kangyue_slot",
            "policy_id",
            "slot",
            unique=True,
            where="program = 'kangyue'",
        ),
        Index("ix_designated_relatives_member_id", "member_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    program: Mapped[str] = mapped_column(String(16))
    policy_id: Mapped[int | None] = mapped_column(ForeignKey("policies.id"))
    slot: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(64))
    id_number: Mapped[str] = mapped_column(String(18))
    relation: Mapped[str] = mapped_column(String(16))
    birth_date: Mapped[dt.date] = mapped_column(Date)
    gender: Mapped[str] = mapped_column(String(1))
    designated_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="active")
    removed_on: Mapped[dt.date | None] = mapped_column(Date)
    removed_reason: Mapped[str | None] = mapped_column(String(256))


class ServiceCase(Base):
    """A service case: rescue/service request, complaint, enquiry or card reissue."""

    __tablename__ = "service_cases"
    __table_args__ = (
        CheckConstraint(
            "case_type IN ('rescue', 'complaint', 'enquiry', 'card_reissue')", name="case_type"
        ),
        CheckConstraint(
            "status IN ('new', 'in_progress', 'waiting_customer', 'resolved', 'closed')",
            name="status",
        ),
        Index("ix_service_cases_status_due", "status", "due_at"),
        Index("ix_service_cases_member_id", "member_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_no: Mapped[str] = mapped_column(String(32), unique=True)
    case_type: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(20), default="new")
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    relative_id: Mapped[int | None] = mapped_column(ForeignKey("designated_relatives.id"))
    service_code: Mapped[str | None] = mapped_column(String(32))
    item_code: Mapped[str | None] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str | None] = mapped_column(String(256))
    distance_km: Mapped[float | None] = mapped_column()
    trip_day: Mapped[int | None] = mapped_column()
    eligible: Mapped[bool | None] = mapped_column()
    reasons: Mapped[str] = mapped_column(Text, default="[]")
    override_reason: Mapped[str | None] = mapped_column(Text)
    callback_phone: Mapped[str | None] = mapped_column(String(20))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    due_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    linked_card_id: Mapped[int | None] = mapped_column(ForeignKey("cards.id"))


class CaseNote(Base):
    """A timestamped note or follow-up on a case."""

    __tablename__ = "case_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("service_cases.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    kind: Mapped[str] = mapped_column(String(16), default="note")
    text: Mapped[str] = mapped_column(Text)


class CaseSequence(Base):
    """Last case sequence number used per branch and day (case numbers unique across desks)."""

    __tablename__ = "case_sequences"

    branch_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class AuditRecord(Base):
    """Append-only audit log: who did what, when, with before and after (JSON)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_member_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # None only for a failed sign-in with a username that does not exist
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    # the hash chain (migration 0004): position, previous record's hash, this record's hash
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


# the models of later features live in their own modules; importing them registers their tables
from vipdesk.db import auth_models, care_models, import_models, usage_models  # noqa: E402,F401
