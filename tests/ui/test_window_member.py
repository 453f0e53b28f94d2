"""Member view details: reveal is audited, blocked cards look blocked, actions, first start."""

from __future__ import annotations

import json
import threading

from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select, update

from tests.ui.conftest import find_member
from ui.actions import ActionSpec, needs_relatives_tier, register_action, unregister_action
from vipdesk.db.models import AuditRecord, Card, Member, Policy, StaffUser
from vipdesk.services.database import Database


def open_member(qtbot, window, member_id):
    with qtbot.waitSignal(window.member_shown, timeout=5000):
        window.open_member(member_id)


def test_reveal_shows_the_full_id_and_writes_an_audit_record(qtbot, window, demo_db):
    member = find_member(demo_db, Member.tier == "diamond")
    other = find_member(demo_db, Member.tier == "silver")
    open_member(qtbot, window, member.id)
    assert window.member_view.id_label.text() != member.id_number
    action = window.actions_by_id["member.reveal_id"]
    assert action.isEnabled()
    assert window.member_view.reveal_button.defaultAction() is action
    action.trigger()
    dialog = window.reveal_dialog
    assert isinstance(dialog, QInputDialog) and dialog.isVisible()
    dialog.setTextValue("核实客户身份")
    dialog.accept()
    qtbot.waitUntil(lambda: window.member_view.id_label.text() == member.id_number, timeout=5000)
    with demo_db.read() as session:
        record = session.scalars(
            select(AuditRecord).where(AuditRecord.action == "member.reveal_id")
        ).one()
        staff = session.get(StaffUser, record.staff_id)
        assert record.member_id == member.id
        assert json.loads(record.after) == {"purpose": "核实客户身份"}
        assert staff.display_name in window.actor_label.text()
    open_member(qtbot, window, other.id)  # the next member is masked again
    assert window.member_view.id_label.text() != other.id_number
    assert other.id_number[-4:] in window.member_view.id_label.text()


def test_a_blocked_card_does_not_look_valid(qtbot, window, demo_db):
    member = find_member(demo_db, Member.tier == "gold", Member.vip_status == "active")
    open_member(qtbot, window, member.id)
    assert not window.member_view.card.face.blocked
    valid = window.member_view.card.grab().toImage()
    with demo_db.write() as session:
        session.execute(
            update(Policy).where(Policy.member_id == member.id).values(status="suspended")
        )  # 中止: VIP services suspend with them
        session.execute(
            update(Card)
            .where(Card.member_id == member.id, Card.status == "active")
            .values(status="suspended")
        )
    open_member(qtbot, window, member.id)
    face = window.member_view.card.face
    assert face.blocked and face.status == "暂停使用"
    assert "暂停使用" in window.member_view.card.accessibleName()
    assert window.member_view.card.grab().toImage() != valid
    with demo_db.write() as session:
        session.execute(update(Card).where(Card.member_id == member.id).values(status="lost"))
    open_member(qtbot, window, member.id)
    face = window.member_view.card.face
    assert face.blocked and face.status == "无有效贵宾卡"
    assert "暂停" in window.member_view.entitlements_label.text()


def test_registered_action_appears_enabled_only_when_it_applies(qtbot, make_window, demo_url):
    calls = []
    register_action(
        ActionSpec(
            "test.print_handbook",
            "打印贵宾手册",
            calls.append,
            menu="print",
            enabled_when=needs_relatives_tier,
            toolbar=True,
        ),
        replace=True,
    )
    try:
        window = make_window(demo_url)
        action = window.actions_by_id["test.print_handbook"]
        menu_titles = [a.text() for a in window.menuBar().actions() if a.isVisible()]
        assert "打印(&P)" in menu_titles  # menus carry Alt mnemonics (issue 13)
        assert not action.isEnabled()
        db = Database(demo_url)
        diamond = find_member(db, Member.tier == "diamond")
        silver = find_member(db, Member.tier == "silver")
        db.dispose()
        open_member(qtbot, window, silver.id)
        assert not action.isEnabled()
        open_member(qtbot, window, diamond.id)
        assert action.isEnabled()
        buttons = [
            b.defaultAction()
            for b in window.member_view.findChildren(type(window.member_view.reveal_button))
        ]
        assert action in buttons
        action.trigger()
        assert calls and calls[0].member.id == diamond.id
    finally:
        unregister_action("test.print_handbook")


