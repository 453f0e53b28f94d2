"""The parts of an eligibility check that need no database: its result, the service and place
named, the quota a request falls under. `services.eligibility` (the ORM) and, for `vipdesk
check` on an SQLite file, `services.eligibility_direct` (the driver alone) share them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from vipdesk import geo
from vipdesk.domain.catalog import Catalog
from vipdesk.domain.eligibility import UNKNOWN_PLACE, EligibilityDecision, PlaceFacts
from vipdesk.domain.quotas import QuotaRule, QuotaState, Use, find_quota, quota_state
from vipdesk.errors import KnownError
from vipdesk.rules import Rules


@dataclass(frozen=True)
class EligibilityCheck:
    """A decision with who and where it is about (plain values for the wizard and the CLI)."""

    decision: EligibilityDecision
    member_id: int
    member_name: str
    person_name: str | None
    person_age: int | None
    relative_id: int | None
    service: str
    item: str | None
    residence: geo.Place | None
    location: geo.Place | None
    location_text: str | None
    on: dt.date

    def to_json(self) -> dict[str, Any]:
        """The JSON contract of `vipdesk check --json`."""
        d = self.decision
        return {
            "eligible": d.eligible,
            "reasons": d.codes,
            "distance_km": d.distance_km,
            "trip_days": d.trip_days,
            "person": {"name": self.person_name, "age": self.person_age},
            "service": self.service,
            "item": self.item,
            "residence": _place_name(self.residence),
            "location": _place_name(self.location),
            "details": [
                {"code": r.code, "message": r.message_zh, "evidence": r.evidence} for r in d.reasons
            ],
            "cost_notes": d.cost_notes,
            "questions": [q.text_zh for q in d.questions],
        }


def _place_name(place: geo.Place | None) -> str | None:
    return None if place is None else (place.path or place.name)


def resolve_service(catalog: Catalog, code: str) -> tuple[str, str | None]:
    """(family, item) from a service code or an item code; KnownError when neither."""
    try:
        return catalog.family(code).code, None
    except KeyError:
        pass
    try:
        item = catalog.item(code)
    except KeyError:
        names = ", ".join(f.code for f in catalog.families)
        raise KnownError(f"没有这项服务：{code}（可选：{names}）") from None
    return item.family, item.code


def _kangyue_preference(p: Any) -> tuple[int, dt.date]:
    """In-force policies first, then the one whose waiting period started earliest."""
    rank = {"in_force": 0, "suspended": 1}.get(p.status, 2)
    return rank, max(p.effective_date, p.reinstated_date or p.effective_date)


def place_facts(place: geo.Place | None, text: str | None) -> PlaceFacts:
    """What the engine needs of a resolved place (unknown when it did not resolve)."""
    if place is None:
        return PlaceFacts(False, None, text or "")
    return PlaceFacts(True, place.in_mainland, place.path or place.name)


def _location_facts(place: geo.Place | None, text: str | None) -> PlaceFacts:
    """The caller's place; when it did not resolve, the choices or suggestions to ask about."""
    if not text:
        return UNKNOWN_PLACE
    if place is not None:
        return place_facts(place, text)
    found = geo.resolve_place(text)
    return PlaceFacts(
        False,
        None,
        text,
        tuple(p.path or p.name for p in found.choices),
        tuple(p.path or p.name for p in found.suggestions),
    )


def quota_of(rules: Rules, catalog: Catalog, service: str, item: str | None) -> QuotaRule | None:
    """The quota a request for `service` (family) and `item` falls under, if any."""
    try:
        items = [i.code for i in catalog.family(service).items]
    except KeyError:
        items = []
    return find_quota(rules.quotas, service, item, items)


def every_years(rules: Rules, tier: str | None) -> int | None:
    """The tier's N of a once-every-N-years quota (health check)."""
    if tier is None:
        return None
    try:
        return rules.tier(tier).health_check_every_years
    except KeyError:
        return None


def usage_states(
    rules: Rules, tier: str | None, has_kangyue: bool, by_quota: dict[str, list[Use]], on: dt.date
) -> list[QuotaState]:
    """The member's standing with each quota that concerns them on `on`, from their counting
    uses by quota code: the health check when the tier has one (a tier without it shows none,
    even after a use under an earlier tier: that use's date is kept for a later tier that has
    it); 都会康悦 items when the member holds a 康悦 policy; per-occasion items only once used."""
    years = every_years(rules, tier)
    states = []
    for rule in rules.quotas:
        uses = by_quota.get(rule.code, [])
        if rule.period == "years" and years is None:
            continue
        if rule.period == "service_period" and not (has_kangyue or uses):
            continue
        if rule.period == "occasion":
            if not uses:
                continue
            last = max(uses, key=lambda u: u.used_on)
            states.append(quota_state(rule, uses, on, years, last.occasion))
            continue
        states.append(quota_state(rule, uses, on, years))
    return states
