"""Dialogs for known errors (plain words, what to do) and for bugs (crash dialog, log file)."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("ui")


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("messages", text)


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str = ""
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if detail:
        box.setInformativeText(detail)
    return box


def error_text(exc: BaseException) -> str:
    """The plain message of a known error (refusals say their reason), else a short line."""
    from vipdesk.errors import KnownError, Refused

    if isinstance(exc, Refused):
        return exc.message
    if isinstance(exc, KnownError):
        return str(exc)
    return f"意外错误（{exc.__class__.__name__}），详见错误报告，请联系IT部门"


def explain_failure(parent: QWidget | None, exc: BaseException) -> str:
    """The line to show where an operation failed; a bug also gets one crash dialog and log."""
    from vipdesk.errors import KnownError

    if not isinstance(exc, KnownError):
        keep_open(show_crash(parent or _dialog_parent(), exc))
    return error_text(exc)


def show_known_error(parent: QWidget | None, message: str, title: str = "") -> QMessageBox:
    """A non-blocking dialog with the plain message of a KnownError."""
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        title or QCoreApplication.translate("messages", "无法完成操作"),
        message,
    )
    box.open()
    return box


def show_database_problem(
    parent: QWidget | None,
    message: str,
    retry: Callable[[], None] | None = None,
    connect: Callable[[], None] | None = None,
) -> QMessageBox:
    """The database is missing, locked or unreachable: say so and offer what can be done."""
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("messages", "无法打开数据库"),
        message,
        QCoreApplication.translate(
            "messages", "可以稍后点“重试”，或通过“文件”菜单连接其他数据库；问题持续时请联系IT部门。"
        ),
    )
    box.setObjectName("databaseDialog")
    if retry is not None:
        again = box.addButton(
            QCoreApplication.translate("messages", "重试"), QMessageBox.ButtonRole.AcceptRole
        )
        again.clicked.connect(retry)
    if connect is not None:
        other = box.addButton(
            QCoreApplication.translate("messages", "连接其他数据库…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        other.clicked.connect(connect)
    box.open()
    return box


def show_crash(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """An unexpected error: write a crash log and tell the user where it is."""
    from vipdesk.logs import write_crash_log

    try:
        path: Any = write_crash_log(exc)
    except OSError:
        path = None
    if path is None:
        path = QCoreApplication.translate("messages", "（无法写入日志文件）")
    text = QCoreApplication.translate(
        "messages",
        "程序遇到了意外错误。您的数据没有受到影响，可以继续工作；如果问题重复出现，"
        "请把下面的日志文件发给IT部门。",
    )
    box = _box(
        parent,
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("messages", "意外错误"),
        text,
        str(path),
    )
    box.setObjectName("crashDialog")
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.open()
    return box


def report_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Known errors get their plain message; anything else the crash dialog."""
    from vipdesk.errors import DatabaseError, KnownError

    if isinstance(exc, DatabaseError):
        return show_known_error(
            parent, str(exc), QCoreApplication.translate("messages", "数据库问题")
        )
    if isinstance(exc, KnownError):
        return show_known_error(parent, str(exc))
    return show_crash(parent, exc)


OPEN_BOXES: list[QMessageBox] = []


def keep_open(box: QMessageBox) -> None:
    """Hold a reference to a box until it is closed or destroyed (parentless boxes vanish)."""

    def forget(*_args: object) -> None:
        if box in OPEN_BOXES:
            OPEN_BOXES.remove(box)

    OPEN_BOXES.append(box)
    box.finished.connect(forget)
    box.destroyed.connect(forget)


def _dialog_parent() -> QWidget | None:
    """The active window, else the desk's main window, even when another application is active."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    active = app.activeWindow()
    if active is not None:
        return active
    mains = [w for w in app.topLevelWidgets() if w.inherits("QMainWindow") and w.isVisible()]
    return mains[0] if mains else None


def install_excepthook() -> None:
    """Unexpected exceptions in slots show the crash dialog and write a log (no silent exit)."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        exc.__traceback__ = tb
        log.error("unexpected error", exc_info=(kind, exc, tb))
        try:
            keep_open(report_error(_dialog_parent(), exc))
        except Exception:  # the dialog itself failed: at least keep the traceback
            previous(kind, exc, tb)

    sys.excepthook = hook
