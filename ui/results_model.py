"""Search results as a table model that pages from the database through the worker."""

from __future__ import annotations

from collections.abc import Callable
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
from PySide6.QtGui import QColor

from ui.labels import CARD_STATUS, NO_CARD, label, money, text

BLOCKED_RED = "#C62828"
BLOCKED_VERBS = {
    "lost": QT_TRANSLATE_NOOP("results", "挂失"),
    "damaged": QT_TRANSLATE_NOOP("results", "因损坏停用"),
    "replaced": QT_TRANSLATE_NOOP("results", "换卡停用"),
    "revoked": QT_TRANSLATE_NOOP("results", "注销"),
}


def blocked_warning(blocked: Any) -> str:
    """此卡已于 2026-11-27 挂失，不能使用 — for a blocked card number presented at the desk."""
    verb = QCoreApplication.translate("results", BLOCKED_VERBS.get(blocked.status, "注销"))
    if blocked.since is None:
        return QCoreApplication.translate("results", "此卡已{verb}，不能使用").format(verb=verb)
    return QCoreApplication.translate("results", "此卡已于 {day} {verb}，不能使用").format(
        day=blocked.since.isoformat(), verb=verb
    )


PAGE_SIZE = 50
COLUMNS = (
    QT_TRANSLATE_NOOP("results", "姓名"),
    QT_TRANSLATE_NOOP("results", "证件号码"),
    QT_TRANSLATE_NOOP("results", "手机"),
    QT_TRANSLATE_NOOP("results", "等级"),
    QT_TRANSLATE_NOOP("results", "卡状态"),
    QT_TRANSLATE_NOOP("results", "年化保费"),
)
AFYP_COLUMN = 5
Index = QModelIndex | QPersistentModelIndex
SearchFn = Callable[[Any, str, int, int], list[Any]]


def default_search(session: Any, query: str, limit: int, offset: int) -> list[Any]:
    """The foundation's member search (imported on the worker thread)."""
    from vipdesk.services.search import search_members

    return search_members(session, query, limit, offset, actor=session.info.get("actor"))


class MemberResultsModel(QAbstractTableModel):
    """Members matching the current query, fetched page by page (never all rows).

    Every query gets a generation number; a page that arrives for an older generation is
    dropped, so a slow old query can never overwrite the results of a newer one.
    """

    results_arrived = Signal(str, int)  # query, rows now shown
    search_failed = Signal(str)

    def __init__(self, worker: Any, search: SearchFn = default_search, parent: Any = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.search = search
        self.tier_names: dict[str, str] = {}
        self.query = ""
        self.generation = 0
        self.rows: list[Any] = []
        self._more = False
        self._fetching = False

    def set_tier_names(self, names: dict[str, str]) -> None:
        """Tier code -> short Chinese name (from the rules)."""
        self.tier_names = dict(names)
        if self.rows:
            self.dataChanged.emit(self.index(0, 3), self.index(len(self.rows) - 1, 3))

    def set_query(self, query: str) -> None:
        """Start a new search (the previous one's pending pages are ignored)."""
        self.generation += 1
        self.beginResetModel()
        self.query = query.strip()
        self.rows = []
        self._more = False
        self._fetching = False
        self.endResetModel()
        if self.query:
            self._fetch(0)
        else:
            self.results_arrived.emit("", 0)

    def member_id(self, row: int) -> int | None:
        """The member id shown in `row`, if any."""
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def is_searching(self) -> bool:
        """True while a page of the current query is on its way."""
        return self._fetching

    def _fetch(self, offset: int) -> None:
        self._fetching = True
        generation, query, search = self.generation, self.query, self.search

        def run(desk: Any) -> list[Any]:
            if search is default_search:  # a plain connection: no session, BEGIN or rollback
                from ui.desk import search_page

                return search_page(desk, query, PAGE_SIZE, offset)
            with desk.require_db().read() as session:
                session.info["actor"] = desk.actor  # the signed-in staff member searches
                return search(session, query, PAGE_SIZE, offset)

        self.worker.op(run, key="search" if offset == 0 else None).success(
            lambda page: self._arrived(generation, page)
        ).failure(lambda error: self._failed(generation, error)).run()

    def _arrived(self, generation: int, page: list[Any]) -> None:
        if generation != self.generation:
            return
        if page:  # still "fetching" while views react, so none asks for this page again
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        self._fetching = False
        self._more = len(page) == PAGE_SIZE
        self.results_arrived.emit(self.query, len(self.rows))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self.generation:
            return
        self._fetching = False
        self._more = False
        from vipdesk.errors import KnownError

        if not isinstance(error, KnownError):
            self.worker.on_error(error)
        self.search_failed.emit(str(error))

    # Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, D102
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, D102
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: D102
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: Index) -> None:  # noqa: D102
        if self.canFetchMore(parent):
            self._fetch(len(self.rows))

    def headerData(  # noqa: D102
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("results", COLUMNS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == AFYP_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AFYP_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        blocked = getattr(row, "blocked_card", None)
        if blocked is not None and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(BLOCKED_RED)
        if blocked is not None and role == Qt.ItemDataRole.ToolTipRole:
            return blocked_warning(blocked)
        if role == Qt.ItemDataRole.ToolTipRole:  # a cell cut short ("Suspen…") shows it whole
            return self._display(row, column)
        return None

    def blocked_warning_text(self) -> str:
        """卡号 …：此卡已于 … 挂失，不能使用 — for the blocked card the query matched, or ""."""
        from vipdesk.domain.cards import format_card_number

        for row in self.rows:
            blocked = getattr(row, "blocked_card", None)
            if blocked is not None:
                return QCoreApplication.translate("results", "卡号 {number}：{warning}").format(
                    number=format_card_number(blocked.number), warning=blocked_warning(blocked)
                )
        return ""

    def blocked_card_of(self, member_id: int) -> Any:
        """The blocked card the current search matched for this member (None if none)."""
        for row in self.rows:
            if row.id == member_id and getattr(row, "blocked_card", None) is not None:
                return row.blocked_card
        return None

    def _display(self, row: Any, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return row.id_number_masked
        if column == 2:
            return row.phone_masked
        if column == 3:
            return self.tier_names.get(row.tier, row.tier) if row.tier else "—"
        if column == 4 and getattr(row, "blocked_card", None) is not None:
            return blocked_warning(row.blocked_card)
        if column == 4:
            return label(CARD_STATUS, row.card_status) if row.card_number else text(NO_CARD)
        return money(row.afyp)
