"""Designated relatives on a real database (SQLite file and PostgreSQL): the service."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.exc import IntegrityError

from tests.case_fixtures import supervisor
from tests.db.relative_helpers import (
    BOOK,
    KANGYUE,
    ON,
    active_count,
    add_member,
    designate,
    policy_no,
    rid,
)
from vipdesk.db.models import DesignatedRelative, Member
from vipdesk.errors import DatabaseError, KnownError, Refused
from vipdesk.services import relatives as rel


def test_platinum_member_designates_two_and_the_third_is_refused(db, actor):
    member = add_member(db, actor, 30000)
    first = designate(db, actor, member, dt.date(1972, 1, 1))
    assert (first.slot, first.places_left, first.status) == (1, 1, "active")
    second = designate(db, actor, member, dt.date(1998, 1, 1), "child")
    assert (second.slot, second.places_left) == (2, 0)
    with pytest.raises(Refused) as refused:
        designate(db, actor, member, dt.date(1966, 9, 9), "parent")
    assert refused.value.code == "limit_reached"
    assert active_count(db, member) == 2


def test_silver_and_gold_members_are_not_entitled(db, actor):
    for premium in (5000, 10000):
        member = add_member(db, actor, premium)
        with pytest.raises(Refused) as refused:
            designate(db, actor, member, dt.date(1980, 1, 1))
        assert refused.value.code == "not_entitled"
        assert active_count(db, member) == 0


def test_vip_age_boundary_64_vs_65_on_designation_day(db, actor):
    member = add_member(db, actor, 50000)
    with pytest.raises(Refused) as refused:
        designate(db, actor, member, dt.date(1960, 6, 1), "parent")  # 65 today
    assert refused.value.code == "too_old"
    assert designate(db, actor, member, dt.date(1960, 6, 2), "parent").age == 64


def test_refusals_self_already_relation_invalid(db, actor):
    member = add_member(db, actor, 50000)
    with db.read() as session:
        own = session.get(Member, member).id_number
    with pytest.raises(Refused) as refused:
        rel.designate_relative(db, BOOK, actor, member, "本人", own, "spouse", on=ON)
    assert refused.value.code == "self_designation"
    designate(db, actor, member, dt.date(1980, 1, 1))
    codes = []
    for number, relation in (
        (rid(dt.date(1980, 1, 1)), "child"),
        (rid(dt.date(1981, 1, 1)), "sibling"),
        ("110105198101010000", "child"),
    ):
        with pytest.raises(Refused) as refused:
            rel.designate_relative(db, BOOK, actor, member, "某某", number, relation, on=ON)
        codes.append(refused.value.code)
    assert codes == ["already_designated", "relation_not_allowed", "invalid_id_number"]
    assert active_count(db, member) == 1


def test_removal_frees_a_vip_place_and_is_audited(db, actor):
    member = add_member(db, actor, 30000)
    designate(db, actor, member, dt.date(1972, 1, 1))
    designate(db, actor, member, dt.date(1998, 1, 1), "child")
    removed = rel.remove_relative(
        db, BOOK, supervisor(db), member, rid(dt.date(1972, 1, 1)), "离婚", on=ON
    )
    assert (removed.status, removed.removed_reason, removed.places_left) == ("removed", "离婚", 1)
    again = designate(db, actor, member, dt.date(1975, 1, 1), "spouse", seq="456")
    assert again.slot == 1
    names = [r.relation for r in rel.list_relatives(db, BOOK, member, ON, actor=actor)]
    assert names == ["spouse", "child"]
    history = rel.member_history(db, member, actor=actor)
    assert [h.action for h in history[:4]] == [
        "relative.designate",
        "relative.remove",
        "relative.designate",
        "relative.designate",
    ]
    remove = history[1]
    assert remove.staff_name == "主管" and remove.action_name == "移除指定亲属"  # a supervisor's
    assert remove.before["status"] == "active" and remove.after["status"] == "removed"
    assert remove.after["removed_reason"] == "离婚"
    assert "*" in remove.after["id_number_masked"]  # masked in the audit log


def test_remove_needs_reason_and_an_active_relative(db, actor):
    member = add_member(db, actor, 30000)
    with pytest.raises(KnownError, match="移除原因"):
        rel.remove_relative(db, BOOK, supervisor(db), member, rid(dt.date(1972, 1, 1)), " ", on=ON)
    with pytest.raises(KnownError, match="没有证件号"):
        rel.remove_relative(
            db, BOOK, supervisor(db), member, rid(dt.date(1972, 1, 1)), "错误", on=ON
        )


def test_kangyue_two_for_life_never_replaceable(db, actor):
    member = add_member(db, actor, 6000, product=KANGYUE)
    kw = {"program": "kangyue"}
    first = designate(db, actor, member, dt.date(1955, 3, 1), "parent", **kw)
    assert first.service_from == ON + dt.timedelta(days=30) and first.policy_no
    designate(db, actor, member, dt.date(1956, 3, 1), "parent", **kw)
    with pytest.raises(Refused) as refused:
        designate(db, actor, member, dt.date(1990, 1, 1), "spouse", **kw)
    assert refused.value.code == "limit_reached"
    rel.remove_relative(db, BOOK, supervisor(db), member, rid(dt.date(1955, 3, 1)), "身故", on=ON)
    with pytest.raises(Refused) as refused:
        designate(db, actor, member, dt.date(1990, 1, 1), "spouse", **kw)
    assert refused.value.code == "not_replaceable"
    assert active_count(db, member, "kangyue") == 1


def test_kangyue_age_boundary_65_vs_66_on_effective_date(db, actor):
    member = add_member(db, actor, 6000, product=KANGYUE, effective=dt.date(2020, 3, 1))
    with pytest.raises(Refused) as refused:
        designate(db, actor, member, dt.date(1954, 3, 1), "parent", program="kangyue")
    assert refused.value.code == "too_old"
    ok = designate(db, actor, member, dt.date(1954, 3, 2), "parent", program="kangyue")
    assert ok.age == 71  # 65 on the effective date, older now: still allowed


def test_kangyue_policy_must_be_the_members_in_force_kangyue_policy(db, actor):
    lapsed = add_member(db, actor, 6000, product=KANGYUE, status="lapsed")
    with pytest.raises(Refused) as refused:
        designate(db, actor, lapsed, dt.date(1990, 1, 1), program="kangyue")
    assert refused.value.code == "not_entitled"
    other = add_member(db, actor, 6000, product=KANGYUE)
    plain = add_member(db, actor, 6000)
    with pytest.raises(Refused) as refused:
        designate(
            db, actor, plain, dt.date(1990, 1, 1), program="kangyue", policy_no=policy_no(db, other)
        )
    assert refused.value.code == "not_entitled"
    # main policy and rider are one contract: no need to name a policy (issue 11)
    two = add_member(
        db, actor, 6000, product=KANGYUE, extra=[(KANGYUE, 7000, "in_force", dt.date(2021, 1, 1))]
    )
    assert designate(db, actor, two, dt.date(1990, 1, 1), "child", program="kangyue").slot == 1


def test_database_refuses_a_duplicate_slot_itself(db, actor):
    member = add_member(db, actor, 30000)
    designate(db, actor, member, dt.date(1972, 1, 1))
    with pytest.raises(DatabaseError) as refused, db.write() as session:
        session.add(
            DesignatedRelative(
                member_id=member,
                program="vip",
                slot=1,
                name="x",
                id_number=rid(dt.date(1980, 2, 2)),
                relation="child",
                birth_date=dt.date(1980, 2, 2),
                gender="M",
                designated_on=ON,
            )
        )
    assert isinstance(refused.value.__cause__, IntegrityError)  # the database itself


def test_stale_count_is_caught_by_the_slot_index(db, actor, monkeypatch):
    member = add_member(db, actor, 30000)
    designate(db, actor, member, dt.date(1972, 1, 1))
    designate(db, actor, member, dt.date(1998, 1, 1), "child")
    monkeypatch.setattr(
        rel, "existing_relatives", lambda *a: []
    )  # as if the count were read too early
    with pytest.raises(Refused) as refused:
        designate(db, actor, member, dt.date(1966, 9, 9), "parent")
    assert refused.value.code == "limit_reached"
    assert active_count(db, member) == 2


def test_designation_context_shows_places_and_rule(db, actor):
    member = add_member(db, actor, 30000, extra=[(KANGYUE, 1000, "in_force", dt.date(2020, 1, 1))])
    designate(db, actor, member, dt.date(1972, 1, 1))
    ctx = rel.designation_context(db, BOOK, member, ON, actor=actor)
    assert ctx.vip.places_left == 1 and "白金卡" in ctx.vip.rule
    assert len(ctx.kangyue) == 1 and ctx.kangyue[0].places_left == 2
    assert ctx.check("vip", rid(dt.date(1972, 1, 1)), "spouse", ON).refusal.code == (
        "already_designated"
    )
