"""Districts of Hong Kong, areas and parishes of Macau, cities and counties of Taiwan."""

from __future__ import annotations

import csv
import io
import time

import pytest

from vipdesk.assets import read_text
from vipdesk.geo import resolve_location, resolve_place
from vipdesk.geo.points import haversine_km
from vipdesk.geo.units import region_units
from vipdesk.services.eligibility import place_facts

ROWS = list(csv.DictReader(io.StringIO(read_text("gazetteer/region_units.csv"))))
GENERIC = {r["name"] for r in ROWS if r["generic"]}
SHARED = {"连江县"}  # also 福建省福州市连江县: asked


def _finds(text: str, code: str) -> bool:
    """True when `text` resolves to the unit `code`, or offers it among the choices."""
    found = resolve_place(text)
    if found.place is not None:
        return found.place.code == code
    return code in {p.code for p in found.choices}


def test_the_file_has_every_unit():
    parents = [r["parent"] for r in ROWS]
    assert (parents.count("810000"), parents.count("820000"), parents.count("710000")) == (
        18,
        11,
        22,
    )
    assert len({r["code"] for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=[r["code"] for r in ROWS])
def test_every_unit_resolves_by_chinese_traditional_and_english(row):
    for text in dict.fromkeys((row["name"], row["trad"], row["en"])):
        assert _finds(text, row["code"]), text
        if row["name"] not in GENERIC | SHARED:
            place = resolve_location(text)
            assert place is not None and place.code == row["code"], text
            assert place.parent == row["parent"] and not place.in_mainland


@pytest.mark.parametrize(
    ("text", "region", "seat"),
    [
        ("屏东县", "710000", (22.672, 120.488)),
        ("宜兰县", "710000", (24.757, 121.753)),
        ("新北市", "710000", (25.012, 121.465)),
        ("油尖旺区", "810000", (22.312, 114.170)),
        ("Sha Tin", "810000", (22.383, 114.183)),
        ("氹仔", "820000", (22.156, 113.557)),
        ("澳门氹仔", "820000", (22.156, 113.557)),
        ("香港大埔", "810000", (22.450, 114.169)),
        ("高雄", "710000", (22.616, 120.313)),
    ],
)
def test_units_resolve_to_their_region_and_seat(text, region, seat):
    place = resolve_location(text)
    assert place is not None and place.level == "district" and place.parent == region
    assert haversine_km(place.point, seat) < 30
    facts = place_facts(place, text)  # what the domestic/international rule reads
    assert facts.known and facts.in_mainland is False


def test_the_county_not_the_town():
    assert resolve_location("宜兰县").name == "宜兰县"
    assert resolve_location("屏東縣").name == "屏东县"


@pytest.mark.parametrize("text", ["大埔", "北区", "东区", "南区", "连江县"])
def test_a_shared_or_generic_name_is_asked(text):
    assert resolve_location(text) is None
    assert resolve_place(text).choices


def test_generic_names_with_the_region_resolve():
    assert resolve_location("香港北区").code == "810013"
    assert resolve_location("香港东区").code == "810003"


def test_a_lookup_is_fast():
    region_units()
    start = time.perf_counter()
    for _ in range(100):
        resolve_place("屏东县")
        resolve_place("大埔")
    assert (time.perf_counter() - start) / 200 < 0.005
