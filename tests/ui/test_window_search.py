"""Drive the real window: search by pinyin initials and ID suffix, open with the keyboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.ui.conftest import add_relative, find_member
from vipdesk.db.models import Member
from vipdesk.domain.cards import format_card_number


def rows_of(model):
    return [model.member_id(r) for r in range(model.rowCount())]


def type_and_wait(qtbot, window, text):
    box = window.search.box
    box.setFocus()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(
        lambda: window.model.query == text and not window.model.is_searching(), timeout=5000
    )


def test_pinyin_initials_find_and_open_a_platinum_member(qtbot, window, demo_db):
    member = find_member(
        demo_db,
        Member.tier == "platinum",
        Member.vip_status == "active",
        Member.birth_date > dt.date(1965, 1, 1),
    )
    add_relative(demo_db, member, "林淑珍", "spouse", dt.date(1975, 3, 14), 1)
    add_relative(demo_db, member, "王子涵", "child", dt.date(2012, 8, 2), 2)

    type_and_wait(qtbot, window, member.name_initials)
    assert member.id in rows_of(window.model)
    row = rows_of(window.model).index(member.id)
    assert window.model.index(row, 0).data() == member.name
    assert window.model.index(row, 3).data() == "白金卡"
    assert window.model.index(row, 1).data() != member.id_number  # masked

    qtbot.keyClick(window.search.box, Qt.Key.Key_Down)
    assert window.search.table.hasFocus() or window.search.current_row() == 0
    for _ in range(row):
        qtbot.keyClick(window.search.table, Qt.Key.Key_Down)
    assert window.search.current_row() == row
    with qtbot.waitSignal(window.member_shown, timeout=5000) as shown:
        qtbot.keyClick(window.search.table, Qt.Key.Key_Return)
    assert shown.args == [member.id]

    view = window.member_view
    face = view.card.face
    assert face.tier_name == "白金卡"
    assert not face.blocked
    assert face.number == format_card_number(window.member.card.number)
    assert len(face.number.split(" ")) == 4
    assert face.holder == member.name
    assert view.name_label.text() == member.name
    assert member.id_number not in view.id_label.text()
    entitlements = view.entitlements_label.text()
    for service in ("国内医疗救援", "国际旅行及医疗救援", "12小时电话医生", "客户服务活动"):
        assert service in entitlements
    assert "150" in entitlements and "65周岁" in entitlements and "90天" in entitlements
    assert "400-650-0621" in view.hotline_label.text()
    names = {view.relatives_table.item(r, 0).text() for r in range(view.relatives_table.rowCount())}
    assert names == {"林淑珍", "王子涵"}
    relations = {
        view.relatives_table.item(r, 1).text() for r in range(view.relatives_table.rowCount())
    }
    assert relations == {"配偶", "子女"}
    assert "已指定 2 位" in view.relatives_note.text()
    assert view.policies_table.rowCount() == len(window.member.policies)
    assert view.history_table.rowCount() >= 1


def test_id_suffix_then_enter_opens_the_member(qtbot, window, demo_db):
    member = find_member(demo_db, Member.tier == "gold")
    suffix = member.id_number[-6:]
    box = window.search.box
    box.setFocus()
    qtbot.keyClicks(box, suffix)
    with qtbot.waitSignal(window.member_shown, timeout=5000) as shown:
        qtbot.keyClick(box, Qt.Key.Key_Return)  # before or after the results arrive
    assert shown.args == [member.id]
    assert rows_of(window.model)[0] == member.id
    assert window.member_view.card.face.tier_name == "金卡"
    assert "还差" in window.member_view.distance_label.text()  # issue 11 wording
    assert "白金卡" in window.member_view.distance_label.text()


def test_escape_clears_and_ctrl_f_focuses(qtbot, window, demo_db):
    member = find_member(demo_db, Member.tier == "diamond")
    type_and_wait(qtbot, window, member.name_pinyin)
    assert member.id in rows_of(window.model)
    qtbot.keyClick(window.search.box, Qt.Key.Key_Escape)
    assert window.search.box.text() == ""
    assert window.model.rowCount() == 0
    window.member_view.setFocus()
    window.actions_by_id["search.focus"].trigger()
    assert window.search.box.hasFocus() or window.focusWidget() is window.search.box
    assert window.actions_by_id["search.focus"].shortcut().toString() == "Ctrl+F"


def test_nothing_found_says_so(qtbot, window):
    type_and_wait(qtbot, window, "qqqqxz")
    assert window.model.rowCount() == 0
    assert window.search.hint.text() == "没有找到匹配的客户"


def test_status_bar_names_database_clerk_and_count(window, demo_url):
    assert demo_url.removeprefix("sqlite:///") in window.db_label.text()
    assert "柜员" in window.actor_label.text()
    assert "2,000" in window.count_label.text()
