"""One eligibility check over either reader: the ORM session or the SQLite driver alone.

`services.eligibility` (the desk, PostgreSQL, any URL) and `services.eligibility_direct`
(`vipdesk check` on an SQLite file, no SQLAlchemy; issue 14) differ only in how they read a
member, their designations, policies and quota uses. They pass a `CheckReads`; the order of the
reads, the facts built from them and the decision are written once, here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, NamedTuple, Protocol

from vipdesk import geo
from vipdesk.domain.catalog import CatalogBook
from vipdesk.domain.eligibility import (
    Designation,
    KangyuePolicyFacts,
    MemberFacts,
    PersonFacts,
    RequestFacts,
    check_departure,
    decide,
)
from vipdesk.domain.people import InvalidIdNumber, age_on, parse_id_number
from vipdesk.domain.quotas import QuotaState, Use, quota_state
from vipdesk.domain.tiers import PolicyFacts, assess_tier
from vipdesk.errors import KnownError, NotFound
from vipdesk.rules import RuleBook, Rules
from vipdesk.services.check_parts import (
    EligibilityCheck,
    _kangyue_preference,
    _location_facts,
    every_years,
    place_facts,
    quota_of,
    resolve_service,
)


class MemberRow(NamedTuple):
    """The member columns a check uses."""

    id: int
    name: str
    id_number: str
    birth_date: dt.date | None
    address: str | None


class DesignationRow(NamedTuple):
    """One active designation of the person asking (a relative may hold two programmes)."""

    id: int
    name: str
    birth_date: dt.date | None
    program: str
    designated_on: dt.date
    policy_id: int | None


class CheckReads(Protocol):
    """The reads of a check, in the reader's own transaction."""

    def member(self, member_id: int) -> MemberRow | None:
        """The member, or None when there is no such row."""

    def designations(self, member_id: int, id_number: str) -> Sequence[DesignationRow]:
        """The member's active designations of the person with this ID number, by row id."""

    def name_with_id_number(self, id_number: str) -> str | None:
        """The name of the member with this ID number, if any."""

    def policies(self, member_id: int) -> Sequence[Any]:
        """The member's policies (id, status, channel, product, annual_premium, dates)."""

    def uses(self, member_id: int, quota_code: str) -> list[Use]:
        """The member's counting uses of a quota."""


def check_with(
    reads: CheckReads,
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
    """Decide a request of the member (or the relative named by ID number).

    `online` is the branch's optional online geocoder (geopy), asked only for places the
    offline gazetteer does not know; `occasion` names the hospitalisation of a relative's visit.
    """
    on = on or dt.date.today()
    check_departure(departed, on)  # before any read: a caller's mistake, said at once
    rules, catalog = book.on(on), catalogs.on(on)
    family, item = resolve_service(catalog, service)
    member = reads.member(member_id)
    if member is None:
        raise NotFound("客户不存在")
    person, relative_id, kangyue_policy = person_facts(reads, member, person_id, on)
    facts = member_facts(reads, member.id, rules, kangyue_policy)
    residence = geo.resolve_address(member.address) if member.address else None
    where = geo.locate(location, online) if location and location.strip() else None
    distance = geo.distance_km(residence, where) if residence and where else None
    rule = quota_of(rules, catalog, family, item)
    quota: QuotaState | None = None
    if rule is not None:
        uses = reads.uses(member.id, rule.code)
        quota = quota_state(rule, uses, on, every_years(rules, facts.tier), occasion)
    request = RequestFacts(
        service=family,
        on=on,
        item=item,
        residence=place_facts(residence, member.address),
        location=_location_facts(where, location),
        distance_km=distance,
        departed_on=departed,
        quota=quota,
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


def person_facts(
    reads: CheckReads, member: MemberRow, person_id: str | None, on: dt.date
) -> tuple[PersonFacts, int | None, int | None]:
    """The person asking: the member, a designated relative, or someone not designated.

    Returns the facts, the relative's row id (or None) and their 康悦 policy id (or None).
    """
    if not person_id:
        return PersonFacts(member.name, member.birth_date, is_member=True), None, None  # type: ignore[arg-type]
    try:
        number = parse_id_number(person_id, on).number
    except InvalidIdNumber as exc:
        raise KnownError(f"被服务人证件号码有误：{exc}") from None
    if number == member.id_number:
        return PersonFacts(member.name, member.birth_date, is_member=True), None, None  # type: ignore[arg-type]
    rows = reads.designations(member.id, number)
    if rows:
        first = rows[0]
        kangyue = next((r.policy_id for r in rows if r.program == "kangyue"), None)
        designations = tuple(Designation(r.program, r.designated_on) for r in rows)  # type: ignore[arg-type]
        facts = PersonFacts(first.name, first.birth_date, False, designations)  # type: ignore[arg-type]
        return facts, first.id, kangyue
    known = reads.name_with_id_number(number)
    return PersonFacts(known, parse_id_number(number).birth_date, False), None, None


def member_facts(
    reads: CheckReads, member_id: int, rules: Rules, kangyue_policy_id: int | None = None
) -> MemberFacts:
    """Tier, VIP status and entitlements recomputed from the policies, and the 康悦 policy."""
    policies = reads.policies(member_id)
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
