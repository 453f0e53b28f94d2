"""An XLSX export on the worker with a non-modal progress dialog and a cancel button.

The export function runs on the worker thread and reports rows written through a Qt signal (queued
to the GUI thread); 取消 sets an event the export checks every 1,000 rows (no file is left)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget


class ExportJob(QObject):
    """One running export: progress shown, cancel honoured, `finished(count or -1)` at the end."""

    progressed = Signal(int)
    finished = Signal(int)

    def __init__(self, parent: QWidget, run: Any, export: Callable[..., int], path: str) -> None:
        super().__init__(parent)
        self.cancel = threading.Event()
        self.path = path
        self.count: int | None = None
        self.error: BaseException | None = None
        self.dialog = QProgressDialog(self.tr("正在导出…"), self.tr("取消"), 0, 0, parent)
        self.dialog.setObjectName("exportProgress")
        self.dialog.setWindowTitle(self.tr("导出 Excel"))
        self.dialog.setWindowModality(Qt.WindowModality.NonModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.canceled.connect(self.cancel.set)
        self.progressed.connect(self._progressed)
        self.dialog.show()
        job = self

        def work(desk: Any) -> int:
            return export(desk, path, progress=job.progressed.emit, cancelled=job.cancel.is_set)

        run(work).success(self._done).failure(self._failed).run()

    def _progressed(self, rows: int) -> None:
        self.dialog.setLabelText(self.tr("已写入 {n} 行…").format(n=f"{rows:,}"))

    def _done(self, count: int) -> None:
        self.count = count
        self.dialog.reset()
        self.dialog.hide()
        self.finished.emit(count)

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self.dialog.reset()
        self.dialog.hide()
        self.finished.emit(-1)


def ask_export_file(
    parent: QWidget,
    title: str,
    name: str,
    chosen: Callable[[str], None],
    object_name: str = "exportFile",
) -> Any:
    """A non-blocking save dialog for an .xlsx file; `chosen(path)` when accepted.

    `object_name` keys the size and place the desk remembers for this dialog.
    """
    dialog = QFileDialog(parent, title, name, parent.tr("Excel 工作簿 (*.xlsx)"))
    dialog.setObjectName(object_name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("xlsx")
    dialog.fileSelected.connect(chosen)
    dialog.open()
    return dialog
