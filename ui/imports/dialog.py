"""系统管理 → 导入客户与保单: choose a file, watch rows read and problems, cancel, see history.

The import runs on its own thread (ImportJob) with the open database, not on the desk's worker:
reading a million rows takes minutes and the desk must keep answering meanwhile. The service
validates and stages outside the write lock, so other desks keep working too.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

HISTORY_COLUMNS = 7
RUNNING: set[ImportJob] = set()


def stop_all_imports() -> None:
    """Cancel every running import and wait for it (the application is quitting)."""
    for job in list(RUNNING):
        job.cancelled.set()
        job.wait()


class ImportJob(QThread):
    """One import on its own thread; progress and the outcome come back by signal."""

    progressed = Signal(str, int, int, float)
    finished_with = Signal(object, object)  # (ImportResult or None, error or None)

    def __init__(
        self, db: Any, rules: Any, actor: Any, kind: str, path: Path, in_place: bool = False
    ) -> None:
        super().__init__()
        self.db, self.rules, self.actor, self.kind, self.path = db, rules, actor, kind, path
        self.in_place = in_place
        self.cancelled = threading.Event()

    def run(self) -> None:  # noqa: D102
        from vipdesk.services.importer import import_members, import_policies

        run = import_members if self.kind == "members" else import_policies
        try:
            result = run(
                self.db,
                self.rules,
                self.actor,
                self.path,
                progress=lambda *args: self.progressed.emit(*args),
                cancel=self.cancelled.is_set,
                in_place=self.in_place,
            )
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.finished_with.emit(None, exc)
        else:
            self.finished_with.emit(result, None)


class ImportDialog(QDialog):
    """Import a members or policies file; the last ten imports below."""

    imported = Signal(object)

    def __init__(self, run: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.job: ImportJob | None = None
        self.closing = False
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("导入客户与保单"))
        self.resize(900, 600)
        self.kind = QComboBox(objectName="importKind")
        self.kind.addItem(self.tr("客户（证件号码、姓名、手机、地址）"), "members")
        self.kind.addItem(self.tr("保单（须先导入客户）"), "policies")
        self.path = QLineEdit(objectName="importPath", placeholderText=self.tr("CSV 或 XLSX 文件"))
        self.browse = QPushButton(self.tr("选择文件(&F)…"), objectName="importBrowse")
        self.start = QPushButton(self.tr("开始导入(&S)"), objectName="importStart")
        self.cancel = QPushButton(self.tr("取消导入"), objectName="importCancel", enabled=False)
        self.in_place = QCheckBox(self.tr("柜台可以等待，直接写入(&W)"), objectName="importInPlace")
        self.in_place.setToolTip(
            self.tr(
                "大批导入时柜台一直在办理业务：不再拒绝导入，而是直接写入数据库，"
                "写入期间柜台需要等待（可能超过 10 秒而被拒绝）。请在柜台空闲时使用。"
            )
        )
        self.bar = QProgressBar(objectName="importProgress", minimum=0, maximum=1000)
        self.status = QLabel(objectName="importStatus", wordWrap=True)
        self.details = QPlainTextEdit(objectName="importDetails", readOnly=True)
        self.details.setAccessibleName(self.tr("导入结果与问题"))
        self.history = QTableWidget(0, HISTORY_COLUMNS, objectName="importHistory")
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("时间"),
                self.tr("经办人"),
                self.tr("内容"),
                self.tr("文件"),
                self.tr("结果"),
                self.tr("读取/新增/更新/未变"),
                self.tr("有问题的行"),
            ]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.close_button = QPushButton(self.tr("关闭"), objectName="importClose")
        self._layout()
        self.browse.clicked.connect(self.choose_file)
        self.start.clicked.connect(self.begin)
        self.cancel.clicked.connect(self.ask_cancel)
        self.close_button.clicked.connect(self.reject)
        self.reload_history()

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("导入内容：")))
        row.addWidget(self.kind)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        layout.addWidget(self.in_place)
        actions = QHBoxLayout()
        actions.addWidget(self.bar, 1)
        actions.addWidget(self.start)
        actions.addWidget(self.cancel)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.details, 1)
        layout.addWidget(QLabel(self.tr("最近十次导入：")))
        layout.addWidget(self.history, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

    def choose_file(self) -> None:
        """Pick the file to import."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择导入文件"), "", self.tr("表格文件 (*.csv *.xlsx *.txt)")
        )
        if name:
            self.path.setText(name)

    def begin(self) -> None:
        """Start the import of the chosen file on its own thread."""
        text = self.path.text().strip()
        if not text:
            self.status.setText(self.tr("请先选择要导入的文件。"))
            return
        kind = self.kind.currentData()
        in_place = self.in_place.isChecked()
        self._busy(True)
        self.details.clear()
        self.status.setText(self.tr("正在准备…"))
        self.run(lambda desk: (desk.db, desk.book.current(), desk.actor)).success(
            lambda opened: self._start_job(opened, kind, Path(text), in_place)
        ).failure(self._failed).run()

    def _start_job(
        self, opened: tuple[Any, Any, Any], kind: str, path: Path, in_place: bool
    ) -> None:
        db, rules, actor = opened
        self.job = ImportJob(db, rules, actor, kind, path, in_place)
        self.job.progressed.connect(self._progress)
        self.job.finished_with.connect(self._done)
        RUNNING.add(self.job)
        self.job.start()

    def ask_cancel(self) -> None:
        """Ask the running import to stop at the next batch (nothing is written)."""
        if self.job is not None:
            self.job.cancelled.set()
            self.status.setText(self.tr("正在取消…"))

    def _progress(self, stage: str, rows: int, problems: int, fraction: float) -> None:
        self.bar.setValue(int(fraction * 1000))
        if self.job is not None and self.job.cancelled.is_set():
            return  # "正在取消…" stays until the import stopped
        if stage == "写入":  # comparing and building: cancel still honoured
            self.status.setText(self.tr("已读 %1 行，正在写入数据库…").replace("%1", f"{rows:,}"))
        elif stage == "重建":  # desks wrote while it was built: built again, cancel honoured
            self.cancel.setEnabled(True)
            self.status.setText(
                self.tr("柜台正在办理业务，导入数据已过期，正在第 %1 次重建…").replace(
                    "%1", str(problems)
                )
            )
        elif stage == "提交":  # the write lock: cancel no longer honoured
            self.cancel.setEnabled(False)
            self.status.setText(self.tr("正在提交到数据库…"))
        else:
            self.status.setText(
                self.tr("已读 %1 行，发现 %2 处问题")
                .replace("%1", f"{rows:,}")
                .replace("%2", f"{problems:,}")
            )

    def _done(self, result: Any, error: BaseException | None) -> None:
        if self.job is not None:
            self.job.wait()
            RUNNING.discard(self.job)
        self.job = None
        self._busy(False)
        if self.closing:
            super().reject()
            return
        if error is not None:
            self._failed(error)
        else:
            self.bar.setValue(1000)
            self.status.setText(
                self.tr("导入完成：%1 行，新增 %2，更新 %3，未变 %4")
                .replace("%1", f"{result.rows:,}")
                .replace("%2", f"{result.inserted:,}")
                .replace("%3", f"{result.updated:,}")
                .replace("%4", f"{result.unchanged:,}")
            )
            self.imported.emit(result)
        self.reload_history()

    def _failed(self, error: BaseException) -> None:
        from ui.messages import explain_failure

        self._busy(False)
        self.bar.setValue(0)
        self.status.setText(self.tr("没有导入任何数据。"))
        self.details.setPlainText(explain_failure(self, error))

    def _busy(self, busy: bool) -> None:
        widgets = (self.start, self.browse, self.kind, self.path, self.in_place, self.close_button)
        for widget in widgets:
            widget.setEnabled(not busy)
        self.cancel.setEnabled(busy)

    def reload_history(self) -> None:
        """Read the last ten imports on the worker and show them."""
        from vipdesk.services.import_report import import_history

        self.run(lambda desk: import_history(desk.db, desk.actor)).success(
            self._show_history
        ).failure(lambda exc: self.status.setText(str(exc))).run()

    def _show_history(self, reports: list[Any]) -> None:
        from vipdesk.services.import_report import KINDS, OUTCOMES

        self.history.setRowCount(len(reports))
        for row, r in enumerate(reports):
            cells = [
                r.started_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                r.staff,
                self.tr(KINDS.get(r.kind, r.kind)),
                r.file_name,
                self.tr(OUTCOMES.get(r.outcome, r.outcome)),
                f"{r.rows_read:,} / {r.added:,} / {r.changed:,} / {r.unchanged:,}",
                f"{r.refused:,}",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4 and r.message:
                    item.setToolTip(r.message)
                self.history.setItem(row, column, item)

    def has_unsaved_work(self) -> bool:
        """An import still running: closing the desk asks first (ui.unsaved)."""
        return self.job is not None

    def reject(self) -> None:
        """Closing while an import runs cancels it and closes once it stopped (never waits)."""
        if self.job is not None:
            self.closing = True
            self.ask_cancel()
            return
        super().reject()


def open_import_dialog(ctx: Any) -> ImportDialog:
    """系统管理 → 导入客户与保单 (one per window, non-blocking)."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None and not getattr(app, "_vipdesk_import_hook", False):
        app.aboutToQuit.connect(stop_all_imports)
        app._vipdesk_import_hook = True  # type: ignore[attr-defined]
    dialog = getattr(ctx.window, "import_dialog", None)
    if dialog is None:
        dialog = ImportDialog(ctx.run, ctx.window)
        ctx.window.import_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(ctx.window, "import_dialog", None))
        dialog.imported.connect(lambda _result: recount_members(ctx))
    dialog.open()
    return dialog


def recount_members(ctx: Any) -> None:
    """After an import, the status bar's member count read again (on the worker)."""

    def count(desk: Any) -> int:
        from vipdesk.services.members import member_count

        with desk.db.read() as session:
            return member_count(session)

    def show(n: int) -> None:
        from PySide6.QtCore import QCoreApplication

        label = getattr(ctx.window, "count_label", None)
        if label is not None:  # the window's own words (context DeskWindow)
            label.setText(QCoreApplication.translate("DeskWindow", "客户 {n:,} 位").format(n=n))

    ctx.run(count).success(show).run()
