"""A revealed ID number does not stay on screen: masked again after 60 s, on a click, on lock.

`RevealedText` drives one label: `masked(text)` shows the masked form, `reveal(full)` shows the
full number until `REVEAL_SECONDS` pass, the clerk clicks the number, or `mask()` is called (the
member view's `mask_all()`, which the idle lock calls).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

REVEAL_SECONDS = 60


class RevealedText(QObject):
    """Masks a label's revealed text again after a while, on a click, or when asked."""

    masked_again = Signal()

    def __init__(self, label: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.masked_text = ""
        self.revealed = False
        self.timer = QTimer(self, singleShot=True, interval=REVEAL_SECONDS * 1000)
        self.timer.timeout.connect(self.mask)
        label.installEventFilter(self)

    def masked(self, text: str) -> None:
        """Show the masked form (a new member on screen)."""
        self.masked_text = text
        self.mask()

    def reveal(self, full: str) -> None:
        """Show the full text until the timer runs out or the clerk clicks it."""
        self.revealed = True
        self.label.setText(full)
        self.label.setToolTip(
            self.tr("{s} 秒后自动隐藏；单击号码立即隐藏").format(s=REVEAL_SECONDS)
        )
        self.timer.start()

    def mask(self) -> None:
        """Show the masked form again at once."""
        self.timer.stop()
        was_revealed, self.revealed = self.revealed, False
        self.label.setText(self.masked_text)
        self.label.setToolTip("")
        if was_revealed:
            self.masked_again.emit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: D102, N802
        if obj is self.label and self.revealed and event.type() is QEvent.Type.MouseButtonPress:
            self.mask()
            return True
        return False
