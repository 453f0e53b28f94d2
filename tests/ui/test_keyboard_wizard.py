"""Keyboard only: the case wizard from the member on screen to the printed case summary.

Also: Tab never inserts a tab into the description (Ctrl+Tab does), the departure date is typed
(20261127, 11/27) and the trip day follows at once, the calendar opens with Alt+↓.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QWizard

from tests.ui.kbd import (
    ALT,
    CTRL,
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
from ui.cases.wizard import CONFIRM, DECISION, LOCATION, NEED


def choose(qtbot, combo: QComboBox, code: str) -> None:
    """↓ through a focused combo box until the entry with `code` is chosen."""
    for _ in range(combo.count() + 1):
        if combo.currentData() == code:
            return
        key(qtbot, Qt.Key.Key_Down)
    assert combo.currentData() == code


def test_open_a_case_and_print_its_summary_with_the_keyboard_only(qtbot, window, demo_db):
    member = diamond_member(demo_db)
    search_and_open(qtbot, window, member)
    key(qtbot, Qt.Key.Key_N, CTRL)  # 新建服务案件: the member on screen is looked up
    wizard = wait_window(qtbot, window, "case_wizard")
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.results.count() > 0, timeout=WAIT)
    tab_until(qtbot, lambda w: isinstance(w, QListWidget))
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Up)  # the first caller (the member)
    assert page.results.currentRow() == 0
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.answer
    type_keys(qtbot, member.id_number[-4:])
    key(qtbot, Qt.Key.Key_Return)  # 核对身份
    qtbot.waitUntil(page.isComplete, timeout=WAIT)
    key(qtbot, Qt.Key.Key_Return)  # 下一步
    qtbot.waitUntil(lambda: wizard.currentId() == NEED, timeout=WAIT)

    need = wizard.pages[NEED]
    tab_until(qtbot, lambda w: w is need.family)
    choose(qtbot, need.family, "domestic_rescue")
    tab_until(qtbot, lambda w: w is need.description)
    type_keys(qtbot, "在外地突发腹痛")
    key(qtbot, Qt.Key.Key_Tab)  # moves on, never a tab character
    assert focused() is need.callback
    assert "\t" not in need.description.toPlainText()
    key(qtbot, Qt.Key.Key_Backtab)
    assert focused() is need.description
    key(qtbot, Qt.Key.Key_Tab, CTRL)  # Ctrl+Tab inserts one
    assert need.description.toPlainText().endswith("\t")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is need.callback
    type_keys(qtbot, "13900139000")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == LOCATION, timeout=WAIT)

    where = wizard.pages[LOCATION]
    tab_until(qtbot, lambda w: w is where.location)
    type_keys(qtbot, "石家庄")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is where.departed.edit
    today = dt.date.today()
    four = today - dt.timedelta(days=4)
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_keys(qtbot, f"{four:%Y%m%d}")
    assert where.departed.date().toPython() == four
    assert where.trip_day.text() == "第 5 天"  # at once, before any lookup
    nine = today - dt.timedelta(days=9)
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_keys(qtbot, f"{nine.month}/{nine.day}" if nine.year == today.year else f"{nine}")
    assert where.trip_day.text() == "第 10 天"
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_keys(qtbot, f"{four:%Y-%m-%d}")
    assert where.trip_day.text() == "第 5 天"
    key(qtbot, Qt.Key.Key_Down, ALT)  # the calendar
    popup = where.departed.popup
    qtbot.waitUntil(lambda: popup is not None and popup.isVisible(), timeout=WAIT)
    assert popup.calendar.selectedDate().toPython() == four
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=WAIT)
    active_window(wizard, qtbot)
    qtbot.waitUntil(lambda: "公里" in where.distance.text(), timeout=WAIT)
    where.departed.edit.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == DECISION, timeout=WAIT)

    decision = wizard.pages[DECISION]
    qtbot.waitUntil(lambda: "受理" in decision.verdict.text(), timeout=WAIT)
    if not decision.questions.count():  # nothing to confirm: no empty box
        assert not decision.questions.isVisible()
    key(qtbot, Qt.Key.Key_Return)  # 开立案件
    qtbot.waitUntil(lambda: wizard.currentId() == CONFIRM, timeout=WAIT)
    confirm = wizard.pages[CONFIRM]
    qtbot.waitUntil(confirm.isComplete, timeout=WAIT)
    case_no = confirm.case_no.text()

    tab_until(qtbot, lambda w: w is confirm.print_button)
    key(qtbot, Qt.Key.Key_Space)
    preview = wait_window(qtbot, window, "document_dialog")
    qtbot.waitUntil(lambda: preview.pdf is not None, timeout=WAIT)
    assert preview.file_name == f"案件摘要_{case_no}.pdf"
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible(), timeout=WAIT)
    active_window(wizard, qtbot)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    tab_until(qtbot, lambda w: w is finish)  # Enter on 打印案件摘要 would print again
    key(qtbot, Qt.Key.Key_Return)  # 完成
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=WAIT)


def test_esc_on_a_half_filled_wizard_asks_first(qtbot, window, demo_db):
    member = diamond_member(demo_db)
    search_and_open(qtbot, window, member)
    key(qtbot, Qt.Key.Key_N, CTRL)
    wizard = wait_window(qtbot, window, "case_wizard")
    key(qtbot, Qt.Key.Key_Escape)  # nothing done yet: closes at once
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=WAIT)
    window.case_wizard = None
    active_window(window, qtbot)
    key(qtbot, Qt.Key.Key_N, CTRL)
    wizard = wait_window(qtbot, window, "case_wizard")
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.results.count() > 0, timeout=WAIT)
    page.results.setFocus()
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Up)
    page.answer.setFocus()
    type_keys(qtbot, member.id_number[-4:])
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(page.isComplete, timeout=WAIT)
    key(qtbot, Qt.Key.Key_Escape)
    box = wizard.discard_box
    qtbot.waitUntil(box.isVisible, timeout=WAIT)
    assert wizard.isVisible()
    active_window(box, qtbot)
    key(qtbot, Qt.Key.Key_Return)  # the default keeps the work
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT)
    assert wizard.isVisible() and wizard.state.verified
    wizard.state.verified = False  # leave cleanly
    wizard.reject()
