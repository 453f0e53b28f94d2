"""The effective-dated rules file (resources/rules.toml): loaded once, validated on load."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib.resources.abc import Traversable
from typing import Any, Generic, Protocol, TypeVar

from vipdesk.assets import resource
from vipdesk.domain.quotas import PERIODS, TO_BE_CONFIRMED, QuotaRule

RULES_FILE = resource("rules.toml")

SERVICE_CODES = (
    "domestic_rescue",
    "international_rescue",
    "phone_doctor",
    "health_check",
    "global_courtesy",
    "customer_activities",
    "kangyue_health",
)
CHANNELS = ("agency", "direct", "bancassurance")
CASE_TYPES = ("rescue", "complaint", "enquiry", "card_reissue")


class RulesError(ValueError):
    """The rules file is missing, malformed or inconsistent."""


@dataclass(frozen=True)
class TierRule:
    """One card tier: its AFYP band, channel restriction and services."""

    code: str
    name: str
    short_name: str
    name_en: str
    min_afyp: Decimal
    max_afyp: Decimal | None
    channel: str | None
    colour: str
    services: tuple[str, ...]
    relatives: int
    health_check_every_years: int | None

    def admits(self, afyp: Decimal) -> bool:
        """True when `afyp` lies in this tier's band (min inclusive, max exclusive)."""
        return afyp >= self.min_afyp and (self.max_afyp is None or afyp < self.max_afyp)


@dataclass(frozen=True)
class RescueRules:
    """Limits for medical rescue: age, distance, trip length."""

    max_age: int
    domestic_min_distance_km: float
    domestic_max_trip_days: int
    international_max_trip_days: int
    hospital_days_for_relative_visit: int
    returning_children_under_age: int


@dataclass(frozen=True)
class RelativeProgram:
    """Designated-relative rules of one program (VIP card or 都会康悦)."""

    code: str
    limit: int
    relations: tuple[str, ...]
    replaceable: bool
    tiers: tuple[str, ...] = ()
    younger_than: int | None = None
    max_age_on_effective_date: int | None = None
    waiting_days: int = 0


@dataclass(frozen=True)
class Rules:
    """The rules in force from `effective_from` until the next version."""

    effective_from: dt.date
    label: str
    tiers: tuple[TierRule, ...]
    service_names: dict[str, str]
    rescue: RescueRules
    relatives: dict[str, RelativeProgram]
    kangyue_products: tuple[str, ...]
    kangyue_waiting_days: int
    case_response_hours: dict[str, int]
    hotlines: dict[str, Any]
    quotas: tuple[QuotaRule, ...] = ()

    def quota(self, code: str) -> QuotaRule | None:
        """The quota of a service family or catalog item (None: no limit on uses)."""
        return next((q for q in self.quotas if q.code == code), None)

    def tier(self, code: str) -> TierRule:
        """The tier with this code; KeyError if there is none."""
        for tier in self.tiers:
            if tier.code == code:
                return tier
        raise KeyError(code)

    @property
    def version(self) -> str:
        """A short identifier of this rules version, printed on documents."""
        return self.effective_from.isoformat()


class EffectiveDated(Protocol):
    """Anything with an effective date (a version of the rules, the catalog, the content)."""

    @property
    def effective_from(self) -> dt.date: ...  # noqa: D102


V = TypeVar("V", bound=EffectiveDated)


def in_force(versions: Sequence[V], day: dt.date) -> V:
    """The latest of `versions` (oldest first) in force on `day`; the first for earlier days."""
    chosen = versions[0]
    for version in versions:
        if version.effective_from <= day:
            chosen = version
    return chosen


@dataclass(frozen=True)
class Book(Generic[V]):
    """All versions of an effective-dated file (rules, catalog, content), oldest first."""

    versions: tuple[V, ...]

    def on(self, day: dt.date) -> V:
        """The version in force on `day` (the first version for earlier days)."""
        return in_force(self.versions, day)

    def current(self) -> V:
        """The version in force today."""
        return self.on(dt.date.today())


class RuleBook(Book[Rules]):
    """All versions of the rules, oldest first."""


def _req(table: dict[str, Any], key: str, where: str) -> Any:
    if key not in table:
        raise RulesError(f"rules file: {where} lacks '{key}'")
    return table[key]


def _tier(raw: dict[str, Any], where: str) -> TierRule:
    services = tuple(_req(raw, "services", where))
    unknown = [s for s in services if s not in SERVICE_CODES]
    if unknown:
        raise RulesError(f"rules file: {where} names unknown services {unknown}")
    channel = raw.get("channel")
    if channel is not None and channel not in CHANNELS:
        raise RulesError(f"rules file: {where} has unknown channel '{channel}'")
    max_afyp = raw.get("max_afyp")
    return TierRule(
        code=_req(raw, "code", where),
        name=_req(raw, "name", where),
        short_name=_req(raw, "short_name", where),
        name_en=_req(raw, "name_en", where),
        min_afyp=Decimal(str(_req(raw, "min_afyp", where))),
        max_afyp=None if max_afyp is None else Decimal(str(max_afyp)),
        channel=channel,
        colour=_req(raw, "colour", where),
        services=services,
        relatives=int(raw.get("relatives", 0)),
        health_check_every_years=raw.get("health_check_every_years"),
    )


