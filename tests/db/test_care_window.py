"""The care calendar's SQL at the edges the date arithmetic can get wrong: a window across New
Year, 29 February anniversaries and health checks, long windows, and paging."""

from __future__ import annotations

import datetime as dt

from tests.case_fixtures import BOOK, add_member, add_relative
from vipdesk.domain.care import KINDS
from vipdesk.domain.catalog import load_catalog
from vipdesk.services.care import care_items, care_page
from vipdesk.services.care_sql import _used_on_for, anniversary_days, birthday_days
from vipdesk.services.usage import record_use

D = dt.date
RULES = BOOK.current()


def items(db, actor, start, days=14, kinds=None):
    with db.read() as session:
        return care_items(session, RULES, start, days, None, kinds, actor=actor)


def test_a_window_across_new_year_finds_december_and_january_birthdays(db, actor):
    december, _ = add_member(db, actor, "gold", born=D(1970, 12, 31))
    january, _ = add_member(db, actor, "gold", born=D(1971, 1, 2))
    add_relative(db, december, born=D(1990, 1, 1))
    found = items(db, actor, D(2026, 12, 30), 5, ["birthdays"])
    assert [(i.member_id, i.due_on, i.detail) for i in found] == [
        (december, D(2026, 12, 31), "56 岁生日"),
        (december, D(2027, 1, 1), "指定亲属 37 岁生日"),
        (january, D(2027, 1, 2), "56 岁生日"),
    ]
    assert items(db, actor, D(2027, 1, 3), 14, ["birthdays"]) == []


def test_a_29_february_policy_falls_due_on_1_march_in_a_common_year(db, actor):
    leap = ("都会安享终身寿险", "6000", "in_force", D(2024, 2, 29), None)
    member, _ = add_member(db, actor, "silver", policies=[leap])  # 12,000: gold
    [risk] = items(db, actor, D(2027, 3, 1), 1, ["tier_at_risk"])
    assert (risk.member_id, risk.due_on) == (member, D(2027, 3, 1))
    assert items(db, actor, D(2027, 2, 28), 1, ["tier_at_risk"]) == []
    [leap_year] = items(db, actor, D(2028, 2, 29), 1, ["tier_at_risk"])
    assert leap_year.due_on == D(2028, 2, 29)


def test_a_check_on_29_february_is_available_again_on_1_march(db, actor):
    member, _ = add_member(db, actor, "diamond")  # once a year
    record_use(db, RULES, load_catalog().current(), actor, member, "health_check", D(2024, 2, 29))
    [found] = items(db, actor, D(2025, 2, 27), 3, ["health_check"])
    assert (found.member_id, found.due_on) == (member, D(2025, 3, 1))
    assert items(db, actor, D(2025, 2, 26), 3, ["health_check"]) == []  # ends 28 February


def test_window_tables_at_their_edges():
    days = dict(birthday_days(D(2027, 2, 27), D(2027, 3, 1), "sqlite"))
    assert days["02-29"] == D(2027, 2, 28) and days["03-01"] == D(2027, 3, 1)
    assert dict(anniversary_days(D(2027, 2, 27), D(2027, 3, 1), "sqlite"))["02-29"] == D(2027, 3, 1)
    assert "02-29" not in dict(anniversary_days(D(2027, 2, 27), D(2027, 2, 28), "sqlite"))
    assert dict(birthday_days(D(2028, 2, 28), D(2028, 2, 29), "postgresql"))[229] == D(2028, 2, 29)
    long = birthday_days(D(2026, 5, 4), D(2027, 5, 4), "sqlite")  # 366 days: 05-04 twice
    assert len(long) == 366 and dict(long)["05-04"] == D(2026, 5, 4)
    assert _used_on_for(D(2027, 3, 1), 3) == [D(2024, 3, 1), D(2024, 2, 29)]
    assert _used_on_for(D(2028, 2, 29), 1) == []


def test_pages_are_slices_of_the_whole_list(db, actor):
    for n in range(7):
        add_member(db, actor, "gold", born=D(1970, 5, 5 + n % 3))
    whole = items(db, actor, D(2026, 5, 5), 14)
    with db.read() as session:
        pages = [
            care_page(session, RULES, D(2026, 5, 5), 14, actor=actor, limit=3, offset=k)
            for k in range(0, len(whole) + 3, 3)
        ]
    assert len(whole) >= 7 and [i for p in pages for i in p] == whole
    assert [i.due_on for i in whole] == sorted(i.due_on for i in whole)


def test_pages_across_every_kind_are_slices_of_the_whole_list(db, actor):
    """Each kind read in its own order with a LIMIT over chunks of days and merged: pages of
    two are the whole list cut in pieces (done items removed before the cut), in the order day,
    kind, name; 离网预警 found member by member on the first days and by month-day later."""
    from vipdesk.services.care import mark_care

    start = D(2025, 12, 26)  # to 8 January: every gold member's 1 January premium falls due
    born = [D(1970, 12, 27), D(1971, 12, 27), D(1972, 12, 30), D(1973, 1, 2), D(1974, 1, 8)]
    names = ["赵一", "钱二", "孙三", "李四", "周五"]
    ids = [
        add_member(db, actor, "gold", name=n, born=b)[0] for n, b in zip(names, born, strict=True)
    ]
    early = ("都会安享两全保险", "1000", "in_force", D(2019, 12, 27), None)
    soon, _ = add_member(db, actor, "gold", name="吴六", policies=[early])  # first due 27 Dec
    held, _ = add_member(db, actor, "gold", name="郑七", status="suspended")
    near = ("都会安享两全保险", "3000", "in_force", D(2019, 6, 1), None)
    up, _ = add_member(db, actor, "silver", name="王八", policies=[near])
    whole = items(db, actor, start, 14)
    [first_birthday] = [i for i in whole if i.kind == "birthdays" and i.member_id == ids[0]]
    mark_care(db, actor, first_birthday.key, "done", today=start)
    whole = items(db, actor, start, 14)
    assert first_birthday.key not in {i.key for i in whole}
    assert [(i.due_on, i.kind) for i in whole[:3]] == [
        (start, "tier_at_risk"), (start, "upgrade"), (D(2025, 12, 27), "birthdays")
    ]  # fmt: skip
    at_risk = {i.member_id: i.due_on for i in whole if i.kind == "tier_at_risk"}
    assert at_risk[held] == start and at_risk[soon] == D(2025, 12, 27)
    assert all(at_risk[m] == D(2026, 1, 1) for m in ids)
    assert up in {i.member_id for i in whole if i.kind == "upgrade"}
    keys = [(i.due_on, i.kind) for i in whole]
    assert keys == sorted(keys, key=lambda k: (k[0], KINDS.index(k[1])))
    for size in (1, 2, 5):
        with db.read() as session:
            pages = [care_page(session, RULES, start, 14, actor=actor, limit=size, offset=k)
                     for k in range(0, len(whole) + size, size)]  # fmt: skip
        assert [i for p in pages for i in p] == whole, size
