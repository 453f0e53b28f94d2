"""员工账号: an administrator manages staff in the real screen (real worker, real SQLite file),
and what the screen did is what sign-in then sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.walk import fit_problems, key, type_keys
from vipdesk.services.demo import DEMO_PASSWORD, create_demo_staff
from vipdesk.services.staff import SignInFailed, sign_in

WAIT = 15_000
NEW_PASSWORD = "Haitang-2026-spring"


def signed_in(qtbot, make_window, url, db, username):
    """The desk window with `username` (a demo account) signed in."""
    window = make_window(url, staff="")
    window.set_actor(sign_in(db, username, DEMO_PASSWORD))
    qtbot.waitUntil(window.worker.is_idle, timeout=WAIT)
    return window


@pytest.fixture
def admin_window(qtbot, make_window, demo_url, demo_db):
    create_demo_staff(demo_db)
    return signed_in(qtbot, make_window, demo_url, demo_db, "demo.admin")


def open_screen(qtbot, window):
    action = window.actions_by_id["admin.staff"]
    assert action.isEnabled()
    action.trigger()
    dialog = window.staff_admin
    qtbot.waitUntil(lambda: dialog.loaded and dialog.isVisible(), timeout=WAIT)
    return dialog


def wait_message(qtbot, dialog, text):
    qtbot.waitUntil(lambda: text in dialog.message.text(), timeout=WAIT)


def add_clerk(qtbot, dialog, username="li.clerk", password=NEW_PASSWORD):
    form = dialog.add_staff()
    qtbot.waitUntil(form.isVisible, timeout=WAIT)
    qtbot.keyClicks(form.username, username)
    form.display_name.insert("李柜员")  # an input method commits whole words
    form.role.setCurrentIndex(form.role.findData("clerk"))
    form.branch.setText("0101")
    qtbot.keyClicks(form.password, password)
    qtbot.keyClicks(form.confirm, password)
    qtbot.keyClick(form.confirm, Qt.Key.Key_Return)
    return form


def test_admin_adds_a_clerk_who_can_then_sign_in(qtbot, admin_window, demo_db):
    dialog = open_screen(qtbot, admin_window)
    assert dialog.model.row_of("demo.super") >= 0
    add_clerk(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.model.row_of("li.clerk") >= 0, timeout=WAIT)
    assert dialog.selected().username == "li.clerk"
    row = dialog.model.row_of("li.clerk")
    assert dialog.model.index(row, 2).data() == "柜员"
    assert dialog.model.index(row, 3).data() == "0101"
    clerk = sign_in(demo_db, "li.clerk", NEW_PASSWORD)
    assert (clerk.role, clerk.branch_code, clerk.display_name) == ("clerk", "0101", "李柜员")


def test_the_add_form_keeps_a_weak_or_mistyped_password_and_says_why(qtbot, admin_window):
    dialog = open_screen(qtbot, admin_window)
    form = add_clerk(qtbot, dialog, "wang.clerk", "short")
    assert "至少 10 个字符" in form.message.text() and form.isVisible()
    form.password.setText(NEW_PASSWORD)
    form.confirm.setText(NEW_PASSWORD + "x")
    form.submit()
    assert "不一致" in form.message.text()
    form.username.setText("wang.clerk12")  # long enough, but the service refuses the username
    form.password.setText("wang.clerk12")
    form.confirm.setText("wang.clerk12")
    form.submit()
    qtbot.waitUntil(lambda: form.ok.isEnabled(), timeout=WAIT)
    assert form.isVisible() and form.message.text() and "正在" not in form.message.text()
    assert dialog.model.row_of("wang.clerk12") < 0


def test_disable_refuses_sign_in_and_enable_allows_it_again(qtbot, admin_window, demo_db):
    dialog = open_screen(qtbot, admin_window)
    assert dialog.select("demo.clerk")
    assert dialog.active_button.text().startswith("停用")
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, dialog, "已停用")
    assert dialog.model.index(dialog.model.row_of("demo.clerk"), 4).data() == "已停用"
    with pytest.raises(SignInFailed, match="停用"):
        sign_in(demo_db, "demo.clerk", DEMO_PASSWORD)
    assert dialog.active_button.text().startswith("重新启用")
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, dialog, "已重新启用")
    assert sign_in(demo_db, "demo.clerk", DEMO_PASSWORD).username == "demo.clerk"


def test_reset_password_makes_the_staff_member_change_it(qtbot, admin_window, demo_db):
    dialog = open_screen(qtbot, admin_window)
    assert dialog.select("demo.super")
    form = dialog.reset_password()
    qtbot.waitUntil(form.isVisible, timeout=WAIT)
    qtbot.keyClicks(form.password, NEW_PASSWORD)
    qtbot.keyClicks(form.confirm, NEW_PASSWORD)
    qtbot.keyClick(form.confirm, Qt.Key.Key_Return)
    wait_message(qtbot, dialog, "须修改")
    assert "须修改密码" in dialog.model.index(dialog.model.row_of("demo.super"), 4).data()
    with pytest.raises(SignInFailed):
        sign_in(demo_db, "demo.super", DEMO_PASSWORD)
    assert sign_in(demo_db, "demo.super", NEW_PASSWORD).must_change_password is True


def test_unlock_lifts_a_lockout(qtbot, admin_window, demo_db):
    for _ in range(5):
        with pytest.raises(SignInFailed):
            sign_in(demo_db, "demo.clerk", "wrong-password-here")
    with pytest.raises(SignInFailed, match="锁定"):
        sign_in(demo_db, "demo.clerk", DEMO_PASSWORD)
    dialog = open_screen(qtbot, admin_window)
    assert dialog.select("demo.clerk")
    assert "锁定至" in dialog.model.index(dialog.model.row_of("demo.clerk"), 4).data()
    assert dialog.unlock_button.isEnabled()
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    wait_message(qtbot, dialog, "已解除")
    assert not dialog.unlock_button.isEnabled()
    assert sign_in(demo_db, "demo.clerk", DEMO_PASSWORD).username == "demo.clerk"


def test_role_and_branch_are_saved(qtbot, admin_window, demo_db):
    dialog = open_screen(qtbot, admin_window)
    assert dialog.select("demo.clerk")
    dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
    dialog.branch.setText("0202")
    qtbot.keyClick(dialog.branch, Qt.Key.Key_Return)
    wait_message(qtbot, dialog, "已保存")
    actor = sign_in(demo_db, "demo.clerk", DEMO_PASSWORD)
    assert (actor.role, actor.branch_code) == ("supervisor", "0202")


def test_menus_follow_the_permission_table(qtbot, make_window, demo_url, demo_db):
    create_demo_staff(demo_db)
    expected = {
        "demo.clerk": (False, False),
        "demo.super": (False, True),
        "demo.admin": (True, False),  # administrators keep the system, supervisors read the log
    }
    for username, (staff, audit) in expected.items():
        window = signed_in(qtbot, make_window, demo_url, demo_db, username)
        actions = window.actions_by_id
        assert actions["admin.staff"].isEnabled() is staff, username
        assert actions["admin.audit"].isEnabled() is audit, username
        window.close()


def test_the_screen_fits_and_works_from_the_keyboard(qtbot, admin_window):
    dialog = open_screen(qtbot, admin_window)
    assert not fit_problems(dialog)
    for field in dialog.findChildren(QLineEdit):
        assert field.accessibleName(), field.objectName()
    assert dialog.table.accessibleName()
    # Tab walks from the add button into the table and on through the panel
    dialog.add_button.setFocus()
    order = []
    widget = dialog.add_button
    for _ in range(9):
        order.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
    assert order[:4] == ["addStaff", "staffTable", "staffRole", "staffBranch"]
    # the mnemonic Alt+N opens the add form, Esc closes it, Esc closes the screen
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.form_dialog is not None and dialog.form_dialog.isVisible())
    assert not fit_problems(dialog.form_dialog)
    qtbot.keyClick(dialog.form_dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.form_dialog.isVisible())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)


def test_adding_a_staff_member_by_keyboard_alone(qtbot, admin_window, demo_db):
    dialog = open_screen(qtbot, admin_window)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT)
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.form_dialog is not None, timeout=WAIT)
    form = dialog.form_dialog
    form.activateWindow()  # as the window manager does with a new dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.username, timeout=WAIT)
    type_keys(qtbot, "zhao.super")
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "赵主管")
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.role
    key(qtbot, Qt.Key.Key_Down)  # 柜员 → 主管
    for _ in range(2):
        key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.password
    type_keys(qtbot, NEW_PASSWORD)
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, NEW_PASSWORD)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.row_of("zhao.super") >= 0, timeout=WAIT)
    actor = sign_in(demo_db, "zhao.super", NEW_PASSWORD)
    assert (actor.display_name, actor.role) == ("赵主管", "supervisor")
