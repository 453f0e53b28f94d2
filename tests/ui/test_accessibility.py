"""Screen readers and keyboard users: every focusable widget of every window has an accessible
name and description, and the focused widget always looks different from an unfocused one.

The windows are the ones registered in tests/ui/test_fit.py (WINDOWS): a new dialog added there
is checked here too.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabBar,
    QWidget,
)

from tests.ui.kbd import active_window
from tests.ui.test_fit import WINDOWS, desk  # noqa: F401  (the fixture)
from ui.keyboard import focusable

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")


def unnamed(window: QWidget) -> list[str]:
    """Focusable widgets without an accessible name or description."""
    missing = []
    for widget in focusable(window):
        if not widget.isVisible():
            continue
        what = f"{type(widget).__name__} {widget.objectName()!r}"
        if not widget.accessibleName().strip():
            missing.append(f"{what}: no accessible name")
        elif not widget.accessibleDescription().strip():
            missing.append(f"{what}: no accessible description")
    return missing


MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic_clashes(window: QWidget) -> dict[str, list[str]]:
    """Alt letters used twice in one window (menus, tabs, buttons, labelled fields): Alt+letter
    would open a menu or cycle focus instead of pressing the button."""
    texts = [f"menu {a.text()}" for bar in window.findChildren(QMenuBar) for a in bar.actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy()):
            texts.append(f"{type(widget).__name__} {widget.text()}")
        elif isinstance(widget, QGroupBox):
            texts.append(f"QGroupBox {widget.title()}")
        elif isinstance(widget, QTabBar):
            texts += [f"tab {widget.tabText(i)}" for i in range(widget.count())]
    found: dict[str, list[str]] = {}
    for text in texts:
        for letter in MNEMONIC.findall(text):
            found.setdefault(letter.upper(), []).append(text)
    return {letter: where for letter, where in found.items() if len(where) > 1}


@pytest.mark.parametrize("name, opener", WINDOWS, ids=[name for name, _ in WINDOWS])
def test_every_focusable_widget_is_named(qtbot, desk, name, opener):  # noqa: F811
    """…and no Alt letter is used twice in the window."""
    window, member = desk
    states = 0
    for shown in opener(qtbot, window, member):
        states += 1
        missing = unnamed(shown)
        assert not missing, f"{name} (state {states}):\n" + "\n".join(missing)
        clashes = mnemonic_clashes(shown.window())
        assert not clashes, f"{name} (state {states}): Alt letters used twice: {clashes}"
    assert states
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(0)


def test_the_focused_widget_is_drawn_differently(qtbot, desk):  # noqa: F811
    """Focus is always visible: each control of the desk window looks different with focus."""
    window, _member = desk
    active_window(window, qtbot)
    checked = 0
    for widget in focusable(window):
        if not widget.isVisible() or not widget.isEnabled() or widget.width() < 4:
            continue
        if widget.focusProxy() is not None:  # the proxy (e.g. the tab bar) shows the focus
            continue
        window.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.processEvents()
        before = widget.grab().toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus, timeout=10_000)
        QApplication.processEvents()
        after = widget.grab().toImage()
        assert before != after, f"{type(widget).__name__} {widget.objectName()!r} shows no focus"
        checked += 1
    assert checked >= 6
