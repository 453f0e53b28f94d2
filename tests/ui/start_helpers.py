"""Helpers for the start-up tests: the real window with its session, as ui.app builds them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def make_desk(qtbot: Any, url: str | None, demo: bool = False) -> tuple[Any, Any]:
    """The hidden desk window and its session; the sign-in dialog waits for the database."""
    from ui.main_window import DeskWindow
    from ui.session.controller import DeskSession
    from ui.settings import DeskSettings

    window = DeskWindow(DeskSettings())
    qtbot.addWidget(window)
    session = DeskSession(window)
    if url is not None:
        session.ask_sign_in()  # as ui.app does: the demo accounts appear once the file is open
        window.start(url, demo)
    return window, session


def sign_in(qtbot: Any, dialog: Any, username: str, password: str) -> None:
    """Type a username and password and press Enter, as a clerk would."""
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def visible_texts() -> list[str]:
    """The text of every visible widget of every visible window (labels, fields, tables)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    texts: list[str] = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible() or not widget.window().isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.text() if widget.echoMode() == QLineEdit.EchoMode.Normal else "")
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(), 200)):
                for column in range(model.columnCount()):
                    texts.append(str(model.index(row, column).data() or ""))
        texts.append(widget.windowTitle() if widget.isWindow() else "")
    return texts


def visible_windows() -> list[QWidget]:
    """Top-level windows on screen."""
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]
