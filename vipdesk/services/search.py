"""Member search: name (whole or part), pinyin (full or initials), ID, phone, policy, card.

Every kind of match is an indexed lookup; kinds are ranked (exact before prefix before part)
and each kind is limited before the union, so a page costs the same on 1,000 or 1,000,000 rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    func,
    intersect,
    literal,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from vipdesk.db.models import Card, Member, MemberNameChar, Policy
from vipdesk.domain.cards import looks_like_card_number
from vipdesk.domain.people import mask_id_number, mask_phone, normalise, upgrade_15

CJK = re.compile(r"^[\u3400-\u9fff\u00b7]+$")


@dataclass(frozen=True)
class MemberSummary:
    """One search result: never the full ID number."""

    id: int
    name: str
    id_number_masked: str
    phone_masked: str
    tier: str | None
    vip_status: str
    afyp: Decimal
    card_number: str | None
    card_status: str | None

    def to_json(self) -> dict[str, object]:
        """JSON form for `vipdesk search --json`."""
        return {
            "name": self.name,
            "id_number_masked": self.id_number_masked,
            "phone_masked": self.phone_masked,
            "tier": self.tier,
            "vip_status": self.vip_status,
            "afyp": float(self.afyp),
            "card_number": self.card_number,
            "card_status": self.card_status,
        }


def _prefix(column: ColumnElement[str], prefix: str) -> ColumnElement[bool]:
    """Index-friendly prefix test: a range on the column (any collation), plus LIKE to be exact."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return and_(column >= prefix, column < upper, column.like(escaped + "%", escape="\\"))


def _kinds(query: str) -> list[tuple[int, Select[tuple[int]], ColumnElement[str] | None]]:
    """(rank, select of member ids, sort column) for each way the query can match."""
    kinds: list[tuple[int, Select[tuple[int]], ColumnElement[str] | None]] = []
    ids = select(Member.id)
    if CJK.match(query):
        kinds.append((0, ids.where(Member.name == query), None))
        kinds.append((1, ids.where(_prefix(Member.name, query), Member.name != query), Member.name))
        kinds.append((2, ids.where(_prefix(Member.given_name, query)), Member.given_name))
        if len(query) <= 4:
            parts = [
                select(MemberNameChar.member_id).where(MemberNameChar.ch == ch)
                for ch in dict.fromkeys(query)
            ]
            matching = intersect(*parts) if len(parts) > 1 else parts[0]
            sub = matching.subquery()
            kinds.append(
                (
                    3,
                    select(Member.id).where(
                        Member.id.in_(select(sub.c[0])),
                        Member.name.contains(query, autoescape=True),
                    ),
                    None,
                )
            )
        return kinds
    if re.fullmatch(r"[a-z]+", query.lower()):
        q = query.lower()
        kinds.append((0, ids.where(Member.name_pinyin == q), None))
        kinds.append((0, ids.where(Member.name_initials == q), None))
        kinds.append(
            (
                1,
                ids.where(_prefix(Member.name_pinyin, q), Member.name_pinyin != q),
                Member.name_pinyin,
            )
        )
        if len(q) >= 2:
            kinds.append(
                (
                    2,
                    ids.where(_prefix(Member.name_initials, q), Member.name_initials != q),
                    Member.name_initials,
                )
            )
        return kinds
    q = query.upper()
    if re.fullmatch(r"\d{17}[\dX]", q) or re.fullmatch(r"\d{15}", q):
        number = upgrade_15(q) if len(q) == 15 else q
        kinds.append((0, ids.where(Member.id_number == number), None))
    if re.fullmatch(r"1\d{10}", q):
        kinds.append((0, ids.where(Member.phone == q), None))
    if looks_like_card_number(q):
        kinds.append((0, select(Card.member_id).where(Card.number == q), None))
    if re.fullmatch(r"[0-9A-Z\-]{4,32}", q):
        kinds.append((0, select(Policy.member_id).where(Policy.policy_no == q), None))
    if re.fullmatch(r"\d{3,5}[\dX]", q):
        kinds.append((1, ids.where(_prefix(Member.id_reversed, q[::-1])), Member.id_reversed))
    return kinds


def search_ids(session: Session, text: str, limit: int = 50, offset: int = 0) -> list[int]:
    """Member ids matching `text`, best matches first."""
    query = normalise(text).replace("·", "")
    if not query:
        return []
    kinds = _kinds(query)
    if not kinds:
        return []
    window = limit + offset
    parts = []
    for rank, stmt, sort in kinds:
        key = sort if sort is not None else literal("")
        col = stmt.selected_columns[0]
        order = [key, col] if sort is not None else [col]
        parts.append(
            stmt.add_columns(literal(rank).label("rank"), key.label("k"))
            .order_by(*order)
            .limit(window)
        )
    union = union_all(*[select(p.subquery()) for p in parts]).subquery()
    mid = union.c[0]
    best = (
        select(mid.label("mid"), func.min(union.c.rank).label("r"), func.min(union.c.k).label("k"))
        .group_by(mid)
        .order_by("r", "k", "mid")
        .limit(limit)
        .offset(offset)
    )
    return [row.mid for row in session.execute(best)]


def summaries(session: Session, member_ids: list[int]) -> list[MemberSummary]:
    """Summaries of these members, in the given order."""
    if not member_ids:
        return []
    rows = session.execute(
        select(
            Member.id,
            Member.name,
            Member.id_number,
            Member.phone,
            Member.tier,
            Member.vip_status,
            Member.afyp,
            Card.number,
            Card.status,
        )
        .outerjoin(
            Card, and_(Card.member_id == Member.id, Card.status.in_(("active", "suspended")))
        )
        .where(Member.id.in_(member_ids))
    ).all()
    by_id = {
        r[0]: MemberSummary(
            r[0],
            r[1],
            mask_id_number(r[2]),
            mask_phone(r[3]),
            r[4],
            r[5],
            Decimal(r[6]).quantize(Decimal("0.01")),
            r[7],
            r[8],
        )
        for r in rows
    }
    return [by_id[i] for i in member_ids if i in by_id]


def search_members(
    session: Session, text: str, limit: int = 50, offset: int = 0
) -> list[MemberSummary]:
    """Member summaries matching `text`, best matches first."""
    return summaries(session, search_ids(session, text, limit, offset))
