"""The offline gazetteer: addresses, caller locations, distances, geocoder interface."""

from __future__ import annotations

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from vipdesk.geo import (
    Place,
    candidates,
    complete,
    distance_km,
    gazetteer,
    make_geocoder,
    parse_lat_lon,
    place_from_location,
    resolve_address,
    resolve_location,
)
from vipdesk.geo.geocoder import OfflineGeocoder


@pytest.mark.parametrize(
    ("address", "code", "level"),
    [
        ("广东省广州市天河区天河路385号", "440106", "county"),
        ("北京市朝阳区建国路88号", "110105", "county"),
        ("吉林省长春市朝阳区人民大街1号", "220104", "county"),  # same name, other province
        ("江苏省徐州市鼓楼区中山北路", "320302", "county"),  # same name, same province
        ("河北石家庄长安区中山东路", "130102", "county"),  # short province and city names
        ("  广东省 广州市 天河区 ", "440106", "county"),  # blanks ignored
        ("广州市天河路385号", "440100", "prefecture"),  # 天河路 is a road, not 天河区
        ("浙江省杭州市西湖大道1号", "330100", "prefecture"),
        ("上海市南京东路100号", "310000", "province"),  # 南京 is not in Shanghai
        ("北京市长安街1号", "110000", "province"),
        ("湖北省荆州市监利市容城镇", "421023", "county"),  # 县 renamed 市 since the data
        ("香港九龙弥敦道1号", "810000", "region"),
        ("日本东京都港区", "JP", "country"),
    ],
)
def test_resolve_address(address: str, code: str, level: str) -> None:
    place = resolve_address(address)
    assert place is not None
    assert (place.code, place.level) == (code, level)


@pytest.mark.parametrize("address", ["", "   ", "天河路385号", "火星基地1号"])
def test_resolve_address_unknown(address: str) -> None:
    assert resolve_address(address) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("石家庄", "130100"),
        ("石家庄市", "130100"),
        ("河北省石家庄市长安区", "130102"),
        ("河北石家庄长安", "130102"),
        ("Shijiazhuang", "130100"),
        ("shijiazhuang", "130100"),
        ("SHI JIA ZHUANG", "130100"),
        ("Shijiazhuang Shi", "130100"),
        ("Chang'an, Shijiazhuang", "130102"),
        ("Chang'an Shijiazhuang", "130102"),
        ("Hebei Shijiazhuang", "130100"),
        ("Chang an, Xi'an", "610116"),
        ("Beijing", "110000"),
        ("北京", "110000"),
        ("天津市", "120000"),
        ("Xi'an", "610100"),
        ("内蒙古", "150000"),
        ("Nei Menggu", "150000"),
        ("鄂温克族自治旗", "150724"),
        ("延边", "222400"),  # 延边朝鲜族自治州 without its suffix
        ("鄂温克", "150724"),  # 鄂温克族自治旗
        ("龙胜", "450328"),  # 龙胜各族自治县
        ("Urumqi", "650100"),  # English names from GeoNames
        ("Lhasa", "540100"),
        ("Lüliang", "141100"),  # lv liang
        ("广州天河", "440106"),
        ("Hong Kong", "810000"),
        ("Macau", "820000"),
        ("澳门", "820000"),
        ("台湾", "710000"),
        ("日本", "JP"),
        ("Japan", "JP"),
        ("United States", "US"),
        ("美国", "US"),
    ],
)
def test_resolve_location(text: str, code: str) -> None:
    place = resolve_location(text)
    assert place is not None
    assert place.code == code


@pytest.mark.parametrize(
    ("text", "province", "code"),
    [
        ("朝阳", None, "211300"),  # 朝阳市 (prefecture) over 朝阳区 (county): higher level
        ("朝阳", "北京", "110105"),  # ... unless a province is given
        ("长安", None, "130102"),  # two 长安区: the lower adcode
        ("长安", "陕西省", "610116"),  # ... or the one in the given province
        ("长安", "61", "610116"),
        ("吉林", None, "220000"),  # province over its namesake city
        ("Taizhou", None, "321200"),  # 泰州/台州: same level, lower adcode
        ("Taizhou", "浙江", "331000"),
        ("鼓楼区", None, "320106"),
    ],
)
def test_ambiguous_names(text: str, province: str | None, code: str) -> None:
    place = resolve_location(text, province=province)
    assert place is not None
    assert place.code == code


