"""关怀日历 — the care calendar window: filters, the list, the plan (months and weeks), done with
a note or snoozed to a day, export to Excel. Every read and write runs on the worker."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.care import ops
from ui.care.model import CareTableModel, cells, kind_name, plan
from ui.export_helpers import EscCloses, XlsxExport, show_alone

ERROR_STYLE = "color: #B3261E;"


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(text.split("(")[0])
    return label


class CareCalendar(XlsxExport, EscCloses, QWidget):
    """Who needs attention in the next days: birthdays, checks, 离网预警, upgrades, 回访, cards."""

    def __init__(
        self, run: Any, me: str | None = None, today: dt.date | None = None, parent: Any = None
    ) -> None:
        from vipdesk.domain.care import DEFAULT_DAYS, KINDS

        super().__init__(parent)
        self.run = run
        self.me = me
        self.today = today or dt.date.today()
        self.generation = 0
        self.loading = False
        self.exported: tuple[str, int] | None = None
        self.setObjectName("careCalendar")
        self.setWindowTitle(self.tr("关怀日历"))
        self.resize(1180, 660)
        self.manager = QComboBox(objectName="careManager")
        if me:
            self.manager.addItem(self.tr("我的客户"), me)
        self.manager.addItem(self.tr("全部客户"), None)
        self.kind = QComboBox(objectName="careKind")
        self.kind.addItem(self.tr("全部事项"), None)
        for code in KINDS:
            self.kind.addItem(kind_name(code), code)
        self.start = QDateEdit(QDate(self.today), objectName="careStart", calendarPopup=True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.days = QSpinBox(objectName="careDays", minimum=1, maximum=366, value=DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" 天"))
        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("客户经理(&M)"), self.manager),
            (self.tr("事项(&K)"), self.kind),
            (self.tr("从(&F)"), self.start),
            (self.tr("共(&N)"), self.days),
        ):
            filters.addWidget(_buddy(text, widget))
            filters.addWidget(widget)
        filters.addStretch()
        self.count = QLabel(objectName="careCount")
        filters.addWidget(self.count)
        self.model = CareTableModel(self)
        self.model.more = self.load_more
        self.table = QTableView(objectName="careTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("关怀事项列表"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        kinds = self.table.fontMetrics()  # the longest kind name shown whole
        kind = max(kinds.horizontalAdvance(kind_name(k)) for k in KINDS) + 24
        for column, width in enumerate((96, kind, 90, 380, 110)):
            header.resizeSection(column, width)
        self.plan = QTreeWidget(objectName="carePlan")
        self.plan.setAccessibleName(self.tr("服务计划（按月、按周）"))
        self.plan.setHeaderLabels([self.tr("计划"), self.tr("事项"), self.tr("说明")])
        self.plan.setColumnWidth(0, 260)
        self.plan.setColumnWidth(1, 150)
        self.tabs = QTabWidget(objectName="careTabs")
        self.tabs.addTab(self.table, self.tr("清单(&L)"))
        self.tabs.addTab(self.plan, self.tr("计划(&P)"))
        self.note = QLineEdit(objectName="careNote")
        self.note.setPlaceholderText(self.tr("处理说明，如：已电话问候"))
        self.done_button = QPushButton(self.tr("完成(&D)"), objectName="careDone")
        self.until = QDateEdit(
            QDate(self.today + dt.timedelta(days=7)), objectName="careUntil", calendarPopup=True
        )
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.snooze_button = QPushButton(self.tr("推迟到(&S)"), objectName="careSnooze")
        self.export_button = QPushButton(self.tr("导出 Excel(&X)…"), objectName="careExport")
        self.close_button = QPushButton(self.tr("关闭"), objectName="careClose")
        actions = QHBoxLayout()
        actions.addWidget(_buddy(self.tr("说明(&T)"), self.note))
        actions.addWidget(self.note, 1)
        actions.addWidget(self.done_button)
        actions.addWidget(self.snooze_button)
        actions.addWidget(self.until)
        actions.addStretch()
        actions.addWidget(self.export_button)
        actions.addWidget(self.close_button)
        self.message = QLabel(objectName="careMessage", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        for combo in (self.manager, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.start.dateChanged.connect(lambda _d: self.refresh())
        self.days.valueChanged.connect(lambda _v: self.refresh())
        self.done_button.clicked.connect(lambda: self.mark("done"))
        self.snooze_button.clicked.connect(lambda: self.mark("snoozed"))
        self.export_button.clicked.connect(self.choose_export_file)
        self.close_button.clicked.connect(self.close)
        self.run(ops.managers).success(self._managers).run()
        self.refresh()

    def _managers(self, people: list[tuple[str, str]]) -> None:
        self.manager.blockSignals(True)
        for username, name in people:
            if username != self.me:
                self.manager.addItem(name, username)
        self.manager.blockSignals(False)

    def query(self) -> ops.CareQuery:
        """The filters as they stand on screen."""
        return ops.CareQuery(self.manager.currentData(), self.kind.currentData(),
                             self.start.date().toPython(), self.days.value())  # fmt: skip

    def refresh(self) -> None:
        """Read the list for the filters (on the worker; a newer request wins)."""
        self.generation += 1
        generation, query = self.generation, self.query()
        self.loading = True
        self.count.setText(self.tr("正在查询…"))
        self.run(lambda desk: ops.care_list_page(desk, query, 0)).success(
            lambda items: self._arrived(generation, items)
        ).failure(self._failed).run()

    def load_more(self) -> None:
        """The next page, when the list is scrolled to its end (on the worker)."""
        generation, query, offset = self.generation, self.query(), len(self.model.items)
        self.run(lambda desk: ops.care_list_page(desk, query, offset)).success(
            lambda items: self._more_arrived(generation, items)
        ).failure(self._failed).run()

    def _more_arrived(self, generation: int, items: list[Any]) -> None:
        from vipdesk.services.care import PAGE

        if generation != self.generation:
            return
        self.model.append_items(items, len(items) == PAGE)
        self._show_count_and_plan()

    def _arrived(self, generation: int, items: list[Any]) -> None:
        from vipdesk.services.care import PAGE

        if generation != self.generation:
            return
        self.loading = False
        self.model.set_items(items, len(items) == PAGE)
        self._show_count_and_plan()

    def _show_count_and_plan(self) -> None:
        items = self.model.items
        if self.model.has_more:
            self.count.setText(self.tr("已载入 %n 项，向下滚动载入更多", "", len(items)))
        else:
            self.count.setText(self.tr("待办 %n 项", "", len(items)))
        self.plan.clear()
        for month, weeks in plan(items):
            top = QTreeWidgetItem([f"{month}（{sum(len(f) for _, f in weeks)}）"])
            self.plan.addTopLevelItem(top)
            for week, found in weeks:
                child = QTreeWidgetItem([f"{week}（{len(found)}）"])
                top.addChild(child)
                for item in found:
                    text = cells(item)
                    child.addChild(QTreeWidgetItem([f"{text[0]}  {item.person}", text[1], text[3]]))
        self.plan.expandAll()

    def _failed(self, exc_or_text: Any) -> None:
        from ui.messages import explain_failure

        self.loading = False
        text = exc_or_text if isinstance(exc_or_text, str) else explain_failure(self, exc_or_text)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

    def mark(self, state: str) -> None:
        """Tick the selected item done (with the note) or snooze it to the chosen day."""
        item = self.model.item_at(self.table.currentIndex().row())
        if item is None:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("请先在清单中选择一项。"))
            return
        note, until = self.note.text(), self.until.date().toPython() if state != "done" else None
        self.message.setStyleSheet("")
        self.run(lambda desk: ops.mark(desk, item.key, state, note, until)).success(
            lambda _k: self._marked(state)
        ).failure(self._failed).run()

    def _marked(self, state: str) -> None:
        self.note.clear()
        self.message.setText(self.tr("已完成并记录。") if state == "done" else self.tr("已推迟。"))
        self.refresh()

    export_object_name = "careExportFile"

    def export_title(self) -> str:  # noqa: D102
        return self.tr("导出关怀日历")

    def export_file_name(self) -> str:  # noqa: D102
        return f"care-{self.start.date().toPython():%Y%m%d}.xlsx"

    def export_rows(self, desk: Any, query: Any, path: str) -> int:  # noqa: D102
        return ops.export(desk, query, path)

    def exported_text(self, count: int, path: str) -> str:  # noqa: D102
        return self.tr("已导出 {n} 项：{path}").format(n=count, path=path)


def open_care_calendar(ctx: Any) -> CareCalendar:
    """客户 → 关怀日历 in its own window (the signed-in staff member's members first)."""
    me = getattr(getattr(ctx.window, "actor", None), "username", None)
    view = CareCalendar(ctx.run, me, parent=ctx.window)
    show_alone(ctx.window, "care_calendar", view)
    return view
