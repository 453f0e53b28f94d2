"""The audit records as a paged table model: pages of 200 fetched on the worker as the view scrolls.

Never all rows: a branch's log grows by thousands a day, the database may hold millions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui.audit import ops

PAGE = 200
COLUMNS = (
    QT_TRANSLATE_NOOP("audit", "时间"),
    QT_TRANSLATE_NOOP("audit", "经办人"),
    QT_TRANSLATE_NOOP("audit", "操作"),
    QT_TRANSLATE_NOOP("audit", "客户"),
    QT_TRANSLATE_NOOP("audit", "内容"),
)
Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    """Translate in the audit context."""
    return QCoreApplication.translate("audit", text)


def when(at: dt.datetime) -> str:
    """Local time of a stored instant (SQLite gives naive UTC)."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def cells(entry: Any) -> tuple[str, str, str, str, str]:
    """The five cells of one AuditEntry: time, staff, action, member (ID masked), description."""
    member = entry.member_name
    if entry.member_id_masked:
        member = f"{member}（{entry.member_id_masked}）"
    return (when(entry.at), entry.staff_name, entry.action_name, member, what_changed(entry))


def what_changed(entry: Any) -> str:
    """The description without the action's name (it has its own column); "—" when nothing."""
    text = entry.text.removeprefix(entry.action_name).removeprefix("：")
    return text or "—"


class AuditTableModel(QAbstractTableModel):
    """Audit records matching the viewer's filters, newest first, fetched page by page."""

    loaded = Signal(int)  # rows shown so far
    failed = Signal(str)

    def __init__(self, run: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.run = run
        self.rows: list[Any] = []
        self.query: ops.AuditQuery | None = None
        self.exhausted = True
        self.loading = False
        self.generation = 0

    def set_query(self, query: ops.AuditQuery) -> None:
        """Show the records for `query` from the first page (pending older pages are dropped)."""
        self.generation += 1
        self.beginResetModel()
        self.rows, self.query, self.exhausted = [], query, False
        self.endResetModel()
        self._fetch()

    def refresh(self) -> None:
        """Read again with the same filters."""
        if self.query is not None:
            self.set_query(self.query)

    def _fetch(self) -> None:
        if self.loading or self.exhausted or self.query is None:
            return
        self.loading = True
        generation, query, offset = self.generation, self.query, len(self.rows)
        self.run(lambda desk: ops.audit_page(desk, query, PAGE, offset)).success(
            lambda page: self._arrived(generation, page)
        ).failure(lambda exc: self._failed(generation, exc)).run()

    def _arrived(self, generation: int, page: list[Any]) -> None:
        if generation != self.generation:
            self.loading = False
            self._fetch()  # the filters changed meanwhile: start their first page
            return
        if page:  # still "loading" while views react, so nobody asks for this page again
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        self.loading = False
        self.exhausted = len(page) < PAGE
        self.loaded.emit(len(self.rows))

    def _failed(self, generation: int, exc: BaseException) -> None:
        from ui.messages import explain_failure

        self.loading = False
        self.exhausted = True
        if generation == self.generation:
            self.failed.emit(explain_failure(None, exc))

    def entry_at(self, row: int) -> Any:
        """The audit entry at `row` (None outside the table)."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, D102, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, D102, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: D102, N802
        return not parent.isValid() and not self.exhausted and not self.loading

    def fetchMore(self, parent: Index) -> None:  # noqa: D102, N802
        if not parent.isValid():
            self._fetch()

    def headerData(  # noqa: D102, N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cells(entry)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return what_changed(entry)
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None