def test_candidates_list_every_namesake_best_first() -> None:
    codes = [p.code for p in candidates("鼓楼区")]
    assert codes[0] == "320106"
    assert {"320302", "350102", "410204"} <= set(codes)


@pytest.mark.parametrize("text", ["", " ", "火星", "xyz", "Atlantisxyz", "999,999", "中国"])
def test_unknown_location(text: str) -> None:
    assert resolve_location(text) is None


@pytest.mark.parametrize(
    ("residence", "caller", "approx_km", "over_150"),
    [
        ("北京市东城区", "天津", 110, False),
        ("北京市", "天津市", 114, False),
        ("北京市", "石家庄", 264, True),
        ("北京市", "Shijiazhuang", 264, True),
        ("广东省广州市天河区天河路385号", "深圳", 105, False),
        ("上海市浦东新区", "北京", 1080, True),
    ],
)
def test_distance(residence: str, caller: str, approx_km: float, over_150: bool) -> None:
    home, here = resolve_address(residence), resolve_location(caller)
    assert home is not None and here is not None
    km = distance_km(home, here)
    assert km == pytest.approx(approx_km, rel=0.1)
    assert (km > 150) is over_150


def test_distance_is_geodesic() -> None:
    beijing, tianjin = resolve_location("北京"), resolve_location("天津")
    assert beijing is not None and tianjin is not None
    assert distance_km(beijing, tianjin) == pytest.approx(113.8, abs=0.5)
    assert distance_km(beijing, beijing) == 0


@pytest.mark.parametrize(
    ("text", "in_mainland", "level"),
    [
        ("北京", True, "province"),
        ("石家庄", True, "prefecture"),
        ("广东省广州市天河区", True, "county"),
        ("香港", False, "region"),
        ("澳门", False, "region"),
        ("台湾", False, "region"),
        ("Taiwan", False, "region"),
        ("日本", False, "country"),
        ("France", False, "country"),
    ],
)
def test_in_mainland(text: str, in_mainland: bool, level: str) -> None:
    place = resolve_location(text)
    assert place is not None
    assert (place.in_mainland, place.level) == (in_mainland, level)


def test_place_record() -> None:
    place = resolve_address("广东省广州市天河区天河路385号")
    assert place is not None
    assert place == Place(
        code="440106",
        name="天河区",
        level="county",
        lat=place.lat,
        lon=place.lon,
        in_mainland=True,
        province="广东省",
        short="天河",
        path="广东省广州市天河区",
        parent="440100",
        pinyin="tian he",
    )
    assert place.point == pytest.approx((23.13, 113.36), abs=0.05)
    japan = resolve_location("日本")
    assert japan is not None
    assert (japan.province, japan.name_en, japan.path) == (None, "Japan", "日本")


@pytest.mark.parametrize(
    ("text", "in_mainland", "within"),
    [
        ("39.9,116.4", True, "110000"),  # Beijing
        ("39.9042, 116.4074", True, "110000"),
        ("116.4,39.9", True, "110000"),  # lon,lat: only this order is valid
        ("３９．９，１１６．４", True, "110000"),  # full-width input
        ("38.04,114.51", True, "130100"),  # Shijiazhuang
        ("22.30,114.17", False, "810000"),  # Kowloon
        ("22.45,114.02", False, "810000"),  # Yuen Long, near the Shenzhen border
        ("22.54,114.06", True, "440300"),  # Shenzhen Futian, across the border
        ("22.19,113.54", False, "820000"),  # Macau
        ("25.03,121.56", False, "710000"),  # Taipei
        ("48.85,2.35", False, "FR"),  # Paris
    ],
)
def test_lat_lon(text: str, in_mainland: bool, within: str) -> None:
    place = resolve_location(text)
    assert place is not None and place.parent is not None
    assert place.level == "point"
    assert place.in_mainland is in_mainland
    parent = gazetteer().get(place.parent)
    assert parent is not None
    assert within in {parent.code, *(a.code for a in gazetteer().ancestors(parent))}


