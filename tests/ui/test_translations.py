"""English mode: the dialogs and the case wizard speak English, and vipdesk_en.ts is complete."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QLabel, QWizard

from tests.ui.conftest import find_member
from vipdesk.db.models import Member
from vipdesk.domain.people import check_digit

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
EN_TS = I18N / "vipdesk_en.ts"
CJK = re.compile(r"[\u3400-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")
WAIT = 15_000


def lrelease() -> str:
    """The pyside6-lrelease of this interpreter's environment."""
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else shutil.which("pyside6-lrelease") or "pyside6-lrelease"


@pytest.fixture
def english(qapp, tmp_path, monkeypatch):
    """The English translator, compiled now from vipdesk_en.ts and installed the app's way."""
    from ui import look

    for ts in I18N.glob("*_en.ts"):
        qm = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    monkeypatch.setattr(look, "I18N", tmp_path)
    before = set(qapp.findChildren(QTranslator))
    locale = QLocale()
    loaded = look.install_translations(qapp, "en")
    assert "vipdesk_en.qm" in loaded
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)


def english_text(text: str) -> bool:
    """Some text, and no Chinese in it."""
    return bool(text.strip()) and not CJK.search(text)


def open_platinum_member(qtbot, window, demo_db) -> Member:
    """Open a platinum member with active VIP status in the window."""
    member = find_member(demo_db, Member.tier == "platinum", Member.vip_status == "active")
    window.open_member(member.id)
    qtbot.waitUntil(
        lambda: window.member is not None and window.member.id == member.id, timeout=WAIT
    )
    return member


def test_relative_dialog_in_english(qtbot, english, make_window, demo_url, demo_db):
    window = make_window(demo_url)
    member = open_platinum_member(qtbot, window, demo_db)
    action = window.actions_by_id["member.designate_relative"]
    assert action.text() == "Designate relative…"
    action.trigger()
    dialog = window.relative_dialog
    qtbot.waitUntil(lambda: dialog.context is not None, timeout=WAIT)
    assert dialog.windowTitle() == "Designate a relative"
    assert dialog.confirm.text() == "Designate"
    assert dialog.close_button.text() == "Close"
    assert dialog.id_edit.placeholderText() == "18-digit resident ID number"
    assert dialog.program_box.itemText(0) == "VIP card designated relative"
    relations = [dialog.relation_box.itemText(i) for i in range(dialog.relation_box.count())]
    assert relations == ["Spouse", "Parent", "Child"]
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Relative's name", "ID number", "Relation", "Places left"} <= labels
    assert re.fullmatch(r"\d+ of \d+", dialog.places_label.text())
    body = f"{member.id_number[:6]}19720101124"
    qtbot.keyClicks(dialog.id_edit, body + check_digit(body))
    assert dialog.id_info.text().startswith("✓ Valid number")
    assert dialog.id_info.text().endswith("Female")  # 17th digit even
    assert dialog.verdict.text() == "Enter the relative's name, ID number and relation"
    for text in (dialog.windowTitle(), dialog.id_info.text(), *relations):
        assert english_text(text), text


@pytest.mark.qt_log_ignore("does not support raise", "propagateSizeHints")  # offscreen platform
def test_case_wizard_and_queue_in_english(qtbot, english, make_window, demo_url, demo_db):
    window = make_window(demo_url)
    open_platinum_member(qtbot, window, demo_db)
    window.actions_by_id["case.new"].trigger()
    wizard = window.case_wizard
    assert wizard.windowTitle() == "New service case"
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "Next >"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Cancel"
    page = wizard.currentPage()
    assert page.title() == "Caller"
    assert english_text(page.subTitle())
    assert page.verify.text() == "Verify identity"
    qtbot.waitUntil(lambda: page.results.count() > 0, timeout=WAIT)
    callers = [page.results.item(i).text() for i in range(page.results.count())]
    assert any(text.endswith("  member") for text in callers), callers
    wizard.reject()
    window.actions_by_id["case.queue"].trigger()
    queue = window.case_queue
    assert queue.windowTitle() == "Case queue"
    statuses = [queue.status.itemText(i) for i in range(queue.status.count())]
    assert statuses[:3] == ["Open", "All statuses", "New"]
    header = queue.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == "Case no."
    assert all(english_text(s) for s in statuses)


def test_names_shown_through_variables_are_translated(english):
    """Texts lupdate cannot see (kept by hand in the .ts) still reach the English screen."""
    from vipdesk.services.cases import STATUS_NAMES, TYPE_NAMES

    for source in (*STATUS_NAMES.values(), *TYPE_NAMES.values()):
        assert english_text(QCoreApplication.translate("cases", source)), source


def test_module_level_tr_helpers_are_translated(english):
    """A module's own `tr()` (its context in a variable) lands in lupdate's empty context; the
    app's translator still finds it under the module's context at run time."""
    from ui.backup import watch
    from ui.care import manager

    assert watch.tr("从最近的完好备份恢复…") == "Restore the newest good backup…"
    empty = [
        m.findtext("source") for ctx, m in messages() if ctx == "" and m.get("numerus") is None
    ]
    assert empty, "no module-level tr() strings any more: drop this test"
    for source in empty:
        assert english_text(manager.tr(source)), source  # any context falls back to them


def test_chinese_desk_keeps_its_texts(qapp):
    """Under zh_CN our translator finds nothing to change: every text stays the source, never
    blank (an empty translation would blank every label of the desk)."""
    from ui import look
    from ui.backup import watch

    before = set(qapp.findChildren(QTranslator))
    locale = QLocale()
    try:
        assert "vipdesk_zh_CN.qm" in look.install_translations(qapp, "zh_CN")
        assert QCoreApplication.translate("SignInDialog", "登录") == "登录"
        assert watch.tr("从最近的完好备份恢复…") == "从最近的完好备份恢复…"
        assert QLabel(QCoreApplication.translate("NoSuchContext", "用户名")).text() == "用户名"
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(locale)


def messages() -> list[tuple[str, ET.Element]]:
    """(context, message) for every live message of vipdesk_en.ts."""
    root = ET.parse(EN_TS).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") not in ("vanished", "obsolete")
    ]


def test_english_ts_is_complete_and_keeps_placeholders():
    found = messages()
    assert len(found) >= 357
    for context, message in found:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") != "unfinished", (context, source)
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            assert form != source or not CJK.search(source), (context, source)
            words = PLACEHOLDER.sub("", form)
            assert not CJK.search(words) or LATIN.search(words), (context, source, form)
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(form)), (
                context,
                source,
                form,
            )
            assert source.count("&") == form.count("&"), (context, source, form)
            assert source.endswith("…") == form.endswith("…"), (context, source, form)
