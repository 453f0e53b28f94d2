"""导出 Excel on the case queue: the queue as filtered, in the background with progress/cancel."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from ui.export_job import ExportJob, ask_export_file


class QueueExport(QObject):
    """The queue's export button and its running job."""

    def __init__(self, view: Any, filters: Any) -> None:
        super().__init__(view)
        self.view = view
        self.job: ExportJob | None = None
        self.button = QPushButton(self.tr("导出 Excel…"), objectName="exportQueue")
        filters.addWidget(self.button)
        self.button.clicked.connect(self.choose_file)

    def choose_file(self) -> Any:
        """Ask where to save (non-blocking)."""
        name = f"cases-{dt.date.today():%Y%m%d}.xlsx"
        return ask_export_file(self.view, self.tr("导出案件队列"), name, self.export_to)

    def export_to(self, path: str) -> ExportJob:
        """Write the queue (current filter, masked) to `path` on the worker."""
        flt = self.view.current_filter()

        def export(desk: Any, target: str, **progress: Any) -> int:
            from vipdesk.services.exports import export_cases

            return export_cases(desk.db, desk.actor, target, flt, **progress)

        self.button.setEnabled(False)
        self.job = ExportJob(self.view, self.view.run, export, path)
        self.job.finished.connect(self._finished)
        return self.job

    def _finished(self, count: int) -> None:
        from ui.messages import explain_failure

        self.button.setEnabled(True)
        job = self.job
        if job is None:
            return
        if count >= 0:
            text = self.tr("已导出 {n} 件案件：{path}")
            self.view.message.setText(text.format(n=count, path=job.path))
        elif job.error is not None:
            self.view.message.setText(explain_failure(self.view, job.error))
