"""Designated-relative rules at every boundary (pure, no database)."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.domain.people import check_digit
from vipdesk.domain.relatives import (
    REFUSAL_CODES,
    ExistingRelative,
    KangyuePolicy,
    MemberFacts,
    check_designation,
    places_left,
    rule_text,
)
from vipdesk.rules import load_rules

RULES = load_rules().on(dt.date(2025, 6, 1))
ON = dt.date(2025, 6, 1)
MEMBER = MemberFacts(id_number="", tier="platinum", vip_status="active")


def rid(born: dt.date, seq: str = "123", area: str = "110105") -> str:
    """A valid resident ID number for someone born on `born`."""
    body = f"{area}{born:%Y%m%d}{seq}"
    return body + check_digit(body)


MEMBER_ID = rid(dt.date(1970, 1, 1), "001")
PLATINUM = MemberFacts(MEMBER_ID, "platinum", "active")
DIAMOND = MemberFacts(MEMBER_ID, "diamond", "active")
EFFECTIVE = dt.date(2020, 3, 1)
POLICY = KangyuePolicy("KY001", RULES.kangyue_products[0], "in_force", EFFECTIVE)


def vip(member: MemberFacts, id_number: str, relation: str = "spouse", existing=(), on=ON):
    return check_designation(RULES, "vip", member, id_number, relation, on, existing)


def ky(
    id_number: str, relation: str = "parent", existing=(), policy=POLICY, on=ON, member=PLATINUM
):
    return check_designation(RULES, "kangyue", member, id_number, relation, on, existing, policy)


def test_rule_numbers_come_from_the_rules_file():
    assert RULES.relatives["vip"].younger_than == 65
    assert RULES.relatives["kangyue"].max_age_on_effective_date == 65
    assert "未满65周岁" in rule_text(RULES, "vip")
    assert "不超过65周岁" in rule_text(RULES, "kangyue") and "30天等待期" in rule_text(
        RULES, "kangyue"
    )


@pytest.mark.parametrize(
    ("tier", "status", "accepted"),
    [
        ("platinum", "active", True),
        ("diamond", "active", True),
        ("gold", "active", False),
        ("silver", "active", False),
        ("health_gold", "active", False),
        (None, "none", False),
        ("platinum", "suspended", False),
    ],
)
def test_vip_program_only_for_platinum_and_diamond(tier, status, accepted):
    decision = vip(MemberFacts(MEMBER_ID, tier, status), rid(dt.date(1990, 1, 1)))
    assert decision.accepted is accepted
    if not accepted:
        assert decision.refusal.code == "not_entitled"
        assert "白金卡" in decision.refusal.message or "中止" in decision.refusal.message


def test_vip_age_64_accepted_65_refused_on_designation_day():
    sixty_five_today = dt.date(ON.year - 65, ON.month, ON.day)
    assert vip(DIAMOND, rid(sixty_five_today + dt.timedelta(days=1))).accepted  # still 64
    refused = vip(DIAMOND, rid(sixty_five_today))
    assert refused.refusal.code == "too_old"
    assert "未满65周岁" in refused.refusal.message


def test_vip_designation_reports_age_and_slot():
    decision = vip(PLATINUM, rid(dt.date(1995, 6, 2), "124"), "child")
    assert decision.designation.age == 29
    assert decision.designation.slot == 1
    assert decision.designation.person.gender == "F"
    assert decision.designation.service_from == ON


def test_third_vip_relative_refused_and_removal_frees_a_place():
    a, b, c = (rid(dt.date(1980, 1, d)) for d in (1, 2, 3))
    two = [ExistingRelative(a, 1, "active"), ExistingRelative(b, 2, "active")]
    assert vip(PLATINUM, c, existing=two).refusal.code == "limit_reached"
    assert places_left(RULES.relatives["vip"], two) == 0
    freed = [ExistingRelative(a, 1, "removed"), ExistingRelative(b, 2, "active")]
    decision = vip(PLATINUM, c, existing=freed)
    assert decision.accepted and decision.designation.slot == 1
    assert places_left(RULES.relatives["vip"], freed) == 1


@pytest.mark.parametrize("relation", ["sibling", "friend", "grandparent", ""])
def test_relation_not_allowed(relation):
    assert vip(PLATINUM, rid(dt.date(1990, 1, 1)), relation).refusal.code == "relation_not_allowed"
    assert ky(rid(dt.date(1990, 1, 1)), relation).refusal.code == "relation_not_allowed"


@pytest.mark.parametrize("relation", ["spouse", "parent", "child"])
def test_relations_allowed(relation):
    born = dt.date(1962, 1, 1) if relation == "parent" else dt.date(1990, 1, 1)
    assert vip(PLATINUM, rid(born), relation).accepted


@pytest.mark.parametrize(
    "text", ["11010519491231002Y", "110105194912310021", "12345", "", "110105202701010011"]
)
def test_invalid_id_number(text):
    refusal = vip(PLATINUM, text).refusal
    assert refusal.code == "invalid_id_number"
    assert refusal.message.startswith("亲属的证件号码无效")


def test_full_width_id_number_is_accepted():
    number = rid(dt.date(1949, 12, 31), "002")
    wide = number.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))
    assert vip(PLATINUM, wide, on=dt.date(2010, 1, 1)).designation.person.number == number


def test_self_designation_refused():
    assert vip(PLATINUM, MEMBER_ID).refusal.code == "self_designation"
    assert ky(MEMBER_ID).refusal.code == "self_designation"


def test_already_designated_refused_but_removed_one_may_return_in_vip():
    a = rid(dt.date(1980, 1, 1))
    assert (
        vip(PLATINUM, a, existing=[ExistingRelative(a, 1, "active")]).refusal.code
        == "already_designated"
    )
    assert vip(PLATINUM, a, existing=[ExistingRelative(a, 1, "removed")]).accepted


def test_kangyue_age_65_accepted_66_refused_on_effective_date():
    turns_66_on_effective = dt.date(EFFECTIVE.year - 66, EFFECTIVE.month, EFFECTIVE.day)
    sixty_five = ky(rid(turns_66_on_effective + dt.timedelta(days=1)))
    assert sixty_five.accepted  # 65 on the effective date (and 71 on the designation day)
    assert sixty_five.designation.age == 71
    refused = ky(rid(turns_66_on_effective))
    assert refused.refusal.code == "too_old"
    assert EFFECTIVE.isoformat() in refused.refusal.message


def test_kangyue_waiting_period_starts_on_designation_day():
    decision = ky(rid(dt.date(1990, 1, 1)), "child", on=dt.date(2025, 6, 1))
    assert decision.designation.service_from == dt.date(2025, 7, 1)  # 30 days later


def test_kangyue_needs_no_vip_tier_but_an_in_force_kangyue_policy():
    nobody = MemberFacts(MEMBER_ID, None, "none")
    assert ky(rid(dt.date(1990, 1, 1)), "child", member=nobody).accepted
    assert ky(rid(dt.date(1990, 1, 1)), policy=None).refusal.code == "not_entitled"
    other = KangyuePolicy("X1", "都会安享终身寿险", "in_force", EFFECTIVE)
    assert ky(rid(dt.date(1990, 1, 1)), policy=other).refusal.code == "not_entitled"
    for status in ("suspended", "lapsed", "terminated"):
        lapsed = KangyuePolicy("KY001", RULES.kangyue_products[1], status, EFFECTIVE)
        assert ky(rid(dt.date(1990, 1, 1)), policy=lapsed).refusal.code == "not_entitled"


def test_kangyue_third_relative_limit_reached():
    a, b, c = (rid(dt.date(1980, 1, d)) for d in (1, 2, 3))
    two = [ExistingRelative(a, 1, "active"), ExistingRelative(b, 2, "active")]
    assert ky(c, "child", existing=two).refusal.code == "limit_reached"


def test_kangyue_never_replaceable():
    a, b, c = (rid(dt.date(1980, 1, d)) for d in (1, 2, 3))
    one_removed = [ExistingRelative(a, 1, "removed"), ExistingRelative(b, 2, "active")]
    refusal = ky(c, "child", existing=one_removed).refusal
    assert refusal.code == "not_replaceable"
    assert "不可更换" in refusal.message
    assert places_left(RULES.relatives["kangyue"], one_removed) == 0
    only_removed = [ExistingRelative(a, 1, "removed")]
    decision = ky(c, "child", existing=only_removed)
    assert decision.accepted and decision.designation.slot == 2


def test_every_refusal_code_has_a_chinese_message():
    a, b = rid(dt.date(1980, 1, 1)), rid(dt.date(1980, 1, 2))
    cases = {
        "not_entitled": vip(MemberFacts(MEMBER_ID, "gold", "active"), a),
        "limit_reached": vip(
            PLATINUM,
            rid(dt.date(1981, 1, 1)),
            existing=[ExistingRelative(a, 1, "active"), ExistingRelative(b, 2, "active")],
        ),
        "too_old": vip(PLATINUM, rid(dt.date(1950, 1, 1))),
        "invalid_id_number": vip(PLATINUM, "1101"),
        "relation_not_allowed": vip(PLATINUM, a, "cousin"),
        "already_designated": vip(PLATINUM, a, existing=[ExistingRelative(a, 1, "active")]),
        "not_replaceable": ky(
            rid(dt.date(1981, 1, 1)),
            "child",
            existing=[ExistingRelative(a, 1, "removed"), ExistingRelative(b, 2, "active")],
        ),
        "self_designation": vip(PLATINUM, MEMBER_ID),
        "spouse_exists": vip(PLATINUM, b, existing=[ExistingRelative(a, 1, "active", "spouse")]),
        "implausible_relation": vip(PLATINUM, a, "parent"),
    }
    assert set(cases) == set(REFUSAL_CODES)
    for code, decision in cases.items():
        assert decision.refusal.code == code
        assert any("\u4e00" <= ch <= "\u9fff" for ch in decision.refusal.message)


SPOUSE_A, SPOUSE_B = rid(dt.date(1972, 4, 4), "201"), rid(dt.date(1973, 5, 5), "202")


@pytest.mark.parametrize(
    ("existing", "code"),
    [
        ([ExistingRelative(SPOUSE_A, 1, "active", "spouse")], "spouse_exists"),
        ([ExistingRelative(SPOUSE_A, 1, "removed", "spouse")], None),  # a removed spouse frees it
        ([ExistingRelative(SPOUSE_A, 1, "active", "child")], None),
    ],
)
def test_at_most_one_active_spouse(existing, code):
    for decision in (
        vip(PLATINUM, SPOUSE_B, "spouse", existing),
        ky(SPOUSE_B, "spouse", existing),
    ):
        assert (decision.refusal.code if decision.refusal else None) == code


MEMBER_BORN = dt.date(1970, 1, 1)


@pytest.mark.parametrize(
    ("relation", "born", "plausible"),
    [
        ("parent", MEMBER_BORN - dt.timedelta(days=1), True),
        ("parent", MEMBER_BORN, False),  # equal birth dates: neither parent nor child
        ("parent", MEMBER_BORN + dt.timedelta(days=1), False),  # parent younger than the member
        ("child", MEMBER_BORN + dt.timedelta(days=1), True),
        ("child", MEMBER_BORN, False),
        ("child", MEMBER_BORN - dt.timedelta(days=12 * 365), False),  # child 12 years older
        ("spouse", MEMBER_BORN, True),
    ],
)
def test_parent_born_before_and_child_after_the_member(relation, born, plausible):
    decision = vip(PLATINUM, rid(born, "303"), relation)
    assert decision.accepted is plausible
    if not plausible:
        assert decision.refusal.code == "implausible_relation"
        assert born.isoformat() in decision.refusal.message
        assert MEMBER_BORN.isoformat() in decision.refusal.message


def test_third_kangyue_relative_across_main_and_rider_is_refused():
    # the two places belong to the contract: one relative recorded under the main policy and
    # one under the rider already fill it (the service passes every 康悦 relative of the member)
    main, rider = rid(dt.date(1990, 1, 1), "401"), rid(dt.date(1992, 1, 1), "402")
    existing = [ExistingRelative(main, 1, "active", "child"), ExistingRelative(rider, 1, "active")]
    assert places_left(RULES.relatives["kangyue"], existing) == 0
    assert ky(rid(dt.date(1994, 1, 1), "403"), "child", existing).refusal.code == "limit_reached"
