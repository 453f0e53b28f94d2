"""Card reissue (补发) for a lost or damaged card, and card history with its causes.

Reissue blocks the old card at once (status `lost` or `damaged`) and issues a new number on the
same tier in the same transaction. The member row is locked first (PostgreSQL FOR NO KEY
UPDATE; SQLite writers are serialised by BEGIN IMMEDIATE), and the partial unique index
`uq_cards_one_current_per_member` keeps exactly one current card whatever the timing.

A suspended card (VIP status suspended) may be reissued, but the new card is `suspended` too: it
becomes active only when the tier recompute sees the member reinstated.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from vipdesk.db.models import Card, CardEvent, Member, StaffUser
from vipdesk.domain.cards import (
    InvalidCardNumber,
    format_card_number,
    luhn_digit,
    validate_card_number,
)
from vipdesk.domain.people import mask_id_number
from vipdesk.errors import KnownError, NotFound, Refused
from vipdesk.services.database import ROW_LOCK, Actor, Database, audit
from vipdesk.services.members import CURRENT_CARD_WHERE
from vipdesk.services.permissions import require
from vipdesk.services.tiers import issue_cards

REISSUE_REASONS = {"lost": "挂失", "damaged": "损坏"}
REPEAT_WINDOW = dt.timedelta(minutes=10)  # a reissue by ID number this soon after one: duplicate
CAUSE_NAMES = {
    "issued": "发卡",
    "tier_change": "等级变更",
    "tier_lost": "失去贵宾资格",
    "suspension": "保单中止",
    "reinstatement": "保单复效",
    "reissue": "补发",
    "lost": "挂失",
    "damaged": "损坏",
}
STATUS_NAMES = {
    "active": "有效",
    "suspended": "暂停",
    "lost": "已挂失",
    "damaged": "已损坏",
    "replaced": "已换卡",
    "revoked": "已注销",
}


@dataclass(frozen=True)
class CardState:
    """A card's number, status and tier at one moment."""

    number: str
    status: str
    tier: str

    def to_json(self) -> dict[str, str]:
        """Plain JSON."""
        return {"number": self.number, "status": self.status, "tier": self.tier}


@dataclass(frozen=True)
class ReissueResult:
    """What a reissue did: the old card blocked, the new one issued; enough for the receipt."""

    member_id: int
    member_name: str
    id_number_masked: str
    reason: str
    on: dt.date
    old: CardState
    new: CardState
    staff_name: str
    at: dt.datetime = field(default_factory=dt.datetime.now)  # when it was done (desk time)

    @property
    def reference(self) -> str:
        """The receipt's reference number: BK, date, new card serial, check digit."""
        body = f"{self.on:%Y%m%d}{self.new.number[4:15]}"
        return f"BK{body}{luhn_digit(body)}"

    def to_json(self) -> dict[str, Any]:
        """The JSON contract of `vipdesk card reissue --json`."""
        return {
            "old": {"number": self.old.number, "status": self.old.status},
            "new": self.new.to_json(),
        }


@dataclass(frozen=True)
class CardHistoryEntry:
    """One status change of a card, with its cause and the staff member who made it."""

    at: dt.datetime
    card_number: str
    tier: str
    status_from: str | None
    status_to: str
    cause: str
    staff_name: str | None

    def to_json(self) -> dict[str, Any]:
        """Plain JSON."""
        return {
            "at": self.at.isoformat(),
            "card_number": self.card_number,
            "tier": self.tier,
            "status_from": self.status_from,
            "status_to": self.status_to,
            "cause": self.cause,
            "staff": self.staff_name,
        }


def check_card_number(text: str) -> str:
    """The normalised card number; KnownError with a plain message when mistyped."""
    try:
        return validate_card_number(text)
    except InvalidCardNumber as exc:
        raise KnownError(str(exc)) from None


def current_card_of(db: Database, member_id: int) -> CardState | None:
    """The member's current (active or suspended) card, or None."""
    with db.read() as session:
        card = session.scalars(
            select(Card).where(Card.member_id == member_id, CURRENT_CARD_WHERE)
        ).first()
        return None if card is None else CardState(card.number, card.status, card.tier)


