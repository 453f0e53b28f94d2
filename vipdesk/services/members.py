"""Reading members: find by reference, full detail for the member view and `vipdesk member`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from vipdesk.db.models import CURRENT_CARD, Card, CardEvent, DesignatedRelative, Member, Policy
from vipdesk.domain.cards import looks_like_card_number, validate_card_number
from vipdesk.domain.people import InvalidIdNumber, age_on, mask_id_number, normalise
from vipdesk.domain.people import parse_id_number as parse_id
from vipdesk.errors import NotFound, Refused
from vipdesk.rules import RuleBook
from vipdesk.services.database import Actor, Database, audit
from vipdesk.services.history import history_in
from vipdesk.services.member_views import (
    CENT,
    CardEventView,
    CardView,
    MemberDetail,
    MemberRecord,
    PolicyView,
    RelativeView,
    assemble_detail,
    shown_ref,
)
from vipdesk.services.permissions import require
from vipdesk.services.tier_history import tier_history
from vipdesk.services.usage import member_usage


def find_member_id(session: Session, ref: str) -> int:
    """The member named by an ID number, card number or policy number; NotFound otherwise."""
    text = normalise(ref)
    if looks_like_card_number(text):
        number = validate_card_number(text)
        found = session.scalar(select(Card.member_id).where(Card.number == number))
        if found is None:
            raise NotFound(f"没有卡号为 {number} 的贵宾卡")
        return found
    try:
        id_number = parse_id(text).number
    except InvalidIdNumber:
        id_number = None
    if id_number:
        found = session.scalar(select(Member.id).where(Member.id_number == id_number))
        if found is not None:
            return found
    found = session.scalar(select(Policy.member_id).where(Policy.policy_no == text))
    if found is not None:
        return found
    raise NotFound(f"找不到客户：{shown_ref(text, id_number)}")


# The partial index's own condition, as a literal: a bound status list (IN (?, ?)) keeps SQLite
# from matching the partial index uq_cards_one_current_per_member, and it scans every card.
CURRENT_CARD_WHERE = text(f"cards.{CURRENT_CARD}")


def current_card(session: Session, member_id: int) -> Card | None:
    """The member's current (active or suspended) card."""
    return session.scalars(
        select(Card).where(Card.member_id == member_id, CURRENT_CARD_WHERE)
    ).first()


def _card(card: Card | None) -> CardView | None:
    if card is None:
        return None
    return CardView(card.number, card.tier, card.status, card.issued_on, card.closed_on)


def relatives_of(
    session: Session, member_id: int, on: dt.date, active_only: bool = True
) -> tuple[RelativeView, ...]:
    """The member's designated relatives (active ones by default)."""
    query = (
        select(DesignatedRelative, Policy.policy_no)
        .outerjoin(Policy, Policy.id == DesignatedRelative.policy_id)
        .where(DesignatedRelative.member_id == member_id)
        .order_by(DesignatedRelative.program, DesignatedRelative.slot, DesignatedRelative.id)
    )
    if active_only:
        query = query.where(DesignatedRelative.status == "active")
    return tuple(
        RelativeView(
            r.id,
            r.name,
            r.relation,
            r.program,
            age_on(r.birth_date, on),
            r.status,
            r.designated_on,
            mask_id_number(r.id_number),
            policy_no,
        )
        for r, policy_no in session.execute(query).tuples()
    )


def card_history(session: Session, member_id: int) -> tuple[CardEventView, ...]:
    """Every status change of every card of the member, newest first."""
    rows = session.execute(
        select(CardEvent, Card.number)
        .join(Card, Card.id == CardEvent.card_id)
        .where(CardEvent.member_id == member_id)
        .order_by(CardEvent.at.desc(), CardEvent.id.desc())
    ).tuples()
    return tuple(CardEventView(e.at, n, e.status_from, e.status_to, e.cause) for e, n in rows)


def member_detail(
    session: Session,
    book: RuleBook,
    member_id: int,
    on: dt.date,
    *,
    actor: Actor,
    for_letter: bool = False,
) -> MemberDetail:
    """The member's detail on `on`, with the tier recomputed from the policies as of the rules.

    `actor` must hold `member.view` (ID number and phone stay masked in the detail).
    `for_letter`: only what a letter shows (no card history, service history, tier history or
    account manager: four reads fewer per letter in a batch).
    """
    require(actor, "member.view", session)
    member = session.get(Member, member_id)
    if member is None:
        raise NotFound("客户不存在")
    rules = book.on(on)
    policies = session.scalars(
        select(Policy).where(Policy.member_id == member_id).order_by(Policy.effective_date)
    ).all()
    record = MemberRecord(
        member.id,
        member.name,
        member.id_number,
        member.phone,
        member.gender,
        member.birth_date,
        member.address,
    )
    return assemble_detail(
        record,
        [
            PolicyView(
                p.policy_no,
                p.product,
                p.channel,
                p.status,
                p.effective_date,
                Decimal(p.annual_premium).quantize(CENT),
                p.reinstated_date,
            )
            for p in policies
        ],
        rules,
        on,
        lambda tier: member_usage(session, rules, member_id, tier, on),
        card=_card(current_card(session, member_id)),
        relatives=relatives_of(session, member_id, on),
        card_history=() if for_letter else card_history(session, member_id),
        history=() if for_letter else tuple(history_in(session, member_id)),
        tier_history=() if for_letter else tier_history(session, member_id),
        account_manager=None if for_letter else _manager_name(session, member_id),
    )


def _manager_name(session: Session, member_id: int) -> str | None:
    from vipdesk.services.account_managers import manager_of

    found = manager_of(session, member_id)
    return found[1] if found else None


def reveal_id_number(db: Database, actor: Actor, member_id: int, purpose: str) -> str:
    """The member's full ID number for a stated purpose; the reveal (with it) is audited."""
    require(actor, "member.reveal_id", db)
    purpose = (purpose or "").strip()
    if len(purpose) < 2:
        raise Refused("purpose_required", "请说明查看完整证件号码的用途。")
    with db.write() as session:
        member = session.get(Member, member_id)
        if member is None:
            raise NotFound("客户不存在")
        audit(
            session,
            actor,
            "member.reveal_id",
            "member",
            member_id,
            member_id,
            None,
            {"purpose": purpose},
        )
        return member.id_number


def member_count(session: Session) -> int:
    """How many members the database holds."""
    return session.scalar(select(func.count()).select_from(Member)) or 0
