"""The list windows' shared pieces (ui/export_helpers.py) on a small real window with the real
worker thread: the save dialog, the export on the worker (button off meanwhile), a failure said in
plain words, Esc closes, one window of a kind."""

from __future__ import annotations

import threading

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.export_helpers import EscCloses, XlsxExport, show_alone
from ui.worker import DbWorker
from vipdesk.errors import KnownError

WAIT = 10_000


class ListWindow(XlsxExport, EscCloses, QWidget):
    """A list of numbers exported the way the audit viewer and the care calendar export theirs."""

    export_object_name = "numbersExportFile"

    def __init__(self, worker: DbWorker, rows: list[int]) -> None:
        super().__init__()
        self.run, self.rows = worker.op, rows
        self.threads: list[threading.Thread] = []
        self.export_button = QPushButton("导出 Excel(&X)…")
        self.message = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.export_button)
        layout.addWidget(self.message)

    def query(self) -> list[int]:
        return list(self.rows)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(str(error))

    def export_title(self) -> str:
        return "导出数字"

    def export_file_name(self) -> str:
        return "numbers.xlsx"

    def export_rows(self, desk, query, path: str) -> int:
        self.threads.append(threading.current_thread())
        if not query:
            raise KnownError("没有可导出的记录。")
        book = Workbook()
        for n in query:
            book.active.append([n])
        book.save(path)
        return len(query)

    def exported_text(self, count: int, path: str) -> str:
        return f"已导出 {count} 行：{path}"


WORKERS: list[DbWorker] = []


@pytest.fixture(autouse=True)
def stop_workers():
    """Every worker started by a test ends with it."""
    yield
    while WORKERS:
        WORKERS.pop().stop()


def _window(qtbot, rows: list[int]) -> ListWindow:
    worker = DbWorker(None)
    worker.start()
    WORKERS.append(worker)
    window = ListWindow(worker, rows)
    qtbot.addWidget(window)
    window.show()
    return window


def test_export_runs_on_the_worker_and_says_how_many(qtbot, tmp_path):
    window = _window(qtbot, [3, 1, 4])
    dialog = window.choose_export_file()
    assert dialog.objectName() == "numbersExportFile" and dialog.windowTitle() == "导出数字"
    path = str(tmp_path / "numbers.xlsx")
    dialog.fileSelected.emit(path)  # the clerk chose the file
    assert not window.export_button.isEnabled() and window.message.text() == "正在导出…"
    qtbot.waitUntil(lambda: window.exported is not None, timeout=WAIT)
    assert window.exported == (path, 3) and window.message.text() == f"已导出 3 行：{path}"
    assert window.export_button.isEnabled()
    assert window.threads and window.threads[0] is not threading.main_thread()
    rows = list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))
    assert rows == [(3,), (1,), (4,)]
    dialog.close()


def test_a_failed_export_says_why_and_the_button_comes_back(qtbot, tmp_path):
    window = _window(qtbot, [])
    window.export_to(str(tmp_path / "none.xlsx"))
    qtbot.waitUntil(window.export_button.isEnabled, timeout=WAIT)
    assert window.message.text() == "没有可导出的记录。" and window.exported is None
    assert not (tmp_path / "none.xlsx").exists()


def test_escape_closes_and_show_alone_keeps_one_window_of_a_kind(qtbot):
    desk = QWidget()
    qtbot.addWidget(desk)
    first = show_alone(desk, "numbers", _window(qtbot, [1]))
    second = show_alone(desk, "numbers", _window(qtbot, [2]))
    assert desk.numbers is second and not first.isVisible() and second.isVisible()
    assert second.windowFlags() & Qt.WindowType.Window
    qtbot.keyClick(second, Qt.Key.Key_Escape)
    assert not second.isVisible()
