"""Ask before work is lost: Esc or 取消 on a half-filled dialog, closing the desk with one open.

A window says it holds unsaved work with a `has_unsaved_work()` method. `ask_before_losing`
opens a non-blocking question (放弃 / 继续填写) and calls `discard` only if the clerk agrees;
`unsaved_windows` lists the open windows that would lose something if the desk closed now.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("unsaved", text)


def has_unsaved_work(window: QWidget) -> bool:
    """True when the window says it holds typed work that is not saved."""
    check = getattr(window, "has_unsaved_work", None)
    try:
        return bool(check()) if callable(check) else False
    except RuntimeError:  # the C++ side is already gone
        return False


def unsaved_windows(owner: QWidget | None = None) -> list[QWidget]:
    """Visible windows (of `owner`, if given) holding unsaved work."""
    found = []
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible() or widget is owner:
            continue
        if owner is not None and widget.parentWidget() is not owner:
            continue
        if has_unsaved_work(widget):
            found.append(widget)
    return found


def ask_before_losing(
    parent: QWidget, discard: Callable[[], None], what: str | None = None
) -> QMessageBox:
    """Ask whether to drop the unsaved work (non-blocking); `discard()` runs on 放弃."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("放弃未保存的内容？"),
        what or tr("已填写的内容尚未保存，关闭后将丢失。"),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("discardBox")
    drop = box.addButton(tr("放弃(&D)"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("继续填写(&C)"), QMessageBox.ButtonRole.RejectRole)
    drop.setObjectName("discard")
    keep.setObjectName("keep")
    box.setDefaultButton(keep)  # Enter or Esc keeps the work
    box.setEscapeButton(keep)
    # a Python callable, not the slot itself: connecting `super().reject` directly would reach
    # the dialog's own (guarded) reject again through Qt's virtual call
    drop.clicked.connect(lambda _checked=False: discard())
    box.open()
    parent.discard_box = box  # type: ignore[attr-defined]  (kept while it is open)
    return box


def guarded_reject(dialog: QWidget, reject: Callable[[], None]) -> None:
    """Close the dialog now, or first ask when typed work would be lost."""
    if has_unsaved_work(dialog):
        ask_before_losing(dialog, reject)
    else:
        reject()
