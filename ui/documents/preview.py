"""Print preview of a PDF (QtPdf's QPdfView) with Print and Save as PDF.

The dialog only shows bytes it is given; rendering, printing and saving run on jobs
(ui.documents.jobs). QPdfView does not own its QPdfDocument, and QPdfDocument reads from a QBuffer
that must outlive it: the dialog keeps references to all three while it is open. Once closed and
its jobs have ended, it closes the document, drops the bytes and deletes itself, so callers may
keep a reference only while it is open. The printer and file choosers open without blocking.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.documents.jobs import Job, JobFn, print_pdf, start_job
from ui.files import proposed_path, remember_folder, translate_file_dialog
from ui.geometry import size_window

BAD_STYLE = "color: #B3261E;"
log = logging.getLogger("ui.documents")


def pdf_path(path: str | Path) -> Path:
    """`path` with ".pdf" added if missing."""
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(target.suffix + ".pdf")
    return target


def save_pdf(path: Path, pdf: bytes) -> str:
    """Write the PDF (runs on a job thread); KnownError in plain words if it cannot be written."""
    from vipdesk.documents.files import write_file

    write_file(path, pdf)
    return str(path)


class PreviewDialog(QDialog):
    """A PDF on screen, with 打印… and 另存为PDF…; the PDF may arrive later from a job."""

    loaded = Signal(int)  # page count, once a PDF is shown
    failed = Signal(str)  # a job failed (plain message)
    printed = Signal(int)  # pages sent to the printer
    saved = Signal(str)  # the file the PDF was saved to

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        pdf: bytes | None = None,
        file_name: str = "document.pdf",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentPreview")
        self.setWindowTitle(title)
        size_window(self, QSize(820, 940))  # no taller than the screen: the buttons stay in view
        self.file_name = file_name
        self.pdf: bytes | None = None
        self.jobs: list[Job] = []
        self.closing = False  # closed by the user: results are dropped, then it is deleted
        self.print_dialog: QPrintDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self._printer: QPrinter | None = None
        self._buffer: QBuffer | None = None
        self._data: QByteArray | None = None
        self._released = False
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.status = QLabel(self.tr("正在生成文档…"), objectName="status", wordWrap=True)
        self.print_button = QPushButton(self.tr("打印…"), objectName="print")
        self.save_button = QPushButton(self.tr("另存为PDF…"), objectName="save")
        close = QPushButton(self.tr("关闭"), objectName="close")
        self.print_button.clicked.connect(lambda: self.print_document())
        self.save_button.clicked.connect(self.save_as)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.print_button, self.save_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._enable(False)
        if pdf is not None:
            self.set_pdf(pdf)

    def _enable(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _say(self, text: str, bad: bool = False) -> None:
        self.status.setStyleSheet(BAD_STYLE if bad else "")
        self.status.setText(text)

    def set_pdf(self, pdf: bytes) -> None:
        """Show these PDF bytes."""
        if self.closing:
            return
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
        self.pdf = pdf
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        pages = self.document.pageCount()
        self._say(self.tr("共 %n 页", "", pages))
        self._enable(pages > 0)
        self.loaded.emit(pages)

    def render(self, fn: Callable[[], bytes]) -> Job:
        """Make the PDF with `fn()` on a job thread, then show it."""
        self._enable(False)
        self._say(self.tr("正在生成文档…"))
        return self._start(lambda _report, _cancelled: fn(), self.set_pdf)

    def _start(self, fn: JobFn, success: Callable[[Any], None]) -> Job:
        job = start_job(self, fn, success, self._failed)
        job.finished.connect(self._job_ended, Qt.ConnectionType.QueuedConnection)
        self.jobs.append(job)
        return job

    def _job_ended(self) -> None:
        ended = self.sender()
        if isinstance(ended, Job):
            ended.wait()  # `finished` comes just before the thread's very end
        self.jobs = [j for j in self.jobs if j is not ended and not j.isFinished()]
        if self.closing:
            self._release()

    def _failed(self, exc: BaseException) -> None:
        from ui.messages import explain_failure
        from vipdesk.errors import KnownError

        if not isinstance(exc, KnownError):
            log.error("document job failed", exc_info=exc)
        if self.closing:
            return
        message = explain_failure(self, exc)
        if not isinstance(exc, KnownError):
            message = self.tr("生成或打印文档时出现意外错误，详见错误报告。")
        self._say(message, bad=True)
        self._enable(self.pdf is not None)
        self.failed.emit(message)

    def print_document(self, printer: QPrinter | None = None) -> QPrintDialog:
        """Ask for a printer (without blocking); once chosen, print on a job thread."""
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self.file_name).stem or self.windowTitle())  # a readable name
        self._printer = printer  # the dialog does not own it
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.finished.connect(self._printer_chosen)
        self.print_dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open() wants a receiver: the plain one is QDialog's
        return dialog

    def _printer_chosen(self, result: int) -> None:
        dialog, self.print_dialog = self.print_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and self._printer is not None:
            self.print_to(self._printer)

    def print_to(self, printer: QPrinter) -> Job:
        """Print the shown PDF on `printer` (off the GUI thread)."""
        pdf = self.pdf or b""
        self._printer = printer  # keep it alive while the job paints on it
        self._enable(False)
        self._say(self.tr("正在打印…"))
        return self._start(
            lambda report, cancelled: print_pdf(pdf, printer, cancelled, report), self._printed
        )

    def _printed(self, pages: int) -> None:
        if self.closing:
            return
        self._enable(True)
        self._say(self.tr("已发送 %n 页到打印机", "", pages))
        self.printed.emit(pages)

    def save_as(self) -> QFileDialog:
        """Ask where to save (without blocking); the chosen file is written on a job thread."""
        dialog = QFileDialog(
            self, self.tr("另存为PDF"), proposed_path(self.file_name), self.tr("PDF 文件 (*.pdf)")
        )
        dialog.setObjectName("saveDialog")
        translate_file_dialog(dialog, self.tr("保存(&S)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(self.save_to)
        dialog.finished.connect(self._file_dialog_closed)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _file_dialog_closed(self) -> None:
        dialog, self.file_dialog = self.file_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def save_to(self, path: str | Path) -> Job:
        """Write the PDF to `path` (".pdf" added if missing) on a job thread; `saved` when done."""
        target, pdf = pdf_path(path), self.pdf or b""
        remember_folder(target)
        self._enable(False)
        self._say(self.tr("正在保存…"))
        return self._start(lambda _report, _cancelled: save_pdf(target, pdf), self._saved)

    def _saved(self, path: str) -> None:
        if self.closing:
            return
        self._enable(True)
        self._say(self.tr("已保存到 ") + path)
        self.saved.emit(path)

    def done(self, result: int) -> None:  # noqa: D102
        self.closing = True
        for job in self.jobs:
            job.cancel()
        super().done(result)
        self._release()

    def _release(self) -> None:
        """Once closed and idle: close the document, drop the bytes, delete the dialog."""
        if self._released or any(not j.isFinished() for j in self.jobs):
            return  # a job still runs: `_job_ended` comes back here
        self._released = True
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
        self.pdf = self._data = self._buffer = self._printer = None
        self.deleteLater()


def safe_file_name(text: str) -> str:
    """A file name without characters Windows refuses."""
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_") or "document"
