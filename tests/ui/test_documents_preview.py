"""Print preview: a real PDF in QPdfView, printing to a PDF printer, saving, refusal shown."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from vipdesk.db.models import Member
from vipdesk.documents.content import load_content
from vipdesk.documents.handbook import render_handbook
from vipdesk.rules import load_rules
from vipdesk.services.database import Database, actor_for
from vipdesk.services.demo import add_demo_members


@pytest.fixture
def small_db(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'docs.sqlite3'}")
    db.ensure_schema()
    add_demo_members(db, load_rules().current(), actor_for(db, "t"), 40, seed=11)
    yield db
    db.dispose()


def _member(db, *conditions) -> int:
    with db.read() as session:
        return session.scalar(select(Member.id).where(*conditions).order_by(Member.id))


@pytest.fixture
def handbook_pdf() -> bytes:
    day = dt.date(2025, 3, 1)
    return render_handbook(load_rules().on(day), load_content().on(day), "gold", None, day)


def test_preview_shows_the_pages_and_saves(qtbot, handbook_pdf, tmp_path):
    from ui.documents.preview import PreviewDialog

    dialog = PreviewDialog("服务手册", None, handbook_pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.document.pageCount() == len(PdfReader(io.BytesIO(handbook_pdf)).pages) > 1
    assert dialog.view.document() is dialog.document
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    saved = dialog.save_to(tmp_path / "copy")
    assert saved.name == "copy.pdf" and saved.read_bytes() == handbook_pdf


def test_print_goes_to_the_printer_off_the_gui_thread(qtbot, handbook_pdf, tmp_path):
    from ui.documents.preview import PreviewDialog

    dialog = PreviewDialog("服务手册", None, handbook_pdf)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(dialog.printed, timeout=30_000) as printed:
        job = dialog.print_to(printer)
        assert job.isRunning() or job.isFinished()
    pages = PdfReader(tmp_path / "printed.pdf").pages
    assert printed.args == [dialog.document.pageCount()] and len(pages) == printed.args[0]
    assert printer.resolution() <= 300


def test_letter_preview_reads_and_renders_in_the_background(qtbot, small_db):
    from ui.documents import open_letter_preview

    member_id = _member(small_db, Member.tier.is_not(None))
    dialog = open_letter_preview(None, small_db, member_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=30_000) as loaded:
        pass
    assert loaded.args == [1] and dialog.document.pageCount() == 1
    assert "资格确认函" in PdfReader(io.BytesIO(dialog.pdf)).pages[0].extract_text()


def test_letter_preview_shows_the_refusal(qtbot, small_db):
    from ui.documents import open_letter_preview

    member_id = _member(small_db, Member.tier.is_(None))
    dialog = open_letter_preview(None, small_db, member_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=30_000) as failed:
        pass
    assert "没有贵宾等级" in failed.args[0] and "没有贵宾等级" in dialog.status.text()
    assert not dialog.print_button.isEnabled()
