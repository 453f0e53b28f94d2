"""Relatives that make sense, on a real database: one spouse, parents older, children younger,
and 康悦's two places for the whole contract (main policy and rider together)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pytest

from tests.db.relative_helpers import BOOK, KANGYUE, ON, add_member, designate, rid
from tests.db.test_concurrency import DESKS, at_once
from tests.staff_helpers import supervisor
from vipdesk.db.models import Policy
from vipdesk.errors import Refused
from vipdesk.services import relatives as rel
from vipdesk.services.database import Database

MEMBER_BORN = dt.date(1970, 5, 5)  # add_member's default birth date
RIDER = "附加都会康悦轻症疾病保险"


def refused(db, actor, member, born, relation, **kw) -> Refused:
    with pytest.raises(Refused) as caught:
        designate(db, actor, member, born, relation, **kw)
    return caught.value


def test_spouse_twice_is_refused_and_a_removed_spouse_frees_it(db, actor):
    member = add_member(db, actor, 35000)
    designate(db, actor, member, dt.date(1971, 1, 1), "spouse", seq="101")
    second = refused(db, actor, member, dt.date(1972, 2, 2), "spouse", seq="102")
    assert second.code == "spouse_exists"
    boss = supervisor(db)
    rel.remove_relative(db, BOOK, boss, member, rid(dt.date(1971, 1, 1), "101"), "离婚", on=ON)
    assert designate(db, actor, member, dt.date(1972, 2, 2), "spouse", seq="102").slot == 1


def test_spouse_twice_in_kangyue_is_refused(db, actor):
    member = add_member(db, actor, 6000, product=KANGYUE)
    designate(db, actor, member, dt.date(1971, 1, 1), "spouse", seq="111", program="kangyue")
    second = refused(db, actor, member, dt.date(1972, 2, 2), "spouse", seq="112", program="kangyue")
    assert second.code == "spouse_exists"


@pytest.mark.parametrize(
    ("relation", "born"),
    [
        ("parent", MEMBER_BORN + dt.timedelta(days=1)),  # parent younger than the member
        ("parent", MEMBER_BORN),  # equal birth dates
        ("child", MEMBER_BORN - dt.timedelta(days=12 * 365)),  # child twelve years older
        ("child", MEMBER_BORN),
    ],
)
def test_implausible_relations_are_refused_with_both_birth_dates(db, actor, relation, born):
    member = add_member(db, actor, 35000)
    refusal = refused(db, actor, member, born, relation, seq="121")
    assert refusal.code == "implausible_relation"
    assert born.isoformat() in str(refusal) and MEMBER_BORN.isoformat() in str(refusal)


@pytest.mark.parametrize(
    ("relation", "born"),
    [("parent", MEMBER_BORN - dt.timedelta(days=1)), ("child", MEMBER_BORN + dt.timedelta(days=1))],
)
def test_a_day_older_parent_and_a_day_younger_child_are_accepted(db, actor, relation, born):
    member = add_member(db, actor, 35000)
    assert designate(db, actor, member, born, relation, seq="131").relation == relation


def kangyue_contract(db, actor) -> tuple[int, str, str]:
    extra = [(RIDER, 2000, "in_force", dt.date(2020, 3, 1))]
    member = add_member(db, actor, 6000, product=KANGYUE, extra=extra)
    with db.read() as session:
        rows = session.query(Policy.product, Policy.policy_no).filter_by(member_id=member).all()
    numbers = dict(rows)
    return member, numbers[KANGYUE], numbers[RIDER]


def test_third_kangyue_relative_across_main_and_rider_is_refused(db, actor):
    member, main, rider = kangyue_contract(db, actor)
    kw = {"program": "kangyue"}
    designate(db, actor, member, dt.date(1995, 1, 1), "child", seq="141", policy_no=main, **kw)
    second = designate(
        db, actor, member, dt.date(1996, 1, 1), "child", seq="142", policy_no=rider, **kw
    )
    assert second.places_left == 0
    third = refused(
        db, actor, member, dt.date(1997, 1, 1), "child", seq="143", policy_no=rider, **kw
    )
    assert third.code == "limit_reached"
    context = rel.designation_context(db, BOOK, member, ON, actor=actor)
    assert [c.places_left for c in context.kangyue] == [0, 0]


def test_desks_designating_on_main_and_rider_at_once_end_with_two(db, actor):
    member, main, rider = kangyue_contract(db, actor)

    def work(desk_db: Database, i: int) -> Any:
        return rel.designate_relative(
            desk_db,
            BOOK,
            actor,
            member,
            f"子女{i}",
            rid(dt.date(1995, 1, 1 + i), "150"),
            "child",
            "kangyue",
            main if i % 2 else rider,
            on=ON,
        ).slot

    outcomes = at_once(db.url, work)
    assert sorted(o for o in outcomes if isinstance(o, int)) == [1, 2], outcomes
    assert Counter(o for o in outcomes if not isinstance(o, int)) == {"limit_reached": DESKS - 2}
