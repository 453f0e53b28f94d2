"""The member view shows the member's audit history: who did what, when, before and after."""

from __future__ import annotations

import datetime as dt

from tests.ui.conftest import find_member
from vipdesk.db.models import Member
from vipdesk.domain.people import check_digit
from vipdesk.rules import load_rules
from vipdesk.services.database import actor_for
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
