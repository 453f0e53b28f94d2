"""The case queue as a table model: pages fetched on the worker, overdue rows highlighted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ui.cases import ops

PAGE = 100
COLUMNS = (
    QT_TRANSLATE_NOOP("cases", "案件号"),
    QT_TRANSLATE_NOOP("cases", "类型"),
    QT_TRANSLATE_NOOP("cases", "状态"),
    QT_TRANSLATE_NOOP("cases", "被服务人"),
    QT_TRANSLATE_NOOP("cases", "客户"),
    QT_TRANSLATE_NOOP("cases", "回复期限"),
    QT_TRANSLATE_NOOP("cases", "经办人"),
)
# vipdesk.services.cases.STATUS_NAMES and TYPE_NAMES (no Qt there), marked here for lupdate.
CASE_NAMES = (
    QT_TRANSLATE_NOOP("cases", "新建"),
    QT_TRANSLATE_NOOP("cases", "处理中"),
    QT_TRANSLATE_NOOP("cases", "等待客户"),
    QT_TRANSLATE_NOOP("cases", "已解决"),
    QT_TRANSLATE_NOOP("cases", "已关闭"),
    QT_TRANSLATE_NOOP("cases", "救援/服务申请"),
    QT_TRANSLATE_NOOP("cases", "投诉"),
    QT_TRANSLATE_NOOP("cases", "咨询"),
    QT_TRANSLATE_NOOP("cases", "补卡"),
)
OVERDUE_BACKGROUND = QColor("#FDE2E1")
OVERDUE_TEXT = QColor("#8C1D18")
DUE_SOON_BACKGROUND = QColor("#FFF0C2")  # amber: the last 20 % of the time
DUE_SOON_TEXT = QColor("#6B4A00")
Index = QModelIndex


def tr(text: str) -> str:
    """Translate in the cases context."""
    return QCoreApplication.translate("cases", text)


class CaseQueueModel(QAbstractTableModel):
    """Rows of the case queue for a filter; more pages are fetched as the view scrolls."""

    loaded = Signal(int)  # overdue cases in the whole database
    failed = Signal(str)

    def __init__(self, run: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.run = run
        self.rows: list[Any] = []
        self.flt: Any = None
        self.exhausted = True
        self.loading = False
        self.generation = 0
        self.overdue_total = 0

    def set_filter(self, flt: Any) -> None:
        """Show the queue for `flt` (a QueueFilter), from the first page."""
        self.generation += 1
        self.beginResetModel()
        self.rows, self.flt, self.exhausted = [], flt, False
        self.endResetModel()
        self._fetch()

    def refresh(self) -> None:
        """Read the queue again with the same filter."""
        self.set_filter(self.flt)

    def _fetch(self) -> None:
        if self.loading or self.exhausted:
            return
        self.loading = True
        generation, flt, offset = self.generation, self.flt, len(self.rows)
        self.run(lambda desk: ops.queue_page(desk, flt, PAGE, offset)).success(
            lambda page: self._arrived(generation, page)
        ).failure(lambda exc: self._failed(generation, exc)).run()

    def _arrived(self, generation: int, page: tuple[list[Any], int]) -> None:
        self.loading = False
        if generation != self.generation:
            self._fetch()
            return
        rows, overdue = page
        self.exhausted = len(rows) < PAGE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self.overdue_total = overdue
        self.loaded.emit(overdue)

    def _failed(self, generation: int, exc: BaseException) -> None:
        from ui.messages import explain_failure

        self.loading = False
        self.exhausted = True
        if generation == self.generation:
            self.failed.emit(explain_failure(None, exc))

    def case_at(self, row: int) -> Any:
        """The CaseRow at `row` (None outside the table)."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, case_no: str) -> int:
        """The row showing `case_no`, or -1."""
        return next((i for i, r in enumerate(self.rows) if r.case_no == case_no), -1)

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
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if row.overdue:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OVERDUE_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_TEXT)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("cases", "已超过回复期限")
        if getattr(row.sla, "state", None) == "due_soon" and not row.overdue:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(DUE_SOON_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(DUE_SOON_TEXT)
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("cases", "即将到期（剩余时间不足五分之一）")
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _display(self, row: Any, column: int) -> str:
        from vipdesk.services.cases import STATUS_NAMES, TYPE_NAMES

        if column == 0:
            return row.case_no
        if column == 1:
            return tr(TYPE_NAMES[row.case_type])
        if column == 2:
            status = tr(STATUS_NAMES[row.status])
            if row.overdue:
                return QCoreApplication.translate("cases", "⚠ 超时 · {status}").format(
                    status=status
                )
            state = getattr(row.sla, "state", None)
            if state == "due_soon":
                return QCoreApplication.translate("cases", "即将到期 · {status}").format(
                    status=status
                )
            if state == "paused":
                return QCoreApplication.translate("cases", "暂停计时 · {status}").format(
                    status=status
                )
            return status
        if column == 3:
            return row.person_name
        if column == 4:
            return row.member_name
        if column == 5:  # the running clock's due: resolution due once answered
            due = row.due_at
            if row.sla is not None and row.sla.resolution_due is not None:
                due = row.sla.resolution_due
            return due.astimezone().strftime("%m-%d %H:%M")
        return row.assignee or ""
