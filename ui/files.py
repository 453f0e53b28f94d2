"""Where files are saved and what they are called: names a person understands, never an id.

File dialogs start in the folder the clerk used last (per user, in the desk's settings file), or
the user's Documents folder (QStandardPaths) the first time. Proposed names are the document's
Chinese name, the person and the day: `资格确认函_杜文琳_20261127.pdf`, `服务手册_钻石卡.pdf`.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog

LAST_FOLDER_KEY = "files/last_folder"
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def documents_folder() -> Path:
    """The user's Documents folder (the home folder if there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def _settings() -> QSettings:
    from vipdesk.paths import data_dir

    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def last_folder() -> Path:
    """The folder the clerk saved into last, if it still exists; else Documents."""
    value = _settings().value(LAST_FOLDER_KEY)
    if value and Path(str(value)).is_dir():
        return Path(str(value))
    return documents_folder()


def remember_folder(path: str | Path) -> None:
    """Remember the folder of `path` (a file or a folder) for the next file dialog."""
    target = Path(path)
    folder = target if target.is_dir() else target.parent
    store = _settings()
    store.setValue(LAST_FOLDER_KEY, str(folder))
    store.sync()


def safe_part(text: str) -> str:
    """One part of a file name: characters Windows refuses and spaces become `_`."""
    return _UNSAFE.sub("_", text or "").strip("_.")


def document_name(kind: str, *parts: str, day: dt.date | None = None, suffix: str = ".pdf") -> str:
    """`资格确认函_杜文琳_20261127.pdf`: the kind, the people or tier, the day (if given)."""
    words = [safe_part(kind), *(safe_part(p) for p in parts if p)]
    if day is not None:
        words.append(f"{day:%Y%m%d}")
    return "_".join(w for w in words if w) + suffix


def proposed_path(file_name: str) -> str:
    """The full path a save dialog proposes: the last folder and the name."""
    return str(last_folder() / file_name)


def translate_file_dialog(dialog: QFileDialog, accept: str = "") -> QFileDialog:
    """Set every label of Qt's own file dialog in the desk's language.

    Qt's Chinese catalogue leaves "Look in:" and "Files of type:" in English; the desk's own
    texts are used for all five labels so a Chinese screen shows no English words.
    """
    labels = {
        QFileDialog.DialogLabel.LookIn: QCoreApplication.translate("files", "查找范围(&I)："),
        QFileDialog.DialogLabel.FileName: QCoreApplication.translate("files", "文件名(&N)："),
        QFileDialog.DialogLabel.FileType: QCoreApplication.translate("files", "文件类型(&T)："),
        QFileDialog.DialogLabel.Reject: QCoreApplication.translate("files", "取消"),
    }
    if accept:
        labels[QFileDialog.DialogLabel.Accept] = accept
    for which, text in labels.items():
        dialog.setLabelText(which, text)
    return dialog


def show_named(show_document: Any, pdf: bytes, title: str, file_name: str) -> None:
    """Call a `show_document(pdf, title[, file_name])` callable, passing the name if it takes it."""
    try:
        params = inspect.signature(show_document).parameters
    except (TypeError, ValueError):
        params = {}
    takes_name = "file_name" in params or any(
        p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()
    )
    if takes_name:
        show_document(pdf, title, file_name=file_name)
    else:
        show_document(pdf, title)
