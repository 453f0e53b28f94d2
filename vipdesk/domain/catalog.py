"""The service catalog (resources/catalog.toml): families, items, cost notes, item conditions."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources.abc import Traversable
from typing import Any

from vipdesk.assets import resource
from vipdesk.rules import SERVICE_CODES, Book, Rules

CATALOG_FILE = resource("catalog.toml")
PAYERS = ("company", "customer", "shared")
CASE_TYPES = ("rescue", "complaint", "enquiry", "card_reissue")
PROGRAMS = ("vip", "kangyue")


class CatalogError(ValueError):
    """The catalog file is missing, malformed or inconsistent with the rules."""


@dataclass(frozen=True)
class Condition:
    """A condition of an item that the desk asks the caller about (a wizard question)."""

    code: str
    question: str
    rule: str

    def text(self, rules: Rules) -> str:
        """The question with the number from the rules filled in."""
        return self.question.format(value=rule_value(rules, self.rule))


@dataclass(frozen=True)
class ServiceItem:
    """One item of a service family, with who bears the cost."""

    code: str
    name: str
    family: str
    payer: str
    cost: str
    group: str = ""
    conditions: tuple[Condition, ...] = ()


@dataclass(frozen=True)
class ServiceFamily:
    """A service (code from the rules) and its items."""

    code: str
    case_type: str
    shared_with: tuple[str, ...]
    items: tuple[ServiceItem, ...]

    def item(self, code: str) -> ServiceItem:
        """The item with this code; KeyError if the family has none."""
        for item in self.items:
            if item.code == code:
                return item
        raise KeyError(code)


@dataclass(frozen=True)
class Catalog:
    """The catalog in force from `effective_from`."""

    effective_from: dt.date
    label: str
    families: tuple[ServiceFamily, ...]

    def family(self, code: str) -> ServiceFamily:
        """The family with this service code; KeyError if there is none."""
        for family in self.families:
            if family.code == code:
                return family
        raise KeyError(code)

    def item(self, code: str) -> ServiceItem:
        """The item with this code, in any family; KeyError if there is none."""
        for family in self.families:
            for item in family.items:
                if item.code == code:
                    return item
        raise KeyError(code)

    def for_services(self, services: tuple[str, ...]) -> tuple[ServiceFamily, ...]:
        """The families among `services` (e.g. a tier's services), in catalog order."""
        return tuple(f for f in self.families if f.code in services)


class CatalogBook(Book[Catalog]):
    """All versions of the catalog, oldest first."""


def rule_value(rules: Rules, path: str) -> Any:
    """A value of the rules by dotted path (`rescue.max_age`, `kangyue_waiting_days`)."""
    value: Any = rules
    for part in path.split("."):
        if isinstance(value, dict):
            if part not in value:
                raise CatalogError(f"catalog: rules have no '{path}'")
            value = value[part]
        elif hasattr(value, part):
            value = getattr(value, part)
        else:
            raise CatalogError(f"catalog: rules have no '{path}'")
    return value


def _req(table: dict[str, Any], key: str, where: str) -> Any:
    if key not in table:
        raise CatalogError(f"catalog: {where} lacks '{key}'")
    return table[key]


def _item(raw: dict[str, Any], family: str, where: str) -> ServiceItem:
    payer = _req(raw, "payer", where)
    if payer not in PAYERS:
        raise CatalogError(f"catalog: {where} has unknown payer '{payer}'")
    conditions = tuple(
        Condition(
            _req(c, "code", f"{where}.conditions[{i}]"),
            _req(c, "question", f"{where}.conditions[{i}]"),
            _req(c, "rule", f"{where}.conditions[{i}]"),
        )
        for i, c in enumerate(raw.get("conditions", ()))
    )
    cost = _req(raw, "cost", where)
    if not str(cost).strip():
        raise CatalogError(f"catalog: {where} has an empty cost note")
    return ServiceItem(
        _req(raw, "code", where),
        _req(raw, "name", where),
        family,
        payer,
        cost,
        raw.get("group", ""),
        conditions,
    )


def _family(raw: dict[str, Any], where: str) -> ServiceFamily:
    code = _req(raw, "code", where)
    if code not in SERVICE_CODES:
        raise CatalogError(f"catalog: {where} names unknown service '{code}'")
    case_type = raw.get("case_type", "rescue")
    if case_type not in CASE_TYPES:
        raise CatalogError(f"catalog: {where} has unknown case_type '{case_type}'")
    shared = tuple(raw.get("shared_with", ()))
    if any(p not in PROGRAMS for p in shared):
        raise CatalogError(f"catalog: {where}.shared_with names an unknown program {shared}")
    items = tuple(
        _item(i, code, f"{where}.items[{n}]") for n, i in enumerate(_req(raw, "items", where))
    )
    if not items:
        raise CatalogError(f"catalog: {where} has no items")
    return ServiceFamily(code, case_type, shared, items)


def _version(raw: dict[str, Any], index: int) -> Catalog:
    where = f"versions[{index}]"
    effective = _req(raw, "effective_from", where)
    if not isinstance(effective, dt.date):
        raise CatalogError(f"catalog: {where}.effective_from must be a date")
    families = tuple(
        _family(f, f"{where}.families[{i}]") for i, f in enumerate(_req(raw, "families", where))
    )
    codes = [i.code for f in families for i in f.items]
    duplicates = sorted({c for c in codes if codes.count(c) > 1})
    if duplicates:
        raise CatalogError(f"catalog: {where} repeats item codes {duplicates}")
    if len({f.code for f in families}) != len(families):
        raise CatalogError(f"catalog: {where} repeats a family")
    return Catalog(effective, raw.get("label", effective.isoformat()), families)


def parse_catalog(text: str, rules: Rules | None = None) -> CatalogBook:
    """Parse and validate a catalog; with `rules`, check every condition's rule path too."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"catalog is not valid TOML: {exc}") from None
    raw_versions = data.get("versions")
    if not raw_versions:
        raise CatalogError("catalog has no [[versions]]")
    versions = sorted(
        (_version(v, i) for i, v in enumerate(raw_versions)), key=lambda c: c.effective_from
    )
    if rules is not None:
        for version in versions:
            for family in version.families:
                for item in family.items:
                    for condition in item.conditions:
                        condition.text(rules)
    return CatalogBook(tuple(versions))


@cache
def load_catalog(path: Traversable = CATALOG_FILE) -> CatalogBook:
    """Load the catalog file once (cached), checked against the current rules."""
    from vipdesk.rules import load_rules

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(f"cannot read catalog file {path}: {exc.strerror}") from None
    return parse_catalog(text, load_rules().current())
