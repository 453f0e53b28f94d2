"""What the desk's list windows share: the list saved as an Excel workbook on the worker, Esc
closes the window, and one window of a kind at a time.

A list window mixes them in before its Qt class::

    class AuditViewer(XlsxExport, EscCloses, QWidget): ...

`XlsxExport` needs `run` (the worker's op), `export_button`, `message`, `query()` and
`_failed(error)` on the window, and the window says what differs by overriding
`export_title()`, `export_file_name()`, `export_rows(desk, query, path)` and
`exported_text(count, path)` (and `export_object_name`). After an export `exported` is
`(path, count)`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFileDialog, QWidget


class XlsxExport:
    """Mixin: 导出 Excel — ask where (non-blocking), write on the worker, button off meanwhile."""

    export_object_name = "exportFile"
    exported: tuple[str, int] | None = None
    file_dialog: QFileDialog | None = None

    def export_title(self) -> str:
        """The save dialog's title."""
        raise NotImplementedError

    def export_file_name(self) -> str:
        """The proposed file name (…-YYYYMMDD.xlsx)."""
        raise NotImplementedError

    def export_rows(self, desk: Any, query: Any, path: str) -> int:
        """Write the rows of `query` to `path` (on the worker); how many were written."""
        raise NotImplementedError

    def exported_text(self, count: int, path: str) -> str:
        """The line shown once the file is written."""
        raise NotImplementedError

    def choose_export_file(self) -> QFileDialog:
        """Ask where to save (non-blocking), then export there."""
        from ui.export_job import ask_export_file

        window: Any = self
        self.file_dialog = ask_export_file(
            window,
            self.export_title(),
            self.export_file_name(),
            self.export_to,
            self.export_object_name,
        )
        return self.file_dialog

    def export_to(self, path: str) -> None:
        """Write the list as filtered on screen to `path` on the worker."""
        window: Any = self
        query = window.query()
        window.export_button.setEnabled(False)
        window.message.setStyleSheet("")
        window.message.setText(QCoreApplication.translate("XlsxExport", "正在导出…"))
        window.run(lambda desk: self.export_rows(desk, query, path)).success(
            lambda count: self._exported(path, count)
        ).failure(self._export_failed).run()

    def _exported(self, path: str, count: int) -> None:
        window: Any = self
        self.exported = (path, count)
        window.export_button.setEnabled(True)
        window.message.setText(self.exported_text(count, path))

    def _export_failed(self, error: BaseException) -> None:
        window: Any = self
        window.export_button.setEnabled(True)
        window._failed(error)


class EscCloses:
    """Mixin for a plain (non-dialog) window: Esc closes it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: D102, N802
        window: Any = self
        if event.key() == Qt.Key.Key_Escape:
            window.close()
            return
        super().keyPressEvent(event)  # type: ignore[misc]


def show_alone(desk_window: Any, attribute: str, view: QWidget) -> QWidget:
    """Show `view` in its own window instead of the desk window's previous one of its kind."""
    old = getattr(desk_window, attribute, None)
    if old is not None:
        old.close()
        old.deleteLater()
    view.setWindowFlag(Qt.WindowType.Window, True)
    setattr(desk_window, attribute, view)
    view.show()
    view.raise_()
    return view
