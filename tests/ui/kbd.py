"""Keyboard-only driving of the real desk window (shared by tests/ui/test_keyboard_*.py).

Every step is a key press on the widget that has the focus, as a clerk without a mouse would do;
Chinese text arrives as one input-method commit (what a Chinese keyboard sends).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.conftest import find_member
from tests.ui.walk import WAIT, key, type_keys
from vipdesk.db.models import Member

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

__all__ = ["ALT", "CTRL", "SHIFT", "WAIT", "key", "type_keys"]


def focused():
    """The widget with the keyboard focus."""
    return QApplication.focusWidget()


def active_window(window, qtbot=None):
    """Make the window the active one (keys go to it), as the window manager would."""
    window.activateWindow()
    if qtbot is not None:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)


def search_and_open(qtbot, window, member) -> None:
    """Ctrl+F, type the last six digits of the ID number, Enter: the member is on screen."""
    active_window(window, qtbot)
    key(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is window.search.box
    type_keys(qtbot, member.id_number[-6:])
    with qtbot.waitSignal(window.member_shown, timeout=WAIT) as shown:
        key(qtbot, Qt.Key.Key_Return)
    assert shown.args == [member.id]


def menu_command(qtbot, window, alt_letter, action_id) -> None:
    """Alt+letter opens the menu; ↓ until the action is highlighted; Enter runs it."""
    active_window(window, qtbot)
    key(qtbot, getattr(Qt.Key, f"Key_{alt_letter}"), ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=WAIT)
    menu = QApplication.activePopupWidget()
    target = window.actions_by_id[action_id]
    assert target in menu.actions(), f"{action_id} is not in that menu"
    for _ in range(len(menu.actions()) + 1):
        if menu.activeAction() is target:
            break
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction() is target
    qtbot.keyClick(menu, Qt.Key.Key_Return)


def tab_until(qtbot, predicate, limit=40, backwards=False):
    """Tab (or Shift+Tab) until the focused widget meets `predicate`; returns it."""
    for _ in range(limit):
        if focused() is not None and predicate(focused()):
            return focused()
        key(qtbot, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never got there; the focus is on {focused()}")


def diamond_member(demo_db):
    """An active diamond member of the demo data (card, relatives allowed)."""
    return find_member(demo_db, Member.tier == "diamond", Member.vip_status == "active")


def wait_window(qtbot, window, attribute):
    """The dialog the window keeps as `attribute`, once it is visible and active."""
    qtbot.waitUntil(lambda: getattr(window, attribute, None) is not None, timeout=WAIT)
    dialog = getattr(window, attribute)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    active_window(dialog, qtbot)
    return dialog
