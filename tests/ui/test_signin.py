"""Sign-in before the window: right, wrong, locked, off the GUI thread; demo mode; passwords."""

from __future__ import annotations

import contextlib
import subprocess
import sys

import shiboken6
from PySide6.QtCore import QTimer

from tests.staff_helpers import TEST_ADMIN, TEST_PASSWORD, actor_for
from tests.ui.start_helpers import make_desk, sign_in
from vipdesk.services import staff
from vipdesk.services.demo import DEMO_PASSWORD


def test_right_password_shows_the_window_as_that_staff_member(qtbot, demo_url, demo_db):
    window, session = make_desk(qtbot, demo_url)
    dialog = session.dialog
    assert dialog.isVisible() and not window.isVisible()  # the dialog comes before the window
    qtbot.waitUntil(lambda: window.opened is not None, timeout=15_000)
    assert not window.isVisible()
    ticks: list[int] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    sign_in(qtbot, dialog, TEST_ADMIN, TEST_PASSWORD)
    assert not dialog.username.isEnabled()  # checking on the worker
    qtbot.waitUntil(window.isVisible, timeout=15_000)
    timer.stop()
    assert ticks  # the GUI thread kept running during the check (tests use a cheap Argon2 cost)
    assert window.actor.username == TEST_ADMIN
    assert window.worker.desk.actor == window.actor
    assert "测试管理员" in window.actor_label.text()
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_wrong_username_and_wrong_password_get_the_same_message(qtbot, demo_url, demo_db):
    window, session = make_desk(qtbot, demo_url)
    dialog = session.dialog
    sign_in(qtbot, dialog, TEST_ADMIN, "not-the-password")
    qtbot.waitUntil(lambda: dialog.username.isEnabled(), timeout=15_000)
    wrong_password = dialog.message.text()
    sign_in(qtbot, dialog, "nobody.here", "not-the-password")
    qtbot.waitUntil(lambda: dialog.username.isEnabled(), timeout=15_000)
    assert dialog.message.text() == wrong_password == staff.WRONG
    assert dialog.password.text() == ""  # the password is never kept on screen
    assert dialog.isVisible() and not window.isVisible() and window.actor is None


def test_a_locked_account_gets_its_own_message(qtbot, demo_url, demo_db):
    actor_for(demo_db, "clerk7", "柜员七")
    for _ in range(5):
        with contextlib.suppress(staff.SignInFailed):
            staff.sign_in(demo_db, "clerk7", "wrong-password")
    window, session = make_desk(qtbot, demo_url)
    dialog = session.dialog
    sign_in(qtbot, dialog, "clerk7", TEST_PASSWORD)  # right password, but locked
    qtbot.waitUntil(lambda: dialog.username.isEnabled(), timeout=15_000)
    assert "锁定" in dialog.message.text()
    assert dialog.message.text() != staff.WRONG
    assert not window.isVisible()


def test_a_real_database_never_shows_demo_accounts(qtbot, demo_url):
    window, session = make_desk(qtbot, demo_url)
    qtbot.waitUntil(lambda: window.opened is not None, timeout=15_000)
    assert not session.dialog.demo_note.isVisible()
    assert DEMO_PASSWORD not in session.dialog.demo_note.text()


def test_empty_fields_are_asked_for_without_a_database_round(qtbot, demo_url):
    _window, session = make_desk(qtbot, demo_url)
    session.dialog.submit()
    assert session.dialog.message.text() == "请输入用户名和密码。"
    assert session.dialog.username.isEnabled()


def test_demo_mode_has_its_own_database_with_demo_accounts(qtbot, user_home):
    from ui.desk import demo_url

    window, session = make_desk(qtbot, demo_url(), demo=True)
    dialog = session.dialog
    qtbot.waitUntil(lambda: window.opened is not None, timeout=60_000)
    assert "demo.clerk" in dialog.demo_note.text() and DEMO_PASSWORD in dialog.demo_note.text()
    assert dialog.demo_note.isVisible()
    assert (user_home / "demo.sqlite3").exists()
    assert not (user_home / "vipdesk.sqlite3").exists()  # the real database never gets them
    assert window.opened.demo_added == 2000
    sign_in(qtbot, dialog, "demo.clerk", DEMO_PASSWORD)
    qtbot.waitUntil(window.isVisible, timeout=15_000)
    assert "演示数据" in window.windowTitle()
    assert "演示数据" in window.db_label.text()
    assert "2,000" in window.count_label.text()
    assert window.actor.role == "clerk"