def test_action_needs_a_handler_and_a_known_menu():
    import pytest

    with pytest.raises(ValueError):
        register_action(ActionSpec("test.bad", "坏", None))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        register_action(ActionSpec("test.bad", "坏", print, menu="nowhere"))


def test_a_missing_default_database_gets_no_demo_members(qtbot, make_window, user_home):
    # issue 9: the installed app's own database never receives synthetic members (--demo has its
    # own file, tests/ui/test_signin.py); a missing file is a plain error, not a new demo database
    window = make_window(None, wait_open=False)
    qtbot.waitUntil(lambda: "未连接" in window.db_label.text(), timeout=30_000)
    assert window.opened is None
    assert not (user_home / "vipdesk.sqlite3").exists()


def test_busy_indicator_after_200_ms(qtbot, window):
    release = threading.Event()
    qtbot.waitUntil(window.worker.is_idle, timeout=10_000)  # what signing in queued is done
    assert not window.busy_label.isVisible()
    window.worker.op(lambda _desk: release.wait(30)).run()
    qtbot.waitUntil(lambda: window.busy_label.isVisible(), timeout=10_000)
    release.set()
    qtbot.waitUntil(lambda: not window.busy_label.isVisible(), timeout=10_000)


def test_a_status_message_does_not_hide_the_busy_indicator(qtbot, window):
    # a backup finishing in its child process reports in the status bar while an operation runs:
    # the clerk must still see that the desk is working
    release = threading.Event()
    window.worker.op(lambda _desk: release.wait(30)).run()
    qtbot.waitUntil(lambda: window.busy_label.isVisible(), timeout=10_000)
    window.statusBar().showMessage("已自动备份并校验：vipdesk.sqlite3", 10_000)
    qtbot.wait(20)
    try:
        assert window.busy_label.isVisible() and window.busy_bar.isVisible()
    finally:
        release.set()
    qtbot.waitUntil(lambda: not window.busy_label.isVisible(), timeout=10_000)


def test_the_demo_build_shows_its_stage_and_progress(qtbot, window):
    # the worker reports each stage of building the demo database (ui.status_bar)
    window.worker.busy_changed.emit(True)
    window.worker.progress.emit("cards", 3, 10)
    assert window.busy_label.isVisible() and window.busy_label.text() == "正在发卡 3/10"
    assert (window.busy_bar.maximum(), window.busy_bar.value()) == (10, 3)
    shown = window.placeholder.text()
    assert "正在创建演示数据库" in shown and "正在发卡 3/10" in shown
    window.worker.progress.emit("members", 0, 0)  # no total yet: the bar still has a range
    assert window.busy_label.text() == "正在生成演示客户 0/0" and window.busy_bar.maximum() == 1
    window.worker.busy_changed.emit(False)
    assert not window.busy_label.isVisible() and not window.busy_bar.isVisible()
    assert (window.busy_bar.minimum(), window.busy_bar.maximum()) == (0, 0)  # endless next time


def test_settings_remember_geometry_and_language(qtbot, make_window, demo_url):
    from ui import settings as keys

    window = make_window(demo_url)
    window.actions_by_id["settings.lang_en"].trigger()
    assert window.settings.get(keys.LANGUAGE) == "en"
    assert window.actions_by_id["settings.lang_en"].isChecked()
    window.resize(760, 560)  # the offscreen screen is 800x600
    window.close()
    again = make_window(demo_url, resize=False)
    assert again.size().width() == 760
    assert again.settings.get(keys.LANGUAGE) == "en"


def test_the_member_view_is_built_when_the_first_member_opens(qtbot, window, demo_db):
    # a third of the window's build: not paid before the clerk opens someone
    from ui.member_view import MemberView

    assert window.built_member_view() is None and not window.findChildren(MemberView)
    member = find_member(demo_db, Member.tier == "diamond")
    open_member(qtbot, window, member.id)
    view = window.built_member_view()
    assert view is window.member_view and window.stack.currentWidget() is view
    assert view.reveal_button.defaultAction() is window.actions_by_id["member.reveal_id"]
    assert view.tabs.accessibleName()  # prepared like the rest of the window (keyboard.prepare)
    open_member(qtbot, window, find_member(demo_db, Member.tier == "silver").id)
    assert window.findChildren(MemberView) == [view]  # built once