def _program(code: str, raw: dict[str, Any]) -> RelativeProgram:
    where = f"relatives.{code}"
    return RelativeProgram(
        code=code,
        limit=int(_req(raw, "limit", where)),
        relations=tuple(_req(raw, "relations", where)),
        replaceable=bool(_req(raw, "replaceable", where)),
        tiers=tuple(raw.get("tiers", ())),
        younger_than=raw.get("younger_than"),
        max_age_on_effective_date=raw.get("max_age_on_effective_date"),
        waiting_days=int(raw.get("waiting_days", 0)),
    )


def _quota(raw: dict[str, Any], where: str) -> QuotaRule:
    period = _req(raw, "period", where)
    if period not in PERIODS:
        raise RulesError(f"rules file: {where} has unknown period '{period}'")
    limit = raw.get("limit", 1)
    if limit != TO_BE_CONFIRMED and (not isinstance(limit, int) or limit < 1):
        raise RulesError(f"rules file: {where}.limit must be > 0 or '{TO_BE_CONFIRMED}'")
    return QuotaRule(
        code=_req(raw, "code", where),
        period=period,
        limit=None if limit == TO_BE_CONFIRMED else limit,
        name=raw.get("name", ""),
        note=raw.get("note", ""),
    )


def _check_tiers(tiers: tuple[TierRule, ...], where: str) -> None:
    codes = [t.code for t in tiers]
    if len(set(codes)) != len(codes):
        raise RulesError(f"rules file: {where} has a tier code twice")
    for tier in tiers:
        if tier.max_afyp is not None and tier.max_afyp <= tier.min_afyp:
            raise RulesError(f"rules file: {where} tier '{tier.code}' has max_afyp <= min_afyp")


def _check_programs(programs: dict[str, RelativeProgram], tiers: set[str], where: str) -> None:
    for code in ("vip", "kangyue"):
        if code not in programs:
            raise RulesError(f"rules file: {where}.relatives lacks the '{code}' program")
    unknown = set(programs["vip"].tiers) - tiers
    if unknown:
        raise RulesError(f"rules file: {where}.relatives.vip names unknown tiers {sorted(unknown)}")


def _version(raw: dict[str, Any], index: int) -> Rules:
    where = f"versions[{index}]"
    effective = _req(raw, "effective_from", where)
    if not isinstance(effective, dt.date):
        raise RulesError(f"rules file: {where}.effective_from must be a date")
    tiers = tuple(_tier(t, f"{where}.tiers[{i}]") for i, t in enumerate(_req(raw, "tiers", where)))
    for lower, upper in zip(tiers, tiers[1:], strict=False):
        if upper.min_afyp < lower.min_afyp:
            raise RulesError(f"rules file: {where} tiers must be ordered by min_afyp")
    _check_tiers(tiers, where)
    rescue = _req(raw, "rescue", where)
    try:
        rescue_rules = RescueRules(**rescue)
    except TypeError as exc:
        raise RulesError(f"rules file: {where}.rescue: {exc}") from None
    kangyue = _req(raw, "kangyue", where)
    programs = {code: _program(code, p) for code, p in _req(raw, "relatives", where).items()}
    _check_programs(programs, {t.code for t in tiers}, where)
    hours = dict(_req(_req(raw, "cases", where), "response_hours", where))
    missing = [t for t in CASE_TYPES if t not in hours]
    if missing:
        raise RulesError(f"rules file: {where}.cases.response_hours lacks {missing}")
    return Rules(
        effective_from=effective,
        label=raw.get("label", effective.isoformat()),
        tiers=tiers,
        service_names=dict(_req(raw, "services", where)),
        rescue=rescue_rules,
        relatives=programs,
        kangyue_products=tuple(_req(kangyue, "products", f"{where}.kangyue")),
        kangyue_waiting_days=int(_req(kangyue, "waiting_days", f"{where}.kangyue")),
        case_response_hours=hours,
        hotlines=dict(_req(raw, "hotlines", where)),
        quotas=tuple(
            _quota(q, f"{where}.quotas[{i}]") for i, q in enumerate(raw.get("quotas", []))
        ),
    )


def parse_rules(text: str) -> RuleBook:
    """Parse and validate the text of a rules file."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"rules file is not valid TOML: {exc}") from None
    raw_versions = data.get("versions")
    if not raw_versions:
        raise RulesError("rules file has no [[versions]]")
    versions = sorted(
        (_version(v, i) for i, v in enumerate(raw_versions)), key=lambda r: r.effective_from
    )
    return RuleBook(tuple(versions))


@cache
def load_rules(path: Traversable = RULES_FILE) -> RuleBook:
    """Load the rules file once (cached)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RulesError(f"cannot read rules file {path}: {exc.strerror}") from None
    return parse_rules(text)
