"""主管特批 with four eyes at one desk: the clerk asks, a supervisor signs in inside the dialog
(real sign-in with Argon2id on the real worker thread, real SQLite file); both names recorded."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from sqlalchemy import select

from tests.case_fixtures import add_member
from tests.staff_helpers import TEST_PASSWORD, actor_for
from tests.ui.walk import fit_problems, key, type_keys
from ui.cases.override_dialog import OverrideDialog
from vipdesk.db.models import AuditRecord, ServiceCase, StaffUser
from vipdesk.rules import load_rules
from vipdesk.services.cases import CaseRequest, open_case
from vipdesk.services.database import Database

WAIT = 15_000
REASON = "病情危重，当地无救治条件"


@pytest.fixture
def desk(db_url):
    """A real SQLite file, then a real PostgreSQL database (tests/conftest.py)."""
    db = Database(db_url)
    db.ensure_schema()
    clerk = actor_for(db, "zhang.clerk", "张柜员", "clerk")
    state = SimpleNamespace(db=db, actor=clerk, book=load_rules(), online_geocoder=None)
    state.boss = actor_for(db, "wang.super", "王主管", "supervisor")
    state.other_clerk = actor_for(db, "li.clerk", "李柜员", "clerk")
    yield state
    db.dispose()


def refused_case(desk) -> SimpleNamespace:
    member_id, _ = add_member(desk.db, desk.actor, "gold", name="赵敏")
    request = CaseRequest(
        case_type="rescue",
        member_id=member_id,
        service_code="domestic_rescue",
        item_code="dom_evacuation",
        location="天津",
        distance_km=110.0,
        trip_day=2,
        eligible=False,
        reasons=["too_close_to_residence"],
    )
    return open_case(desk.db, desk.book.current(), desk.actor, request)


def make_dialog(qtbot, worker, desk, case, reason=REASON):
    dialog = OverrideDialog(worker.op, desk.actor, case.id, f"案件 {case.case_no}", reason)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    return dialog


def sign(qtbot, dialog, username, password):
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)


def stored(desk, case_id):
    with desk.db.read() as session:
        case = session.get(ServiceCase, case_id)
        audits = session.scalars(
            select(AuditRecord).where(
                AuditRecord.action == "case.override", AuditRecord.entity_id == str(case_id)
            )
        ).all()
        return case.eligible, case.override_reason, [(a.staff_id, a.after) for a in audits]


def failures(desk, username):
    with desk.db.read() as session:
        return session.scalars(
            select(StaffUser.failed_count).where(StaffUser.username == username)
        ).one()


def test_the_supervisor_signs_in_inside_the_dialog_and_both_names_are_recorded(qtbot, worker, desk):
    case = refused_case(desk)
    dialog = make_dialog(qtbot, worker, desk, case)
    assert dialog.requester.text() == "张柜员"
    with qtbot.waitSignal(dialog.approved, timeout=WAIT) as approved:
        sign(qtbot, dialog, "wang.super", TEST_PASSWORD)
    outcome = approved.args[0]
    assert (outcome.requester, outcome.approver) == ("张柜员", "王主管")
    assert "张柜员" in dialog.message.text() and "王主管" in dialog.message.text()
    assert dialog.password.text() == ""  # the password never stays in the widget
    eligible, reason, audits = stored(desk, case.id)
    assert eligible is True and reason == REASON
    assert len(audits) == 1
    text = audits[0][1]
    assert "zhang.clerk" in text or "张柜员" in text
    assert "wang.super" in text or "王主管" in text
    assert TEST_PASSWORD not in json.dumps(audits, ensure_ascii=False)


def test_a_wrong_password_is_refused_counted_and_changes_nothing(qtbot, worker, desk):
    case = refused_case(desk)
    dialog = make_dialog(qtbot, worker, desk, case)
    sign(qtbot, dialog, "wang.super", "not-the-password")
    assert "用户名或密码不正确" in dialog.message.text()
    assert dialog.outcome is None and dialog.password.text() == ""
    assert dialog.password.hasFocus() or not dialog.isActiveWindow()
    assert failures(desk, "wang.super") == 1
    assert stored(desk, case.id)[0] is False
    dialog.username.clear()
    with qtbot.waitSignal(dialog.approved, timeout=WAIT):
        sign(qtbot, dialog, "wang.super", TEST_PASSWORD)
    assert stored(desk, case.id)[0] is True
    assert failures(desk, "wang.super") == 0


def test_a_supervisor_cannot_approve_their_own_request(qtbot, worker, desk):
    desk.actor = desk.boss  # the supervisor is the one signed in at the desk and asks
    case = refused_case(desk)
    dialog = make_dialog(qtbot, worker, desk, case)
    sign(qtbot, dialog, "wang.super", TEST_PASSWORD)
    assert dialog.outcome is None
    assert "不能批准自己" in dialog.message.text()
    assert stored(desk, case.id)[0] is False


def test_a_clerk_cannot_approve(qtbot, worker, desk):
    case = refused_case(desk)
    dialog = make_dialog(qtbot, worker, desk, case)
    sign(qtbot, dialog, "li.clerk", TEST_PASSWORD)
    assert dialog.outcome is None and "无权" in dialog.message.text()
    assert stored(desk, case.id)[0] is False


def test_nothing_is_sent_without_a_reason_or_a_password(qtbot, worker, desk):
    case = refused_case(desk)
    dialog = make_dialog(qtbot, worker, desk, case, reason="")
    assert dialog.reason.hasFocus() or not dialog.isActiveWindow()
    sign(qtbot, dialog, "wang.super", TEST_PASSWORD)
    assert "理由" in dialog.message.text()
    dialog.reason.setPlainText(REASON)
    dialog.submit()
    assert "密码" in dialog.message.text()
    assert failures(desk, "wang.super") == 0 and stored(desk, case.id)[0] is False


def tab_chain(start, count):
    """Object names of the widgets Tab visits from `start` (only focusable, visible ones)."""
    names, widget = [], start
    while len(names) < count:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
        ):
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
    return names


def test_keyboard_only_tab_order_mnemonics_and_escape(qtbot, worker, desk):
    case = refused_case(desk)
    dialog = make_dialog(qtbot, worker, desk, case)
    assert not fit_problems(dialog)
    for widget in dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit):
        assert widget.accessibleName(), widget.objectName()
    assert tab_chain(dialog.reason, 4) == [
        "overrideReasonText",
        "approverUsername",
        "approverPassword",
        "approveOverride",
    ]
    assert "&" in dialog.approve.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert dialog.result() == 0


def test_the_case_detail_offers_the_override_of_a_refused_case(qtbot, worker, desk):
    from ui.cases.detail import CaseDetailPanel

    case = refused_case(desk)
    panel = CaseDetailPanel(worker.op)
    qtbot.addWidget(panel)
    panel.show()
    panel.load(case.id)
    qtbot.waitUntil(lambda: panel.detail is not None, timeout=WAIT)
    assert panel.ask_override.isVisible()
    qtbot.mouseClick(panel.ask_override, Qt.MouseButton.LeftButton)
    dialog = panel.override_dialog
    qtbot.waitUntil(lambda: dialog.requester.text() == "张柜员", timeout=WAIT)
    assert case.case_no in dialog.summary.text() and "距居住地不足" in dialog.summary.text()
    dialog.reason.setPlainText(REASON)
    with qtbot.waitSignal(dialog.approved, timeout=WAIT):
        sign(qtbot, dialog, "wang.super", TEST_PASSWORD)
    qtbot.waitUntil(lambda: panel.detail.override_reason == REASON, timeout=WAIT)
    assert not panel.ask_override.isVisible()
    notes = [panel.notes.item(i).text() for i in range(panel.notes.count())]
    assert any("张柜员" in n and "王主管" in n for n in notes)  # both names on the case


def test_the_whole_approval_by_keyboard_alone(qtbot, worker, desk):
    """Reason typed, Tab to the username, Tab to the password, Enter: approved, no mouse."""
    case = refused_case(desk)
    dialog = make_dialog(qtbot, worker, desk, case, reason="")
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT)
    assert QApplication.focusWidget() is dialog.reason
    type_keys(qtbot, REASON)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.username
    type_keys(qtbot, "wang.super")
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.password
    type_keys(qtbot, TEST_PASSWORD)
    with qtbot.waitSignal(dialog.approved, timeout=WAIT):
        key(qtbot, Qt.Key.Key_Return)
    assert stored(desk, case.id)[:2] == (True, REASON)
    key(qtbot, Qt.Key.Key_Escape)  # 关闭 has the focus now; Esc closes the dialog
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
