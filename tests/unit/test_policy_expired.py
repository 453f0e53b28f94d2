"""Matured policies (满期, `expired`), pure: never counted at any tier boundary, imported from
满期/到期/expired exactly, shown as 满期 (GUI, command line) and greyed in the policies table."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ui.labels import POLICY_STATUS, label
from ui.member_tables import MUTED, fill_policies, make_table
from vipdesk.cli.text import word
from vipdesk.domain.tiers import PolicyFacts, PolicyStatus, VipStatus, assess_tier, entitlements
from vipdesk.services.import_rows import STATUS_ALIASES, STATUSES, FieldProblem, _choice
from vipdesk.services.member_views import PolicyView


def p(premium: str | int, status: str = "in_force", channel: str = "agency", product: str = ""):
    """A policy's facts."""
    return PolicyFacts(status, channel, Decimal(str(premium)), product)


MATURED = p(1_000_000, "expired")


@pytest.mark.parametrize(
    ("premium", "tier"),
    [
        ("4999.99", None),
        (5000, "silver"),
        ("9999.99", "silver"),
        (10000, "gold"),
        ("29999.99", "gold"),
        (30000, "platinum"),
        ("49999.99", "platinum"),
        (50000, "diamond"),
    ],
)
def test_a_matured_million_changes_no_boundary(rules, premium, tier):
    got = assess_tier([p(premium), MATURED], rules)
    assert (got.tier_code, got.afyp) == (tier, Decimal(str(premium)))
    assert got.vip_status == (VipStatus.ACTIVE if tier else VipStatus.NONE)


@pytest.mark.parametrize(
    ("premium", "tier"),
    [("4999.99", None), (5000, "silver"), (10000, "gold"), (30000, "platinum"), (50000, "diamond")],
)
def test_the_suspension_rule_ignores_matured_policies(rules, premium, tier):
    got = assess_tier([p(premium, "suspended"), MATURED], rules)
    assert (got.tier_code, got.afyp) == (tier, Decimal(0))
    assert got.vip_status == (VipStatus.SUSPENDED if tier else VipStatus.NONE)


def test_a_matured_agency_policy_does_not_spoil_health_gold(rules):
    assert assess_tier([p(20000, channel="direct"), p(5000, "expired")], rules).tier_code == (
        "health_gold"
    )
    held = assess_tier([p(20000, "suspended", "direct"), p(5000, "expired")], rules)
    assert (held.tier_code, held.vip_status) == ("health_gold", VipStatus.SUSPENDED)


def test_only_matured_policies_give_nothing(rules):
    kangyue = rules.kangyue_products[0]
    policies = [p(80000, "expired", product=kangyue)]
    got = assess_tier(policies, rules)
    assert (got.tier_code, got.vip_status, got.afyp) == (None, VipStatus.NONE, Decimal(0))
    assert "kangyue_health" not in entitlements(got, policies, rules)


@pytest.mark.parametrize("text", ["满期", "到期", "expired", "EXPIRED", " 满期 ", "ｅｘｐｉｒｅｄ"])
def test_import_words_for_a_matured_policy(text):
    assert _choice(text, STATUS_ALIASES, STATUSES) == "expired"


@pytest.mark.parametrize("text", ["已满期", "满期终止", "到期日", "matured", "Matured", "expire"])
def test_other_words_stay_bad_rows(text):
    with pytest.raises(FieldProblem):
        _choice(text, STATUS_ALIASES, STATUSES)


def test_every_status_has_its_words(monkeypatch):
    assert set(STATUSES) == {s.value for s in PolicyStatus}
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert [word("policy_status", s) for s in STATUSES] == ["有效", "中止", "失效", "终止", "满期"]
    assert label(POLICY_STATUS, "expired") == "满期"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert word("policy_status", "expired") == "matured"


def test_the_policies_table_shows_a_matured_policy_grey(qtbot):
    table = make_table(["保单号", "产品", "渠道", "状态", "生效日期", "年化保费"], "policies")
    qtbot.addWidget(table)
    day = dt.date(2005, 5, 1)
    fill_policies(
        table,
        [
            PolicyView("P1", "寿险", "agency", "in_force", day, Decimal(100), None),
            PolicyView("P2", "年金", "agency", "expired", day, Decimal(200), None),
        ],
    )
    assert [table.item(r, 3).text() for r in range(2)] == ["有效", "满期"]
    assert table.item(1, 0).foreground().color() == MUTED
    assert table.item(0, 0).foreground().color() != MUTED


def test_a_matured_kangyue_policy_is_refused_like_none_at_the_check():
    from tests.unit.test_eligibility import codes, holder, kangyue, request

    refused = codes(kangyue(effective=dt.date(2000, 1, 1), status="expired"), holder(),
                    request("kangyue_health"))  # fmt: skip
    assert refused == ["not_entitled"]
    assert codes(kangyue(effective=dt.date(2000, 1, 1)), holder(), request("kangyue_health")) == []
