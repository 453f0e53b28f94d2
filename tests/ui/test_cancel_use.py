"""撤销使用 in the member view's 服务使用 tab: keyboard only, a reason required, the use freed on
the worker, audited, the quotas re-read; Esc keeps the use; a role without `case.work` cannot."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tests.staff_helpers import actor_for
from tests.staff_helpers import test_admin as administrator
from tests.ui.conftest import find_member
from tests.ui.walk import WAIT, fit_problems, key, type_keys
from vipdesk.db.models import AuditRecord, Member
from vipdesk.db.usage_models import ServiceUse
from vipdesk.rules import load_rules
from vipdesk.services import cases

SHOTS = os.environ.get("VIPDESK_SCREENSHOTS")


def _booked_member(db):
    member = find_member(db, Member.tier == "platinum", Member.vip_status == "active")
    request = cases.CaseRequest(
        case_type="rescue",
        member_id=member.id,
        description="预约贵宾健康体检",
        service_code="health_check",
        eligible=True,
    )
    case = cases.open_case(db, load_rules().current(), actor_for(db, "booking.clerk"), request)
    return member, case


def _records_on_screen(qtbot, window, member_id: int):
    with qtbot.waitSignal(window.member_shown, timeout=WAIT):
        window.open_member(member_id)
    view = window.member_view
    view.tabs.setCurrentWidget(view.usage_page)
    panel = view.use_records
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    panel.table.setFocus()
    key(qtbot, Qt.Key.Key_Up)  # the arrow keys choose a use; the newest stands chosen
    assert panel.selected() is panel.lines[0][0]
    return view, panel


def _statuses(db, member_id: int) -> list[str]:
    with db.read() as session:
        query = select(ServiceUse.status).where(ServiceUse.member_id == member_id)
        return list(session.scalars(query))


def test_cancel_a_booked_use_with_the_keyboard(qtbot, window, demo_db):
    member, case = _booked_member(demo_db)
    view, panel = _records_on_screen(qtbot, window, member.id)
    assert (
        panel.table.item(0, 2).text() == "已预约" and panel.table.item(0, 3).text() == case.case_no
    )
    assert "已用 1 次" in view.usage_table.item(0, 1).text()
    assert panel.cancel_button.isEnabled()
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.cancel_button  # reachable with Tab
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=WAIT)
    dialog = panel.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason, timeout=WAIT)
    assert case.case_no in dialog.findChild(type(dialog.message), "cancelUseWhat").text()
    key(qtbot, Qt.Key.Key_Return)  # no reason yet: asked for one, nothing cancelled
    assert dialog.isVisible() and "撤销原因" in dialog.message.text()
    assert _statuses(demo_db, member.id) == ["booked"]
    type_keys(qtbot, "客户改期")
    assert not fit_problems(dialog)  # inside the 1366×768 screen, no label cut
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "cancel-use-dialog.png"))
    with qtbot.waitSignal(window.member_shown, timeout=WAIT):  # the member is read again
        key(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert _statuses(demo_db, member.id) == ["cancelled"]
    qtbot.waitUntil(lambda: panel.table.item(0, 2).text() == "已撤销（客户改期）", timeout=WAIT)
    assert view.usage_table.item(0, 1).text() == "可用"  # the quota freed on screen
    assert case.case_no in panel.message.text() and not panel.cancel_button.isEnabled()
    with demo_db.read() as session:
        audited = session.scalars(
            select(AuditRecord.entity_id).where(AuditRecord.action == "usage.cancel")
        ).all()
    assert audited == [str(case.id)]
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "cancel-use-done.png"))


def test_escape_keeps_the_use_and_a_role_without_case_work_cannot_cancel(qtbot, window, demo_db):
    member, _case = _booked_member(demo_db)
    _view, panel = _records_on_screen(qtbot, window, member.id)
    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)  # the button's mnemonic
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.dialog.reason, timeout=WAIT)
    type_keys(qtbot, "误操作")
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not panel.dialog.isVisible(), timeout=WAIT)
    assert _statuses(demo_db, member.id) == ["booked"]
    window.set_actor(administrator(demo_db))  # administers accounts; does not work cases
    panel.table.clearSelection()
    panel.table.selectRow(0)
    assert not panel.may_cancel() and not panel.cancel_button.isEnabled()
    panel.ask_cancel()  # even if asked directly: no dialog
    assert not panel.dialog.isVisible()
    assert _statuses(demo_db, member.id) == ["booked"]
