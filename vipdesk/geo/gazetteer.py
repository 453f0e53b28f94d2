"""The embedded offline gazetteer: China's divisions, Hong Kong, Macau, Taiwan and countries."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources.abc import Traversable

from vipdesk.assets import resource

GAZETTEER_DIR = resource("gazetteer")
PLACES_FILE = GAZETTEER_DIR / "places.csv"

PROVINCE, REGION, PREFECTURE, COUNTY = "province", "region", "prefecture", "county"
COUNTRY, POINT, CITY = "country", "point", "city"
LEVELS = (PROVINCE, REGION, PREFECTURE, COUNTY, COUNTRY, CITY, POINT)

# Which of several places with the same name wins: higher level first, foreign countries last.
_PREFERENCE = {PROVINCE: 0, REGION: 0, PREFECTURE: 1, COUNTY: 2, COUNTRY: 3, CITY: 4, POINT: 5}
# Order of completions: big units first, countries alongside provinces.
_COMPLETION = {PROVINCE: 0, REGION: 0, COUNTRY: 0, PREFECTURE: 1, COUNTY: 2, CITY: 2, POINT: 3}

_HAN = re.compile(r"[\u3400-\u9fff]")
_NOT_KEY = re.compile(r"[^0-9a-z]")


@dataclass(frozen=True)
class Place:
    """A place the desk can name: a division of China, HK/MO/TW, a country, or a raw point.

    `code` is the 6-digit adcode (China, HK, MO, TW) or the ISO 3166 alpha-2 code (countries);
    `name` the full Chinese name (天河区), `path` the name with its parents (广东省广州市天河区);
    `lat`/`lon` the reference point; `province` the province-level unit it lies in.
    """

    code: str
    name: str
    level: str
    lat: float
    lon: float
    in_mainland: bool
    province: str | None
    short: str = ""
    path: str = ""
    parent: str | None = None
    pinyin: str = ""
    name_en: str = ""

    @property
    def point(self) -> tuple[float, float]:
        """(lat, lon) of the reference point."""
        return (self.lat, self.lon)


def normalize(text: str) -> str:
    """NFKC-normalised text without blanks (full-width digits and commas become ASCII)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def ascii_key(text: str) -> str:
    """Lower-case letters and digits only, accents dropped: `Shi Jia-zhuang` -> `shijiazhuang`."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_KEY.sub("", folded.lower())


def has_han(text: str) -> bool:
    """True when `text` contains a Chinese character."""
    return bool(_HAN.search(text))


def preference(place: Place, province_code: str | None = None) -> tuple[int, int, str]:
    """Sort key among same-named places: in the hinted province, then higher level, then code."""
    outside = 0 if province_code and place.code[:2] == province_code[:2] else 1
    return (outside, _PREFERENCE[place.level], place.code)


class Gazetteer:
    """All places of the embedded gazetteer, indexed by code, Chinese name and ASCII key."""

    def __init__(self, places: Iterable[Place], aliases: dict[str, list[str]] | None = None):
        self.places: list[Place] = list(places)
        self.by_code: dict[str, Place] = {p.code: p for p in self.places}
        self.parent_codes: set[str] = {p.parent for p in self.places if p.parent}
        self.by_name: dict[str, list[Place]] = {}
        self.by_key: dict[str, list[Place]] = {}
        self._completion: list[tuple[Place, tuple[str, ...], tuple[str, ...], str]] = []
        aliases = aliases or {}
        for p in self.places:
            extra = aliases.get(p.code, [])
            names = tuple(dict.fromkeys([p.name, p.short, *(a for a in extra if has_han(a))]))
            pinyin = p.pinyin.replace(" ", "")
            keys = [pinyin, pinyin.replace("v", "u"), ascii_key(p.name_en)]
            keys += [a for a in extra if not has_han(a)]
            keys = list(dict.fromkeys(k for k in keys if k))
            for n in names:
                self.by_name.setdefault(n, []).append(p)
            for k in keys:
                self.by_key.setdefault(k, []).append(p)
            initials = "".join(s[0] for s in p.pinyin.split())
            self._completion.append((p, names, tuple(keys), initials))
        self.max_name_len = max(len(n) for n in self.by_name)

    def get(self, code: str) -> Place | None:
        """The place with this adcode or ISO country code, if any."""
        return self.by_code.get(code.upper() if code.isalpha() else code)

    def ancestors(self, place: Place) -> Iterator[Place]:
        """Parents of `place`, nearest first (county -> prefecture -> province)."""
        code = place.parent
        while code and (parent := self.by_code.get(code)) is not None:
            yield parent
            code = parent.parent

    def is_within(self, place: Place, ancestor: Place) -> bool:
        """True when `ancestor` is a (strict) parent of `place`."""
        return any(a.code == ancestor.code for a in self.ancestors(place))

    def province_code(self, hint: str | None) -> str | None:
        """The adcode of a province given by code, full or short name (None if unknown)."""
        if not hint:
            return None
        hint = normalize(hint)
        found = self.by_code.get(hint[:2] + "0000") if hint.isdigit() else None
        names = self.by_name.get(hint, []) + self.by_key.get(ascii_key(hint), [])
        tops = [p for p in ([found] if found else []) + names if p.level in (PROVINCE, REGION)]
        return tops[0].code if tops else None

    def lookup(self, text: str, province: str | None = None) -> list[Place]:
        """Places named exactly `text` (full or short Chinese name, pinyin, English), best first."""
        text = normalize(text)
        found = self.by_name.get(text) if has_han(text) else self.by_key.get(ascii_key(text))
        hint = self.province_code(province)
        return sorted(found or [], key=lambda p: preference(p, hint))

    def complete(self, prefix: str, limit: int = 10) -> list[Place]:
        """Places whose Chinese name, pinyin, its initials or English name start with `prefix`."""
        prefix = normalize(prefix)
        han = has_han(prefix)
        if not han:
            prefix = ascii_key(prefix)
        if not prefix or limit <= 0:
            return []
        hits = []
        for p, names, keys, initials in self._completion:
            values = names if han else (*keys, initials)
            matched = [v for v in values if v.startswith(prefix)]
            if matched:
                # exact name first, then prefix of a name, then pinyin initials (sjz)
                full = matched if han else [v for v in matched if v in keys]
                kind = 0 if prefix in full else 1 if full else 2
                length = min(len(v) for v in matched)
                hits.append((kind, _COMPLETION[p.level], length, p.code, p))
        hits.sort(key=lambda h: h[:4])
        return [h[4] for h in hits[:limit]]


def _read_places(path: Traversable) -> tuple[list[Place], dict[str, list[str]]]:
    places: list[Place] = []
    aliases: dict[str, list[str]] = {}
    by_code: dict[str, Place] = {}
    with io.TextIOWrapper(path.open("rb"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            code, level, parent_code = row["code"], row["level"], row["parent"] or None
            parent = by_code.get(parent_code) if parent_code else None
            china = level in (PROVINCE, REGION, PREFECTURE, COUNTY)
            province = (parent.province if parent else row["name"]) if china else None
            place = Place(
                code=code,
                name=row["name"],
                level=level,
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                in_mainland=level in (PROVINCE, PREFECTURE, COUNTY),
                province=province,
                short=row["short"],
                path=(parent.path if parent else "") + row["name"],
                parent=parent_code,
                pinyin=row["pinyin"],
                name_en=row["en"],
            )
            places.append(place)
            by_code[code] = place
            if row["keys"]:
                aliases[code] = row["keys"].split("|")
    return places, aliases


@cache
def gazetteer() -> Gazetteer:
    """The embedded gazetteer, loaded once from resources/gazetteer/places.csv."""
    places, aliases = _read_places(PLACES_FILE)
    return Gazetteer(places, aliases)