def test_lat_lon_keeps_the_exact_point() -> None:
    place = resolve_location("38.5,115.0")
    assert place is not None
    assert place.point == (38.5, 115.0)
    assert parse_lat_lon("91,181") is None
    assert parse_lat_lon("石家庄") is None


@pytest.mark.parametrize(
    ("short", "pinyin"),
    [
        ("石家庄", "shi jia zhuang"),
        ("重庆", "chong qing"),
        ("厦门", "xia men"),
        ("长治", "chang zhi"),  # 长 is cháng in place names ...
        ("长子", "zhang zi"),  # ... except 长子县
        ("朝阳", "chao yang"),
        ("闵行", "min hang"),
        ("单县", "shan xian"),
        ("六安", "lu an"),
        ("蚌埠", "beng bu"),
        ("成都", "cheng du"),
        ("喀什", "ka shi"),
        ("蔚县", "yu xian"),
    ],
)
def test_pinyin_of_place_names(short: str, pinyin: str) -> None:
    assert pinyin in {p.pinyin for p in gazetteer().by_name[short]}


@pytest.mark.parametrize(
    ("prefix", "first"),
    [
        ("石家", "石家庄市"),
        ("sjz", "石家庄市"),
        ("Shijia", "石家庄市"),
        ("beijing", "北京市"),
        ("香", "香港特别行政区"),
        ("Japa", "日本"),
        ("tianhe", "天河区"),
    ],
)
def test_complete(prefix: str, first: str) -> None:
    found = complete(prefix)
    assert found and found[0].name == first


def test_complete_limits() -> None:
    assert len(complete("s", limit=5)) == 5
    assert complete("") == []
    assert complete("石", limit=0) == []


def test_gazetteer_content() -> None:
    g = gazetteer()
    levels = [p.level for p in g.places]
    assert levels.count("province") == 31
    assert levels.count("region") == 3
    assert levels.count("prefecture") > 330
    assert levels.count("county") > 2800
    assert levels.count("country") > 200
    assert len(g.by_code) == len(g.places)
    for p in g.places:
        assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180
        if p.in_mainland:
            assert 3 <= p.lat <= 54 and 73 <= p.lon <= 136, p


def test_offline_geocoder_returns_geopy_locations() -> None:
    geocoder = make_geocoder()
    assert isinstance(geocoder, OfflineGeocoder)
    assert isinstance(geocoder, Geocoder)
    location = geocoder.geocode("石家庄")
    assert isinstance(location, Location)
    assert location.address == "河北省石家庄市"
    assert (location.latitude, location.longitude) == pytest.approx((38.04, 114.51), abs=0.01)
    assert location.raw["code"] == "130100"
    assert location.raw["in_mainland"] is True
    assert place_from_location(location) == resolve_location("石家庄")


def test_offline_geocoder_many_and_none() -> None:
    geocoder = make_geocoder("offline", province="陕西")
    many = geocoder.geocode("长安", exactly_one=False)
    assert isinstance(many, list) and many[0].raw["code"] == "610116"
    assert len(geocoder.geocode("长安", exactly_one=False, limit=1)) == 1
    assert geocoder.geocode("火星") is None


def test_offline_geocoder_reverse() -> None:
    location = make_geocoder().reverse("22.30, 114.17")
    assert isinstance(location, Location)
    assert location.raw["level"] == "point"
    assert location.raw["in_mainland"] is False


def test_online_geocoder_is_geopy_s() -> None:
    from geopy.geocoders import Nominatim

    geocoder = make_geocoder("nominatim", user_agent="vipdesk-test")
    assert isinstance(geocoder, Nominatim)


def test_foreign_location_becomes_a_point() -> None:
    location = Location("Paris", (48.8566, 2.3522), {"place_id": 1})
    place = place_from_location(location)
    assert (place.level, place.in_mainland, place.parent) == ("point", False, "FR")
