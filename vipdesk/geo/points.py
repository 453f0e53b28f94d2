"""Raw coordinates: which country a point lies in, and the nearest division of China."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from functools import cache
from math import asin, cos, radians, sin, sqrt

from vipdesk.geo.gazetteer import (
    COUNTRY,
    COUNTY,
    GAZETTEER_DIR,
    POINT,
    PREFECTURE,
    PROVINCE,
    REGION,
    Place,
    gazetteer,
)

POINTS_FILE = GAZETTEER_DIR / "points.csv"
_REGION_CODES = {"HK": "810000", "MO": "820000", "TW": "710000"}

Cell = tuple[int, int]
Town = tuple[float, float, str]


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km (a quick ranking measure; use distance_km for answers)."""
    la1, lo1, la2, lo2 = map(radians, (*a, *b))
    h = sin((la2 - la1) / 2) ** 2 + cos(la1) * cos(la2) * sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * asin(min(1.0, sqrt(h)))


@cache
def _towns() -> dict[Cell, list[Town]]:
    """GeoNames towns of 15,000+ people in 1-degree cells, loaded on first use."""
    grid: dict[Cell, list[Town]] = {}
    with io.TextIOWrapper(POINTS_FILE.open("rb"), encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh)
        next(rows)
        for lat_s, lon_s, cc in rows:
            lat, lon = float(lat_s), float(lon_s)
            grid.setdefault((int(lat // 1), int(lon // 1)), []).append((lat, lon, cc))
    return grid


def _ring(grid: dict[Cell, list[Town]], lat: float, lon: float, r: int) -> Iterable[Town]:
    c_lat, c_lon = int(lat // 1), int(lon // 1)
    for i in range(c_lat - r, c_lat + r + 1):
        for j in range(c_lon - r, c_lon + r + 1):
            yield from grid.get((i, ((j + 180) % 360) - 180), ())


def country_at(lat: float, lon: float) -> str | None:
    """ISO code of the country whose nearest town (GeoNames, 15,000+ people) is closest.

    A coarse rule: exact near borders only to the spacing of towns (a few km in Hong Kong and
    Shenzhen, tens of km in deserts). Returns None in the open ocean far from any town.
    """
    grid = _towns()
    for r in range(1, 8):
        if any(True for _ in _ring(grid, lat, lon, r)):
            towns = _ring(grid, lat, lon, r + 1)
            return min(towns, key=lambda t: haversine_km((lat, lon), t[:2]))[2]
    return None


def nearest(
    lat: float, lon: float, levels: Iterable[str] = (COUNTY, PREFECTURE), leaves: bool = False
) -> Place:
    """The place of the given levels whose reference point is nearest (ties: most specific).

    With `leaves`, only places without subdivisions count (counties, 东莞市, 香港...).
    """
    g = gazetteer()
    wanted = set(levels)
    rank = {COUNTY: 0, PREFECTURE: 1, PROVINCE: 2, REGION: 2, COUNTRY: 3}
    pool = (p for p in g.places if p.level in wanted and not (leaves and p.code in g.parent_codes))
    return min(pool, key=lambda p: (haversine_km((lat, lon), p.point), rank[p.level]))


def point_place(lat: float, lon: float) -> Place:
    """A Place of level "point" for raw coordinates, placed in a division or country.

    in_mainland is True when the nearest town is in mainland China (country_at); the parent is
    then the division without subdivisions (county, or city without counties) whose reference
    point is nearest; for HK/MO/TW the region; abroad the country.
    """
    g = gazetteer()
    cc = country_at(lat, lon)
    anchor: Place | None
    if cc == "CN" or cc is None:
        anchor = nearest(lat, lon, (COUNTY, PREFECTURE, PROVINCE, REGION), leaves=True)
    elif cc in _REGION_CODES:
        anchor = g.get(_REGION_CODES[cc])
    else:
        anchor = g.get(cc)
    if cc is None and anchor is not None and haversine_km((lat, lon), anchor.point) > 300:
        anchor = None
    label = f"{lat:.5f},{lon:.5f}"
    return Place(
        code="",
        name=label,
        level=POINT,
        lat=lat,
        lon=lon,
        in_mainland=bool(anchor and anchor.in_mainland),
        province=anchor.province if anchor else None,
        short=label,
        path=f"{anchor.path} {label}" if anchor else label,
        parent=anchor.code if anchor else (cc or None),
    )