def reissue_card(
    db: Database,
    actor: Actor,
    member_id: int,
    reason: str,
    on: dt.date | None = None,
    expected_number: str | None = None,
) -> ReissueResult:
    """Block the member's current card as lost/damaged and issue a new one on the same tier.

    `expected_number` is the card the clerk is looking at: if another desk has reissued it in the
    meantime, the request is refused (`card_not_current`) instead of blocking the new card too.
    """
    require(actor, "card.reissue", db)
    if reason not in REISSUE_REASONS:
        raise KnownError("补发原因只能是挂失（lost）或损坏（damaged）")
    if expected_number is not None:
        expected_number = check_card_number(expected_number)
    on = on or dt.date.today()
    with db.write() as session:
        member = session.scalars(
            select(Member).where(Member.id == member_id).with_for_update(**ROW_LOCK)
        ).first()
        if member is None:
            raise NotFound("客户不存在")
        if session.get_bind().dialect.name == "postgresql":
            # the lock issue_cards takes for the card serial, taken before touching any card:
            # two desks must not each hold a card row and wait for the other's table lock
            session.execute(text("LOCK TABLE cards IN SHARE ROW EXCLUSIVE MODE"))
        card = session.scalars(
            select(Card)
            .where(Card.member_id == member_id, CURRENT_CARD_WHERE)
            .with_for_update(**ROW_LOCK)
        ).first()
        if card is None:
            raise Refused("no_card", "该客户目前没有有效的贵宾卡，无需补发")
        if expected_number is None:  # by ID number: the other desk's reissue must be seen
            _refuse_repeat(session, card)
        if expected_number is not None and card.number != expected_number:
            raise Refused(
                "card_not_current",
                "这张卡已不是客户当前的卡（可能其他柜台刚刚办理了补发），请刷新后再试",
            )
        old_status = card.status
        card.status, card.closed_on = reason, on
        session.add(
            CardEvent(
                card_id=card.id,
                member_id=member_id,
                status_from=old_status,
                status_to=reason,
                cause=reason,
                staff_id=actor.id,
            )
        )
        try:
            session.flush()
            (number,) = issue_cards(
                session, actor, on, [(member_id, card.tier, old_status, "reissue")]
            )
        except IntegrityError as exc:
            raise Refused(
                "card_not_current", "其他柜台刚刚处理了这位客户的卡，请刷新后再试"
            ) from exc
        result = ReissueResult(
            member_id=member_id,
            member_name=member.name,
            id_number_masked=mask_id_number(member.id_number),
            reason=reason,
            on=on,
            old=CardState(card.number, reason, card.tier),
            new=CardState(number, old_status, card.tier),
            staff_name=actor.display_name,
            at=dt.datetime.combine(on, dt.datetime.now().time().replace(microsecond=0)),
        )
        audit(
            session,
            actor,
            "card.reissue",
            "card",
            number,
            member_id,
            {"number": card.number, "status": old_status, "tier": card.tier},
            {"reason": reason, **result.to_json()},
        )
        return result


def _refuse_repeat(session: Any, card: Card) -> None:
    """Refuse `already_reissued` when the current card was itself reissued moments ago."""
    at = session.scalar(
        select(CardEvent.at)
        .where(CardEvent.card_id == card.id, CardEvent.cause == "reissue")
        .order_by(CardEvent.at.desc())
        .limit(1)
    )
    if at is None:
        return
    at = at if at.tzinfo else at.replace(tzinfo=dt.UTC)
    if dt.datetime.now(dt.UTC) - at < REPEAT_WINDOW:
        raise Refused(
            "already_reissued",
            f"这位客户的卡刚刚已补发（{at.astimezone():%Y-%m-%d %H:%M}），"
            f"新卡号 {format_card_number(card.number)}。如确需再次补发，请按新卡号办理。",
        )


def card_history(db: Database, member_id: int, *, actor: Actor) -> list[CardHistoryEntry]:
    """Every status change of every card of the member, newest first."""
    require(actor, "member.view", db)
    with db.read() as session:
        if session.get(Member, member_id) is None:
            raise NotFound("客户不存在")
        rows = session.execute(
            select(CardEvent, Card.number, Card.tier, StaffUser.display_name)
            .join(Card, Card.id == CardEvent.card_id)
            .outerjoin(StaffUser, StaffUser.id == CardEvent.staff_id)
            .where(CardEvent.member_id == member_id)
            .order_by(CardEvent.at.desc(), CardEvent.id.desc())
        ).tuples()
        return [
            CardHistoryEntry(e.at, n, t, e.status_from, e.status_to, e.cause, s)
            for e, n, t, s in rows
        ]
