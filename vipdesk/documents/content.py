"""The handbook content (resources/handbook/content.toml): versioned, effective-dated text.

Numbers of the business are placeholders in the text, filled from the rules at render time
(`rule_values`), so the rules file stays the one place where they live.
"""

from __future__ import annotations

import datetime as dt
import string
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources.abc import Traversable
from typing import Any

from vipdesk.assets import resource
from vipdesk.rules import Book, Rules, TierRule

CONTENT_FILE = resource("handbook/content.toml")
PLACEHOLDERS = frozenset({
    "max_age", "domestic_km", "domestic_days", "international_days", "hospital_days",
    "children_age", "relative_limit", "relative_younger_than", "relative_relations",
    "relative_tiers", "hotline_1", "hotline_2", "abroad_1", "abroad_2", "customer_service",
    "health_check_every", "kangyue_limit", "handbook_title",
})  # fmt: skip
PAYERS = ("company", "customer", "shared")
CN_DIGITS = "零一两三四五六七八九十"


class ContentError(ValueError):
    """The content file is missing, malformed or names an unknown placeholder."""


@dataclass(frozen=True)
class ServiceItem:
    """One service item: what it is, a note, and who bears the cost."""

    title: str
    text: str
    payer: str
    cost: str
    note: str = ""


@dataclass(frozen=True)
class Section:
    """A chapter of services, shown only to tiers that have `service`."""

    code: str
    service: str
    title: str
    intro: str
    items: tuple[ServiceItem, ...]


@dataclass(frozen=True)
class Definition:
    """A term of the glossary; `requires` limits it to tiers with a service or relatives."""

    term: str
    text: str
    requires: str = ""


@dataclass(frozen=True)
class Content:
    """One version of the handbook content."""

    version: str
    effective_from: dt.date
    company: str
    company_short: str
    company_en: str
    handbook_title: str
    welcome: str
    cover_note: str
    labels: dict[str, dict[str, str]]
    definitions: tuple[Definition, ...]
    sections: tuple[Section, ...]
    relatives: dict[str, Any]
    hotline: dict[str, Any]
    statements: tuple[str, ...]
    conditions: dict[str, str]
    letter: dict[str, str]
    relative_confirmation: dict[str, str]
    card_reissue: dict[str, str]

    @property
    def label(self) -> str:
        """The version as printed: `2020.1（2020-01-01 起施行）`."""
        return f"{self.version}（{self.effective_from.isoformat()} 起施行）"

    def name(self, table: str, code: str | None) -> str:
        """The Chinese label of a code (relation, card_status …); the code itself if unknown."""
        if code is None:
            return ""
        return self.labels.get(table, {}).get(code, code)


class ContentBook(Book[Content]):
    """All versions of the content, oldest first."""


def _fields(text: str) -> set[str]:
    try:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}
    except ValueError as exc:
        raise ContentError(f"content file: bad placeholder in {text[:30]!r}: {exc}") from None


def _check(value: Any, where: str) -> None:
    """Every placeholder in every string must be one we fill."""
    if isinstance(value, str):
        unknown = _fields(value) - PLACEHOLDERS
        if unknown:
            raise ContentError(f"content file: {where} uses unknown placeholders {sorted(unknown)}")
    elif isinstance(value, dict):
        for k, v in value.items():
            _check(v, f"{where}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _check(v, f"{where}[{i}]")


def _section(raw: dict[str, Any]) -> Section:
    items = []
    for item in raw.get("items", []):
        if item.get("payer") not in PAYERS:
            raise ContentError(f"content file: item {item.get('title')} has no valid payer")
        items.append(
            ServiceItem(
                item["title"], item["text"], item["payer"], item["cost"], item.get("note", "")
            )
        )
    return Section(
        raw["code"], raw["service"], raw.get("title", ""), raw.get("intro", ""), tuple(items)
    )


def _version(raw: dict[str, Any]) -> Content:
    _check(raw, f"version {raw.get('version')}")
    try:
        return Content(
            version=str(raw["version"]),
            effective_from=raw["effective_from"],
            company=raw["company"],
            company_short=raw["company_short"],
            company_en=raw.get("company_en", ""),
            handbook_title=raw["handbook_title"],
            welcome=raw["welcome"],
            cover_note=raw.get("cover_note", ""),
            labels=raw["labels"],
            definitions=tuple(
                Definition(d["term"], d["text"], d.get("requires", "")) for d in raw["definitions"]
            ),
            sections=tuple(_section(s) for s in raw["sections"]),
            relatives=raw["relatives"],
            hotline=raw["hotline"],
            statements=tuple(s["text"] for s in raw["statements"]),
            conditions=raw["conditions"],
            letter=raw["letter"],
            relative_confirmation=raw["relative_confirmation"],
            card_reissue=raw["card_reissue"],
        )
    except KeyError as exc:
        raise ContentError(f"content file: version {raw.get('version')} lacks {exc}") from None


def parse_content(text: str) -> ContentBook:
    """Parse and validate the text of a content file."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"content file is not valid TOML: {exc}") from None
    versions = [_version(v) for v in data.get("versions", [])]
    if not versions:
        raise ContentError("content file has no [[versions]]")
    return ContentBook(tuple(sorted(versions, key=lambda c: c.effective_from)))


@cache
def load_content(path: Traversable = CONTENT_FILE) -> ContentBook:
    """Load the content file once (cached)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ContentError(f"cannot read content file {path}: {exc.strerror}") from None
    return parse_content(text)


def number(value: float | int) -> str:
    """A rules number as printed: 150 rather than 150.0."""
    return str(int(value)) if float(value).is_integer() else str(value)


def every_years(years: int | None) -> str:
    """每年一次 / 每两年一次."""
    if not years:
        return ""
    if years == 1:
        return "每年一次"
    count = CN_DIGITS[years] if years <= 10 else str(years)
    return f"每{count}年一次"


def rule_values(rules: Rules, content: Content, tier: TierRule | None = None) -> dict[str, str]:
    """The values of every placeholder, taken from the rules (and the tier, if given)."""
    rescue = rules.rescue
    vip = rules.relatives["vip"]
    kangyue = rules.relatives.get("kangyue")
    hotlines = rules.hotlines
    relations = "、".join(content.name("relation", r) for r in vip.relations)
    tiers = "、".join(rules.tier(code).name for code in vip.tiers)
    return {
        "max_age": number(rescue.max_age),
        "domestic_km": number(rescue.domestic_min_distance_km),
        "domestic_days": number(rescue.domestic_max_trip_days),
        "international_days": number(rescue.international_max_trip_days),
        "hospital_days": number(rescue.hospital_days_for_relative_visit),
        "children_age": number(rescue.returning_children_under_age),
        "relative_limit": number(vip.limit),
        "relative_younger_than": number(vip.younger_than or rescue.max_age),
        "relative_relations": relations,
        "relative_tiers": tiers,
        "hotline_1": hotlines["rescue"][0],
        "hotline_2": hotlines["rescue"][1],
        "abroad_1": hotlines["rescue_abroad"][0],
        "abroad_2": hotlines["rescue_abroad"][1],
        "customer_service": hotlines["customer_service"],
        "health_check_every": every_years(tier.health_check_every_years if tier else None),
        "kangyue_limit": number(kangyue.limit) if kangyue else "",
        "handbook_title": content.handbook_title,
    }


def fill(text: str, values: dict[str, str]) -> str:
    """`text` with its placeholders replaced by `values`."""
    return text.format_map(values)
