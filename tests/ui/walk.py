"""Helpers for the fit, keyboard and accessibility tests: what is on screen, keys only."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCalendarWidget,
    QLabel,
    QScrollArea,
    QTabBar,
    QWidget,
)

WAIT = 15_000


def global_rect(widget: QWidget) -> QRect:
    """The widget's rectangle in screen coordinates."""
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _inside_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _internal(widget: QWidget) -> bool:
    """Parts of Qt's own composite widgets (tab scroll arrows, calendar navigation)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabBar | QCalendarWidget):
            return True
        parent = parent.parentWidget()
    return False


def label_clipped(label: QLabel) -> str | None:
    """Why the label's text does not fit its size (None when it fits)."""
    if not label.text().strip() or not label.isVisible():
        return None
    if label.wordWrap():
        need_h = label.heightForWidth(label.width())
        need_w = 0
    else:
        hint = label.sizeHint()
        need_w, need_h = hint.width(), hint.height()
    if label.width() + 1 < need_w or label.height() + 1 < need_h:
        return (
            f"label {label.objectName() or label.text()[:20]!r} is {label.width()}×"
            f"{label.height()}, its text needs {need_w}×{need_h}"
        )
    return None


def fit_problems(window: QWidget) -> list[str]:
    """Everything that does not fit: window off screen, buttons outside, clipped labels."""
    QApplication.processEvents()
    screen = window.screen().availableGeometry()
    problems = []
    frame = window.frameGeometry()
    if not screen.contains(frame):
        problems.append(f"window {frame} is not inside the screen {screen}")
    if window.width() + 1 < window.minimumSizeHint().width() or (
        window.height() + 1 < window.minimumSizeHint().height()
    ):
        problems.append(
            f"window {window.size()} is smaller than it needs {window.minimumSizeHint()}"
        )
    inner = global_rect(window)
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not window or _internal(button):
            continue
        where = global_rect(button)
        name = button.objectName() or button.text()
        if not screen.contains(where):
            problems.append(f"button {name!r} at {where} is outside the screen {screen}")
        elif not _inside_scroll_area(button, window) and not inner.contains(where):
            problems.append(f"button {name!r} at {where} is outside its window {inner}")
    for area in window.findChildren(QScrollArea):  # content scrolls down, never sideways
        if area.isVisible() and area.window() is window and area.horizontalScrollBar().isVisible():
            problems.append(f"{area.objectName() or type(area).__name__} scrolls sideways")
    for label in window.findChildren(QLabel):
        if label.window() is window and not _internal(label):
            problem = label_clipped(label)
            if problem:
                problems.append(problem)
    return problems


def focus_chain(window: QWidget, start: QWidget | None = None, steps: int = 80) -> list[QWidget]:
    """The widgets Tab visits from `start` (the window's focus widget), in order, once each."""
    widget = start or window.focusWidget()
    seen: list[QWidget] = []
    probe = widget
    for _ in range(steps):
        probe = probe.nextInFocusChain()
        if probe is widget:
            break
        if (
            probe.isVisible()
            and probe.isEnabled()
            and probe.focusPolicy() & Qt.FocusPolicy.TabFocus
            and probe.window() is window
            and probe not in seen
        ):
            seen.append(probe)
    return seen


def tab_to(qtbot, window: QWidget, predicate, limit: int = 60) -> QWidget:
    """Press Tab until the focused widget meets `predicate`; the widget."""
    for _ in range(limit):
        focused = QApplication.focusWidget()
        if focused is not None and predicate(focused):
            return focused
        qtbot.keyClick(focused or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached the widget; focus on {QApplication.focusWidget()}")


def key(qtbot, key_code, modifiers=Qt.KeyboardModifier.NoModifier, text: str | None = None) -> None:
    """Press one key on the widget that has the keyboard focus (as a keyboard would)."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "no widget has the keyboard focus"
    qtbot.keyClick(target, key_code, modifiers)


def type_keys(qtbot, text: str) -> None:
    """Type text into the focused widget key by key (an input method commit for CJK)."""
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    if text.isascii():
        qtbot.keyClicks(target, text)
    else:  # Chinese arrives as one input-method commit
        from PySide6.QtGui import QInputMethodEvent

        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(target, event)
