"""`vipdesk check` on an SQLite file, read on the driver alone (no SQLAlchemy; issue 14).

The reads of `services.eligibility.check_eligibility` (member, person, policies, the quota's
uses) written as the SQL the ORM sends, values converted as SQLAlchemy converts them on SQLite;
the decision itself is the same code (`domain.eligibility.decide` and `services.check_parts`).
tests/db/test_cli_sqlite_direct.py compares `check` on both paths over members, relatives,
services, places and dates.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from vipdesk import geo
from vipdesk.domain.catalog import CatalogBook
from vipdesk.domain.eligibility import (
    Designation,
    KangyuePolicyFacts,
    MemberFacts,
    PersonFacts,
    RequestFacts,
    decide,
)
from vipdesk.domain.people import InvalidIdNumber, age_on, normalise, parse_id_number
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
from vipdesk.services.member_direct import COUNTING, day, find_member_id, money


class _Policy:
    """The columns of a policy row a check uses (named as the ORM row's attributes)."""

    def __init__(self, row: tuple[Any, ...]) -> None:
        self.id, self.status, self.channel, self.product = row[0], row[1], row[2], row[3]
        self.annual_premium = money(row[4])
        self.effective_date, self.reinstated_date = day(row[5]), day(row[6])


def check_direct(
    conn: sqlite3.Connection,
    book: RuleBook,
    catalogs: CatalogBook,
    ref: str,
    service: str,
    person_id: str | None = None,
    location: str | None = None,
    departed: dt.date | None = None,
    on: dt.date | None = None,
    online: Any = None,
    occasion: str | None = None,
) -> EligibilityCheck:
    """As `check_eligibility` for a REF (the caller has checked `member.view`)."""
    member_id = find_member_id(conn, normalise(ref))
    on = on or dt.date.today()
    if departed is not None and departed > on:
        raise KnownError(f"出发日期 {departed.isoformat()} 晚于受理日期 {on.isoformat()}")
    rules, catalog = book.on(on), catalogs.on(on)
    family, item = resolve_service(catalog, service)
    rows = conn.execute(
        "SELECT id, name, id_number, birth_date, address FROM members WHERE id = ?", (member_id,)
    ).fetchall()
    if not rows:
        raise NotFound("客户不存在")
    mid, name, id_number, birth_date, address = rows[0]
    born = day(birth_date)
    person, relative_id, kangyue_policy = _person_facts(
        conn, mid, name, id_number, born, person_id, on
    )
    facts = _member_facts(conn, mid, rules, kangyue_policy)
    residence = geo.resolve_address(address) if address else None
    where = geo.locate(location, online) if location and location.strip() else None
    distance = geo.distance_km(residence, where) if residence and where else None
    rule = quota_of(rules, catalog, family, item)
    request = RequestFacts(
        service=family,
        on=on,
        item=item,
        residence=place_facts(residence, address),
        location=_location_facts(where, location),
        distance_km=distance,
        departed_on=departed,
        quota=None if rule is None else _quota(conn, rules, rule, mid, facts.tier, on, occasion),
    )
    decision = decide(facts, person, request, rules, catalog)
    return EligibilityCheck(
        decision=decision,
        member_id=mid,
        member_name=name,
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


def _person_facts(
    conn: sqlite3.Connection,
    member_id: int,
    name: str,
    id_number: str,
    born: dt.date | None,
    person_id: str | None,
    on: dt.date,
) -> tuple[PersonFacts, int | None, int | None]:
    """As `eligibility.person_facts`."""
    if not person_id:
        return PersonFacts(name, born, is_member=True), None, None  # type: ignore[arg-type]
    try:
        number = parse_id_number(person_id, on).number
    except InvalidIdNumber as exc:
        raise KnownError(f"被服务人证件号码有误：{exc}") from None
    if number == id_number:
        return PersonFacts(name, born, is_member=True), None, None  # type: ignore[arg-type]
    rows = conn.execute(
        "SELECT id, name, birth_date, program, designated_on, policy_id FROM designated_relatives "
        "WHERE member_id = ? AND id_number = ? AND status = 'active' ORDER BY id",
        (member_id, number),
    ).fetchall()
    if rows:
        first = rows[0]
        kangyue = next((r[5] for r in rows if r[3] == "kangyue"), None)
        designations = tuple(Designation(r[3], day(r[4])) for r in rows)  # type: ignore[arg-type]
        facts = PersonFacts(first[1], day(first[2]), False, designations)  # type: ignore[arg-type]
        return facts, first[0], kangyue
    known = conn.execute("SELECT name FROM members WHERE id_number = ?", (number,)).fetchall()
    found = known[0][0] if known else None
    return PersonFacts(found, parse_id_number(number).birth_date, False), None, None


def _member_facts(
    conn: sqlite3.Connection, member_id: int, rules: Rules, kangyue_policy_id: int | None
) -> MemberFacts:
    """As `eligibility.member_facts`."""
    policies = [
        _Policy(row)
        for row in conn.execute(
            "SELECT id, status, channel, product, annual_premium, effective_date, "
            "reinstated_date FROM policies WHERE member_id = ?",
            (member_id,),
        ).fetchall()
    ]
    assessment = assess_tier(
        [PolicyFacts(p.status, p.channel, p.annual_premium) for p in policies], rules
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
        else KangyuePolicyFacts(chosen.status, chosen.effective_date, chosen.reinstated_date),  # type: ignore[arg-type]
    )


def _quota(
    conn: sqlite3.Connection,
    rules: Rules,
    rule: Any,
    member_id: int,
    tier: str | None,
    on: dt.date,
    occasion: str | None,
) -> QuotaState:
    """As `usage.state_in`: the member's counting uses of the rule's quota."""
    uses = [
        Use(day(used_on), used_occasion)  # type: ignore[arg-type]
        for used_on, used_occasion in conn.execute(
            "SELECT used_on, occasion FROM service_uses "
            "WHERE member_id = ? AND quota_code = ? AND status IN (?, ?)",
            (member_id, rule.code, *COUNTING),
        ).fetchall()
    ]
    return quota_state(rule, uses, on, every_years(rules, tier), occasion)
