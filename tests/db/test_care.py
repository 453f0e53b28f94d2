"""The care calendar on real databases: every kind at its boundary, managers, done and snooze."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.case_fixtures import BOOK, add_member, add_relative, supervisor
from vipdesk.db.models import AuditRecord
from vipdesk.domain.catalog import load_catalog
from vipdesk.errors import KnownError, NotFound, Refused
from vipdesk.services import cases
from vipdesk.services.account_managers import manager_of, set_account_manager
from vipdesk.services.cards import reissue_card
from vipdesk.services.care import care_items, mark_care
from vipdesk.services.usage import record_use

D = dt.date
RULES = BOOK.current()


def items(db, actor, start, days=14, kinds=None, manager=None):
    with db.read() as session:
        return care_items(session, RULES, start, days, manager, kinds, actor=actor)


def kinds_of(found, member_id):
    return sorted((i.kind, i.due_on) for i in found if i.member_id == member_id)


def test_birthdays_of_members_and_relatives_at_the_window_edges(db, actor):
    member, _ = add_member(db, actor, "platinum", born=D(1970, 5, 5))
    add_relative(db, member, born=D(1975, 5, 18))
    found = items(db, actor, D(2026, 5, 5), kinds=["birthdays"])
    assert [(i.person, i.due_on) for i in found] == [
        ("王建国", D(2026, 5, 5)),
        ("李秀英", D(2026, 5, 18)),
    ]
    assert found[0].detail == "56 岁生日"
    assert items(db, actor, D(2026, 5, 6), kinds=["birthdays"])[0].person == "李秀英"
    assert items(db, actor, D(2026, 5, 19), kinds=["birthdays"]) == []


def test_a_29_february_birthday_is_greeted_on_28_february_in_a_common_year(db, actor):
    member, _ = add_member(db, actor, "gold", born=D(1980, 2, 29))
    assert kinds_of(items(db, actor, D(2027, 2, 28), 1, ["birthdays"]), member) == [
        ("birthdays", D(2027, 2, 28))
    ]
    assert kinds_of(items(db, actor, D(2028, 2, 29), 1, ["birthdays"]), member) == [
        ("birthdays", D(2028, 2, 29))
    ]
    assert items(db, actor, D(2027, 3, 1), 14, ["birthdays"]) == []


def test_health_check_available_again_from_the_service_use_records(db, actor):
    member, _ = add_member(db, actor, "diamond")  # once a year
    record_use(db, RULES, load_catalog().current(), actor, member, "health_check", D(2025, 6, 14))
    assert kinds_of(items(db, actor, D(2026, 6, 1), kinds=["health_check"]), member) == [
        ("health_check", D(2026, 6, 14))
    ]
    assert items(db, actor, D(2026, 5, 31), 14, ["health_check"]) == []  # 13 June is the last day


def test_tiers_at_risk_with_the_premium_short(db, actor):
    due, _ = add_member(db, actor, "gold")  # one 12,000 policy effective 1 January 2019
    held, _ = add_member(db, actor, "gold", status="suspended")
    found = {i.member_id: i for i in items(db, actor, D(2025, 12, 19), kinds=["tier_at_risk"])}
    assert found[due].due_on == D(2026, 1, 1) and found[due].amount == Decimal(10000)
    assert found[held].due_on == D(2025, 12, 19) and "中止" in found[held].detail
    later = items(db, actor, D(2025, 12, 18), kinds=["tier_at_risk"])  # ends 31 December
    assert [i.member_id for i in later] == [held]


def test_upgrade_candidates_within_ten_percent_of_the_next_threshold(db, actor):
    extra = ("都会安享两全保险", "3000", "in_force", D(2019, 1, 1), None)
    near, _ = add_member(db, actor, "silver", policies=[extra])  # 9,000 = 90 % of gold
    short = ("都会安享两全保险", "2999.99", "in_force", D(2019, 1, 1), None)
    far, _ = add_member(db, actor, "silver", policies=[short])  # 8,999.99
    found = items(db, actor, D(2026, 3, 1), kinds=["upgrade"])
    assert [(i.member_id, i.amount) for i in found] == [(near, Decimal(1000))]
    assert far not in {i.member_id for i in found}


def test_follow_up_three_days_after_resolution_and_card_pickup(db, actor):
    member, _ = add_member(db, actor, "gold")
    opened = dt.datetime(2026, 3, 1, 2, 0, tzinfo=dt.UTC)
    case = cases.open_case(db, RULES, actor, cases.CaseRequest("enquiry", member, "问"), opened)
    cases.change_status(db, actor, case.id, "in_progress", now=opened)
    cases.change_status(db, actor, case.id, "resolved", now=opened + dt.timedelta(hours=1))
    resolved_day = cases.local_day(opened + dt.timedelta(hours=1))
    follow = resolved_day + dt.timedelta(days=3)
    assert kinds_of(items(db, actor, follow, 1, ["follow_up"]), member) == [("follow_up", follow)]
    assert items(db, actor, follow - dt.timedelta(days=1), 1, ["follow_up"]) == []
    late = items(db, actor, follow + dt.timedelta(days=5), 1, ["follow_up"])  # missed: stays
    assert late[0].ref == case.case_no
    reissue_card(db, actor, member, "lost", on=D(2026, 3, 2))
    [card] = items(db, actor, D(2026, 3, 3), kinds=["card_pickup"])
    assert card.due_on == D(2026, 3, 2) and card.ref is not None


def test_done_leaves_the_list_audited_and_snooze_hides_until_the_day(db, actor):
    member, _ = add_member(db, actor, "gold", born=D(1970, 5, 10))
    start = D(2026, 5, 5)
    [item] = items(db, actor, start, kinds=["birthdays"])
    mark_care(db, actor, item.key, "snoozed", until=D(2026, 5, 8), today=start)
    assert items(db, actor, start, kinds=["birthdays"]) == []
    assert len(items(db, actor, D(2026, 5, 8), kinds=["birthdays"])) == 1
    mark_care(db, actor, item.key, "done", "已电话问候", today=start)
    assert items(db, actor, D(2026, 5, 8), kinds=["birthdays"]) == []
    with db.read() as session:
        actions = session.scalars(
            select(AuditRecord.action)
            .where(AuditRecord.member_id == member)
            .order_by(AuditRecord.id)
        ).all()
    assert actions[-2:] == ["care.snooze", "care.done"]
    with pytest.raises(KnownError):
        mark_care(db, actor, item.key, "snoozed", until=start, today=start)  # not later
    with pytest.raises(KnownError):
        mark_care(db, actor, "birthdays:x", "done")


def test_account_manager_set_by_a_supervisor_and_the_calendar_per_manager(db, actor):
    mine, _ = add_member(db, actor, "gold", born=D(1970, 5, 6))
    other, _ = add_member(db, actor, "gold", born=D(1970, 5, 7))
    boss = supervisor(db)
    with pytest.raises(Refused):
        set_account_manager(db, actor, mine, "clerk1")  # a clerk may not
    with pytest.raises(NotFound):
        set_account_manager(db, boss, mine, "nobody")
    assert set_account_manager(db, boss, mine, "clerk1") is True
    assert set_account_manager(db, boss, mine, "clerk1") is False  # nothing changed
    with db.read() as session:
        assert manager_of(session, mine) == ("clerk1", "柜员一")
        assert manager_of(session, other) is None
        audited = session.scalar(
            select(func.count()).where(AuditRecord.action == "member.account_manager")
        )
    assert audited == 1
    found = items(db, actor, D(2026, 5, 1), kinds=["birthdays"], manager="clerk1")
    assert [(i.member_id, i.manager) for i in found] == [(mine, "柜员一")]
    assert len(items(db, actor, D(2026, 5, 1), kinds=["birthdays"])) == 2
    with pytest.raises(KnownError):
        items(db, actor, D(2026, 5, 1), kinds=["holidays"])


def test_import_column_account_manager_sets_managers_or_rejects_the_file(db, actor, tmp_path):
    from tests.db.import_helpers import id_number, write_csv
    from tests.staff_helpers import test_admin
    from vipdesk.db.models import Member
    from vipdesk.services.importer import ImportRejected, import_members

    admin = test_admin(db)
    header = "id_number,name,phone,address,客户经理"
    rows = [f"{id_number(1)},张三,,北京,clerk1", f"{id_number(2)},李四,,北京,"]
    good = write_csv(tmp_path, "m.csv", header, rows)
    import_members(db, RULES, admin, good)
    with db.read() as session:
        ids = dict(session.execute(select(Member.id_number, Member.id)).all())
        assert manager_of(session, ids[id_number(1)]) == ("clerk1", "柜员一")
        assert manager_of(session, ids[id_number(2)]) is None
    bad = write_csv(tmp_path, "b.csv", header, [f"{id_number(2)},李四,,北京,nobody"])
    with pytest.raises(ImportRejected) as refused:
        import_members(db, RULES, admin, bad)
    assert "nobody" in refused.value.problems[0]
    with db.read() as session:
        assert manager_of(session, ids[id_number(2)]) is None  # nothing written
