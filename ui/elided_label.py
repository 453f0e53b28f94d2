"""A label that shortens its text in the middle to fit, with the whole text as its tooltip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel


class ElidedLabel(QLabel):
    """A status-bar label for long texts (a database path): "…" in the middle when narrow."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._full = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """Keep the whole text (also as the tooltip) and show what fits."""
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.updateGeometry()
        self._elide()

    def text(self) -> str:
        """The whole text (what is painted may be shortened)."""
        return self._full

    def shown_text(self) -> str:
        """What is painted now."""
        return super().text()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As wide as the whole text, up to the maximum width."""
        hint = super().sizeHint()  # QLabel's hint for what it shows now: its frame and margins …
        metrics = self.fontMetrics()
        chrome = hint.width() - metrics.horizontalAdvance(super().text())
        wanted = metrics.horizontalAdvance(self._full) + chrome + 2  # … around the whole text
        return QSize(min(wanted, self.maximumWidth()), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """Narrow enough for a few characters and the ellipsis."""
        return QSize(
            self.fontMetrics().horizontalAdvance("数据库：…"), super().minimumSizeHint().height()
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A new font or style (the status bar's, once polished) changes the width needed."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
            self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Shorten again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(self.contentsRect().width() - 2 * self.margin(), 0)
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, room)
        super().setText(shown)
