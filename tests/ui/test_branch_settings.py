"""The branch entered in settings is printed on the letterhead of a receipt."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from ui.documents import branch_from_settings
from vipdesk.documents.templates import render_card_reissue_receipt


def test_branch_dialog_saves_and_letterhead_uses_it(qtbot, window):
    window.actions_by_id["settings.branch"].trigger()
    dialog = window.branch_dialog
    assert dialog.isVisible()
    dialog.fields[next(iter(dialog.fields))].setText("  上海浦东网点 ")
    dialog.accept()
    branch = branch_from_settings(window)
    assert branch.name == "上海浦东网点"
    pdf = render_card_reissue_receipt(**RECEIPT, branch=branch)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "上海浦东网点" in text


def test_show_document_opens_the_print_preview(qtbot, window):
    pdf = render_card_reissue_receipt(**RECEIPT, branch=branch_from_settings(window))
    window.show_document(pdf, "贵宾卡补发回执")
    qtbot.waitUntil(lambda: window.document_dialog.isVisible(), timeout=5000)
    assert window.document_dialog.windowTitle().startswith("贵宾卡补发回执")


RECEIPT = {
    "member_name": "王建国",
    "member_id_masked": "110***********002X",
    "old_card_number": "8868000000000017",
    "old_card_status": "lost",
    "new_card_number": "8868000000000025",
    "new_tier": "diamond",
    "reason": "lost",
    "staff": "柜员一",
    "at": dt.datetime(2026, 11, 25, 10, 0),
}


def test_online_geocoder_is_chosen_in_settings_and_reaches_the_worker(qtbot, window):
    from geopy.geocoders import Nominatim

    from ui import settings as keys

    assert window.worker.desk.online_geocoder is None  # offline by default
    window.actions_by_id["settings.geocoder"].trigger()
    dialog = window.geocoder_dialog
    assert dialog.isVisible()
    dialog.setTextValue("nominatim")
    dialog.accept()
    assert window.settings.get(keys.GEOCODER) == "nominatim"
    qtbot.waitUntil(lambda: isinstance(window.worker.desk.online_geocoder, Nominatim), timeout=5000)
