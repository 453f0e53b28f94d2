"""Batch printing dialog: progress, Cancel, files written; the GUI stays responsive."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from vipdesk.db.models import Member
from vipdesk.rules import load_rules
from vipdesk.services.database import Database, actor_for
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
    assert "30" in dialog.findChild(type(dialog.summary), "selection").text()
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
