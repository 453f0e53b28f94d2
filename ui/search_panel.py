"""The search box and the results table: keyboard first (Ctrl+F, arrows, Enter, Esc)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.labels import CARD_STATUS, label
from ui.results_model import MemberResultsModel

DEBOUNCE_MS = 40
STATUS_COLUMN = 4
COLUMN_SAMPLES = ("欧阳一诺", "110***********002X", "138****5678", "健康金卡", "暂停使用")
OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SearchPanel(QWidget):
    """Search as you type; the chosen member is announced by `member_chosen`."""

    member_chosen = Signal(int)

    def __init__(self, model: MemberResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.box = QLineEdit(self)
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(
            self.tr("姓名、拼音或首字母、证件号（或后4–6位）、手机、保单号、卡号")
        )
        self.hint = QLabel(self.tr("输入后即时查找，↓ 进入结果，回车打开，Esc 清除"), self)
        self.hint.setObjectName("searchHint")
        self.box.setAccessibleName(self.tr("查找客户"))
        self.box.setAccessibleDescription(self.box.placeholderText())
        self.table = QTableView(self)
        self.table.setObjectName("results")
        self.table.setAccessibleName(self.tr("查找结果"))
        self.table.setAccessibleDescription(self.tr("↑↓ 选择客户，回车打开，Esc 回到查找框"))
        self.table.setModel(model)
        self._setup_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.box)
        layout.addWidget(self.hint)
        self.blocked = QLabel(self, objectName="blockedCardWarning", wordWrap=True)
        self.blocked.setStyleSheet("QLabel { color: #C62828; font-weight: bold; }")
        self.blocked.hide()  # a blocked card number typed: the warning in full (issue 11)
        layout.addWidget(self.blocked)
        layout.addWidget(self.table, 1)
        self.debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.debounce.timeout.connect(self._search_now)
        self.box.textEdited.connect(self._typed)
        self.box.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        model.results_arrived.connect(self._show_count)
        model.search_failed.connect(self._search_failed)
        self._open_pending = False

    def _setup_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several rows (Shift/Ctrl) can be selected for batch printing; Enter opens the current one
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(30)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between rows
        metrics = table.fontMetrics()
        for column, sample in enumerate(COLUMN_SAMPLES):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            words = (sample, label(CARD_STATUS, "suspended") if column == STATUS_COLUMN else "")
            wide = max(metrics.horizontalAdvance(w) + 14 for w in words)  # English words too
            table.setColumnWidth(column, max(wide, metrics.horizontalAdvance(title) + 24))
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected (Ctrl+F)."""
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def clear(self) -> None:
        """Empty the search box and the results (Esc)."""
        self.debounce.stop()
        self.box.clear()
        self.model.set_query("")
        self.box.setFocus()

    def search_now(self, text: str) -> None:
        """Search for `text` at once (no debounce), as if typed."""
        self.box.setText(text)
        self._search_now()

    def _typed(self, _text: str) -> None:
        self._open_pending = False
        self.debounce.start()

    def _search_now(self) -> None:
        self.debounce.stop()
        if self.box.text().strip() != self.model.query or not self.box.text().strip():
            self.model.set_query(self.box.text())

    def _show_count(self, query: str, count: int) -> None:
        if self._open_pending:
            self._open_pending = False
            self._open_row(max(self.current_row(), 0))
        if not query:
            self.hint.setText(self.tr("输入后即时查找，↓ 进入结果，回车打开，Esc 清除"))
        elif count == 0:
            self.hint.setText(self.tr("没有找到匹配的客户"))
        elif self.model.canFetchMore(self.model.index(-1, -1)):
            self.hint.setText(self.tr("已显示前 %n 位，向下滚动查看更多", "", count))
        else:
            self.hint.setText(self.tr("找到 %n 位客户", "", count))
        warning = self.model.blocked_warning_text() if query else ""
        self.blocked.setText(warning)
        self.blocked.setVisible(bool(warning))

    def _search_failed(self, message: str) -> None:
        self._open_pending = False
        self.hint.setText(message)

    def current_row(self) -> int:
        """The current result row (the one Enter opens), or -1."""
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row()):
            return current.row()
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_member_ids(self) -> list[int]:
        """Members of every selected result row, in table order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [m for m in (self.model.member_id(r) for r in rows) if m is not None]

    def _open_row(self, row: int) -> None:
        member_id = self.model.member_id(row)
        if member_id is not None:
            self.member_chosen.emit(member_id)

    def _select(self, row: int) -> None:
        if self.model.rowCount() == 0:
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: D102
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.box:
            return self._box_key(key)
        if watched is self.table:
            return self._table_key(key, event)
        return False

    def _box_key(self, key: int) -> bool:
        if key == Qt.Key.Key_Down and self.model.rowCount() > 0:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self._select(max(self.current_row(), 0))
            return True
        if key in OPEN_KEYS:
            self._search_pending_then_open()
            return True
        if key == Qt.Key.Key_Escape:
            self.clear()
            return True
        return False

    def _table_key(self, key: int, event: QKeyEvent) -> bool:
        if key in OPEN_KEYS:
            self._open_row(self.current_row())
            return True
        if key == Qt.Key.Key_Escape:
            self.focus_search()
            return True
        if key == Qt.Key.Key_Up and self.current_row() <= 0:
            self.focus_search()
            return True
        if (
            event.text()
            and event.text().isprintable()
            and not event.modifiers()
            & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        ):
            self.box.setFocus()
            self.box.insert(event.text())
            self.debounce.start()
            return True
        return False

    def _search_pending_then_open(self) -> None:
        """Enter in the box: open the selected (or first) result once the newest query is in."""
        if self.debounce.isActive() or self.box.text().strip() != self.model.query:
            self._search_now()
        if self.model.is_searching():
            self._open_when_ready()
            return
        self._open_row(max(self.current_row(), 0))

    def _open_when_ready(self) -> None:
        self._open_pending = True
