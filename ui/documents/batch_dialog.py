"""Batch printing: letters or handbooks for a selection or a filter, with progress and Cancel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.date_field import DateField
from ui.documents.jobs import Job, start_job

STAGES = {
    "读取": QT_TRANSLATE_NOOP("BatchPrintDialog", "正在读取客户资料…"),
    "生成": QT_TRANSLATE_NOOP("BatchPrintDialog", "正在生成文档…"),
    "完成": QT_TRANSLATE_NOOP("BatchPrintDialog", "已完成"),
}


def default_folder() -> Path:
    """A new folder under the user-data folder's `documents` for this batch."""
    from vipdesk.paths import data_dir

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return data_dir() / "documents" / f"batch-{stamp}"


def run_batch(
    db: Any,
    book: Any,
    kind: str,
    member_ids: Sequence[int] | None,
    tier: str | None,
    issued_since: dt.date | None,
    folder: Path,
    combined: bool,
    branch: Any,
    report: Any,
    cancelled: Any,
    actor: Any = None,
) -> Any:
    """Select the members (unless given) and print the batch (runs on a job thread)."""
    from vipdesk.documents.batch import print_batch, select_members

    ids = list(member_ids) if member_ids is not None else None
    if ids is None:
        with db.read() as session:
            ids = select_members(session, tier, issued_since)
    return print_batch(
        db,
        book,
        kind,
        ids,
        folder,
        combined=combined,
        branch=branch,
        progress=report,
        cancelled=cancelled,
        actor=actor,
    )


