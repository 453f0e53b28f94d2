"""Keyboard only: find a member and open them; Tab order; menus by Alt; Esc; no quit key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolButton

from tests.ui.kbd import (
    ALT,
    CTRL,
    SHIFT,
    WAIT,
    active_window,
    diamond_member,
    focused,
    key,
    search_and_open,
    tab_until,
    type_keys,
    wait_window,
)

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")


def test_search_and_open_a_member_without_the_mouse(qtbot, window, demo_db):
    member = diamond_member(demo_db)
    search_and_open(qtbot, window, member)
    assert window.member_view.name_label.text() == member.name
    assert window.member_view.verticalScrollBar().value() == 0


def test_tab_leaves_the_results_table_in_one_step(qtbot, window, demo_db):
    member = diamond_member(demo_db)
    active_window(window, qtbot)
    key(qtbot, Qt.Key.Key_F, CTRL)
    type_keys(qtbot, member.id_number[-6:])
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and not window.model.is_searching())
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is window.search.table
    key(qtbot, Qt.Key.Key_Tab)  # not the next cell: the next control
    assert focused() is not window.search.table
    key(qtbot, Qt.Key.Key_Backtab)
    assert focused() is window.search.table
    key(qtbot, Qt.Key.Key_Backtab)
    assert focused() is window.search.box


def test_member_actions_come_in_screen_order_after_the_id_row(qtbot, window, demo_db):
    member = diamond_member(demo_db)
    search_and_open(qtbot, window, member)
    reveal = tab_until(qtbot, lambda w: w is window.member_view.reveal_button)
    order = [reveal]
    for _ in range(4):
        key(qtbot, Qt.Key.Key_Tab)
        order.append(focused())
    buttons = [w for w in order[1:] if isinstance(w, QToolButton)]
    assert [b.defaultAction().objectName() for b in buttons][:2] == [
        "case.new",
        "print.letter",
    ] or all(b.parentWidget() is window.member_view.widget() for b in buttons)
    xs = [b.mapToGlobal(b.rect().topLeft()).x() for b in buttons]
    assert xs == sorted(xs), "toolbar buttons are visited left to right"


def test_menus_open_with_alt_mnemonics(qtbot, window):
    active_window(window, qtbot)
    titles = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert all("&" in t for t in titles), titles
    key(qtbot, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=WAIT)
    menu = QApplication.activePopupWidget()
    assert window.actions_by_id["print.letter"] in menu.actions()
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=WAIT)


def test_no_session_ending_shortcut_sits_next_to_a_common_one(window):
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.actions_by_id.values()}
    assert shortcuts["file.quit"] == ""  # Alt+F4 or 文件 → 退出, and it asks first
    assert shortcuts["case.queue"] == QKeySequence("Ctrl+Shift+C").toString()
    assert "Ctrl+Q" not in shortcuts.values() and "Ctrl+Shift+Q" not in shortcuts.values()


def test_the_case_queue_closes_with_esc(qtbot, window):
    active_window(window, qtbot)
    key(qtbot, Qt.Key.Key_C, CTRL | SHIFT)
    qtbot.waitUntil(lambda: getattr(window, "case_queue", None) is not None, timeout=WAIT)
    queue = window.case_queue
    qtbot.waitUntil(queue.isVisible, timeout=WAIT)
    active_window(queue, qtbot)
    queue.table.setFocus()
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not queue.isVisible(), timeout=WAIT)


def test_closing_the_desk_asks_when_a_dialog_holds_typed_work(qtbot, window, demo_db):
    member = diamond_member(demo_db)
    search_and_open(qtbot, window, member)
    window.actions_by_id["member.designate_relative"].trigger()
    dialog = wait_window(qtbot, window, "relative_dialog")
    assert focused() is dialog.name_edit  # the first field takes the keys
    type_keys(qtbot, "杜文琳")
    window.close()  # Alt+F4 on the desk
    box = window.discard_box
    assert box.isVisible() and window.isVisible()  # nothing lost yet
    active_window(box, qtbot)
    key(qtbot, Qt.Key.Key_Escape)  # Esc keeps the work
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT)
    assert window.isVisible() and dialog.isVisible() and dialog.name_edit.text() == "杜文琳"
    active_window(dialog, qtbot)
    key(qtbot, Qt.Key.Key_Escape)  # Esc on the dialog asks too
    box = dialog.discard_box
    qtbot.waitUntil(box.isVisible, timeout=WAIT)
    active_window(box, qtbot)
    key(qtbot, Qt.Key.Key_D, ALT)  # 放弃(&D)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
