"""Keyboard and screen-reader preparation every window gets (run by ui.geometry on each show).

* Tab moves between fields and never walks the cells of a table or inserts a tab into a text
  field (Ctrl+Tab inserts one there);
* Esc closes every window that is not the main window (dialogs do it themselves; plain windows
  such as the case queue get a shortcut);
* every widget that takes the keyboard focus has an accessible name and description, taken from
  its text, its form label, its group box, its placeholder or its tooltip;
* the focused widget is always drawn with a visible frame;
* menu titles get Alt mnemonics (`with_mnemonic`).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

MENU_KEYS = {  # menu id -> Alt letter
    "file": "F",
    "search": "S",
    "member": "M",
    "service": "V",
    "print": "P",
    "settings": "T",
    "admin": "A",
    "help": "H",
}
FOCUS_STYLE = """
QToolButton:focus { border: 2px solid #2F6FB2; padding: 3px 9px; }
QTableView:focus, QListView:focus, QListWidget:focus, QTreeView:focus {
    border: 2px solid #2F6FB2; }
QPlainTextEdit:focus, QTextEdit:focus { border: 2px solid #2F6FB2; }
QAbstractScrollArea:focus { border: 2px solid #2F6FB2; }
QPushButton:focus { border: 2px solid #2F6FB2; border-radius: 4px; padding: 3px 12px;
    background: #EEF3F9; }
QRadioButton:focus, QCheckBox:focus { background: #DCE8F6; border-radius: 3px; }
QTabBar::tab:focus { border: 2px solid #2F6FB2; border-radius: 3px; padding: 4px 10px; }
"""
# Names for widgets that have no label, text, placeholder or tooltip to be called by.
KNOWN_NAMES = {
    "memberView": QT_TRANSLATE_NOOP("keyboard", "客户信息"),
    "memberTabs": QT_TRANSLATE_NOOP("keyboard", "保单、卡片记录和操作记录"),
    "callerResults": QT_TRANSLATE_NOOP("keyboard", "来电人查找结果"),
    "statusFilter": QT_TRANSLATE_NOOP("keyboard", "按状态筛选"),
    "typeFilter": QT_TRANSLATE_NOOP("keyboard", "按类型筛选"),
    "assigneeFilter": QT_TRANSLATE_NOOP("keyboard", "按经办人筛选"),
    "caseTable": QT_TRANSLATE_NOOP("keyboard", "案件列表"),
    "caseNotes": QT_TRANSLATE_NOOP("keyboard", "案件记录"),
    "reasons": QT_TRANSLATE_NOOP("keyboard", "不能受理的原因"),
    "questions": QT_TRANSLATE_NOOP("keyboard", "开案前请确认"),
    "relatives": QT_TRANSLATE_NOOP("keyboard", "指定亲属"),
    "policies": QT_TRANSLATE_NOOP("keyboard", "保单"),
    "cardHistory": QT_TRANSLATE_NOOP("keyboard", "卡片记录"),
    "auditHistory": QT_TRANSLATE_NOOP("keyboard", "操作记录"),
}
_PREPARED = "vipdeskKeys"


def with_mnemonic(title: str, letter: str) -> str:
    """`title` with an Alt mnemonic: `&File` when the letter is in it, else `文件(&F)`."""
    if "&" in title or not letter:
        return title
    index = title.lower().find(letter.lower())
    if index >= 0 and title.isascii():
        return title[:index] + "&" + title[index:]
    return f"{title}(&{letter.upper()})"


def plain(text: str) -> str:
    """Text without mnemonic ampersands, `(&F)` suffixes or trailing ellipses."""
    text = re.sub(r"\(&\w\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


class TabKeys(QObject):
    """On a text field: Ctrl+Tab inserts a tab (plain Tab moves on, via tabChangesFocus)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: D102, N802
        if event.type() is QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if (
                event.key() == Qt.Key.Key_Tab
                and ctrl
                and isinstance(obj, QPlainTextEdit | QTextEdit)
            ):
                obj.insertPlainText("\t")
                return True
        return False


_TAB_KEYS = TabKeys()


def tab_moves_on(edit: QPlainTextEdit | QTextEdit) -> None:
    """Tab leaves the text field; Ctrl+Tab inserts a tab character."""
    edit.setTabChangesFocus(True)
    edit.removeEventFilter(_TAB_KEYS)
    edit.installEventFilter(_TAB_KEYS)


def _form_label(widget: QWidget) -> str:
    """The text of the form label in front of `widget` (or of the layout holding it)."""
    parent = widget.parentWidget()
    while parent is not None:
        for form in parent.findChildren(QFormLayout):
            label = form.labelForField(widget)
            if isinstance(label, QLabel) and label.text().strip():
                return plain(label.text())
            for row in range(form.rowCount()):
                field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                inner = field.layout() if field is not None else None
                if inner is not None and _holds(inner, widget):
                    label = form.labelForField(inner)
                    if isinstance(label, QLabel) and label.text().strip():
                        return plain(label.text())
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return ""


def _holds(layout: object, widget: QWidget) -> bool:
    for i in range(layout.count()):  # type: ignore[attr-defined]
        item = layout.itemAt(i)  # type: ignore[attr-defined]
        if item.widget() is widget or (item.layout() is not None and _holds(item.layout(), widget)):
            return True
    return False


def _buddy_label(widget: QWidget) -> str:
    """The text of a label whose buddy is `widget` (Qt's own dialogs name their fields so)."""
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return plain(label.text()).rstrip(":：")
    return ""


def _label_before(widget: QWidget) -> str:
    """The text of the label just before `widget` in its row (`至 [date]`, `经办人 [combo]`)."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    for box in [layout, *(layout.findChildren(QLayout) if layout is not None else [])]:
        if box is None:
            continue
        items = [box.itemAt(i).widget() for i in range(box.count())]
        if widget in items:
            before = [w for w in items[: items.index(widget)] if isinstance(w, QLabel)]
            if before and before[-1].text().strip():
                return plain(before[-1].text()).rstrip(":：")
    return ""


def _group_title(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QGroupBox) and parent.title():
            return plain(parent.title())
        if isinstance(parent, QTabWidget):
            index = parent.indexOf(widget)
            if index >= 0:
                return plain(parent.tabText(index))
        widget, parent = parent, parent.parentWidget()
    return ""


def accessible_name(widget: QWidget) -> str:
    """What a screen reader should call `widget` (its own name, text, label, group …)."""
    if widget.accessibleName():
        return widget.accessibleName()
    owner = widget.parentWidget()
    if isinstance(owner, QComboBox | QAbstractSpinBox) and owner.accessibleName():
        return owner.accessibleName()
    if owner is not None and owner.focusProxy() is widget:  # e.g. the text of a DateField
        named = owner.accessibleName() or _form_label(owner) or accessible_name(owner)
        if named:  # (a button box proxies its default button and has no name of its own)
            return named
    if isinstance(owner, QComboBox | QAbstractSpinBox):  # the text field inside a combo box
        return accessible_name(owner)
    if isinstance(widget, QTabBar) and isinstance(owner, QTabWidget):
        return accessible_name(owner)
    if widget.objectName() in KNOWN_NAMES:
        return QCoreApplication.translate("keyboard", KNOWN_NAMES[widget.objectName()])
    buddy = _buddy_label(widget)
    if buddy:
        return buddy
    if isinstance(widget, QTabWidget):  # called by its pages
        return " / ".join(plain(widget.tabText(i)) for i in range(widget.count()))
    if isinstance(widget, QAbstractButton) and plain(widget.text()):
        return plain(widget.text())
    action = widget.defaultAction() if isinstance(widget, QToolButton) else None
    if action is not None and plain(action.text()):
        return plain(action.text())
    for text in (
        _form_label(widget),
        widget.placeholderText() if isinstance(widget, QLineEdit | QPlainTextEdit) else "",
        widget.toolTip(),
        _group_title(widget),
        _label_before(widget),
        widget.window().windowTitle() if isinstance(widget, QAbstractScrollArea) else "",
    ):
        if text and text.strip():
            return plain(text)
    return ""


def accessible_description(widget: QWidget, name: str) -> str:
    """A longer hint: the tooltip, else the placeholder, else the name."""
    if widget.accessibleDescription():
        return widget.accessibleDescription()
    for text in (
        widget.toolTip(),
        widget.placeholderText() if isinstance(widget, QLineEdit | QPlainTextEdit) else "",
    ):
        if text and text.strip():
            return text
    return name


def focusable(window: QWidget) -> list[QWidget]:
    """Every widget of the window that Tab can reach (visible or not)."""
    return [
        w
        for w in window.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is window
    ]


def name_widgets(window: QWidget) -> None:
    """Give every focusable widget an accessible name and description if it has none."""
    for widget in focusable(window):
        name = accessible_name(widget)
        if name and not widget.accessibleName():
            widget.setAccessibleName(name)
        if name and not widget.accessibleDescription():
            widget.setAccessibleDescription(accessible_description(widget, name))


def prepare(window: QWidget) -> None:
    """Tab behaviour, Esc, accessible names and the focus frame for one window (idempotent)."""
    for view in window.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for edit in window.findChildren(QPlainTextEdit) + window.findChildren(QTextEdit):
        if not edit.isReadOnly() and not edit.tabChangesFocus():
            tab_moves_on(edit)
    name_widgets(window)
    if window.property(_PREPARED):
        return
    window.setProperty(_PREPARED, True)
    if FOCUS_STYLE not in window.styleSheet():
        window.setStyleSheet(window.styleSheet() + FOCUS_STYLE)
    if not isinstance(window, QDialog | QMainWindow):
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), window, window.close)
        esc.setContext(Qt.ShortcutContext.WindowShortcut)
        esc.setObjectName("escCloses")
