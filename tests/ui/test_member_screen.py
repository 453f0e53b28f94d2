"""The member view: a revealed ID number masks itself again (time, click, idle lock), each new
member starts at the top."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.ui.conftest import find_member
from tests.ui.walk import WAIT
from ui.masking import REVEAL_SECONDS
from vipdesk.db.models import Member


def open_member(qtbot, window, member_id):
    with qtbot.waitSignal(window.member_shown, timeout=WAIT):
        window.open_member(member_id)


def reveal(qtbot, window, member):
    window.reveal_id("核实客户身份")
    qtbot.waitUntil(lambda: window.member_view.id_label.text() == member.id_number, timeout=WAIT)


def test_a_revealed_number_masks_itself_after_a_minute(qtbot, window, demo_db):
    member = find_member(demo_db, Member.tier == "diamond")
    open_member(qtbot, window, member.id)
    masked = window.member_view.id_label.text()
    view = window.member_view
    assert view.id_text.timer.interval() == REVEAL_SECONDS * 1000 == 60_000
    view.id_text.timer.setInterval(200)  # the minute, shortened for the test
    reveal(qtbot, window, member)
    assert "秒后自动隐藏" in view.id_label.toolTip()
    qtbot.waitUntil(lambda: view.id_label.text() == masked, timeout=WAIT)
    assert member.id_number not in view.id_label.text()


def test_a_click_or_the_idle_lock_masks_it_at_once(qtbot, window, demo_db):
    member = find_member(demo_db, Member.tier == "diamond")
    open_member(qtbot, window, member.id)
    view = window.member_view
    masked = view.id_label.text()
    reveal(qtbot, window, member)
    qtbot.mouseClick(view.id_label, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert view.id_label.text() == masked
    reveal(qtbot, window, member)
    view.mask_all()  # what the idle lock calls
    assert view.id_label.text() == masked and not view.id_text.timer.isActive()


def test_each_new_member_starts_at_the_top(qtbot, window, demo_db):
    first = find_member(demo_db, Member.tier == "diamond")
    second = find_member(demo_db, Member.tier == "gold")
    window.resize(1000, 500)  # short enough to scroll
    open_member(qtbot, window, first.id)
    bar = window.member_view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=WAIT)
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    open_member(qtbot, window, second.id)
    assert bar.value() == 0