class BatchPrintDialog(QDialog):
    """Choose what to print and for whom; the batch runs on a job thread."""

    finished_batch = Signal(object)  # vipdesk.documents.batch.BatchResult
    failed_batch = Signal(str)  # the plain message shown

    def __init__(
        self,
        db: Any,
        book: Any,
        parent: QWidget | None = None,
        member_ids: Sequence[int] | None = None,
        branch: Any = None,
        actor: Any = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.book, self.member_ids, self.branch = db, book, member_ids, branch
        self.actor = actor  # the signed-in staff member (document.print is checked)
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.result: Any = None
        self.folder_dialog: QFileDialog | None = None
        self.setObjectName("batchPrintDialog")
        self.setWindowTitle(self.tr("批量打印"))
        self.setMinimumWidth(520)
        self._build()

    def _build(self) -> None:
        self.letters = QRadioButton(self.tr("资格确认函"), objectName="letters", checked=True)
        self.handbooks = QRadioButton(self.tr("服务手册（个性化）"), objectName="handbooks")
        self.kind_group = QButtonGroup(self)  # its own group: the members' choice is another
        self.kind_group.addButton(self.letters)
        self.kind_group.addButton(self.handbooks)
        kinds = QHBoxLayout()
        kinds.addWidget(self.letters)
        kinds.addWidget(self.handbooks)
        kinds.addStretch(1)
        self.tier = QComboBox(objectName="tier")
        self.tier.addItem(self.tr("全部等级"), None)
        for t in self.book.current().tiers:
            self.tier.addItem(t.name, t.code)
        self.since_check = QCheckBox(self.tr("仅限此日期以后发卡的客户"), objectName="sinceCheck")
        today = QDate.currentDate()
        self.since = DateField(today=today.toPython())  # typed (20261101, 11/1) or picked
        self.since.setObjectName("since")
        self.since.setDate(QDate(today.year(), today.month(), 1))
        self.since.setEnabled(False)
        self.since_check.toggled.connect(self.since.setEnabled)
        since = QHBoxLayout()
        since.addWidget(self.since_check)
        since.addWidget(self.since)
        since.addStretch(1)
        self.folder = QLineEdit(str(default_folder()), objectName="folder")
        browse = QPushButton(self.tr("浏览…"), objectName="browse")
        browse.clicked.connect(self.choose_folder)
        folder = QHBoxLayout()
        folder.addWidget(self.folder, 1)
        folder.addWidget(browse)
        self.combined = QCheckBox(self.tr("合并为一个PDF文件"), objectName="combined")
        form = QFormLayout()
        form.addRow(self.tr("打印内容"), kinds)
        if self.member_ids is not None:
            form.addRow(self.tr("客户"), self._whom(len(self.member_ids)))
        form.addRow(self.tr("贵宾等级"), self.tier)
        form.addRow(self.tr("发卡日期"), since)
        form.addRow(self.tr("保存到"), folder)
        form.addRow("", self.combined)
        self.summary = QLabel("", objectName="summary", wordWrap=True)
        self.start_button = QPushButton(self.tr("开始打印"), objectName="start", default=True)
        self.start_button.clicked.connect(self.start)
        close = QPushButton(self.tr("关闭"), objectName="close")
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

    def _whom(self, count: int) -> QHBoxLayout:
        """The choice between the members selected in the results and the filter below."""
        self.use_selection = QRadioButton(
            self.tr("所选客户（%n 位）", "", count), objectName="useSelection", checked=True
        )
        self.use_filter = QRadioButton(self.tr("按条件筛选"), objectName="useFilter")
        self.whom_group = QButtonGroup(self)
        self.whom_group.addButton(self.use_selection)
        self.whom_group.addButton(self.use_filter)
        self.use_filter.toggled.connect(self._filter_enabled)
        self._filter_enabled(False)
        whom = QHBoxLayout()
        whom.addWidget(self.use_selection)
        whom.addWidget(self.use_filter)
        whom.addStretch(1)
        return whom

    def _filter_enabled(self, on: bool) -> None:
        self.tier.setEnabled(on)
        self.since_check.setEnabled(on)
        self.since.setEnabled(on and self.since_check.isChecked())

    def selection_chosen(self) -> bool:
        """True when the batch is for the members given (not for the filter)."""
        return self.member_ids is not None and self.use_selection.isChecked()

    def choose_folder(self) -> QFileDialog:
        """Pick the output folder (a non-blocking folder chooser)."""
        dialog = QFileDialog(self, self.tr("选择保存位置"), self.folder.text())
        dialog.setObjectName("folderDialog")
        from ui.files import translate_file_dialog

        translate_file_dialog(dialog, self.tr("选择文件夹"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        dialog.fileSelected.connect(self._folder_chosen)
        dialog.finished.connect(self._folder_dialog_closed)
        self.folder_dialog = dialog
        dialog.open()
        return dialog

    def _folder_chosen(self, path: str) -> None:
        if path:
            self.folder.setText(path)
            from ui.files import remember_folder

            remember_folder(path)

    def _folder_dialog_closed(self) -> None:
        dialog, self.folder_dialog = self.folder_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def options(self) -> dict[str, Any]:
        """The batch as chosen in the form."""
        since = self.since.date().toPython() if self.since_check.isChecked() else None
        return {
            "kind": "letters" if self.letters.isChecked() else "handbooks",
            "member_ids": list(self.member_ids or []) if self.selection_chosen() else None,
            "tier": self.tier.currentData(),
            "issued_since": since,
            "folder": Path(self.folder.text().strip() or default_folder()),
            "combined": self.combined.isChecked(),
        }

    def start(self) -> Job:
        """Start the batch on a job thread and show the progress dialog."""
        o = self.options()
        db, book, branch, actor = self.db, self.book, self.branch, self.actor
        self.start_button.setEnabled(False)
        self.summary.setText(self.tr("正在准备…"))
        self.progress = QProgressDialog(self.tr("正在准备…"), self.tr("取消"), 0, 0, self)
        self.progress.setObjectName("batchProgress")
        self.progress.setWindowTitle(self.tr("批量打印"))
        # Not modal: a modal QProgressDialog runs the event loop inside setValue(), re-entering
        # our slots; the desk stays usable while the batch runs.
        self.progress.setWindowModality(Qt.WindowModality.NonModal)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumDuration(0)

        def work(report: Any, cancelled: Any) -> Any:
            return run_batch(
                db,
                book,
                o["kind"],
                o["member_ids"],
                o["tier"],
                o["issued_since"],
                o["folder"],
                o["combined"],
                branch,
                report,
                cancelled,
                actor,
            )

        self.job = start_job(self, work, self._done, self._failed, self._progress)
        self.progress.canceled.connect(self.cancel)
        self.progress.show()
        return self.job

    def cancel(self) -> None:
        """Stop the batch after the document being made."""
        if self.job is not None:
            self.job.cancel()
            self.summary.setText(self.tr("正在取消…"))

    def _progress(self, stage: str, done: int, total: int) -> None:
        progress = self.progress
        if progress is None:
            return
        progress.setLabelText(self.tr(STAGES.get(stage, stage)) + f"  {done}/{total}")
        progress.setMaximum(max(total, 1))
        progress.setValue(min(done, max(total, 1)))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        self.job = None
        self.start_button.setEnabled(True)

    def _done(self, result: Any) -> None:
        self._close_progress()
        self.result = result
        what = self.tr("资格确认函") if result.kind == "letters" else self.tr("服务手册")
        text = (self.tr("已取消。") if result.cancelled else "") + self.tr(
            "已生成%1 %2 份，共 %3 个文件。"
        ).replace("%1", what).replace("%2", str(result.written)).replace(
            "%3", str(len(result.files))
        )
        if result.skipped_no_tier:
            text += self.tr("跳过无贵宾等级的客户 %1 位。").replace(
                "%1", str(result.skipped_no_tier)
            )
        if result.files:
            text += "\n" + str(Path(result.files[0]).parent)
        self.summary.setText(text)
        self.finished_batch.emit(result)

    def _failed(self, exc: BaseException) -> None:
        from ui.messages import explain_failure
        from vipdesk.errors import KnownError

        self._close_progress()
        message = explain_failure(self, exc)
        if not isinstance(exc, KnownError):
            message = self.tr("批量打印出现意外错误，详见错误报告。")
        self.summary.setText(message)
        self.failed_batch.emit(message)

    def done(self, result: int) -> None:  # noqa: D102
        job = self.job
        if job is not None:
            job.cancel()
            job.wait(30_000)
        super().done(result)
