"""Keyboard only: reissue the card of the member on screen; the receipt in the preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QRadioButton

from tests.ui.kbd import (
    WAIT,
    diamond_member,
    key,
    menu_command,
    search_and_open,
    tab_until,
    wait_window,
)


def test_reissue_a_card_with_the_keyboard_only(qtbot, window, demo_db):
    member = diamond_member(demo_db)
    search_and_open(qtbot, window, member)
    old = window.member.card.number
    menu_command(qtbot, window, "M", "card.reissue")
    dialog = wait_window(qtbot, window, "card_dialog")
    qtbot.waitUntil(lambda: dialog.card is not None, timeout=WAIT)
    tab_until(qtbot, lambda w: isinstance(w, QRadioButton))
    key(qtbot, Qt.Key.Key_Space)  # 挂失
    assert dialog.reason() == "lost"
    tab_until(qtbot, lambda w: isinstance(w, QCheckBox))
    key(qtbot, Qt.Key.Key_Space)  # 已核验客户本人有效身份证件原件
    assert dialog.verified.isChecked()
    tab_until(qtbot, lambda w: w is dialog.confirm)
    with qtbot.waitSignal(dialog.reissued, timeout=WAIT) as done:
        key(qtbot, Qt.Key.Key_Space)
    assert done.args[0].old.number == old
    preview = wait_window(qtbot, window, "document_dialog")
    qtbot.waitUntil(lambda: preview.pdf is not None, timeout=WAIT)
    assert preview.file_name.startswith(f"补卡回执_{member.name}_")
    assert str(member.id) not in preview.file_name.replace(member.name, "")[:8]
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible(), timeout=WAIT)
    wait_window(qtbot, window, "card_dialog")
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: window.member.card.number != old, timeout=WAIT)
