"""Turn what a caller or a contract says into a Place: mailing addresses, place names, lat,lon."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from vipdesk.geo.gazetteer import (
    CITY,
    COUNTRY,
    COUNTY,
    REGION,
    Gazetteer,
    Place,
    ascii_key,
    gazetteer,
    has_han,
    normalize,
    preference,
)
from vipdesk.geo.points import point_place
from vipdesk.geo.units import DISTRICT, region_units, unit_in, without_units
from vipdesk.geo.world import REGION_CODES, city_in, world_cities

# A county's short name counts in an address only before one of these (renamed 县 -> 市/区).
_DIVISION_SUFFIX = "区县市旗"
# Suffixes people add to romanised names: "Shijiazhuang Shi", "Hebei Province".
_ASCII_SUFFIXES = ("shi", "sheng", "xian", "qu", "city", "province", "county", "district")
_NUMBER = r"[-+]?\d{1,3}(?:\.\d+)?"
_LAT_LON = re.compile(rf"^({_NUMBER})[,;/]({_NUMBER})$")
_FINAL = (COUNTY, REGION, COUNTRY)


def parse_lat_lon(text: str) -> tuple[float, float] | None:
    """(lat, lon) from `lat,lon` text; `lon,lat` is accepted when only that order is valid."""
    m = _LAT_LON.match(normalize(text))
    if not m:
        return None
    a, b = float(m.group(1)), float(m.group(2))
    if abs(a) <= 90 and abs(b) <= 180:
        return (a, b)
    if abs(b) <= 90 and abs(a) <= 180:
        return (b, a)
    return None


def _match_at(
    g: Gazetteer, text: str, i: int, ctx: Place | None, county_short: bool, hint: str | None
) -> tuple[Place, int] | None:
    """The longest division name starting at text[i] that fits under `ctx`, and its end."""
    for length in range(min(g.max_name_len, len(text) - i), 1, -1):
        name = text[i : i + length]
        found = g.by_name.get(name)
        if not found:
            continue
        nxt = text[i + length : i + length + 1]
        fits = [
            p
            for p in found
            if (ctx is None or g.is_within(p, ctx))
            and (p.level != COUNTRY or i == 0)
            and (p.level != COUNTY or name == p.name or county_short or nxt in _DIVISION_SUFFIX)
        ]
        if fits:
            return min(fits, key=lambda p: preference(p, hint)), i + length
    return None


def _scan(text: str, county_short: bool, hint: str | None) -> Place | None:
    """Walk the text left to right, each division found narrowing the one before."""
    g = gazetteer()
    ctx: Place | None = None
    i = 0
    while i < len(text) and (ctx is None or ctx.level not in _FINAL):
        match = _match_at(g, text, i, ctx, county_short, hint)
        if match is None:
            i += 1
            continue
        ctx, i = match
        if nxt := re.match(rf"[{_DIVISION_SUFFIX}]", text[i:]):
            i += nxt.end()
    return ctx


def resolve_address(text: str, province: str | None = None) -> Place | None:
    """The most specific division a mailing address names (广东省广州市天河区天河路385号 -> 天河区).

    Divisions are read left to right, each inside the one before; a county counts when written
    in full (天河区) or as its short name before 区/县/市/旗. A foreign country counts only at the
    start. Ambiguous names go to the one in the hinted `province` (code or name), then to the
    higher level, then to the lower adcode.
    """
    text = normalize(text)
    if not text:
        return None
    hint = gazetteer().province_code(province)
    return _unit_first(text, hint) or _scan(text, county_short=False, hint=hint)


def _unit_first(text: str, hint: str | None) -> Place | None:
    """A Hong Kong or Macau district, or a Taiwan city or county, written first without its
    region (台北市大安区…, 九龙城区…): that unit, outside the mainland. Written in full (or with
    市/县/区); a mainland division written at least as fully there wins (连江县, 大埔县)."""
    units = region_units()
    for length in range(min(len(text), 8), 1, -1):
        form = text[:length]
        found = [
            p
            for p in units.by_name.get(form, ())
            if p.code not in units.generic and (form == p.name or form[-1] in "市县区縣區")
        ]
        if found:
            break
    else:
        return None
    mainland = _match_at(gazetteer(), text, 0, None, False, hint)
    if mainland is not None:
        place, end = mainland
        if end > length or (end == length and place.name == form):
            return None
    return found[0]


def _ascii_candidates(g: Gazetteer, text: str, hint: str | None) -> list[Place]:
    key = ascii_key(text)
    found = g.by_key.get(key) or _ascii_tokens(g, text)
    for suffix in _ASCII_SUFFIXES:
        if not found and key.endswith(suffix) and len(key) > len(suffix) + 1:
            found = g.by_key.get(key.removesuffix(suffix), [])
    return sorted(found, key=lambda p: preference(p, hint))


def _ascii_tokens(g: Gazetteer, text: str) -> list[Place]:
    """`Chang'an, Shijiazhuang`, `Hebei Shijiazhuang`: the deepest place the other words contain."""
    parts = re.split(r"[,;/]+", text)
    parts = parts if len(parts) > 1 else text.split()
    tokens = [ascii_key(t) for t in parts if ascii_key(t)]
    if len(tokens) < 2:
        return []
    options = [g.by_key.get(t, []) for t in tokens]
    if not all(options):
        return []
    best: list[Place] = []
    for place in (p for opts in options for p in opts):
        chain = {place.code, *(a.code for a in g.ancestors(place))}
        if all(any(o.code in chain for o in opts) for opts in options):
            best.append(place)
    depth = {p.code: sum(1 for _ in g.ancestors(p)) for p in best}
    return sorted(best, key=lambda p: -depth[p.code])[:1]


def candidates(text: str, province: str | None = None) -> list[Place]:
    """Every place `text` may mean as a caller's location, best first (empty when unknown)."""
    spaced, text = unicodedata.normalize("NFKC", text or ""), normalize(text)
    if not text:
        return []
    point = parse_lat_lon(text)
    if point is not None:
        return [point_place(*point)]
    g = gazetteer()
    hint = g.province_code(province)
    units = region_units().lookup(text)
    if not has_han(text):
        if units:  # a district of HK/MO or a county of TW; a mainland namesake is asked about
            same = sorted(g.by_key.get(ascii_key(spaced), []), key=lambda p: preference(p, hint))
            return without_units(same, units) + units
        return _ascii_candidates(g, spaced, hint) or world_cities().lookup(spaced)
    exact = g.lookup(text, province)
    if units:  # 宜兰县 the county, not the town 宜兰; 大埔 also Guangdong's 大埔县: asked
        towns = [t for t in world_cities().lookup(text) if t.parent in REGION_CODES]
        return without_units(exact, units) + units + without_units(towns, units)
    if exact:
        # a town of Hong Kong, Macau or Taiwan of the same name (九龙, 大埔, 新北) is asked about;
        # towns further abroad with a mainland division's name (广州 in Korea) are not
        codes = {p.code for p in exact}  # the town 澳门 is the region 澳门 itself
        same = [
            t
            for t in world_cities().lookup(text)
            if t.parent in REGION_CODES and t.parent not in codes
        ]
        return exact + same
    towns = unit_in(text) or world_cities().lookup(text) or city_in(text)
    if towns:
        return towns
    unit = _unit_first(text, hint)  # 台北市大安区: Taipei, not 自贡市大安区
    if unit is not None:
        return [unit]
    found = _scan(text, county_short=True, hint=hint)
    return [found] if found else []


