"""The member view shows the member's audit history: who did what, when, before and after."""

from __future__ import annotations

import datetime as dt
import re

from tests.staff_helpers import actor_for
from tests.ui.conftest import find_member
from vipdesk.db.models import Member
from vipdesk.domain.people import check_digit
from vipdesk.rules import load_rules
from vipdesk.services.relatives import designate_relative


def test_history_tab_lists_a_designation_with_the_clerk(qtbot, window, demo_db):
    member = find_member(demo_db, Member.tier == "diamond", Member.vip_status == "active")
    clerk = actor_for(demo_db, "zhangsan", "张三")
    body = "11010519900101012"
    designate_relative(
        demo_db,
        load_rules(),
        clerk,
        member.id,
        name="李亲属",
        id_number=body + check_digit(body),
        relation="spouse",
        on=dt.date.today(),
    )
    with qtbot.waitSignal(window.member_shown, timeout=5000):
        window.open_member(member.id)
    table = window.member_view.audit_table
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert any(row[1] == "张三" and row[2] == "指定亲属" and "李亲属" in row[3] for row in rows)


RAW_KEY = re.compile(r"[a-z_]+\s*[:：]")


def history_rows(table):
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_history_is_plain_chinese_without_raw_keys(qtbot, window, demo_db):
    member = find_member(demo_db, Member.tier == "diamond", Member.vip_status == "active")
    clerk = actor_for(demo_db, "lisi", "李四")
    body = "11010519880202012"
    number = body + check_digit(body)
    designate_relative(
        demo_db,
        load_rules(),
        clerk,
        member.id,
        name="王亲属",
        id_number=number,
        relation="child",
        on=dt.date.today(),
    )
    with qtbot.waitSignal(window.member_shown, timeout=5000):
        window.open_member(member.id)
    rows = history_rows(window.member_view.audit_table)
    row = next(r for r in rows if r[2] == "指定亲属")
    assert row[1] == "李四" and "姓名：王亲属" in row[3] and "关系：子女" in row[3]
    for cells in rows:
        text = " ".join(cells)
        assert not RAW_KEY.search(text), text  # never `places_left: 2` or `relation: child`
        assert number not in text and member.id_number not in text


def test_a_reveal_shows_in_the_history_at_once(qtbot, window, demo_db):
    member = find_member(demo_db, Member.tier == "gold", Member.vip_status == "active")
    with qtbot.waitSignal(window.member_shown, timeout=5000):
        window.open_member(member.id)
    table = window.member_view.audit_table
    before = table.rowCount()
    window.reveal_id("核实客户身份")
    qtbot.waitUntil(lambda: table.rowCount() == before + 1, timeout=5000)
    when, who, action, what = history_rows(table)[0]
    assert action == "查看完整证件号码" and "用途：核实客户身份" in what
    assert who == window.actor.display_name
    assert when.startswith(dt.date.today().isoformat())
    assert window.member_view.id_label.text() == member.id_number  # the reveal itself


def test_opening_a_member_reads_the_history_once_and_a_write_reads_it_again(
    qtbot, window, demo_db, monkeypatch
):
    from ui.audit import ops

    reads: list[int] = []
    real = ops.member_history
    monkeypatch.setattr(
        ops, "member_history", lambda desk, mid: reads.append(mid) or real(desk, mid)
    )
    member = find_member(demo_db, Member.tier == "diamond", Member.vip_status == "active")
    with qtbot.waitSignal(window.member_shown, timeout=5000):
        window.open_member(member.id)
    qtbot.waitUntil(window.worker.is_idle, timeout=5000)
    qtbot.wait(100)
    assert reads == []  # the detail brought the 操作记录 with it
    window.reveal_id("客户来电核实")  # a write: the tab is read again, with the reveal in it
    qtbot.waitUntil(lambda: reads == [member.id] and window.worker.is_idle(), timeout=5000)
    rows = history_rows(window.member_view.audit_table)
    assert any(row[2] == "查看完整证件号码" for row in rows)
