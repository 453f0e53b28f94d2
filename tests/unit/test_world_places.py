"""Places abroad: world towns by Chinese, English or pinyin name; ask when several; did you mean."""

from __future__ import annotations

import pytest

from vipdesk.domain.eligibility import PlaceFacts, _unknown_location
from vipdesk.geo import resolve_address, resolve_location, resolve_place


@pytest.mark.parametrize(
    ("text", "country", "english"),
    [
        ("首尔", "KR", "Seoul"),
        ("首爾", "KR", "Seoul"),
        ("Bangkok", "TH", "Bangkok"),
        ("曼谷", "TH", "Bangkok"),
        ("高雄", "710000", "Kaohsiung"),
        ("高雄市", "710000", "Kaohsiung"),
        ("Kaohsiung", "710000", "Kaohsiung"),
        ("澳门氹仔", "820000", "Taipa"),
        ("氹仔", "820000", "Taipa"),
        ("荃湾", "810000", "Tsuen Wan"),
        ("吉隆坡", "MY", "Kuala Lumpur"),  # not 吉隆县 in Tibet
        ("东京", "JP", "Tokyo"),
        ("日本东京", "JP", "Tokyo"),
        ("shouer", "KR", "Seoul"),
    ],
)
def test_world_towns_resolve_to_their_country_or_region(text, country, english):
    place = resolve_location(text)
    # HK/MO/TW names that are also a district or county resolve to that unit (高雄 -> 高雄市)
    assert place is not None and place.level in ("city", "district")
    assert place.parent == country and english in place.name_en
    assert place.in_mainland is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vancouver", {"CA", "US"}),
        ("温哥华", {"CA", "US"}),
        ("悉尼", {"AU", "CA"}),
        ("Sydney", {"AU", "CA"}),
    ],
)
def test_a_name_of_several_towns_asks_and_never_picks(text, expected):
    assert resolve_location(text) is None
    found = resolve_place(text)
    assert found.place is None
    assert expected <= {p.parent for p in found.choices}
    assert found.choices[0].parent in ("CA", "AU")  # biggest first
    assert "温哥华" in resolve_place("Vancouver").choices[0].name


@pytest.mark.parametrize(("typo", "meant"), [("Seol", "Seoul"), ("Bankok", "Bangkok")])
def test_a_typo_offers_did_you_mean_never_a_silent_guess(typo, meant):
    assert resolve_location(typo) is None
    found = resolve_place(typo)
    assert found.place is None and not found.choices
    assert meant in [p.name_en for p in found.suggestions]


def test_mainland_names_and_addresses_keep_their_rules():
    assert resolve_location("朝阳").code == "211300"  # divisions before towns abroad
    assert resolve_location("石家庄").code == "130100"
    assert resolve_address("北京市东城区东长安街1号").code == "110101"
    assert resolve_place("石家庄").place.code == "130100"


@pytest.mark.parametrize(
    ("facts", "phrase", "key"),
    [
        (
            PlaceFacts(False, None, "悉尼", ("澳大利亚悉尼", "加拿大悉尼")),
            "对应多个地点",
            "choices",
        ),
        (
            PlaceFacts(False, None, "Bankok", (), ("泰国曼谷",)),
            "您是不是要找：泰国曼谷",
            "suggestions",
        ),
        (PlaceFacts(False, None, "火星"), "请再次询问", None),
    ],
)
def test_the_unknown_location_reason_asks_or_suggests(facts, phrase, key):
    reason = _unknown_location(facts)
    assert reason.code == "unknown_location" and phrase in reason.message_zh
    if key:
        assert reason.evidence[key]


@pytest.mark.parametrize(
    ("text", "mainland", "region"),
    [("九龙", "513324", "810000"), ("大埔", "441422", "810000"), ("新北", "320411", "710000")],
)
def test_a_mainland_county_and_a_town_of_hk_or_taiwan_of_one_name_ask(text, mainland, region):
    assert resolve_location(text) is None
    choices = resolve_place(text).choices
    assert choices[0].code == mainland and any(c.parent == region for c in choices)


def test_namesakes_of_one_place_and_english_city_suffixes():
    assert resolve_location("元朗").name_en.startswith("Yuen Long")  # two hui, one place
    assert resolve_location("Hualien").parent == "710000"  # GeoNames: Hualien City
    assert resolve_location("广州").code == "440100"  # a Korean town's hanja name does not ask
    assert resolve_location("澳门").code == "820000"  # the town Macau is the region itself
