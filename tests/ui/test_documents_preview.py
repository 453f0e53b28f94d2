"""Print preview: a real PDF in QPdfView, printing to a PDF printer, saving, refusal shown."""

from __future__ import annotations

import datetime as dt
import io
import threading

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from tests.staff_helpers import actor_for
from tests.ui.test_documents_batch import unblocked
from vipdesk.db.models import Member
from vipdesk.documents.content import load_content
from vipdesk.documents.handbook import render_handbook
from vipdesk.rules import load_rules
from vipdesk.services.database import Database
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
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_to(tmp_path / "copy")
    assert saved.args == [str(tmp_path / "copy.pdf")]
    assert (tmp_path / "copy.pdf").read_bytes() == handbook_pdf
    assert dialog.save_button.isEnabled() and "copy.pdf" in dialog.status.text()


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
    dialog = open_letter_preview(None, small_db, member_id, actor=actor_for(small_db, "t"))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=30_000) as loaded:
        pass
    assert loaded.args == [1] and dialog.document.pageCount() == 1
    assert "资格确认函" in PdfReader(io.BytesIO(dialog.pdf)).pages[0].extract_text()


def test_letter_preview_shows_the_refusal(qtbot, small_db):
    from ui.documents import open_letter_preview

    member_id = _member(small_db, Member.tier.is_(None))
    dialog = open_letter_preview(None, small_db, member_id, actor=actor_for(small_db, "t"))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=30_000) as failed:
        pass
    assert "没有贵宾等级" in failed.args[0] and "没有贵宾等级" in dialog.status.text()
    assert not dialog.print_button.isEnabled()


def _pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _boxes(parent, name: str) -> list:
    return [b for b in parent.findChildren(QMessageBox, name) if b.isVisible()]


def test_closed_previews_are_deleted_with_their_document(qtbot, handbook_pdf, small_db):
    """Closed previews do not pile up: each deletes itself (and its PDF) once its jobs end."""
    import shiboken6

    from ui.documents import open_letter_preview, show_pdf

    # kept like window.document_dialog keeps them
    kept = [show_pdf(None, handbook_pdf, f"回执{i}") for i in range(4)]
    clerk = actor_for(small_db, "t")
    rendering = open_letter_preview(
        None, small_db, _member(small_db, Member.tier.is_not(None)), actor=clerk
    )
    kept.append(rendering)
    assert all(d.isVisible() for d in kept) and kept[0].document.pageCount() > 1
    gone: list[int] = []
    for i, dialog in enumerate(kept):
        dialog.destroyed.connect(lambda *_, i=i: gone.append(i))
    for dialog in kept:
        dialog.reject()  # the render job of the last one may still be running
    qtbot.waitUntil(lambda: len(gone) == len(kept), timeout=30_000)
    assert not any(shiboken6.isValid(d) for d in kept)
    assert all(d.pdf is None and d._data is None for d in kept)


def test_a_closed_preview_waits_for_its_job_before_it_is_deleted(qtbot, handbook_pdf):
    import shiboken6

    from ui.documents.preview import PreviewDialog

    release = threading.Event()

    def slow_render() -> bytes:
        release.wait(10)
        return handbook_pdf

    dialog = PreviewDialog("服务手册", None)
    dialog.show()
    job = dialog.render(slow_render)
    dialog.reject()  # returns at once: the GUI thread does not wait for the job
    qtbot.wait(200)
    assert shiboken6.isValid(dialog) and job.isRunning()
    with qtbot.waitSignal(dialog.destroyed, timeout=10_000):
        release.set()
    assert not shiboken6.isValid(dialog) and dialog.pdf is None  # its late result was dropped


def test_save_as_asks_without_blocking_and_writes_off_the_gui_thread(
    qtbot, handbook_pdf, tmp_path, monkeypatch
):
    from ui.documents import preview

    threads: list[threading.Thread] = []
    real_save = preview.save_pdf

    def recording_save(path, pdf):
        threads.append(threading.current_thread())
        return real_save(path, pdf)

    monkeypatch.setattr(preview, "save_pdf", recording_save)
    dialog = preview.PreviewDialog("服务手册", None, handbook_pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    with unblocked():
        dialog.save_button.click()  # returns at once: the chooser is open, not in its own loop
        chooser = dialog.file_dialog
        assert chooser is not None and chooser.isVisible()
    chooser.setDirectory(str(tmp_path))
    chooser.selectFile("mine")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        chooser.accept()
    assert saved.args == [str(tmp_path / "mine.pdf")]
    assert (tmp_path / "mine.pdf").read_bytes() == handbook_pdf
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.file_dialog is None


def test_a_file_that_cannot_be_saved_is_a_plain_message(qtbot, handbook_pdf, tmp_path):
    from ui.documents.preview import PreviewDialog

    (tmp_path / "taken").write_text("a file, not a folder")
    dialog = PreviewDialog("服务手册", None, handbook_pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        dialog.save_to(tmp_path / "taken" / "copy.pdf")
    assert "无法写入文件" in failed.args[0] and "无法写入文件" in dialog.status.text()
    assert not _boxes(dialog, "crashDialog") and dialog.save_button.isEnabled()


def test_print_asks_for_the_printer_without_blocking(qtbot, handbook_pdf, tmp_path):
    from ui.documents.preview import PreviewDialog

    dialog = PreviewDialog("服务手册", None, handbook_pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    with unblocked():
        chooser = dialog.print_document(_pdf_printer(tmp_path / "chosen.pdf"))
        assert chooser is dialog.print_dialog and chooser.isVisible()
    with qtbot.waitSignal(dialog.printed, timeout=30_000) as printed:
        chooser.accept()
    assert printed.args == [dialog.document.pageCount()]
    assert len(PdfReader(tmp_path / "chosen.pdf").pages) == printed.args[0]


def test_a_printer_that_cannot_start_is_a_plain_message(qtbot, tmp_path):
    from ui.documents.preview import PreviewDialog

    dialog = PreviewDialog("空白", None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        dialog.print_to(_pdf_printer(tmp_path / "never.pdf"))
    assert failed.args == ["无法开始打印：请检查打印机是否可用。"]
    assert dialog.status.text() == failed.args[0] and not _boxes(dialog, "crashDialog")


def test_an_unexpected_error_shows_the_crash_dialog_and_writes_a_log(qtbot, user_home):
    from ui.documents.preview import PreviewDialog
    from vipdesk.paths import log_dir

    def broken() -> bytes:
        raise ZeroDivisionError("a bug in a renderer")

    dialog = PreviewDialog("资格确认函", None)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.render(broken)
    qtbot.waitUntil(lambda: bool(_boxes(dialog, "crashDialog")), timeout=5000)
    logs = list(log_dir().glob("crash-*.log"))
    assert len(logs) == 1 and "ZeroDivisionError" in logs[0].read_text(encoding="utf-8")
    assert not dialog.print_button.isEnabled()
