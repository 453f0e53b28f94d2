"""Keyboard only: print the eligibility letter (preview, 另存为PDF, 打印…) and close with Esc."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from tests.ui.kbd import (
    CTRL,
    WAIT,
    active_window,
    diamond_member,
    focused,
    key,
    search_and_open,
    tab_until,
    wait_window,
)
from ui.files import documents_folder, last_folder


def test_print_and_save_the_letter_with_the_keyboard_only(
    qtbot, window, demo_db, tmp_path, monkeypatch
):
    home = tmp_path / "clerk"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))  # the clerk's own Documents folder
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    member = diamond_member(demo_db)
    search_and_open(qtbot, window, member)
    key(qtbot, Qt.Key.Key_P, CTRL)  # 打印资格确认函
    preview = wait_window(qtbot, window, "document_dialog")
    qtbot.waitUntil(lambda: preview.pdf is not None, timeout=WAIT)
    today = dt.date.today()
    assert preview.file_name == f"资格确认函_{member.name}_{today:%Y%m%d}.pdf"

    tab_until(qtbot, lambda w: w is preview.save_button)
    key(qtbot, Qt.Key.Key_Space)
    dialog = preview.file_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=WAIT)
    active_window(dialog, qtbot)
    assert documents_folder() == home / "Documents"
    assert dialog.directory().absolutePath() == str(home / "Documents")  # the first time
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Look in" not in labels and "Files of type" not in labels, labels
    assert isinstance(focused(), QLineEdit)  # the file name, selected
    assert focused().text() == preview.file_name
    key(qtbot, Qt.Key.Key_A, CTRL)
    target = tmp_path / "letters" / "资格确认函.pdf"
    target.parent.mkdir()
    focused().insert(str(target))  # typed (a path with Chinese arrives by the input method)
    with qtbot.waitSignal(preview.saved, timeout=WAIT):
        key(qtbot, Qt.Key.Key_Return)
    assert target.read_bytes().startswith(b"%PDF")
    assert last_folder() == target.parent  # remembered for the next time

    active_window(preview, qtbot)
    tab_until(qtbot, lambda w: w is preview.print_button)
    key(qtbot, Qt.Key.Key_Space)
    printer = preview.print_dialog
    qtbot.waitUntil(lambda: printer is not None and printer.isVisible(), timeout=WAIT)
    active_window(printer, qtbot)
    key(qtbot, Qt.Key.Key_Escape)  # no printer here: cancel with Esc
    qtbot.waitUntil(lambda: preview.print_dialog is None, timeout=WAIT)
    active_window(preview, qtbot)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible(), timeout=WAIT)
    assert QApplication.activeModalWidget() is None
