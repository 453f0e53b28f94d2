"""Keyboard only: designate a relative from the member on screen, the letter in the preview."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.ui.kbd import (
    WAIT,
    diamond_member,
    focused,
    key,
    menu_command,
    search_and_open,
    tab_until,
    type_keys,
    wait_window,
)
from vipdesk.domain.people import check_digit


def spouse_id() -> str:
    """A valid ID number of someone aged about 46."""
    body = f"110105{dt.date.today().year - 46}0512123"
    return body + check_digit(body)


def test_designate_a_relative_with_the_keyboard_only(qtbot, window, demo_db):
    member = diamond_member(demo_db)
    search_and_open(qtbot, window, member)
    menu_command(qtbot, window, "M", "member.designate_relative")  # Alt+M, ↓…, Enter
    dialog = wait_window(qtbot, window, "relative_dialog")
    qtbot.waitUntil(lambda: dialog.context is not None, timeout=WAIT)
    assert focused() is dialog.name_edit
    type_keys(qtbot, "杜文琳")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.id_edit
    type_keys(qtbot, spouse_id())
    assert "号码有效" in dialog.id_info.text()
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.relation_box  # 配偶 is the first choice
    assert dialog.relation_box.currentData() == "spouse"
    tab_until(qtbot, lambda w: w is dialog.confirm)
    assert dialog.confirm.isEnabled(), dialog.verdict.text()
    with qtbot.waitSignal(dialog.designated, timeout=WAIT):
        key(qtbot, Qt.Key.Key_Space)
    preview = wait_window(qtbot, window, "document_dialog")
    qtbot.waitUntil(lambda: preview.pdf is not None, timeout=WAIT)
    assert preview.file_name.startswith(f"指定亲属确认函_{member.name}_杜文琳_")
    key(qtbot, Qt.Key.Key_Escape)  # closes the preview
    qtbot.waitUntil(lambda: not preview.isVisible(), timeout=WAIT)
    wait_window(qtbot, window, "relative_dialog")
    key(qtbot, Qt.Key.Key_Escape)  # saved: closes without a question
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: any(r.name == "杜文琳" for r in window.member.relatives), timeout=WAIT)
