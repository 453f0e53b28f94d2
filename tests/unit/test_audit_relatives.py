"""Boundary audit of designated relatives, 都会康悦 and the complaint clock against DOMAIN.md.

Every number the handbook states, tested at, just below and just above it (pure, no database).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.audit_facts import (
    CATALOG,
    KY_POLICY,
    MEMBER_BORN,
    ON,
    RULES,
    D,
    codes,
    designating,
    relative_of,
    rescue,
    rid,
    vip_designation,
    vip_member,
)
from vipdesk.domain.eligibility import (
    RequestFacts,
    decide,
)
from vipdesk.domain.relatives import (
    ExistingRelative,
    check_designation,
)

# --- designated relatives of the VIP card -------------------------------------------------------


@pytest.mark.parametrize(
    ("tier", "status", "accepted"),
    [
        ("silver", "active", False),
        ("gold", "active", False),
        ("health_gold", "active", False),
        ("platinum", "active", True),
        ("diamond", "active", True),
        ("platinum", "suspended", False),
        ("diamond", "suspended", False),
        (None, "none", False),
    ],
)
def test_only_platinum_and_diamond_designate(tier, status, accepted):
    decision = check_designation(
        RULES, "vip", designating(tier, status), rid(dt.date(1990, 1, 1)), "spouse", ON, ()
    )
    assert decision.accepted is accepted
    if not accepted:
        assert decision.refusal.code == "not_entitled"


@pytest.mark.parametrize(
    ("born", "on", "accepted"),
    [
        (dt.date(1961, 6, 16), ON, True),  # 64
        (dt.date(1960, 6, 17), ON, True),  # the day before the 65th birthday
        (dt.date(1960, 6, 16), ON, False),  # the 65th birthday: no longer younger than 65
        (dt.date(1959, 6, 16), ON, False),  # 66
        (dt.date(1960, 2, 29), dt.date(2025, 2, 28), True),  # common year: 65 only on 1 Mar
        (dt.date(1960, 2, 29), dt.date(2025, 3, 1), False),
        (dt.date(1963, 2, 28), dt.date(2028, 2, 27), True),
        (dt.date(1963, 2, 28), dt.date(2028, 2, 28), False),
        (dt.date(1963, 3, 1), dt.date(2028, 2, 29), True),  # leap day, 65 tomorrow
    ],
)
def test_a_vip_relative_is_strictly_younger_than_65_when_designated(born, on, accepted):
    decision = vip_designation(born, on)
    assert decision.accepted is accepted
    if accepted:
        assert decision.designation.age == 64 or decision.designation.age < 64
    else:
        assert decision.refusal.code == "too_old"


@pytest.mark.parametrize(
    ("relation", "accepted"),
    [("spouse", True), ("parent", True), ("child", True), ("sibling", False),
     ("grandchild", False), ("friend", False)],
)  # fmt: skip
def test_relations_spouse_parent_child_only(relation, accepted):
    born = {"parent": dt.date(1962, 1, 1), "child": dt.date(1995, 1, 1)}.get(
        relation, dt.date(1971, 1, 1)
    )
    for program, policy in (("vip", None), ("kangyue", KY_POLICY)):
        decision = check_designation(
            RULES, program, designating(), rid(born), relation, ON, (), policy
        )
        assert decision.accepted is accepted, program
        if not accepted:
            assert decision.refusal.code == "relation_not_allowed"


@pytest.mark.parametrize("service", ["domestic_rescue", "international_rescue"])
@pytest.mark.parametrize(
    ("born", "covered"),
    [
        (dt.date(1960, 6, 16), True),  # designated at 64, 65 today
        (dt.date(1959, 6, 17), True),  # 66 tomorrow
        (dt.date(1959, 6, 16), False),  # 66 today
    ],
)
def test_a_vip_relative_is_at_most_65_at_rescue_time(service, born, covered):
    person = relative_of("vip", born, dt.date(2024, 1, 1))
    decision = decide(vip_member("diamond"), person, rescue(service), RULES, CATALOG)
    assert decision.eligible is covered
    assert decision.codes == ([] if covered else ["age_over_limit"])


@pytest.mark.parametrize("service", ["phone_doctor", "health_check", "global_courtesy"])
def test_vip_relatives_share_only_the_two_rescues(service):
    person = relative_of("vip", dt.date(1990, 1, 1), dt.date(2024, 1, 1))
    assert codes(vip_member("diamond"), person, RequestFacts(service, ON)) == ["not_designated"]


@pytest.mark.parametrize(
    ("relation", "born", "plausible"),
    [
        ("parent", MEMBER_BORN - D, True),
        ("parent", MEMBER_BORN, False),  # same birth date: not born before
        ("parent", MEMBER_BORN + D, False),
        ("child", MEMBER_BORN + D, True),
        ("child", MEMBER_BORN, False),  # same birth date: not born after
        ("child", MEMBER_BORN - D, False),
        ("spouse", MEMBER_BORN, True),
        ("spouse", MEMBER_BORN + 20 * 365 * D, True),
    ],
)
@pytest.mark.parametrize("program", ["vip", "kangyue"])
def test_parents_are_born_before_the_member_and_children_after(relation, born, plausible, program):
    policy = KY_POLICY if program == "kangyue" else None
    decision = check_designation(
        RULES, program, designating(), rid(born, "303"), relation, ON, (), policy
    )
    assert decision.accepted is plausible
    if not plausible:
        assert decision.refusal.code == "implausible_relation"


@pytest.mark.parametrize("program", ["vip", "kangyue"])
def test_a_second_active_spouse_is_refused(program):
    policy = KY_POLICY if program == "kangyue" else None
    existing = [ExistingRelative(rid(dt.date(1971, 1, 1), "401"), 1, "active", "spouse")]
    decision = check_designation(
        RULES, program, designating(), rid(dt.date(1972, 1, 1), "402"), "spouse", ON,
        existing, policy,
    )  # fmt: skip
    assert decision.refusal.code == "spouse_exists"


@pytest.mark.parametrize("active", [0, 1, 2])
def test_two_vip_relatives_at_most(active):
    existing = [ExistingRelative(rid(dt.date(1990, 1, s), f"5{s:02d}"), s, "active", "child")
                for s in range(1, active + 1)]  # fmt: skip
    decision = vip_designation(dt.date(1995, 1, 1), relation="child", existing=existing)
    assert decision.accepted is (active < 2)
    if active == 2:
        assert decision.refusal.code == "limit_reached"
