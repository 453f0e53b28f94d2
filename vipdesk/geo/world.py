"""World cities (GeoNames towns of 15,000+ people outside the mainland), loaded on first use.

Looked up by Chinese name (simplified or traditional, with or without 市/县/区), English name or
pinyin; a name several towns share gives them all (biggest first) so the desk can ask, and a
name close to a known one gives "did you mean" suggestions (rapidfuzz), never a silent guess.
"""

from __future__ import annotations

import csv
import io
from functools import cache, cached_property

from vipdesk.geo.gazetteer import (
    CITY,
    GAZETTEER_DIR,
    Place,
    ascii_key,
    gazetteer,
    has_han,
    normalize,
)
from vipdesk.geo.points import haversine_km

CITIES_FILE = GAZETTEER_DIR / "cities.csv"
SAME_PLACE_KM = 15.0
REGION_CODES = ("810000", "820000", "710000")  # Hong Kong, Macau, Taiwan
SUFFIXES = "市县縣區区镇鎮"
FUZZY_CUTOFF = 80


class WorldCities:
    """The towns (rows kept as read, biggest first), indexed by Chinese form and ASCII key.

    A Place is made only for a town a lookup returns, so loading stays a single pass.
    """

    def __init__(self, rows: list[list[str]]) -> None:
        self.rows = rows
        self.by_name: dict[str, list[int]] = {}
        self.by_key: dict[str, list[int]] = {}
        self._places: dict[int, Place] = {}
        for i, (_c, name, _en, key, _p, _la, _lo, _pop, pinyin, keys) in enumerate(rows):
            if name:
                self.by_name.setdefault(name, []).append(i)
                for form in keys.split("|") if keys else ():
                    self.by_name.setdefault(form, []).append(i)
            if key:
                self.by_key.setdefault(key, []).append(i)
            if pinyin and pinyin != key:
                self.by_key.setdefault(pinyin, []).append(i)

    def place(self, i: int) -> Place:
        """The Place of row `i` (made once)."""
        found = self._places.get(i)
        if found is None:
            code, name, en, _key, parent_code, lat, lon, _pop, pinyin, _keys = self.rows[i]
            parent = gazetteer().get(parent_code)
            shown = name or en
            found = Place(
                code=f"GN{code}",
                name=shown,
                level=CITY,
                lat=float(lat),
                lon=float(lon),
                in_mainland=False,
                province=parent.province if parent else None,
                short=name,
                path=f"{parent.path or parent.name}{shown}" if parent else shown,
                parent=parent_code,
                pinyin=pinyin,
                name_en=en,
            )
            self._places[i] = found
        return found

    def _places_of(self, rows: list[int] | None) -> list[Place]:
        """Places of the rows, biggest first; namesakes in one country within SAME_PLACE_KM of a
        bigger one are the same place (元朗 San Hui and Kau Hui) and are left out."""
        kept: list[Place] = []
        for i in dict.fromkeys(rows or ()):
            place = self.place(i)
            if not any(
                k.parent == place.parent and haversine_km(k.point, place.point) < SAME_PLACE_KM
                for k in kept
            ):
                kept.append(place)
        return kept

    def lookup(self, text: str) -> list[Place]:
        """Towns named exactly `text`, biggest first (empty when none)."""
        text = normalize(text)
        if has_han(text):
            rows = self.by_name.get(text)
            if not rows and len(text) > 2 and text[-1] in SUFFIXES:
                rows = self.by_name.get(text[:-1])
            return self._places_of(rows)
        key = ascii_key(text)
        rows = self.by_key.get(key) or self.by_key.get(key + "city")
        if not rows and key.endswith("city") and len(key) > 6:
            rows = self.by_key.get(key.removesuffix("city"))
        return self._places_of(rows)

    @cached_property
    def _buckets(self) -> dict[tuple[str, int], list[str]]:
        """Names by (first letter for ASCII, length): a typo is compared with its peers only."""
        buckets: dict[tuple[str, int], list[str]] = {}
        for name in self.by_name:
            buckets.setdefault(("", len(name)), []).append(name)
        for key in self.by_key:
            buckets.setdefault((key[0], len(key)), []).append(key)
        return buckets

    def suggest(self, text: str, limit: int = 5) -> list[Place]:
        """Towns whose name is close to `text` (a typo), best first; never used silently."""
        from rapidfuzz import fuzz, process

        text = normalize(text)
        han = has_han(text)
        query = text if han else ascii_key(text)
        if len(query) < (2 if han else 4):
            return []
        spread = 1 if han else 2
        first = "" if han else query[0]
        choices = [
            name
            for n in range(len(query) - spread, len(query) + spread + 1)
            for name in self._buckets.get((first, n), ())
        ]
        found = process.extract(
            query, choices, scorer=fuzz.ratio, limit=limit * 3, score_cutoff=FUZZY_CUTOFF
        )
        places: list[Place] = []
        for name, _score, _i in found:
            for place in self.lookup(name):
                if place not in places:
                    places.append(place)
        return places[:limit]


@cache
def world_cities() -> WorldCities:
    """The world's towns from resources/gazetteer/cities.csv (read once, on first use)."""
    with io.TextIOWrapper(CITIES_FILE.open("rb"), encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh)
        next(rows)
        return WorldCities(list(rows))


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