def test_must_change_password_forces_the_change(qtbot, demo_url, demo_db):
    admin = actor_for(demo_db, TEST_ADMIN, role="admin")
    actor_for(demo_db, "clerk8", "柜员八")
    staff.reset_password(demo_db, admin, "clerk8", "temporary-pass-1")
    window, session = make_desk(qtbot, demo_url)
    sign_in(qtbot, session.dialog, "clerk8", "temporary-pass-1")
    qtbot.waitUntil(lambda: getattr(session, "password_dialog", None) is not None, timeout=15_000)
    change = session.password_dialog
    assert change.isVisible()
    qtbot.keyClicks(change.old, "temporary-pass-1")
    qtbot.keyClicks(change.new, "clerk8")
    qtbot.keyClicks(change.again, "clerk8")
    change.submit()
    qtbot.waitUntil(lambda: change.ok.isEnabled(), timeout=15_000)
    assert "10" in change.message.text()  # too short: refused in plain words
    for field, text in ((change.new, "a-new-passphrase"), (change.again, "a-new-passphrase")):
        field.clear()
        qtbot.keyClicks(field, text)
    change.submit()
    qtbot.waitUntil(lambda: not change.isVisible(), timeout=15_000)
    assert window.actor.must_change_password is False
    assert staff.sign_in(demo_db, "clerk8", "a-new-passphrase").username == "clerk8"


def test_sign_out_closes_the_window_and_asks_who_works_next(qtbot, demo_url, demo_db):
    window, session = make_desk(qtbot, demo_url)
    sign_in(qtbot, session.dialog, TEST_ADMIN, TEST_PASSWORD)
    qtbot.waitUntil(window.isVisible, timeout=15_000)
    first_dialog = session.dialog
    window.actions_by_id["file.sign_out"].trigger()
    assert window.actor is None and not window.isVisible()
    assert session.dialog is not first_dialog and session.dialog.isVisible()
    actor_for(demo_db, "clerk2", "柜员二")
    sign_in(qtbot, session.dialog, "clerk2", TEST_PASSWORD)
    qtbot.waitUntil(window.isVisible, timeout=15_000)
    assert window.actor.username == "clerk2"
    qtbot.waitUntil(window.worker.is_idle, timeout=15_000)
    from sqlalchemy import select

    from vipdesk.db.models import AuditRecord

    with demo_db.read() as s:
        actions = list(s.scalars(select(AuditRecord.action)))
    assert "staff.sign_out" in actions


def test_sign_in_and_idle_unlock_on_sqlite_and_postgresql(qtbot, db, db_url):
    actor_for(db, "clerk5", "柜员五")
    window, session = make_desk(qtbot, db_url)
    sign_in(qtbot, session.dialog, "clerk5", "wrong-password")
    qtbot.waitUntil(lambda: session.dialog.username.isEnabled(), timeout=15_000)
    assert session.dialog.message.text() == staff.WRONG
    sign_in(qtbot, session.dialog, "clerk5", TEST_PASSWORD)
    qtbot.waitUntil(window.isVisible, timeout=15_000)
    assert window.actor.username == "clerk5"
    session.lock.lock()
    qtbot.keyClicks(session.lock.screen.password, TEST_PASSWORD)
    session.lock.screen.unlock()
    qtbot.waitUntil(lambda: not session.lock.locked, timeout=15_000)
    window.close()


def test_keyboard_only_tab_order_enter_and_escape(qtbot, demo_url):
    from PySide6.QtCore import Qt

    window, session = make_desk(qtbot, demo_url)
    dialog = session.dialog
    dialog.activateWindow()
    dialog.username.setFocus()
    order = [dialog.username]
    widget = dialog.username
    for _ in range(3):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[:3] == [dialog.username, dialog.password, dialog.ok]
    assert "&" in dialog.ok.text() and "&" in dialog.quit.text()  # Alt+L / Alt+X
    qtbot.waitUntil(lambda: window.opened is not None, timeout=15_000)
    rejected: list[bool] = []
    dialog.rejected.connect(lambda: rejected.append(True))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc = 退出: nobody signs in, the desk closes
    assert rejected and window.actor is None


def test_switching_the_database_asks_for_the_sign_in_again(qtbot, demo_url, demo_db, tmp_path):
    import shutil

    window, session = make_desk(qtbot, demo_url)
    sign_in(qtbot, session.dialog, TEST_ADMIN, TEST_PASSWORD)
    qtbot.waitUntil(window.isVisible, timeout=15_000)
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(demo_url.removeprefix("sqlite:///"), other)
    window.switch_database(f"sqlite:///{other}")
    assert window.actor is None
    qtbot.waitUntil(lambda: window.opened is not None, timeout=15_000)
    dialog = session.live_dialog()
    assert dialog is not None and dialog.objectName() == "signInDialog" and dialog.isVisible()
    session.bring_to_front()  # a second start while nobody is signed in raises the dialog
    sign_in(qtbot, dialog, TEST_ADMIN, TEST_PASSWORD)
    qtbot.waitUntil(lambda: window.actor is not None, timeout=15_000)
    session.bring_to_front()
    assert window.isVisible()


def test_the_demo_accounts_note_loads_no_generator():
    # the demo sign-in names the accounts on every start: not worth pypinyin's ~12 MiB
    code = (
        "import sys\nfrom ui.desk import demo_accounts_text\nprint(demo_accounts_text())\n"
        "print(sorted({'pypinyin', 'vipdesk.services.demo'} & set(sys.modules)))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    lines = run.stdout.splitlines()
    assert lines[:2] == ["demo.clerk、demo.super、demo.admin", DEMO_PASSWORD], run.stderr
    assert lines[2] == "[]"
