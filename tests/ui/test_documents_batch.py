"""Batch printing dialog: progress, Cancel, files written; the GUI stays responsive."""

from __future__ import annotations

import time
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QRadioButton
from sqlalchemy import func, select

from tests.staff_helpers import actor_for
from vipdesk.db.models import Member
from vipdesk.rules import load_rules
from vipdesk.services.database import Database
from vipdesk.services.demo import add_demo_members


@pytest.fixture
def small_db(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'docs.sqlite3'}")
    db.ensure_schema()
    add_demo_members(db, load_rules().current(), actor_for(db, "t"), 80, seed=12)
    yield db
    db.dispose()


def _dialog(qtbot, db, tmp_path, **kw):
    from ui.documents.batch_dialog import BatchPrintDialog

    kw.setdefault("actor", actor_for(db, "t"))  # the signed-in clerk prints
    dialog = BatchPrintDialog(db, load_rules(), None, **kw)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    return dialog


def test_cancel_stops_the_batch_and_keeps_what_was_written(qtbot, small_db, tmp_path):
    dialog = _dialog(qtbot, small_db, tmp_path)
    dialog.show()
    with qtbot.waitSignal(dialog.finished_batch, timeout=60_000) as finished:
        dialog.start_button.click()
        assert dialog.progress is not None and dialog.progress.isVisible()
        qtbot.waitUntil(lambda: dialog.progress.value() >= 2, timeout=30_000)
        dialog.progress.findChild(QPushButton).click()  # the Cancel button
    result = finished.args[0]
    with small_db.read() as session:
        vip = session.scalar(
            select(func.count()).select_from(Member).where(Member.tier.is_not(None))
        )
    assert result.cancelled and 0 < result.written < vip
    written = sorted((tmp_path / "out").glob("letter_*.pdf"))
    assert len(written) == result.written
    assert "已取消" in dialog.summary.text() and dialog.start_button.isEnabled()
    assert dialog.progress is None


def test_handbooks_for_a_tier_combined(qtbot, small_db, tmp_path):
    dialog = _dialog(qtbot, small_db, tmp_path)
    dialog.handbooks.setChecked(True)
    dialog.tier.setCurrentIndex(dialog.tier.findData("silver"))
    dialog.combined.setChecked(True)
    with qtbot.waitSignal(dialog.finished_batch, timeout=60_000) as finished:
        dialog.start_button.click()
    result = finished.args[0]
    assert not result.cancelled and result.written > 0
    assert [p.name for p in (tmp_path / "out").iterdir()] == [result.files[0].name]
    assert "服务手册" in dialog.summary.text()


def test_selection_of_members_and_gui_stays_responsive(qtbot, small_db, tmp_path):
    with small_db.read() as session:
        ids = list(session.scalars(select(Member.id).order_by(Member.id).limit(30)))
    dialog = _dialog(qtbot, small_db, tmp_path, member_ids=ids)
    assert "30" in dialog.use_selection.text() and dialog.use_selection.isChecked()
    assert not dialog.tier.isEnabled() and dialog.options()["member_ids"] == ids
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=5)
    timer.timeout.connect(tick)
    timer.start()
    with qtbot.waitSignal(dialog.finished_batch, timeout=60_000) as finished:
        dialog.start_button.click()
        last[0] = time.perf_counter()
    timer.stop()
    result = finished.args[0]
    assert result.written + result.skipped_no_tier == 30
    assert len(gaps) > 10 and max(gaps[1:]) < 0.25  # generous: the CI machine is shared


@contextmanager
def unblocked(seconds: float = 5):
    """Close a modal dialog still open after `seconds`: blocking code fails instead of hanging."""
    guard = QTimer(singleShot=True, interval=int(seconds * 1000))
    guard.timeout.connect(lambda: (w := QApplication.activeModalWidget()) and w.reject())
    guard.start()
    try:
        yield
    finally:
        guard.stop()


def _boxes(parent, name: str) -> list:
    return [b for b in parent.findChildren(QMessageBox, name) if b.isVisible()]


def test_selection_or_filter_is_a_choice(qtbot, small_db, tmp_path):
    dialog = _dialog(qtbot, small_db, tmp_path, member_ids=[3, 5, 8])
    assert dialog.use_selection.isChecked() and dialog.options()["member_ids"] == [3, 5, 8]
    dialog.use_filter.setChecked(True)
    dialog.tier.setCurrentIndex(dialog.tier.findData("gold"))
    assert dialog.tier.isEnabled() and dialog.since_check.isEnabled() and dialog.letters.isChecked()
    options = dialog.options()
    assert options["member_ids"] is None and options["tier"] == "gold"
    plain = _dialog(qtbot, small_db, tmp_path)  # no selection: only the filter
    assert plain.findChild(QRadioButton, "useSelection") is None and plain.tier.isEnabled()
    assert plain.options()["member_ids"] is None


def test_folder_is_chosen_without_blocking(qtbot, small_db, tmp_path):
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    dialog = _dialog(qtbot, small_db, tmp_path)
    dialog.show()
    with unblocked():
        dialog.findChild(QPushButton, "browse").click()  # returns at once: the chooser is open
        chooser = dialog.folder_dialog
        assert chooser is not None and chooser.isVisible()
        chooser.setDirectory(str(tmp_path))
        chooser.selectFile(str(chosen))
        chooser.accept()
    assert dialog.folder.text() == str(chosen) and dialog.folder_dialog is None


def test_a_folder_that_is_a_file_is_a_plain_message(qtbot, small_db, tmp_path):
    dialog = _dialog(qtbot, small_db, tmp_path)
    (tmp_path / "file").write_text("x")
    dialog.folder.setText(str(tmp_path / "file"))
    dialog.show()
    with qtbot.waitSignal(dialog.failed_batch, timeout=30_000) as failed:
        dialog.start_button.click()
    assert "无法创建文件夹" in failed.args[0] and dialog.summary.text() == failed.args[0]
    assert not _boxes(dialog, "crashDialog") and dialog.start_button.isEnabled()


def test_an_unexpected_error_shows_the_crash_dialog(qtbot, small_db, tmp_path, user_home):
    from vipdesk.paths import log_dir

    with small_db.read() as session:
        ids = list(session.scalars(select(Member.id).where(Member.tier.is_not(None)).limit(2)))
    dialog = _dialog(qtbot, small_db, tmp_path, member_ids=ids)
    dialog.branch = object()  # a bug: not a BranchInfo, the renderer fails
    dialog.show()
    with qtbot.waitSignal(dialog.failed_batch, timeout=30_000):
        dialog.start_button.click()
    qtbot.waitUntil(lambda: bool(_boxes(dialog, "crashDialog")), timeout=5000)
    assert "AttributeError" in next(log_dir().glob("crash-*.log")).read_text(encoding="utf-8")
    assert "意外错误" in dialog.summary.text()
