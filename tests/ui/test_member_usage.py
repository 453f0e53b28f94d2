"""The member view shows service use and tier history; a blocked card searched shows red."""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.staff_helpers import actor_for
from tests.ui.conftest import find_member
from tests.ui.test_window_search import rows_of, type_and_wait
from vipdesk.db.models import Member
from vipdesk.domain.quotas import add_years
from vipdesk.rules import load_rules
from vipdesk.services import cases
from vipdesk.services.cards import reissue_card

SHOTS = os.environ.get("VIPDESK_SCREENSHOTS")  # a folder: save the screens for the docs


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, name))


def open_member(qtbot, window, member_id):
    with qtbot.waitSignal(window.member_shown, timeout=5000):
        window.open_member(member_id)


def test_member_view_shows_usage_and_tier_history(qtbot, window, demo_db):
    member = find_member(demo_db, Member.tier == "platinum", Member.vip_status == "active")
    clerk = actor_for(demo_db, "usage.clerk")
    request = cases.CaseRequest(
        case_type="rescue",
        member_id=member.id,
        description="预约贵宾健康体检",
        service_code="health_check",
        eligible=True,
    )
    case = cases.open_case(demo_db, load_rules().current(), clerk, request)
    booked_on = cases.local_day(case.opened_at)
    open_member(qtbot, window, member.id)
    view = window.member_view
    again = add_years(booked_on, 2).isoformat()
    text = view.entitlements_label.text()
    assert f"已用 1 次 · {again} 起可再次使用" in text
    table = view.usage_table
    assert table.item(0, 0).text() == "贵宾健康体检"
    assert table.item(0, 1).text() == f"已用 1 次 · {again} 起可再次使用"
    assert (
        table.item(0, 2).text() == booked_on.isoformat() and table.item(0, 3).text() == "每2年1次"
    )
    view.tabs.setCurrentWidget(view.usage_page)  # the quotas above, the recorded uses below
    shot(window, "member-usage.png")
    assert view.tier_history_table.rowCount() >= 1
    assert "白金卡" in view.tier_history_table.item(0, 1).text()
    distance = view.distance_label.text()
    assert "还差 ¥" in distance and "升至钻石卡" in distance and "高出门槛 ¥" in distance
    view.tabs.setCurrentWidget(view.tier_history_table)
    shot(window, "member-tier-history.png")


def test_a_blocked_card_number_searched_is_red_and_never_looks_valid(qtbot, window, demo_db):
    member = find_member(demo_db, Member.tier == "gold", Member.vip_status == "active")
    clerk = actor_for(demo_db, "card.clerk")
    today = dt.date.today()
    result = reissue_card(demo_db, clerk, member.id, "lost", today)
    old = result.old.number
    type_and_wait(qtbot, window, old)
    assert rows_of(window.model) == [member.id]
    cell = window.model.index(0, 4)
    assert cell.data() == f"此卡已于 {today.isoformat()} 挂失，不能使用"
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == QColor("#C62828")
    warning = window.search.blocked
    assert warning.isVisible() and f"此卡已于 {today.isoformat()} 挂失，不能使用" in warning.text()
    shot(window, "blocked-card-search.png")
    open_member(qtbot, window, member.id)
    banner = window.member_view.presented_label
    assert banner.isVisible() and "挂失，不能使用" in banner.text()
    shot(window, "blocked-card-member.png")
    other = find_member(demo_db, Member.tier == "silver")
    open_member(qtbot, window, other.id)
    assert not window.member_view.presented_label.isVisible()
    window.search.box.clear()
    type_and_wait(qtbot, window, other.name_initials)
    assert not window.search.blocked.isVisible()