def resolve_location(text: str, province: str | None = None) -> Place | None:
    """A caller's location: 石家庄, 石家庄市, 河北省石家庄市长安区, Shijiazhuang or `lat,lon`.

    Same-named places resolve to the one in `province` (code or name) if given, else to the
    higher level, else to the lower adcode. `lat,lon` gives a Place of level "point".
    """
    found = candidates(text, province)
    towns = [p for p in found if p.level in (CITY, DISTRICT)]
    if towns and len(found) > 1:
        return None  # several places of that name, one a town: the desk asks, never picks
    if len(found) == 1 and found[0].level == DISTRICT and region_units().is_generic(found[0], text):
        return None  # 北区, 东区, 南区 alone name districts in many cities: the desk asks
    return found[0] if found else None


@dataclass(frozen=True)
class Resolution:
    """What a place name means: one place, several to choose from, or "did you mean"."""

    place: Place | None
    choices: tuple[Place, ...] = ()
    suggestions: tuple[Place, ...] = ()


def resolve_place(text: str, province: str | None = None) -> Resolution:
    """A caller's place, or the choices to ask about, or suggestions for a typo."""
    found = candidates(text, province)
    place = resolve_location(text, province) if found else None
    if place is not None:
        return Resolution(place)
    if found:
        return Resolution(None, tuple(found))
    return Resolution(None, suggestions=tuple(world_cities().suggest(text)))


def distance_km(a: Place, b: Place) -> float:
    """Geodesic (WGS-84) distance in km between the reference points of two places."""
    from geopy.distance import geodesic

    return float(geodesic(a.point, b.point).km)


def complete(prefix: str, limit: int = 10) -> list[Place]:
    """Completions for a place field: Chinese prefix, pinyin prefix, initials (sjz) or English."""
    return gazetteer().complete(prefix, limit)
