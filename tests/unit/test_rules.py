"""The rules file: loaded, validated, effective-dated."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.rules import RULES_FILE, RulesError, load_rules, parse_rules


def test_rules_hold_the_numbers_of_the_handbook(rules):
    assert rules.rescue.max_age == 65
    assert rules.rescue.domestic_min_distance_km == 150
    assert rules.rescue.domestic_max_trip_days == 90
    assert rules.rescue.international_max_trip_days == 90
    assert rules.kangyue_waiting_days == 30
    assert rules.relatives["vip"].younger_than == 65
    assert rules.relatives["kangyue"].max_age_on_effective_date == 65
    assert rules.relatives["kangyue"].replaceable is False
    assert rules.case_response_hours["complaint"] == 24
    assert "400-650-0621" in rules.hotlines["rescue"]
    assert "都会康悦终身重大疾病保险" in rules.kangyue_products


def test_a_later_version_takes_effect_on_its_date():
    text = RULES_FILE.read_text(encoding="utf-8")
    later = text.split("\n[[versions]]", 1)[1].replace(
        "effective_from = 2020-01-01", "effective_from = 2027-01-01"
    )
    later = later.replace("max_age = 65", "max_age = 70")
    book = parse_rules(text + "\n[[versions]]" + later)
    assert book.on(dt.date(2026, 12, 31)).rescue.max_age == 65
    assert book.on(dt.date(2027, 1, 1)).rescue.max_age == 70


@pytest.mark.parametrize(
    ("mutation", "message"),
    [
        (lambda t: t.replace('"domestic_rescue"]', '"teleportation"]', 1), "unknown services"),
        (lambda t: t.replace('channel = "direct"', 'channel = "telepathy"'), "unknown channel"),
        (lambda t: t.replace("[versions.rescue]", "[versions.rescuex]"), "lacks 'rescue'"),
        (lambda t: t + "\n[[[", "not valid TOML"),
        (lambda t: "schema = 1\n", "no \\[\\[versions\\]\\]"),
        (lambda t: t.replace('code = "gold"', 'code = "silver"'), "tier code twice"),
        (lambda t: t.replace("max_afyp = 10000", "max_afyp = 4000"), "max_afyp <= min_afyp"),
        (
            lambda t: t.replace("[versions.relatives.kangyue]", "[versions.relatives.other]"),
            "lacks the 'kangyue' program",
        ),
        (
            lambda t: t.replace('tiers = ["platinum", "diamond"]', 'tiers = ["titanium"]'),
            "unknown tiers",
        ),
        (lambda t: t.replace("enquiry = 48, ", ""), "lacks \\['enquiry'\\]"),
    ],
)
def test_a_broken_rules_file_is_refused_with_a_clear_error(mutation, message):
    with pytest.raises(RulesError, match=message):
        parse_rules(mutation(RULES_FILE.read_text(encoding="utf-8")))


def test_missing_rules_file(tmp_path):
    with pytest.raises(RulesError, match="cannot read"):
        load_rules(tmp_path / "none.toml")
