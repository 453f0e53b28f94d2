"""Dialogs of the member view: designating a relative, reissuing a card.

Both take `run`, a function that starts a database operation on the worker thread and returns
a chainable op (`run(fn).success(cb).failure(cb).run()`; `fn` receives the worker's Desk with
`db`, `actor` and `book`). In the app it is `ActionContext.run` (= `DbWorker.op`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel

Run = Callable[[Callable[[Any], Any]], Any]
ShowDocument = Callable[[bytes, str], None]

OK_STYLE = "color: #1E7B34;"
BAD_STYLE = "color: #B3261E;"
NOTE_STYLE = "color: #5B6770;"


def say(label: QLabel, text: str, style: str = NOTE_STYLE) -> None:
    """Show `text` in `label` in the given colour."""
    label.setStyleSheet(style)
    label.setText(text)
    if label.wordWrap():  # a longer message must not be clipped: the dialog grows
        from ui.geometry import grow_to_content

        grow_to_content(label.window())
