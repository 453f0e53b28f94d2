"""The print menu of the desk window: letter preview for the member on screen, batch dialog."""

from __future__ import annotations

import io

from pypdf import PdfReader
from sqlalchemy import select

from tests.ui.conftest import find_member
from tests.ui.test_documents_batch import unblocked
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


def test_letter_is_offered_only_for_members_with_a_tier(qtbot, window, demo_db):
    action = window.actions_by_id["print.letter"]
    for condition, enabled in ((Member.tier.is_(None), False), (Member.tier == "silver", True)):
        member = find_member(demo_db, condition)
        with qtbot.waitSignal(window.member_shown, timeout=5000):
            window.open_member(member.id)
        assert action.isEnabled() is enabled, member.tier


def test_handbook_tier_is_asked_without_blocking(qtbot, window):
    from PySide6.QtWidgets import QInputDialog

    with unblocked():
        window.actions_by_id["print.handbook"].trigger()  # no member shown: which tier?
        chooser = getattr(window, "tier_dialog", None)
        assert isinstance(chooser, QInputDialog) and chooser.isVisible()
    gold = window.opened.rules.tier("gold").name
    chooser.setTextValue(gold)
    chooser.accept()
    dialog = window.document_dialog
    with qtbot.waitSignal(dialog.loaded, timeout=30_000):
        pass
    assert gold in PdfReader(io.BytesIO(dialog.pdf)).pages[0].extract_text()
    dialog.reject()


def test_batch_for_the_members_selected_in_the_results(qtbot, window, demo_db):
    with demo_db.read() as session:
        ids = list(session.scalars(select(Member.id).order_by(Member.id).limit(3)))
    window.selected_member_ids = lambda: ids  # the results table's selection
    window.actions_by_id["print.batch"].trigger()
    dialog = window.batch_dialog
    assert dialog.use_selection.isChecked() and "3" in dialog.use_selection.text()
    assert dialog.options()["member_ids"] == ids
    dialog.use_filter.setChecked(True)
    assert dialog.options()["member_ids"] is None
    dialog.reject()
    window.selected_member_ids = lambda: []  # nothing selected: the filter only
    window.actions_by_id["print.batch"].trigger()
    assert window.batch_dialog.member_ids is None and window.batch_dialog.tier.isEnabled()
    window.batch_dialog.reject()
