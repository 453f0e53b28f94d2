"""The print menu of the desk window: letter preview for the member on screen, batch dialog."""

from __future__ import annotations

import io

from pypdf import PdfReader

from tests.ui.conftest import find_member
from vipdesk.db.models import Member


def test_print_letter_action_previews_the_member_on_screen(qtbot, window, demo_db):
    member = find_member(demo_db, Member.tier == "gold")
    with qtbot.waitSignal(window.member_shown, timeout=5000):
        window.open_member(member.id)
    action = window.actions_by_id["print.letter"]
    assert action.isEnabled()
    action.trigger()
    dialog = window.document_dialog
    with qtbot.waitSignal(dialog.loaded, timeout=30_000) as loaded:
        pass
    assert loaded.args == [1]
    assert member.name in PdfReader(io.BytesIO(dialog.pdf)).pages[0].extract_text()
    dialog.reject()


def test_batch_action_opens_the_batch_dialog(qtbot, window):
    action = window.actions_by_id["print.batch"]
    assert action.isEnabled()
    action.trigger()
    dialog = window.batch_dialog
    assert dialog.isVisible() and dialog.tier.count() == 1 + len(window.opened.rules.tiers)
    dialog.reject()
