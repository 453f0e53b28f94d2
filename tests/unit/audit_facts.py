"""Facts shared by the eligibility and relatives boundary audits (tests/unit/test_audit_*.py)."""

from __future__ import annotations

import datetime as dt

from vipdesk.domain.catalog import load_catalog
from vipdesk.domain.eligibility import (
    Designation,
    MemberFacts,
    PersonFacts,
    PlaceFacts,
    RequestFacts,
    decide,
)
from vipdesk.domain.people import check_digit
from vipdesk.domain.relatives import KangyuePolicy, check_designation
from vipdesk.domain.relatives import MemberFacts as DesignatingMember
from vipdesk.rules import load_rules

ON = dt.date(2025, 6, 16)
RULES = load_rules().on(ON)
CATALOG = load_catalog().on(ON)
D = dt.timedelta(days=1)
BEIJING = PlaceFacts(True, True, "北京市朝阳区")
HEBEI = PlaceFacts(True, True, "河北省石家庄市")
OUTSIDE = {
    "hk": PlaceFacts(True, False, "香港特别行政区"),
    "macau": PlaceFacts(True, False, "澳门特别行政区"),
    "taiwan": PlaceFacts(True, False, "台湾省台北市"),
    "tokyo": PlaceFacts(True, False, "日本东京"),
}


def rid(born: dt.date, seq: str = "123", area: str = "110105") -> str:
    """A valid resident ID number for someone born on `born`."""
    body = f"{area}{born:%Y%m%d}{seq}"
    return body + check_digit(body)


def years_before(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` earlier (29 Feb of a common year: 28 Feb)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def vip_member(tier: str | None = "gold", status: str = "active", kangyue=None) -> MemberFacts:
    services = RULES.tier(tier).services if tier else ()
    return MemberFacts(tier, status, services, kangyue)


def holder(born: dt.date = dt.date(1980, 5, 1)) -> PersonFacts:
    return PersonFacts("王伟", born, is_member=True)


def rescue(
    service: str = "domestic_rescue",
    *,
    on: dt.date = ON,
    departed: dt.date | None = None,
    distance: float | None = 260.0,
    residence: PlaceFacts = BEIJING,
    location: PlaceFacts | None = None,
) -> RequestFacts:
    if location is None:
        location = HEBEI if service == "domestic_rescue" else OUTSIDE["tokyo"]
    departed = on - 3 * D if departed is None else departed
    return RequestFacts(service, on, None, residence, location, distance, departed)


def codes(member: MemberFacts, person: PersonFacts, request: RequestFacts) -> list[str]:
    return decide(member, person, request, RULES, CATALOG).codes


MEMBER_BORN = dt.date(1970, 1, 1)


MEMBER_ID = rid(MEMBER_BORN, "001")


def designating(tier: str | None = "platinum", status: str = "active") -> DesignatingMember:
    return DesignatingMember(MEMBER_ID, tier, status)


def vip_designation(born: dt.date, on: dt.date = ON, relation: str = "spouse", existing=()):
    return check_designation(RULES, "vip", designating(), rid(born, "202"), relation, on, existing)


def relative_of(program: str, born: dt.date, designated: dt.date) -> PersonFacts:
    return PersonFacts("李娜", born, False, (Designation(program, designated),))


KY_EFFECTIVE = dt.date(2020, 3, 1)
KY_POLICY = KangyuePolicy("KY001", RULES.kangyue_products[0], "in_force", KY_EFFECTIVE)
