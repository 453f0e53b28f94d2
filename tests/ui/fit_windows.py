"""The windows and dialogs tests/ui/test_fit.py checks: one opener per top-level window.

Each opener takes (qtbot, the desk window, the diamond member on screen), opens one window or
dialog from the real desk window and yields it once per state worth checking.
**A new dialog is registered by adding one line to WINDOWS.**
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QWidget

from tests.ui.walk import WAIT

Opener = Callable[[Any, Any, Any], Iterator[QWidget]]


def _action(window: Any, action_id: str) -> None:
    action = window.actions_by_id[action_id]
    assert action.isEnabled(), f"{action_id} is disabled"
    action.trigger()


def _dialog(qtbot: Any, window: Any, attribute: str) -> QWidget:
    qtbot.waitUntil(lambda: getattr(window, attribute, None) is not None, timeout=WAIT)
    dialog = getattr(window, attribute)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    return dialog


def main_window(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """The desk window with a member on screen."""
    yield window


def relative_dialog(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """指定亲属, after the member's context has arrived."""
    _action(window, "member.designate_relative")
    dialog = _dialog(qtbot, window, "relative_dialog")
    qtbot.waitUntil(lambda: dialog.context is not None, timeout=WAIT)
    yield dialog


def card_dialog(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """补发贵宾卡, with the card read."""
    _action(window, "card.reissue")
    dialog = _dialog(qtbot, window, "card_dialog")
    qtbot.waitUntil(lambda: dialog.card is not None, timeout=WAIT)
    yield dialog


def letter_preview(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """The print preview with the member's eligibility letter."""
    _action(window, "print.letter")
    dialog = _dialog(qtbot, window, "document_dialog")
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=WAIT)
    yield dialog


def case_wizard(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """新建服务案件, on each of its pages (caller, need, location, decision, confirmation)."""
    from ui.cases.wizard import CONFIRM, DECISION, LOCATION, NEED

    _action(window, "case.new")
    wizard = _dialog(qtbot, window, "case_wizard")
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.results.count() > 0, timeout=WAIT)
    yield wizard
    page.results.setCurrentRow(0)
    page.answer.setText(member.id_number[-4:])
    page.check_identity()
    qtbot.waitUntil(page.isComplete, timeout=WAIT)
    wizard.next()
    assert wizard.currentId() == NEED
    family = wizard.findChild(QComboBox, "family")
    qtbot.waitUntil(lambda: family.count() > 0, timeout=WAIT)
    family.setCurrentIndex(family.findData("domestic_rescue"))
    yield wizard
    wizard.next()
    assert wizard.currentId() == LOCATION
    location = wizard.pages[LOCATION]
    location.location.setText("石家庄")
    location.departed.setDate(QDate(dt.date.today() - dt.timedelta(days=4)))
    location.measure()
    qtbot.waitUntil(lambda: "公里" in location.distance.text(), timeout=WAIT)
    yield wizard
    wizard.next()
    assert wizard.currentId() == DECISION
    verdict = wizard.pages[DECISION].verdict
    qtbot.waitUntil(lambda: "受理" in verdict.text(), timeout=WAIT)
    yield wizard
    wizard.next()
    assert wizard.currentId() == CONFIRM
    qtbot.waitUntil(lambda: wizard.pages[CONFIRM].isComplete(), timeout=WAIT)
    yield wizard


def case_queue(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """案件队列 in its own window."""
    _action(window, "case.queue")
    queue = _dialog(qtbot, window, "case_queue")
    qtbot.waitUntil(lambda: not queue.model.loading, timeout=WAIT)
    yield queue


def batch_print(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """批量打印."""
    _action(window, "print.batch")
    yield _dialog(qtbot, window, "batch_dialog")


def reveal_dialog(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """显示完整证件号: asks for the purpose."""
    _action(window, "member.reveal_id")
    yield _dialog(qtbot, window, "reveal_dialog")


def connect_dialog(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """连接 PostgreSQL 服务器."""
    _action(window, "file.connect_server")
    yield _dialog(qtbot, window, "connect_dialog")


def branch_dialog(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """网点信息."""
    _action(window, "settings.branch")
    yield _dialog(qtbot, window, "branch_dialog")


def geocoder_dialog(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """在线地理编码."""
    _action(window, "settings.geocoder")
    yield _dialog(qtbot, window, "geocoder_dialog")


def save_dialog(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """另存为PDF (Qt's own file dialog) from the print preview."""
    preview = next(letter_preview(qtbot, window, member))
    dialog = preview.save_as()
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    yield dialog


def _act_as(qtbot: Any, window: Any, role: str) -> Any:
    """Sign a test account of `role` in at the desk (staff and audit screens need their role)."""
    from tests.staff_helpers import actor_for
    from vipdesk.services.database import Database

    db = Database(window.url)
    try:
        actor = actor_for(db, f"fit.{role}", f"测试{role}", role)
    finally:
        db.dispose()
    window.set_actor(actor)
    qtbot.waitUntil(window.worker.is_idle, timeout=WAIT)
    return actor


def staff_accounts(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """员工账号 (administrators), then its add form."""
    _act_as(qtbot, window, "admin")
    _action(window, "admin.staff")
    dialog = _dialog(qtbot, window, "staff_admin")
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT)
    yield dialog
    form = dialog.add_staff()
    qtbot.waitUntil(form.isVisible, timeout=WAIT)
    yield form


def audit_viewer(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """审计记录 (supervisors), with the member on screen offered as a filter."""
    _act_as(qtbot, window, "supervisor")
    _action(window, "admin.audit")
    viewer = _dialog(qtbot, window, "audit_viewer")
    qtbot.waitUntil(lambda: viewer.staff.count() > 1 and not viewer.model.loading, timeout=WAIT)
    yield viewer


def override_dialog(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """主管特批 for a refused case of the member on screen (the supervisor signs in inside)."""
    from ui.cases.override_dialog import OverrideDialog
    from vipdesk.rules import load_rules
    from vipdesk.services.cases import CaseRequest, open_case
    from vipdesk.services.database import Database

    request = CaseRequest(
        "rescue", member.id, service_code="domestic_rescue", eligible=False, reasons=["too_old"]
    )
    db = Database(window.url)
    try:
        case = open_case(db, load_rules().current(), window.actor, request)
    finally:
        db.dispose()
    dialog = OverrideDialog(window.worker.op, window.actor, case.id, f"案件 {case.case_no}")
    dialog.setParent(window, dialog.windowFlags())
    dialog.open()
    window.override_dialog = dialog
    yield _dialog(qtbot, window, "override_dialog")


def care_calendar(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """关怀日历, on its list and on its plan (months and weeks)."""
    _action(window, "member.care_calendar")
    view = _dialog(qtbot, window, "care_calendar")
    qtbot.waitUntil(lambda: not view.loading, timeout=WAIT)
    yield view
    view.tabs.setCurrentIndex(1)
    yield view


def account_manager_dialog(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """指定客户经理 (supervisors)."""
    _act_as(qtbot, window, "supervisor")
    _action(window, "member.account_manager")
    yield _dialog(qtbot, window, "account_manager_dialog")


def dashboard(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """统计看板 (supervisors): the main window's dashboard tab, once the figures are drawn."""
    _act_as(qtbot, window, "supervisor")
    _action(window, "admin.dashboard")
    qtbot.waitUntil(lambda: getattr(window, "dashboard_tab", None) is not None, timeout=WAIT)
    view = window.dashboard_tab
    assert window.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: view.data is not None and window.worker.is_idle(), timeout=WAIT)
    yield window


def backup_dialog(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """备份与恢复 (administrators): the list, then with a fresh backup fully checked."""
    watch = window.backup_watch  # the day's scheduled backup (a child process) first: one row
    qtbot.waitUntil(lambda: watch.job is None or not watch.job.running(), timeout=WAIT)
    _act_as(qtbot, window, "admin")
    _action(window, "file.backup")
    dialog = _dialog(qtbot, window, "backup_dialog")
    qtbot.waitUntil(lambda: dialog.backup_button.isEnabled(), timeout=WAIT)
    yield dialog
    count = dialog.table.rowCount()
    dialog.back_up_now()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == count + 1, timeout=WAIT)
    qtbot.waitUntil(lambda: not dialog.checking and dialog.backup_button.isEnabled(), timeout=WAIT)
    yield dialog


def restore_notice(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """数据库正在恢复: another desk restores (countdown), then the blocking wait."""
    from vipdesk.paths import sqlite_path
    from vipdesk.services.desk_lease import DeskWait
    from vipdesk.services.desk_lease import restore_notice as notice

    watch = window.restore_watch
    with notice(sqlite_path(window.url), "管理员 王芳", DeskWait(grace_s=600)):
        qtbot.waitUntil(lambda: watch.state == "warned", timeout=WAIT)
        yield window.restore_notice
        window.restore_notice.release_button.click()
        qtbot.waitUntil(lambda: watch.state == "released", timeout=WAIT)
        yield window.restore_notice
    qtbot.waitUntil(lambda: watch.state == "idle" and window.opened is not None, timeout=WAIT)


def cancel_use_dialog(qtbot: Any, window: Any, member: Any) -> Iterator[QWidget]:
    """撤销服务使用 for a health check booked for the member on screen (服务使用 tab)."""
    from tests.staff_helpers import actor_for
    from vipdesk.rules import load_rules
    from vipdesk.services import cases
    from vipdesk.services.database import Database

    request = cases.CaseRequest(
        "rescue", member.id, description="预约贵宾健康体检", service_code="health_check",
        eligible=True,
    )  # fmt: skip
    db = Database(window.url)
    try:
        cases.open_case(db, load_rules().current(), actor_for(db, "fit.booking"), request)
    finally:
        db.dispose()
    with qtbot.waitSignal(window.member_shown, timeout=WAIT):
        window.open_member(member.id)
    view = window.member_view
    view.tabs.setCurrentWidget(view.usage_page)
    panel = view.use_records
    qtbot.waitUntil(lambda: panel.table.rowCount() >= 1 and panel.may_cancel(), timeout=WAIT)
    panel.table.selectRow(0)
    panel.ask_cancel()
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=WAIT)
    yield panel.dialog


# One line per top-level window or dialog. Others add theirs here (name, opener).
WINDOWS: list[tuple[str, Opener]] = [
    ("main window", main_window),
    ("relative dialog", relative_dialog),
    ("card reissue dialog", card_dialog),
    ("print preview", letter_preview),
    ("save as PDF", save_dialog),
    ("case wizard", case_wizard),
    ("case queue", case_queue),
    ("batch print", batch_print),
    ("reveal ID number", reveal_dialog),
    ("connect server", connect_dialog),
    ("branch", branch_dialog),
    ("geocoder", geocoder_dialog),
    ("staff accounts", staff_accounts),
    ("audit viewer", audit_viewer),
    ("override", override_dialog),
    ("care calendar", care_calendar),
    ("account manager", account_manager_dialog),
    ("dashboard", dashboard),
    ("backup", backup_dialog),
    ("restore notice", restore_notice),
    ("cancel service use", cancel_use_dialog),
]
