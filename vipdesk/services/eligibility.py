"""Eligibility checks: gather the facts of a member (or relative) and a request, then decide."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipdesk import geo
from vipdesk.db.models import DesignatedRelative, Member, Policy
from vipdesk.domain.catalog import Catalog, CatalogBook
from vipdesk.domain.eligibility import (
    Designation,
    KangyuePolicyFacts,
    MemberFacts,
    PersonFacts,
    RequestFacts,
    decide,
)
from vipdesk.domain.people import InvalidIdNumber, age_on, normalise, parse_id_number
from vipdesk.domain.quotas import QuotaState
from vipdesk.domain.tiers import PolicyFacts, assess_tier
from vipdesk.errors import KnownError, NotFound
from vipdesk.rules import RuleBook, Rules
from vipdesk.services import usage
from vipdesk.services.check_parts import (  # defined there: no SQLAlchemy
    EligibilityCheck,
    _kangyue_preference,
    _location_facts,
    place_facts,
    resolve_service,
)
from vipdesk.services.members import find_member_id


def member_facts(
    session: Session, member: Member, rules: Rules, kangyue_policy_id: int | None = None
) -> MemberFacts:
    """Tier, VIP status and entitlements recomputed from the policies, and the 康悦 policy."""
    policies = session.scalars(select(Policy).where(Policy.member_id == member.id)).all()
    assessment = assess_tier(
        [PolicyFacts(p.status, p.channel, Decimal(p.annual_premium)) for p in policies], rules
    )
    kangyue = [p for p in policies if p.product in rules.kangyue_products]
    if kangyue_policy_id is not None:
        kangyue = [p for p in kangyue if p.id == kangyue_policy_id] or kangyue
    chosen = min(kangyue, key=_kangyue_preference, default=None)
    return MemberFacts(
        tier=assessment.tier_code,
        vip_status=assessment.vip_status.value,
        entitlements=assessment.tier.services if assessment.tier else (),
        kangyue=None
        if chosen is None
        else KangyuePolicyFacts(chosen.status, chosen.effective_date, chosen.reinstated_date),
    )


def person_facts(
    session: Session, member: Member, person_id: str | None, on: dt.date
) -> tuple[PersonFacts, int | None, int | None]:
    """The person asking: the member, a designated relative, or someone not designated.

    Returns the facts, the relative's row id (or None) and their 康悦 policy id (or None).
    """
    if not person_id:
        return PersonFacts(member.name, member.birth_date, is_member=True), None, None
    try:
        number = parse_id_number(person_id, on).number
    except InvalidIdNumber as exc:
        raise KnownError(f"被服务人证件号码有误：{exc}") from None
    if number == member.id_number:
        return PersonFacts(member.name, member.birth_date, is_member=True), None, None
    rows = session.scalars(
        select(DesignatedRelative)
        .where(
            DesignatedRelative.member_id == member.id,
            DesignatedRelative.id_number == number,
            DesignatedRelative.status == "active",
        )
        .order_by(DesignatedRelative.id)
    ).all()
    if rows:
        first = rows[0]
        kangyue = next((r.policy_id for r in rows if r.program == "kangyue"), None)
        designations = tuple(Designation(r.program, r.designated_on) for r in rows)
        return (PersonFacts(first.name, first.birth_date, False, designations), first.id, kangyue)
    known = session.scalar(select(Member.name).where(Member.id_number == number))
    return PersonFacts(known, parse_id_number(number).birth_date, False), None, None


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
    """Decide a request of the member (or relative named by ID number) inside a session.

    `online` is the branch's optional online geocoder (geopy), asked only for places the
    offline gazetteer does not know; `occasion` names the hospitalisation of a relative's visit.
    """
    on = on or dt.date.today()
    if departed is not None and departed > on:
        raise KnownError(f"出发日期 {departed.isoformat()} 晚于受理日期 {on.isoformat()}")
    rules, catalog = book.on(on), catalogs.on(on)
    family, item = resolve_service(catalog, service)
    member = session.get(Member, member_id)
    if member is None:
        raise NotFound("客户不存在")
    person, relative_id, kangyue_policy = person_facts(session, member, person_id, on)
    facts = member_facts(session, member, rules, kangyue_policy)
    residence = geo.resolve_address(member.address) if member.address else None
    where = geo.locate(location, online) if location and location.strip() else None
    distance = geo.distance_km(residence, where) if residence and where else None
    request = RequestFacts(
        service=family,
        on=on,
        item=item,
        residence=place_facts(residence, member.address),
        location=_location_facts(where, location),
        distance_km=distance,
        departed_on=departed,
        quota=_quota(session, rules, catalog, member.id, facts.tier, family, item, on, occasion),
    )
    decision = decide(facts, person, request, rules, catalog)
    return EligibilityCheck(
        decision=decision,
        member_id=member.id,
        member_name=member.name,
        person_name=person.name,
        person_age=age_on(person.birth_date, on) if person.birth_date else None,
        relative_id=relative_id,
        service=family,
        item=item,
        residence=residence,
        location=where,
        location_text=location,
        on=on,
    )


def _quota(
    session: Session,
    rules: Rules,
    catalog: Catalog,
    member_id: int,
    tier: str | None,
    family: str,
    item: str | None,
    on: dt.date,
    occasion: str | None,
) -> QuotaState | None:
    """The member's standing with the quota of the request (None: no quota applies)."""
    rule = usage.quota_of(rules, catalog, family, item)
    if rule is None:
        return None
    return usage.state_in(session, rules, rule, member_id, tier, on, occasion)


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
