"""审计记录 — the audit viewer for supervisors: filters, a paged table, export to XLSX.

Filters: staff member, action, member (the one on screen, or an internal member number) and a
date range. The table pages on the worker; the export writes the whole filtered list (ID numbers
masked) on the worker too, so the window stays responsive.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QTimer
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.audit import ops
from ui.audit.model import AuditTableModel
from ui.export_helpers import EscCloses, XlsxExport, show_alone

ERROR_STYLE = "color: #B3261E;"
DEFAULT_DAYS = 30


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(text.split("(")[0])
    return label


class AuditViewer(XlsxExport, EscCloses, QWidget):
    """Who did what to which member, when: filter, scroll (paged), export."""

    def __init__(
        self,
        run: Any,
        member: Any = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.run = run
        self.today = today or dt.date.today()
        self.exported: tuple[str, int] | None = None
        self.file_dialog: QFileDialog | None = None
        self.setObjectName("auditViewer")
        self.setWindowTitle(self.tr("审计记录"))
        self.resize(1180, 660)
        self.model = AuditTableModel(run, self)
        self.table = QTableView(objectName="auditTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("审计记录列表"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 90, 130, 220)):
            header.resizeSection(column, width)
        self._build_filters(member)
        self.count = QLabel(objectName="auditCount")
        self.message = QLabel(objectName="auditMessage", wordWrap=True)
        self.export_button = QPushButton(self.tr("导出 Excel(&X)…"), objectName="exportAudit")
        self.close_button = QPushButton(self.tr("关闭"), objectName="closeAudit")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._failed)
        self.export_button.clicked.connect(self.choose_export_file)
        self.close_button.clicked.connect(self.close)
        self.debounce = QTimer(self, singleShot=True, interval=250)
        self.debounce.timeout.connect(self.apply)
        self._connect_filters()
        self.run(ops.filter_choices).success(self._choices).failure(self._failed).run()
        self.apply()

    def _build_filters(self, member: Any) -> None:
        self.staff = QComboBox(objectName="staffFilter")
        self.staff.addItem(self.tr("全部经办人"), None)
        self.action = QComboBox(objectName="actionFilter")
        self.action.addItem(self.tr("全部操作"), None)
        self.member = QLineEdit(objectName="memberFilter")
        self.member.setPlaceholderText(self.tr("客户编号"))
        self.member.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.member.setClearButtonEnabled(True)
        self.member.setMaximumWidth(120)
        self.current_member = QCheckBox(objectName="currentMember")
        if member is not None:
            self.current_member.setText(self.tr("当前客户 {name}").format(name=member.name))
            self.current_member.setProperty("member_id", member.id)
        self.use_dates = QCheckBox(self.tr("限定日期(&T)"), objectName="useDates")
        self.use_dates.setChecked(True)
        self.since = QDateEdit(objectName="sinceFilter", calendarPopup=True)
        self.until = QDateEdit(objectName="untilFilter", calendarPopup=True)
        for edit, day in (
            (self.since, self.today - dt.timedelta(days=DEFAULT_DAYS)),
            (self.until, self.today),
        ):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(day))
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.addWidget(_buddy(self.tr("经办人(&S)"), self.staff), 0, 0)
        grid.addWidget(self.staff, 0, 1)
        grid.addWidget(_buddy(self.tr("操作(&A)"), self.action), 0, 2)
        grid.addWidget(self.action, 0, 3)
        grid.addWidget(_buddy(self.tr("客户编号(&M)"), self.member), 0, 4)
        grid.addWidget(self.member, 0, 5)
        grid.addWidget(self.current_member, 0, 6)
        grid.addWidget(self.use_dates, 1, 0)
        grid.addWidget(_buddy(self.tr("从(&F)"), self.since), 1, 2)
        grid.addWidget(self.since, 1, 3)
        grid.addWidget(_buddy(self.tr("至(&O)"), self.until), 1, 4)
        grid.addWidget(self.until, 1, 5)
        grid.setColumnStretch(7, 1)
        if member is None:
            self.current_member.hide()
        self.filters = grid

    def _connect_filters(self) -> None:
        for combo in (self.staff, self.action):
            combo.currentIndexChanged.connect(lambda _i: self.apply())
        for box in (self.current_member, self.use_dates):
            box.toggled.connect(lambda _on: self.apply())
        self.use_dates.toggled.connect(self.since.setEnabled)
        self.use_dates.toggled.connect(self.until.setEnabled)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _d: self.debounce.start())
        self.member.textChanged.connect(lambda _t: self.debounce.start())

    def _choices(self, choices: tuple[list[tuple[str, str]], list[tuple[str, str]]]) -> None:
        staff, actions = choices
        for combo, items in ((self.staff, staff), (self.action, actions)):
            combo.blockSignals(True)
            for code, name in items:
                combo.addItem(name, code)
            combo.blockSignals(False)

    # filtering -----------------------------------------------------------------------------------

    def query(self) -> ops.AuditQuery:
        """The filters as they stand on screen."""
        member_id: int | None = None
        if self.current_member.isChecked():
            member_id = self.current_member.property("member_id")
        elif self.member.text().strip():
            member_id = int(self.member.text())
        dates = self.use_dates.isChecked()
        return ops.AuditQuery(
            staff=self.staff.currentData(),
            action=self.action.currentData(),
            member_id=member_id,
            since=self.since.date().toPython() if dates else None,
            until=self.until.date().toPython() if dates else None,
        )

    def apply(self) -> None:
        """Show the first page for the filters on screen."""
        self.debounce.stop()
        self.message.setStyleSheet("")
        self.message.clear()
        self.count.setText(self.tr("正在查询…"))
        self.model.set_query(self.query())

    def _loaded(self, shown: int) -> None:
        more = self.tr("，向下滚动加载更多") if not self.model.exhausted else ""
        self.count.setText(self.tr("已显示 {n} 条{more}").format(n=shown, more=more))

    def _failed(self, exc_or_text: Any) -> None:
        from ui.messages import explain_failure

        text = exc_or_text if isinstance(exc_or_text, str) else explain_failure(self, exc_or_text)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

    # export --------------------------------------------------------------------------------------

    export_object_name = "auditExportFile"

    def export_title(self) -> str:  # noqa: D102
        return self.tr("导出审计记录")

    def export_file_name(self) -> str:  # noqa: D102
        return f"audit-{self.today:%Y%m%d}.xlsx"

    def export_rows(self, desk: Any, query: Any, path: str) -> int:
        """The whole filtered list, ID numbers masked (on the worker)."""
        return int(ops.export(desk, query, path))

    def exported_text(self, count: int, path: str) -> str:  # noqa: D102
        return self.tr("已导出 {n} 条记录：{path}").format(n=count, path=path)


def open_audit_viewer(ctx: Any) -> AuditViewer:
    """系统管理 → 审计记录 in its own window; the member on screen can be filtered on."""
    viewer = AuditViewer(ctx.run, ctx.member, parent=ctx.window)
    show_alone(ctx.window, "audit_viewer", viewer)
    return viewer
