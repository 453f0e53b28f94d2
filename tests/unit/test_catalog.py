import datetime as dt

import pytest

from vipdesk.domain.catalog import CatalogError, load_catalog, parse_catalog
from vipdesk.rules import SERVICE_CODES, load_rules

MINIMAL = """
[[versions]]
effective_from = 2020-01-01
[[versions.families]]
code = "domestic_rescue"
shared_with = ["vip"]
[[versions.families.items]]
code = "a"
name = "A"
payer = "company"
cost = "免费。"
"""


@pytest.fixture
def catalog():
    return load_catalog().on(dt.date(2024, 6, 1))


def test_domestic_rescue_has_the_handbooks_fourteen_items(catalog):
    items = catalog.family("domestic_rescue").items
    assert len(items) == 14
    assert items[0].name == "电话医疗咨询"
    assert items[9].code == "dom_relative_visit"


def test_international_family_holds_travel_assistance_and_medical_rescue(catalog):
    groups = {i.group for i in catalog.family("international_rescue").items}
    assert groups == {"国际旅行救援", "国际医疗救援"}
    travel = [i for i in catalog.family("international_rescue").items if i.group == "国际旅行救援"]
    assert len(travel) == 7


def test_every_family_is_a_service_of_the_rules_and_every_item_has_a_cost_note(catalog):
    assert {f.code for f in catalog.families} <= set(SERVICE_CODES)
    for family in catalog.families:
        for item in family.items:
            assert item.cost.strip() and item.payer in ("company", "customer", "shared")


def test_customer_borne_costs_are_recorded(catalog):
    assert catalog.item("dom_medicine_delivery").payer == "customer"
    assert "由您承担" in catalog.item("dom_medicine_delivery").cost
    assert catalog.item("intl_translation").payer == "shared"


def test_conditions_take_their_numbers_from_the_rules(catalog):
    rules = load_rules().on(dt.date(2024, 6, 1))
    visit = catalog.item("dom_relative_visit").conditions[0]
    assert visit.rule == "rescue.hospital_days_for_relative_visit"
    assert "超过7天" in visit.text(rules)
    children = catalog.item("dom_children_return").conditions[0]
    assert "未满18周岁" in children.text(rules)


def test_item_lookup_across_families(catalog):
    assert catalog.item("intl_baggage").family == "international_rescue"
    with pytest.raises(KeyError):
        catalog.item("no_such_item")


def test_versions_are_effective_dated():
    later = MINIMAL.replace("2020-01-01", "2030-01-01").replace('"A"', '"B"')
    book = parse_catalog(MINIMAL + later)
    assert book.on(dt.date(2025, 1, 1)).item("a").name == "A"
    assert book.on(dt.date(2030, 1, 1)).item("a").name == "B"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('"domestic_rescue"', '"teleportation"'), "unknown service"),
        (('"company"', '"nobody"'), "unknown payer"),
        (('cost = "免费。"', 'cost = " "'), "empty cost"),
        (('["vip"]', '["friends"]'), "unknown program"),
    ],
)
def test_malformed_catalogs_are_refused(change, message):
    with pytest.raises(CatalogError, match=message):
        parse_catalog(MINIMAL.replace(*change))


def test_repeated_item_codes_are_refused():
    text = (
        MINIMAL + '[[versions.families.items]]\ncode = "a"\nname = "A2"\npayer = "company"\n'
        'cost = "x"\n'
    )
    with pytest.raises(CatalogError, match="repeats item codes"):
        parse_catalog(text)


def test_a_condition_naming_a_missing_rule_is_refused():
    text = (
        MINIMAL + '[[versions.families.items.conditions]]\ncode = "q"\n'
        'question = "{value}?"\nrule = "rescue.no_such_number"\n'
    )
    rules = load_rules().current()
    with pytest.raises(CatalogError, match="no 'rescue.no_such_number'"):
        parse_catalog(text, rules)
