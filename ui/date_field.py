"""A date field a clerk can type into (2026-11-27, 20261127, 11/27) or pick from a calendar.

`DateField` keeps the parts of QDateEdit's interface the desk uses (`date()`, `setDate()`,
`setMinimumDate()`, `setMaximumDate()`, `dateChanged`), so it replaces one without other changes.
The typed text is read as the clerk types: `dateChanged` fires as soon as it names a valid day in
range (the wizard's trip day follows); a text that names no day turns the field red and keeps the
last good date. ↑/↓ move one day; Alt+↓ or F4 opens the calendar, whose month and year header is
always readable and whose six week rows are never cut.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

DISPLAY = "%Y-%m-%d"
BAD_STYLE = "QLineEdit { border: 1px solid #B3261E; }"
CALENDAR_STYLE = """
QCalendarWidget QWidget#qt_calendar_navigationbar { background: #EEF3F9; }
QCalendarWidget QToolButton { color: #1F2933; background: transparent; border: none;
    font-weight: 600; padding: 4px 8px; }
QCalendarWidget QToolButton:hover, QCalendarWidget QToolButton:focus {
    background: #DCE8F6; border-radius: 4px; }
QCalendarWidget QToolButton::menu-indicator { image: none; }
QCalendarWidget QSpinBox { color: #1F2933; background: #FFFFFF; }
"""
_FULL = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SHORT = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_typed_date(text: str, today: dt.date) -> dt.date | None:
    """The day a clerk typed: `2026-11-27`, `2026/11/27`, `20261127`, `11/27` (this year),
    `2026年11月27日`, `11月27日`; None when the text names no valid day."""
    text = text.strip()
    for pattern, year_given in ((_FULL, True), (_COMPACT, True), (_SHORT, False)):
        found = pattern.match(text)
        if found is None:
            continue
        numbers = [int(n) for n in found.groups()]
        year, month, day = numbers if year_given else (today.year, *numbers)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return None


def calendar_size(calendar: QCalendarWidget) -> QSize:
    """Room for the month/year header, the weekday row and six week rows, none of them cut.

    QCalendarWidget's own size hint is a few pixels short under a style sheet (the last row
    was cut off); rows are given the font's height plus padding instead.
    """
    hint = calendar.sizeHint()
    nav = calendar.findChild(QWidget, "qt_calendar_navigationbar")
    nav_height = nav.sizeHint().height() if nav is not None else 28
    row = calendar.fontMetrics().height() + 10
    width = max(hint.width(), calendar.fontMetrics().horizontalAdvance("Wed") * 7 + 60)
    return QSize(width, max(hint.height(), nav_height + 7 * row + 6))


class CalendarPopup(QFrame):
    """The calendar under a date field: Enter or a click picks the day, Esc closes."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("calendarPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setStyleSheet(CALENDAR_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    def _pick(self, date: QDate) -> None:
        self.picked.emit(date)
        self.close()

    def open_at(self, anchor: QWidget, date: QDate) -> None:
        """Show under `anchor` (above it when there is no room), fully on the screen."""
        self.calendar.setSelectedDate(date)
        self.calendar.setMinimumSize(calendar_size(self.calendar))
        self.adjustSize()
        area = anchor.screen().availableGeometry()
        below = anchor.mapToGlobal(QPoint(0, anchor.height()))
        x = min(max(below.x(), area.left()), area.right() + 1 - self.width())
        y = below.y()
        if y + self.height() > area.bottom() + 1:
            y = anchor.mapToGlobal(QPoint(0, 0)).y() - self.height()
        self.move(x, max(y, area.top()))
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: D102, N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A typed date with a calendar button (see the module docstring)."""

    dateChanged = Signal(QDate)  # noqa: N815  (the name QDateEdit uses)

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()
        self._date = QDate(self.today)
        self._minimum = QDate(1900, 1, 1)
        self._maximum = QDate(2999, 12, 31)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateText")
        self.edit.setPlaceholderText(self.tr("如 2026-11-27、20261127 或 11/27"))
        self.edit.setToolTip(
            self.tr("可直接输入日期：2026-11-27、20261127 或 11/27；↑↓ 加减一天，Alt+↓ 打开日历")
        )
        self.button = QToolButton(self)
        self.button.setObjectName("calendarButton")
        self.button.setText("▾")
        self.button.setToolTip(self.tr("打开日历（Alt+↓）"))
        self.button.setAccessibleName(self.tr("打开日历"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+↓ opens it from the field
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.popup: CalendarPopup | None = None
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.button.clicked.connect(self.open_calendar)
        self.edit.installEventFilter(self)
        self._show(self._date)

    # the QDateEdit interface ----------------------------------------------------------------

    def date(self) -> QDate:
        """The date shown (the last valid one typed or picked)."""
        return QDate(self._date)

    def setDate(self, date: QDate | dt.date) -> None:  # noqa: N802
        """Show `date` (kept within the minimum and maximum)."""
        self._set(QDate(date), reformat=True)

    def setMinimumDate(self, date: QDate | dt.date) -> None:  # noqa: N802
        """The earliest date the field accepts."""
        self._minimum = QDate(date)

    def setMaximumDate(self, date: QDate | dt.date) -> None:  # noqa: N802
        """The latest date the field accepts."""
        self._maximum = QDate(date)

    def setDisplayFormat(self, _format: str) -> None:  # noqa: N802
        """Dates always show as yyyy-MM-dd (kept for QDateEdit compatibility)."""

    # typing -----------------------------------------------------------------------------------

    def _in_range(self, date: QDate) -> bool:
        return self._minimum <= date <= self._maximum

    def _typed(self, text: str) -> None:
        day = parse_typed_date(text, self.today)
        if day is not None and self._in_range(QDate(day)):
            self.edit.setStyleSheet("")
            self._set(QDate(day), reformat=False)
        else:
            self.edit.setStyleSheet(BAD_STYLE if text.strip() else "")

    def _finished(self) -> None:
        day = parse_typed_date(self.edit.text(), self.today)
        if day is not None and not self._in_range(QDate(day)):
            self.edit.setToolTip(
                self.tr("日期应在 {first} 至 {last} 之间").format(
                    first=self._minimum.toString("yyyy-MM-dd"),
                    last=self._maximum.toString("yyyy-MM-dd"),
                )
            )
            return
        if day is not None or not self.edit.text().strip():
            self.edit.setStyleSheet("")
            self._show(self._date)

    def _set(self, date: QDate, reformat: bool) -> None:
        date = max(min(date, self._maximum), self._minimum)
        changed = date != self._date
        self._date = date
        if reformat:
            self._show(date)
        if changed:
            self.dateChanged.emit(QDate(date))

    def _show(self, date: QDate) -> None:
        self.edit.setText(date.toString("yyyy-MM-dd"))
        self.edit.setStyleSheet("")

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: D102, N802
        if obj is self.edit and event.type() is QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
            if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and alt):
                self.open_calendar()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._set(self._date.addDays(1 if key == Qt.Key.Key_Up else -1), reformat=True)
                return True
        return False

    # calendar ---------------------------------------------------------------------------------

    def open_calendar(self) -> CalendarPopup:
        """Open the calendar popup on the current date."""
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        self.popup.calendar.setDateRange(self._minimum, self._maximum)
        self.popup.open_at(self.edit, self._date)
        return self.popup

    def _picked(self, date: QDate) -> None:
        self._set(date, reformat=True)
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
