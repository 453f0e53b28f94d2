"""World cities (GeoNames towns of 15,000+ people outside the mainland), loaded on first use.

Looked up by Chinese name (simplified or traditional, with or without 市/县/区), English name or
pinyin; a name several towns share gives them all (biggest first) so the desk can ask, and a
name close to a known one gives "did you mean" suggestions (rapidfuzz), never a silent guess.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache

from vipdesk.geo.gazetteer import (
    CITY,
    GAZETTEER_DIR,
    Place,
    ascii_key,
    gazetteer,
    has_han,
    normalize,
)

CITIES_FILE = GAZETTEER_DIR / "cities.csv"
SUFFIXES = "市县縣區区镇鎮"
FUZZY_CUTOFF = 80


@dataclass(frozen=True)
class WorldCities:
    """The towns, indexed by Chinese form and by ASCII key (English name, pinyin)."""

    by_name: dict[str, list[Place]]
    by_key: dict[str, list[Place]]
    han_names: list[str]
    ascii_names: list[str]

    def lookup(self, text: str) -> list[Place]:
        """Towns named exactly `text`, biggest first (empty when none)."""
        text = normalize(text)
        if has_han(text):
            found = self.by_name.get(text) or []
            if not found and len(text) > 2 and text[-1] in SUFFIXES:
                found = self.by_name.get(text[:-1]) or []
            return found
        return self.by_key.get(ascii_key(text)) or []

    def suggest(self, text: str, limit: int = 5) -> list[Place]:
        """Towns whose name is close to `text` (a typo), best first; never used silently."""
        from rapidfuzz import fuzz, process

        text = normalize(text)
        han = has_han(text)
        query = text if han else ascii_key(text)
        if len(query) < (2 if han else 4):
            return []
        choices = self.han_names if han else self.ascii_names
        found = process.extract(
            query, choices, scorer=fuzz.ratio, limit=limit * 3, score_cutoff=FUZZY_CUTOFF
        )
        places: list[Place] = []
        for name, _score, _i in found:
            for place in self.lookup(name):
                if place not in places:
                    places.append(place)
        return places[:limit]


def _path(parent: Place | None, name: str) -> str:
    return f"{parent.path or parent.name}{name}" if parent else name


@cache
def world_cities() -> WorldCities:
    """The world's towns from resources/gazetteer/cities.csv (read once, on first use)."""
    g = gazetteer()
    by_name: dict[str, list[Place]] = {}
    by_key: dict[str, list[Place]] = {}
    with io.TextIOWrapper(CITIES_FILE.open("rb"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            parent = g.get(row["parent"])
            name = row["name"] or row["en"]
            place = Place(
                code=f"GN{row['code']}",
                name=name,
                level=CITY,
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                in_mainland=False,
                province=parent.province if parent else None,
                short=row["name"],
                path=_path(parent, name),
                parent=row["parent"],
                pinyin=row["pinyin"],
                name_en=row["en"],
            )
            population = int(row["pop"])
            han = [row["name"], *row["keys"].split("|")] if row["name"] else []
            for form in dict.fromkeys(f for f in han if f):
                by_name.setdefault(form, []).append((population, place))  # type: ignore[arg-type]
            for key in dict.fromkeys(k for k in (ascii_key(row["en"]), row["pinyin"]) if k):
                by_key.setdefault(key, []).append((population, place))  # type: ignore[arg-type]
    ranked_names = {k: _ranked(v) for k, v in by_name.items()}
    ranked_keys = {k: _ranked(v) for k, v in by_key.items()}
    return WorldCities(ranked_names, ranked_keys, list(ranked_names), list(ranked_keys))


def _ranked(entries: list) -> list[Place]:  # type: ignore[type-arg]
    """Places biggest first, each once."""
    seen: dict[str, Place] = {}
    for _pop, place in sorted(entries, key=lambda e: (-e[0], e[1].code)):
        seen.setdefault(place.code, place)
    return list(seen.values())


def city_in(text: str) -> list[Place]:
    """`澳门氹仔`, `日本东京`, `Tokyo Japan`: a region or country name, then one of its towns."""
    text = normalize(text)
    g = gazetteer()
    for length in range(min(g.max_name_len, len(text) - 2), 1, -1):
        heads = g.by_name.get(text[:length], [])
        parents = {p.code for p in heads if p.level in ("region", "country")}
        if not parents:
            continue
        rest = world_cities().lookup(text[length:])
        inside = [c for c in rest if c.parent in parents]
        if inside:
            return inside
    return []
