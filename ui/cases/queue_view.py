"""The case queue window: filters (status, type, assignee, overdue), the table, the detail panel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.cases import ops
from ui.cases.detail import CaseDetailPanel
from ui.cases.queue_model import CaseQueueModel, tr


class CaseQueueWidget(QWidget):
    """Every case the desk must follow; overdue ones in red at the top and counted in the header."""

    def __init__(self, run: Any, parent: QWidget | None = None) -> None:
        from vipdesk.services.cases import CASE_TYPES, STATUS_NAMES, STATUSES, TYPE_NAMES

        super().__init__(parent)
        self.run = run
        self.setObjectName("caseQueue")
        self.setWindowTitle(self.tr("案件队列"))
        self.resize(1100, 640)
        self.status = QComboBox(objectName="statusFilter")
        self.status.addItem(self.tr("未完成"), "open")
        self.status.addItem(self.tr("全部状态"), None)
        for code in STATUSES:
            self.status.addItem(tr(STATUS_NAMES[code]), code)
        self.case_type = QComboBox(objectName="typeFilter")
        self.case_type.addItem(self.tr("全部类型"), None)
        for code in CASE_TYPES:
            self.case_type.addItem(tr(TYPE_NAMES[code]), code)
        self.assignee = QComboBox(objectName="assigneeFilter")
        self.assignee.addItem(self.tr("全部经办人"), None)
        self.overdue = QCheckBox(self.tr("只看超时"), objectName="overdueFilter")
        self.refresh_button = QPushButton(self.tr("刷新"), objectName="refreshQueue")
        self.overdue_label = QLabel(objectName="overdueCount")
        self.message = QLabel(objectName="queueMessage")
        self.model = CaseQueueModel(run, self)
        self.table = QTableView(objectName="caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = CaseDetailPanel(run, self)
        filters = QHBoxLayout()
        for widget in (self.status, self.case_type, self.assignee, self.overdue):
            filters.addWidget(widget)
        filters.addStretch()
        filters.addWidget(self.overdue_label)
        filters.addWidget(self.refresh_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        from ui.cases.sla_watch import SlaWatch

        self.sla_watch = SlaWatch(self, filters, layout)  # due-soon count, amber/red notices
        from ui.cases.queue_export import QueueExport

        self.export = QueueExport(self, filters)  # 导出 Excel with progress and cancel
        for combo in (self.status, self.case_type, self.assignee):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.overdue.toggled.connect(lambda _on: self.apply_filter())
        self.refresh_button.clicked.connect(self.model.refresh)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self.message.setText)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._selected(current.row())
        )
        self.detail.changed.connect(lambda _d: self.model.refresh())
        self.run(ops.staff).success(self._staff).run()
        self.apply_filter()

    def _staff(self, people: list[tuple[int, str]]) -> None:
        self.assignee.blockSignals(True)
        for staff_id, name in people:
            self.assignee.addItem(name, staff_id)
        self.assignee.blockSignals(False)

    def current_filter(self) -> Any:
        """The QueueFilter the controls describe."""
        from vipdesk.services.case_queue import QueueFilter

        status = self.status.currentData()
        return QueueFilter(
            status=None if status in (None, "open") else status,
            open_only=status == "open",
            case_type=self.case_type.currentData(),
            assignee_id=self.assignee.currentData(),
            overdue=True if self.overdue.isChecked() else None,
        )

    def apply_filter(self) -> None:
        """Show the queue for the chosen filters."""
        self.message.clear()
        self.model.set_filter(self.current_filter())

    def _loaded(self, overdue: int) -> None:
        self.table.resizeColumnsToContents()
        if overdue:
            self.overdue_label.setText(self.tr("⚠ 超时案件 %n 件", "", overdue))
            self.overdue_label.setStyleSheet(
                "color: white; background: #B3261E; padding: 2px 8px; font-weight: bold;"
            )
        else:
            self.overdue_label.setText(self.tr("没有超时案件"))
            self.overdue_label.setStyleSheet("color: #1E7B34;")

    def _selected(self, row: int) -> None:
        case = self.model.case_at(row)
        if case is not None:
            self.detail.load(case.id)

    def select_case(self, case_no: str) -> bool:
        """Select the row of `case_no` if it is loaded; True when found."""
        row = self.model.row_of(case_no)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0
