"""Eligibility checks: gather the facts of a member (or relative) and a request, then decide."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipdesk.db.models import DesignatedRelative, Member, Policy
from vipdesk.domain.catalog import CatalogBook
from vipdesk.domain.people import normalise
from vipdesk.domain.quotas import Use
from vipdesk.errors import NotFound
from vipdesk.rules import RuleBook
from vipdesk.services import usage
from vipdesk.services.check_flow import DesignationRow, MemberRow, check_with
from vipdesk.services.check_parts import (  # noqa: F401  (re-exported: callers import them here)
    EligibilityCheck,
    place_facts,
    resolve_service,
)
from vipdesk.services.members import find_member_id


class _OrmReads:
    """The check's reads through the ORM session (`check_flow.CheckReads`)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def member(self, member_id: int) -> MemberRow | None:
        """The member, or None when there is no such row."""
        m = self.session.get(Member, member_id)
        return None if m is None else MemberRow(m.id, m.name, m.id_number, m.birth_date, m.address)

    def designations(self, member_id: int, id_number: str) -> list[DesignationRow]:
        """The member's active designations of the person with this ID number, by row id."""
        rows = self.session.scalars(
            select(DesignatedRelative)
            .where(
                DesignatedRelative.member_id == member_id,
                DesignatedRelative.id_number == id_number,
                DesignatedRelative.status == "active",
            )
            .order_by(DesignatedRelative.id)
        ).all()
        return [
            DesignationRow(r.id, r.name, r.birth_date, r.program, r.designated_on, r.policy_id)
            for r in rows
        ]

    def name_with_id_number(self, id_number: str) -> str | None:
        """The name of the member with this ID number, if any."""
        return self.session.scalar(select(Member.name).where(Member.id_number == id_number))

    def policies(self, member_id: int) -> Sequence[Policy]:
        """The member's policies."""
        return self.session.scalars(select(Policy).where(Policy.member_id == member_id)).all()

    def uses(self, member_id: int, quota_code: str) -> list[Use]:
        """The member's counting uses of a quota."""
        return usage.counting_uses(self.session, member_id, quota_code)


def relative_id_number(session: Session, member_id: int, relative_id: int) -> str:
    """The ID number of one of the member's designated relatives (for a check by row id)."""
    number = session.scalar(
        select(DesignatedRelative.id_number).where(
            DesignatedRelative.id == relative_id, DesignatedRelative.member_id == member_id
        )
    )
    if number is None:
        raise NotFound("该客户没有这位指定亲属")
    return number


def check_in_session(
    session: Session,
    book: RuleBook,
    catalogs: CatalogBook,
    member_id: int,
    service: str,
    person_id: str | None = None,
    location: str | None = None,
    departed: dt.date | None = None,
    on: dt.date | None = None,
    online: Any = None,
    occasion: str | None = None,
) -> EligibilityCheck:
    """Decide a request of the member (or relative named by ID number) inside a session."""
    return check_with(
        _OrmReads(session),
        book,
        catalogs,
        member_id,
        service,
        person_id,
        location,
        departed,
        on,
        online,
        occasion,
    )


def check_eligibility(
    db: Any,
    book: RuleBook,
    catalogs: CatalogBook,
    ref: str | int,
    service: str,
    person_id: str | None = None,
    location: str | None = None,
    departed: dt.date | None = None,
    on: dt.date | None = None,
    online: Any = None,
    occasion: str | None = None,
    *,
    actor: Any,
) -> EligibilityCheck:
    """Decide a request of a member named by REF (ID, card or policy number) or by row id."""
    from vipdesk.services.permissions import require

    require(actor, "member.view", db)
    with db.read() as session:
        member_id = ref if isinstance(ref, int) else find_member_id(session, normalise(ref))
        return check_in_session(
            session,
            book,
            catalogs,
            member_id,
            service,
            person_id,
            location,
            departed,
            on,
            online,
            occasion,
        )


@dataclass(frozen=True)
class Caller:
    """Someone who may be calling: a member, or a designated relative of one (masked)."""

    member_id: int
    relative_id: int | None
    name: str
    id_number_masked: str
    member_name: str
    tier: str | None
    vip_status: str
    relation: str | None = None
    program: str | None = None


def find_callers(session: Session, text: str, limit: int = 20, *, actor: Any) -> list[Caller]:
    """Members matching `text` (as the desk's search) and designated relatives by name or ID."""
    from vipdesk.domain.people import mask_id_number
    from vipdesk.services.search import search_members

    found = [
        Caller(m.id, None, m.name, m.id_number_masked, m.name, m.tier, m.vip_status)
        for m in search_members(session, text, limit, actor=actor)
    ]
    query = normalise(text)
    if not query:
        return found
    rows = session.execute(
        select(DesignatedRelative, Member.name, Member.tier, Member.vip_status)
        .join(Member, Member.id == DesignatedRelative.member_id)
        .where(
            DesignatedRelative.status == "active",
            (DesignatedRelative.name == query) | (DesignatedRelative.id_number == query),
        )
        .order_by(DesignatedRelative.id)
        .limit(limit)
    ).tuples()
    found += [
        Caller(
            r.member_id,
            r.id,
            r.name,
            mask_id_number(r.id_number),
            name,
            tier,
            status,
            r.relation,
            r.program,
        )
        for r, name, tier, status in rows
    ]
    return found


def verify_identity(session: Session, member_id: int, relative_id: int | None, answer: str) -> bool:
    """True when `answer` is the caller's full ID number or its last four characters."""
    if relative_id is None:
        number = session.scalar(select(Member.id_number).where(Member.id == member_id))
    else:
        number = relative_id_number(session, member_id, relative_id)
    given = normalise(answer)
    if not number or len(given) < 4:
        return False
    return given == number or (len(given) == 4 and number.endswith(given))


def caller_id_number(session: Session, caller: Caller) -> str | None:
    """The relative's ID number for a check (None for the member themself)."""
    if caller.relative_id is None:
        return None
    return relative_id_number(session, caller.member_id, caller.relative_id)
