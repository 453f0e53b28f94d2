"""统计看板 — the supervisors' dashboard on QtCharts. The figures come from SQL on the worker
(vipdesk.services.dashboard); the window only draws them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

WEEKS = 12


def figures(desk: Any, since: dt.date, care_since: dt.date | None = None) -> Any:
    """On the worker: the dashboard figures since `since`; care done and due this month."""
    from vipdesk.services.dashboard import dashboard

    now = dt.datetime.now(dt.UTC)
    care_since = care_since or now.date().replace(day=1)
    rules = desk.book.on(now.date()) if desk.book is not None else None
    with desk.db.read() as session:
        return dashboard(session, since, now, actor=desk.actor, rules=rules,
                         care_since=care_since)  # fmt: skip


def _chart(title: str, series: Any, categories: list[str]) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append(categories or ["—"])
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%d")
    top = max((b.at(i) for b in series.barSets() for i in range(b.count())), default=0)
    if isinstance(series, QStackedBarSeries):
        count = max((b.count() for b in series.barSets()), default=0)
        top = max((sum(b.at(i) for b in series.barSets()) for i in range(count)), default=0)
    axis_y.setRange(0, max(top, 1))
    axis_y.setTickCount(int(min(max(top, 1), 5)) + 1)
    axis_y.applyNiceNumbers()
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    # a chart is a picture, not a control: no tab stop; screen readers get its title
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setAccessibleName(title)
    view.setAccessibleDescription(title)
    view.setMinimumSize(360, 230)
    return view


def care_table(rows: list[tuple[str, int, int]], headers: list[str]) -> QTableWidget:
    """Care items done and due per account manager, as a read-only table."""
    table = QTableWidget(len(rows), 3, objectName="dashboardCareTable")
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(headers[0])
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    for r, (name, done, due) in enumerate(rows):
        for c, value in enumerate((name, done, due)):
            item = QTableWidgetItem(str(value))
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.setMinimumWidth(220)
    table.setMaximumWidth(320)
    return table


class DashboardWindow(QWidget):
    """Members per tier and status, cases per week (deadlines met), reissues and designations per
    month, care items done and due per account manager (chart and table)."""

    def __init__(self, run: Any, rules: Any = None, today: dt.date | None = None,
                 parent: Any = None, embedded: bool = False) -> None:  # fmt: skip
        super().__init__(parent)
        self.run = run
        self.rules = rules
        self.today = today or dt.date.today()
        self.data: Any = None
        self.setObjectName("dashboard")
        self.setWindowTitle(self.tr("统计看板"))
        self.resize(1200, 680)
        self.grid = QGridLayout()
        self.summary = QLabel(objectName="dashboardSummary", wordWrap=True)
        self.refresh_button = QPushButton(self.tr("刷新(&R)"), objectName="dashboardRefresh")
        self.report_button = QPushButton(self.tr("月度报告 PDF(&B)…"), objectName="dashboardReport")
        self.report_button.setMinimumWidth(self.report_button.sizeHint().width() + 8)
        self.close_button = QPushButton(self.tr("关闭"), objectName="dashboardClose")
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.report_button)
        bottom.addWidget(self.refresh_button)
        bottom.addWidget(self.close_button)
        self.close_button.setVisible(not embedded)  # a tab of the main window stays
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(self.grid, 1)
        layout.addLayout(bottom)
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button.clicked.connect(self.close)
        self.report_button.clicked.connect(self.ask_report)
        self.report: Any = None
        self.refresh()

    def ask_report(self) -> Any:
        """Ask where to save last month's service report, then write it on the worker."""
        from ui.dashboard.report import ask_monthly_report

        self.report = ask_monthly_report(self, self.run, self.today)
        return self.report

    def refresh(self) -> None:
        """Read the figures on the worker; the window never waits."""
        since = self.today - dt.timedelta(weeks=WEEKS)
        self.summary.setText(self.tr("正在统计…"))
        self.run(lambda desk: figures(desk, since)).success(self.show_figures).failure(
            self._failed
        ).run()

    def _failed(self, exc: BaseException) -> None:
        from ui.messages import explain_failure

        self.summary.setText(explain_failure(self, exc))

    def _tier_name(self, code: str | None) -> str:
        if code is None:
            return self.tr("非贵宾")
        try:
            return str(self.rules.tier(code).short_name) if self.rules else code
        except Exception:  # noqa: BLE001  (a tier of an older rules version)
            return code

    def show_figures(self, d: Any) -> None:
        """Draw the four charts."""
        self.data = d
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        tiers = sorted({t for t, _, _ in d.members}, key=lambda t: (t is None, str(t)))
        status_names = {"active": self.tr("有效"), "suspended": self.tr("暂停"),
                        "none": self.tr("非贵宾")}  # fmt: skip
        stacked = QStackedBarSeries()
        for status, name in status_names.items():
            bar = QBarSet(name)
            counts = {t: n for t, s, n in d.members if s == status}
            bar.append([counts.get(t, 0) for t in tiers])
            stacked.append(bar)
        members = _chart(self.tr("各等级客户数"), stacked, [self._tier_name(t) for t in tiers])
        weeks = QBarSeries()
        opened, closed, met = QBarSet(self.tr("受理")), QBarSet(self.tr("关闭")), QBarSet(
            self.tr("按时"))  # fmt: skip
        for _, n, c, m in d.weeks:
            opened.append(n)
            closed.append(c)
            met.append(m)
        for bar in (opened, closed, met):
            weeks.append(bar)
        cases = _chart(
            self.tr("每周案件（按时完成）"), weeks, [f"{w.month}/{w.day}" for w, *_ in d.weeks]
        )
        months = QBarSeries()
        reissues, designations = QBarSet(self.tr("补卡")), QBarSet(self.tr("指定亲属"))
        for _, r, g in d.months:
            reissues.append(r)
            designations.append(g)
        months.append(reissues)
        months.append(designations)
        monthly = _chart(self.tr("每月补卡与指定亲属"), months, [m for m, *_ in d.months])
        care = QBarSeries()
        done, due = QBarSet(self.tr("已完成")), QBarSet(self.tr("应办"))
        done.append([n for _, n, _ in d.care])
        due.append([n for _, _, n in d.care])
        care.append(done)
        care.append(due)
        since = d.care_since.strftime("%m-%d") if d.care_since else ""
        title = self.tr("各客户经理关怀事项：已完成与应办（{since} 起）").format(since=since)
        chart = _chart(title, care, [m for m, _, _ in d.care])
        cared = QWidget(objectName="dashboardCare")
        row = QHBoxLayout(cared)
        row.setContentsMargins(0, 10, 0, 10)
        row.addWidget(chart, 3)
        self.care_table = care_table(
            d.care, [self.tr("客户经理"), self.tr("已完成"), self.tr("应办")]
        )
        row.addWidget(self.care_table, 2)
        for i, view in enumerate((members, cases, monthly, cared)):
            self.grid.addWidget(view, i // 2, i % 2)
        from ui.keyboard import name_widgets

        name_widgets(self.window())  # the new table and buttons get names for screen readers
        total = sum(n for _, n, _, _ in d.weeks)
        met_total = sum(m for *_, m in d.weeks)
        share = f"{met_total * 100 / total:.0f} %" if total else "—"
        self.summary.setText(
            self.tr("近 {weeks} 周受理 {n} 件，按时 {share}").format(
                weeks=WEEKS, n=total, share=share
            )
        )

    def keyPressEvent(self, event: Any) -> None:  # noqa: D102, N802
        if event.key() == Qt.Key.Key_Escape and self.close_button.isVisible():
            self.close()
            return
        super().keyPressEvent(event)


def open_dashboard(ctx: Any) -> DashboardWindow:
    """系统管理 → 统计看板 in its own window (supervisors)."""
    old = getattr(ctx.window, "dashboard", None)
    if old is not None:
        old.close()
        old.deleteLater()
    view = DashboardWindow(ctx.run, ctx.rules, parent=ctx.window)
    view.setWindowFlag(Qt.WindowType.Window, True)
    ctx.window.dashboard = view
    view.show()
    view.raise_()
    return view
