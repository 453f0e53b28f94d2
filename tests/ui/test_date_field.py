"""Typed dates (every accepted form and the boundaries) and the calendar popup of DateField."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableView, QWidget

from ui.date_field import DateField, parse_typed_date

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2026-11-27", dt.date(2026, 11, 27)),
        ("2026/11/27", dt.date(2026, 11, 27)),
        ("2026.1.5", dt.date(2026, 1, 5)),
        ("20261127", dt.date(2026, 11, 27)),
        ("11/27", dt.date(2026, 11, 27)),
        ("1-5", dt.date(2026, 1, 5)),
        ("2026年11月27日", dt.date(2026, 11, 27)),
        ("11月27日", dt.date(2026, 11, 27)),
        (" 2024-02-29 ", dt.date(2024, 2, 29)),  # leap day
        ("2026-02-29", None),  # no such day
        ("2026-13-01", None),
        ("2026-00-10", None),
        ("11/31", None),
        ("2026112", None),  # seven digits: not a day
        ("202611270", None),
        ("", None),
        ("昨天", None),
    ],
)
def test_typed_dates(text, expected):
    assert parse_typed_date(text, TODAY) == expected


def test_typing_changes_the_date_at_once_and_bad_text_keeps_the_last_good_one(qtbot):
    field = DateField(today=TODAY)
    qtbot.addWidget(field)
    field.setMaximumDate(QDate(TODAY))
    field.setDate(QDate(TODAY))
    field.show()
    seen: list[dt.date] = []
    field.dateChanged.connect(lambda d: seen.append(d.toPython()))
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "20261120")
    assert field.date().toPython() == dt.date(2026, 11, 20) and seen[-1] == dt.date(2026, 11, 20)
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "2026-12-01")  # after the maximum: not taken
    assert field.date().toPython() == dt.date(2026, 11, 20)
    assert "B3261E" in field.edit.styleSheet()
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)  # ↑ one day later, the text shown again
    assert field.edit.text() == "2026-11-21"


def test_the_calendar_shows_its_header_and_every_week_row(qtbot):
    field = DateField(today=TODAY)
    qtbot.addWidget(field)
    field.setDate(QDate(2026, 8, 15))  # August 2026 spans six week rows
    field.show()
    popup = field.open_calendar()
    qtbot.waitUntil(popup.isVisible)
    calendar = popup.calendar
    view = calendar.findChild(QTableView, "qt_calendar_calendarview")
    nav = calendar.findChild(QWidget, "qt_calendar_navigationbar")
    assert nav.isVisible() and nav.height() >= nav.sizeHint().height()
    rows = sum(view.rowHeight(r) for r in range(view.model().rowCount()))
    assert view.viewport().height() >= rows  # the last row is not cut off
    image = nav.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(image.height())}
    assert len(colours) > 2  # the month and year are drawn (not white on white)
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
