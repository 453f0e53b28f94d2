"""Care items as a table model, and the plan view's grouping by month and week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

COLUMNS = (
    QT_TRANSLATE_NOOP("CareTableModel", "日期"),
    QT_TRANSLATE_NOOP("CareTableModel", "事项"),
    QT_TRANSLATE_NOOP("CareTableModel", "对象"),
    QT_TRANSLATE_NOOP("CareTableModel", "说明"),
    QT_TRANSLATE_NOOP("CareTableModel", "金额（元）"),
    QT_TRANSLATE_NOOP("CareTableModel", "客户经理"),
)
KIND_COLOURS = {"tier_at_risk": QColor("#B3261E"), "follow_up": QColor("#1F3A60")}
Index = QModelIndex


def tr(text: str) -> str:
    """Translate in the CareTableModel context."""
    return QCoreApplication.translate("CareTableModel", text)


class CareTableModel(QAbstractTableModel):
    """The open care items of the window, soonest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []
        self.has_more = False  # the last page came full: there may be more rows
        self.fetching = False
        self.more: Any = None  # called to load the next page (set by the window)

    def set_items(self, items: list[Any], has_more: bool = False) -> None:
        """Show these items (CareItem), the first page."""
        self.beginResetModel()
        self.items = list(items)
        self.has_more, self.fetching = has_more, False
        self.endResetModel()

    def append_items(self, items: list[Any], has_more: bool) -> None:
        """Add the next page at the end."""
        self.fetching = False
        self.has_more = has_more
        if items:
            first = len(self.items)
            self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
            self.items.extend(items)
            self.endInsertRows()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, D102, N802
        return not parent.isValid() and self.has_more and not self.fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, D102, N802
        if self.canFetchMore(parent) and self.more is not None:
            self.fetching = True
            self.more()

    def item_at(self, row: int) -> Any:
        """The CareItem at `row`, or None."""
        return self.items[row] if 0 <= row < len(self.items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, D102, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, D102, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: D102, N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells(item)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            colour = KIND_COLOURS.get(item.kind)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return item.key
        return None


def kind_name(kind: str) -> str:
    """The Chinese name of a care kind, translated."""
    from vipdesk.domain.care import KIND_NAMES

    return QCoreApplication.translate("CareTableModel", KIND_NAMES[kind])


def cells(item: Any) -> tuple[str, ...]:
    """The display texts of an item's columns."""
    amount = f"{item.amount:,.2f}" if item.amount is not None else ""
    return (item.due_on.strftime("%Y-%m-%d"), kind_name(item.kind), item.person, item.detail,
            amount, item.manager or "")  # fmt: skip


def week_of(day: dt.date) -> tuple[int, int]:
    """(ISO year, ISO week) of a day."""
    iso = day.isocalendar()
    return iso[0], iso[1]


def plan(items: Iterable[Any]) -> list[tuple[str, list[tuple[str, list[Any]]]]]:
    """The plan view: months, each with its weeks (Monday–Sunday), each with its items."""
    months: dict[tuple[int, int], dict[tuple[int, int], list[Any]]] = {}
    for item in sorted(items, key=lambda i: (i.due_on, i.kind)):
        month = months.setdefault((item.due_on.year, item.due_on.month), {})
        month.setdefault(week_of(item.due_on), []).append(item)
    out = []
    for (year, month), weeks in months.items():
        rows = []
        for (iso_year, week), found in weeks.items():
            monday = dt.date.fromisocalendar(iso_year, week, 1)
            label = QCoreApplication.translate("CareTableModel", "第{week}周（{start}–{end}）")
            sunday = monday + dt.timedelta(days=6)
            text = label.format(week=week, start=f"{monday:%m-%d}", end=f"{sunday:%m-%d}")
            rows.append((text, found))
        title = QCoreApplication.translate("CareTableModel", "{year}年{month}月")
        out.append((title.format(year=year, month=month), rows))
    return out
