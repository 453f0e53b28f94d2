"""The start-up windows fit the 1366×768 desk screen: sign-in, assistant pages, lock, dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.staff_helpers import TEST_ADMIN, TEST_PASSWORD
from tests.ui.start_helpers import make_desk, sign_in
from tests.ui.walk import fit_problems

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "propagateSizeHints")


def test_sign_in_lock_and_session_dialogs_fit(qtbot, demo_url):
    window, session = make_desk(qtbot, demo_url, demo=True)
    qtbot.waitUntil(lambda: window.opened is not None, timeout=15_000)
    session.dialog.show_demo_accounts()
    session.dialog.message.setText("账号已锁定，请于 10:45 后再试或请管理员解锁")
    assert not fit_problems(session.dialog)
    sign_in(qtbot, session.dialog, TEST_ADMIN, TEST_PASSWORD)
    qtbot.waitUntil(window.isVisible, timeout=15_000)
    assert QApplication.primaryScreen().availableGeometry().width() <= 1366
    session.lock.lock()
    session.lock.screen.show_other()
    assert not fit_problems(window)
    assert session.lock.screen.geometry() == window.rect()
    qtbot.keyClicks(session.lock.screen.password, TEST_PASSWORD)
    session.lock.screen.unlock()
    qtbot.waitUntil(lambda: not session.lock.locked, timeout=15_000)
    session.change_password(forced=True)
    assert not fit_problems(session.password_dialog)
    session.password_dialog.done(0)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=15_000)  # cancelled: signed out
    sign_in(qtbot, session.dialog, TEST_ADMIN, TEST_PASSWORD)
    qtbot.waitUntil(window.isVisible, timeout=15_000)
    window.actions_by_id["settings.idle_minutes"].trigger()
    qtbot.waitUntil(lambda: getattr(window, "idle_dialog", None) is not None, timeout=15_000)
    qtbot.waitUntil(window.idle_dialog.isVisible, timeout=15_000)
    assert not fit_problems(window.idle_dialog)


def test_every_page_of_the_assistant_fits(qtbot):
    from ui.app import first_start
    from ui.settings import DeskSettings

    window, session = make_desk(qtbot, None)
    wizard = first_start(window, session, DeskSettings())
    qtbot.waitUntil(wizard.isVisible)
    assert not fit_problems(wizard)
    wizard.next()
    branch = wizard.page_named("branch")
    branch.code.setText("0101")
    branch.name.setText("都会人寿北京分行贵宾服务中心")
    assert not fit_problems(wizard)
    wizard.next()
    admin = wizard.page_named("admin")
    qtbot.waitUntil(lambda: admin.ready, timeout=15_000)
    assert not fit_problems(wizard)
    admin.username.setText("li.admin")
    admin.display_name.setText("李管理")
    admin.password.setText("branch-admin-2026")
    admin.again.setText("branch-admin-2026")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.page_named("import"), timeout=15_000)
    assert not fit_problems(wizard)
