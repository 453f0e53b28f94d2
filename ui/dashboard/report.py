"""月度服务报告 from the dashboard: ask where to save (non-blocking), write the PDF on the worker,
then offer to open it. Supervisors only (the service refuses anyone else)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def last_month(today: dt.date) -> dt.date:
    """The first day of the month before `today`'s (the last complete month)."""
    return (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


class MonthlyReport(QObject):
    """One monthly report: the save dialog, the worker job, the 'open' offer."""

    finished = Signal(str)  # the path written, or "" when it failed

    def __init__(self, parent: QWidget, run: Any, month: dt.date) -> None:
        super().__init__(parent)
        self.parent_widget, self.run, self.month = parent, run, month
        self.path = ""
        self.error: BaseException | None = None
        self.notice: QMessageBox | None = None
        name = f"service-report-{month:%Y-%m}.pdf"
        self.dialog = QFileDialog(
            parent, self.tr("保存月度服务报告"), name, self.tr("PDF 文件 (*.pdf)")
        )
        self.dialog.setObjectName("monthlyReportFile")
        self.dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.dialog.setDefaultSuffix("pdf")
        self.dialog.fileSelected.connect(self.write_to)
        self.dialog.open()

    def write_to(self, path: str) -> None:
        """Write the report to `path` on the worker (the window keeps working)."""
        month = self.month

        def work(desk: Any) -> str:
            from vipdesk.documents.monthly_report import monthly_report_pdf

            rules = desk.book.on(month)
            return str(monthly_report_pdf(desk.db, desk.actor, rules, month, path))

        self.run(work).success(self._written).failure(self._failed).run()

    def _written(self, path: str) -> None:
        self.path = path
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("月度服务报告"),
                          self.tr("已保存：{path}").format(path=path),
                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
                          self.parent_widget)  # fmt: skip
        box.setObjectName("monthlyReportSaved")
        box.button(QMessageBox.StandardButton.Open).setText(self.tr("打开(&O)"))
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("关闭"))
        box.accepted.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))
        box.setModal(False)
        box.open()
        self.notice = box
        self.finished.emit(path)

    def _failed(self, exc: BaseException) -> None:
        from ui.messages import explain_failure

        self.error = exc
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("月度服务报告"),
                          explain_failure(self.parent_widget, exc),
                          QMessageBox.StandardButton.Close, self.parent_widget)  # fmt: skip
        box.setObjectName("monthlyReportFailed")
        box.open()
        self.notice = box
        self.finished.emit("")


def ask_monthly_report(parent: QWidget, run: Any, today: dt.date) -> MonthlyReport:
    """Start a report of the last complete month."""
    return MonthlyReport(parent, run, last_month(today))
