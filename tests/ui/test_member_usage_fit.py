"""The usage line under each entitlement is never cut: the member view is laid out by the time
it is shown (first member and next member), on the 1366×768 desk screen."""

from __future__ import annotations

import os

from tests.staff_helpers import actor_for
from tests.ui.conftest import find_member
from vipdesk.db.models import Member
from vipdesk.rules import load_rules
from vipdesk.services import cases

SHOTS = os.environ.get("VIPDESK_SCREENSHOTS")


def _book(db, member_id: int) -> None:
    """A health check and a relative's hospital visit: two usage lines under two entitlements."""
    clerk = actor_for(db, "usage.fit")
    rules = load_rules().current()
    for service, item, occasion in (
        ("health_check", None, None),
        ("domestic_rescue", "dom_relative_visit", "ZY-2026-01"),
    ):
        request = cases.CaseRequest(
            case_type="rescue",
            member_id=member_id,
            description="预约服务",
            service_code=service,
            item_code=item,
            eligible=True,
            occasion=occasion,
        )
        cases.open_case(db, rules, clerk, request)


def _uncut(view) -> None:
    label, box = view.entitlements_label, view.entitlements_box
    assert label.height() >= label.heightForWidth(label.width())  # every line has its room
    bottom = label.mapTo(box, label.rect().bottomLeft()).y()
    assert bottom <= box.contentsRect().bottom()
    hotline = view.hotline_label.mapTo(box, view.hotline_label.rect().topLeft()).y()
    assert hotline >= bottom  # the hotline line comes after the last usage line, not over it


def test_usage_lines_have_room_when_the_member_shows(qtbot, make_window, demo_url, demo_db):
    window = make_window(demo_url, resize=False)  # the desk's own size on the 1366×768 screen
    first = find_member(demo_db, Member.tier == "gold", Member.vip_status == "active")
    member = find_member(demo_db, Member.tier == "platinum", Member.vip_status == "active")
    _book(demo_db, member.id)
    for shown in (member, first, member):  # hidden then filled; then filled while visible
        with qtbot.waitSignal(window.member_shown, timeout=5000):
            window.open_member(shown.id)
        _uncut(window.member_view)  # at once: measured or painted now, nothing is cut
    view = window.member_view
    text = view.entitlements_label.text()
    assert "已用 1 次 · " in text and "本次住院已安排（每次住院限 1 次）" in text
    assert view.usage_table.item(0, 1).toolTip() == view.usage_table.item(0, 1).text()
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "member-usage-lines.png"))
