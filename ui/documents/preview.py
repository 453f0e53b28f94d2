"""Print preview of a PDF (QtPdf's QPdfView) with Print and Save as PDF.

The dialog only shows bytes it is given; rendering and printing run on jobs (ui.documents.jobs).
QPdfView does not own its QPdfDocument, and QPdfDocument reads from a QBuffer that must outlive
it: the dialog keeps references to all three.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
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

BAD_STYLE = "color: #B3261E;"


class PreviewDialog(QDialog):
    """A PDF on screen, with 打印… and 另存为PDF…; the PDF may arrive later from a job."""

    loaded = Signal(int)  # page count, once a PDF is shown
    failed = Signal(str)  # the render job failed (plain message)
    printed = Signal(int)  # pages sent to the printer

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
        self.resize(820, 940)
        self.file_name = file_name
        self.pdf: bytes | None = None
        self.jobs: list[Job] = []
        self._buffer: QBuffer | None = None
        self._data: QByteArray | None = None
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
        self.print_button.clicked.connect(self.print_document)
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

    def set_pdf(self, pdf: bytes) -> None:
        """Show these PDF bytes."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
        self.pdf = pdf
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        pages = self.document.pageCount()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("共 %n 页", "", pages))
        self._enable(pages > 0)
        self.loaded.emit(pages)

    def render(self, fn: Callable[[], bytes]) -> Job:
        """Make the PDF with `fn()` on a job thread, then show it."""
        self._enable(False)
        self.status.setText(self.tr("正在生成文档…"))
        return self._start(lambda _report, _cancelled: fn(), self.set_pdf)

    def _start(self, fn: JobFn, success: Callable[[Any], None]) -> Job:
        self.jobs = [j for j in self.jobs if not j.isFinished()]
        job = start_job(self, fn, success, self._failed)
        self.jobs.append(job)
        return job

    def _failed(self, exc: BaseException) -> None:
        from vipdesk.errors import KnownError

        message = (
            str(exc)
            if isinstance(exc, KnownError)
            else self.tr("生成或打印文档时出错（%1），请重试或联系IT部门。").replace(
                "%1", type(exc).__name__
            )
        )
        if not isinstance(exc, KnownError):
            import logging

            logging.getLogger("ui.documents").error("document job failed", exc_info=exc)
        self.status.setStyleSheet(BAD_STYLE)
        self.status.setText(message)
        self._enable(self.pdf is not None)
        self.failed.emit(message)

    def print_document(self) -> None:
        """Ask for a printer, then print on a job thread at about 300 dpi."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> Job:
        """Print the shown PDF on `printer` (off the GUI thread)."""
        pdf = self.pdf or b""
        self._printer = printer  # keep it alive while the job paints on it
        self._enable(False)
        self.status.setText(self.tr("正在打印…"))
        return self._start(
            lambda report, cancelled: print_pdf(pdf, printer, cancelled, report), self._printed
        )

    def _printed(self, pages: int) -> None:
        self._enable(True)
        self.status.setText(self.tr("已发送 %n 页到打印机", "", pages))
        self.printed.emit(pages)

    def save_as(self) -> None:
        """Ask where to save, then write the PDF there."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为PDF"), self.file_name, self.tr("PDF 文件 (*.pdf)")
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str | Path) -> Path:
        """Write the PDF to `path` (".pdf" added if missing)."""
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(target.suffix + ".pdf")
        try:
            target.write_bytes(self.pdf or b"")
        except OSError as exc:
            self.status.setStyleSheet(BAD_STYLE)
            self.status.setText(self.tr("无法保存文件：") + str(exc.strerror))
            return target
        self.status.setStyleSheet("")
        self.status.setText(self.tr("已保存到 ") + str(target))
        return target

    def done(self, result: int) -> None:  # noqa: D102
        for job in list(self.jobs):
            job.cancel()
            job.wait(30_000)
        super().done(result)


def safe_file_name(text: str) -> str:
    """A file name without characters Windows refuses."""
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_") or "document"
