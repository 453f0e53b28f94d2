"""Districts of Hong Kong, areas and parishes of Macau, cities and counties of Taiwan.

Read from resources/gazetteer/region_units.csv on the first lookup that needs them. A unit is
more specific than its region (level `district`, outside the mainland); a GeoNames town of the
same region within MERGE_KM of a unit of the same name is that unit (宜兰 the town -> 宜兰县).
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib.resources.abc import Traversable

from vipdesk.geo.gazetteer import GAZETTEER_DIR, Place, ascii_key, gazetteer, has_han, normalize
from vipdesk.geo.points import haversine_km

UNITS_FILE = GAZETTEER_DIR / "region_units.csv"
DISTRICT = "district"
MERGE_KM = 30.0
_HAN_SUFFIXES = ("市", "县", "縣", "区", "區")
_EN_SUFFIXES = ("district", "city", "county", "parish")
_PINYIN_SUFFIXES = ("shi", "xian", "qu")


def _han_forms(name: str, trad: str, keys: list[str]) -> list[str]:
    """Chinese forms of a unit: full, traditional, 台/臺 variants, without 市/县/区 (高雄, 大埔)."""
    forms = [name, trad, *(k for k in keys if has_han(k))]
    forms += [f.replace("台", "臺") for f in forms] + [f.replace("臺", "台") for f in forms]
    forms += [f[:-1] for f in forms if f.endswith(_HAN_SUFFIXES) and len(f) > 2]
    return list(dict.fromkeys(forms))


def _ascii_forms(en: str, pinyin: str, keys: list[str]) -> list[str]:
    """ASCII keys of a unit: English, English without District/City/County, pinyin, extra keys."""
    forms = [ascii_key(en), pinyin.replace(" ", ""), *(k for k in keys if not has_han(k))]
    for suffix in _EN_SUFFIXES:
        forms += [f.removesuffix(suffix) for f in forms if f.endswith(suffix)]
        forms.append(ascii_key(en) + suffix)
    syllables = pinyin.split()
    if len(syllables) > 2 and syllables[-1] in _PINYIN_SUFFIXES:
        forms.append("".join(syllables[:-1]))
    return [f for f in dict.fromkeys(forms) if len(f) > 2]


class RegionUnits:
    """The units, indexed by Chinese form and ASCII key."""

    def __init__(
        self,
        places: list[Place],
        generic: set[str],
        forms: list[tuple[Place, list[str], list[str]]],
    ) -> None:
        self.places = places
        self.generic = generic
        self.by_name: dict[str, list[Place]] = {}
        self.by_key: dict[str, list[Place]] = {}
        for place, han, keys in forms:
            for form in han:
                self.by_name.setdefault(form, []).append(place)
            for key in keys:
                self.by_key.setdefault(key, []).append(place)

    def lookup(self, text: str, regions: set[str] | None = None) -> list[Place]:
        """Units named exactly `text` (in one of `regions`, if given), in file order."""
        text = normalize(text)
        found = self.by_name.get(text) if has_han(text) else self.by_key.get(ascii_key(text))
        return [p for p in found or () if regions is None or p.parent in regions]

    def is_generic(self, place: Place, text: str) -> bool:
        """True when `text` names `place` by a generic name alone (北区, East): always asked."""
        return place.code in self.generic and not any(
            normalize(text).startswith(h) for h in _region_heads(place)
        )


def _region_heads(place: Place) -> list[str]:
    """Chinese names of the unit's region (香港, 香港特别行政区)."""
    region = gazetteer().get(place.parent or "")
    return [n for n in (region.name, region.short) if n] if region else []


def _read(path: Traversable) -> RegionUnits:
    """The units of a region_units.csv file, with their search forms."""
    places: list[Place] = []
    generic: set[str] = set()
    forms: list[tuple[Place, list[str], list[str]]] = []
    g = gazetteer()
    with io.TextIOWrapper(path.open("rb"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            region = g.get(row["parent"])
            keys = row["keys"].split("|") if row["keys"] else []
            place = Place(
                code=row["code"],
                name=row["name"],
                level=DISTRICT,
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                in_mainland=False,
                province=region.province if region else None,
                short=row["name"],
                path=(region.name if region else "") + row["name"],
                parent=row["parent"],
                pinyin=row["pinyin"],
                name_en=row["en"],
            )
            places.append(place)
            if row["generic"]:
                generic.add(place.code)
            han = _han_forms(row["name"], row["trad"], keys)
            forms.append((place, han, _ascii_forms(row["en"], row["pinyin"], keys)))
    return RegionUnits(places, generic, forms)


@cache
def region_units() -> RegionUnits:
    """The units from resources/gazetteer/region_units.csv (read once, on first use)."""
    return _read(UNITS_FILE)


def same_place(unit: Place, other: Place) -> bool:
    """True when `other` (a town, or the mainland's listing of 金门县) is the unit itself."""
    named = other.name.rstrip("市县縣区區") == unit.name.rstrip("市县縣区區")
    near = haversine_km(unit.point, other.point) < MERGE_KM
    return near and (named or other.parent == unit.parent)


def without_units(places: list[Place], units: list[Place]) -> list[Place]:
    """`places` less those that are one of `units` under another listing, within MERGE_KM."""
    return [p for p in places if not any(same_place(u, p) for u in units)]


def unit_in(text: str) -> list[Place]:
    """`澳门氹仔`, `香港大埔`, `台湾屏东县`: a region's name, then one of its units."""
    text = normalize(text)
    g = gazetteer()
    for length in range(min(g.max_name_len, len(text) - 2), 1, -1):
        regions = {p.code for p in g.by_name.get(text[:length], []) if p.level == "region"}
        if regions:
            found = region_units().lookup(text[length:], regions)
            if found:
                return found
    return []
