"""查找 → 导出查询结果 Excel: the main window's search, written to XLSX on the worker with
progress and cancel; ID numbers masked (the export service masks them)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.export_job import ExportJob, ask_export_file

LIMIT = 1000  # as `vipdesk export search`


def tr(text: str) -> str:
    """Translate in the SearchExport context."""
    return QCoreApplication.translate("SearchExport", text)


def export_search_results(ctx: Any) -> Any:
    """Ask where to save the current search's results, then export them in the background."""
    window = ctx.window
    text = window.search.box.text().strip()
    if not text:
        window.statusBar().showMessage(tr("请先输入要查找的内容，再导出查询结果。"), 6000)
        return None
    name = f"search-{dt.date.today():%Y%m%d}.xlsx"
    return ask_export_file(window, tr("导出查询结果"), name,
                           lambda path: start_export(window, text, path),
                           "searchExportFile")  # fmt: skip


def start_export(window: Any, text: str, path: str) -> ExportJob:
    """Export the results of `text` to `path` on the worker; a message when done."""

    def export(desk: Any, target: str, **progress: Any) -> int:
        from vipdesk.services.exports import export_search

        rules = desk.book.on(dt.date.today())
        return export_search(desk.db, desk.actor, rules, text, target, LIMIT, **progress)

    job = ExportJob(window, window.worker.op, export, path)

    def finished(count: int) -> None:
        if count >= 0:
            message = tr("已导出 {n} 行：{path}").format(n=count, path=path)
        elif job.error is not None:
            from ui.messages import explain_failure

            message = explain_failure(window, job.error)
        else:
            message = tr("已取消导出，未留下文件。")
        window.statusBar().showMessage(message, 10000)

    job.finished.connect(finished)
    window.search_export = job
    return job
