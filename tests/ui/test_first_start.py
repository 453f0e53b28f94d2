"""The first-start assistant end to end on a fresh user-data folder: no demo data, ever."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from tests.ui.start_helpers import make_desk, sign_in
from ui.first_start import state
from ui.settings import BRANCH_NAME, DATABASE_URL, DeskSettings
from vipdesk.db.models import Member, Policy, StaffUser
from vipdesk.services.database import Database

MEMBERS = """id_number,name,phone,address
11010519491231002X,王建国,13812345678,北京市朝阳区建国路88号
440106198001010019,单雄信,13900001111,广东省广州市天河区天河路385号
"""
POLICIES = """policy_no,id_number,product,channel,status,effective_date,annual_premium
P1001,11010519491231002X,都会安享终身寿险,agency,in_force,2020-01-01,30000.00
P2001,440106198001010019,都会康悦终身重大疾病保险,direct,in_force,2022-03-01,20000.50
"""
ADMIN_PASSWORD = "branch-admin-2026"


def write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def start_assistant(qtbot):
    from ui.app import first_start

    settings = DeskSettings()
    assert state.database_configured(settings) is None  # fresh: nothing configured
    window, session = make_desk(qtbot, None)
    wizard = first_start(window, session, settings)
    qtbot.waitUntil(wizard.isVisible)
    return window, session, wizard, settings


def fill_branch(qtbot, wizard) -> None:
    page = wizard.page_named("branch")
    assert wizard.currentPage() is page
    for field, text in (
        (page.code, "0101"),
        (page.name, "都会人寿北京分行"),
        (page.address, "北京市朝阳区建国路1号"),
        (page.phone, "010-12345678"),
    ):
        field.setText(text)  # QTest types ASCII only
    wizard.next()


def fill_admin(qtbot, wizard) -> None:
    page = wizard.page_named("admin")
    qtbot.waitUntil(lambda: page.ready, timeout=15_000)
    qtbot.keyClicks(page.username, "li.admin")
    page.display_name.setText("李管理")
    qtbot.keyClicks(page.password, ADMIN_PASSWORD)
    qtbot.keyClicks(page.again, ADMIN_PASSWORD)
    wizard.next()


def test_assistant_end_to_end_imports_members_and_no_demo_data(qtbot, user_home, tmp_path):
    window, session, wizard, settings = start_assistant(qtbot)
    db_page = wizard.page_named("database")
    assert db_page.local.isChecked() and db_page.isComplete()
    wizard.next()
    fill_branch(qtbot, wizard)
    # a bad password pair is refused on the page, nothing created
    admin_page = wizard.page_named("admin")
    qtbot.waitUntil(lambda: admin_page.ready, timeout=15_000)
    qtbot.keyClicks(admin_page.password, "one-password-1")
    qtbot.keyClicks(admin_page.again, "another-password")
    wizard.next()
    assert wizard.currentPage() is admin_page and "不一致" in admin_page.message.text()
    for field in (admin_page.password, admin_page.again):
        field.clear()
    fill_admin(qtbot, wizard)
    import_page = wizard.page_named("import")
    qtbot.waitUntil(lambda: wizard.currentPage() is import_page, timeout=15_000)
    assert not import_page.admin_box.isVisible()  # the administrator just created imports
    import_page.members.setText(write(tmp_path, "members.csv", MEMBERS))
    import_page.policies.setText(write(tmp_path, "policies.csv", POLICIES))
    import_page.import_button.click()
    qtbot.waitUntil(lambda: "导入完成" in import_page.log.toPlainText(), timeout=30_000)
    assert "新增 2" in import_page.log.toPlainText()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: window.opened is not None, timeout=15_000)
    # the desk's own file holds the imported members, an administrator, no demo anything
    db = Database(f"sqlite:///{user_home / 'vipdesk.sqlite3'}")
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Member)) == 2
            assert s.scalar(select(func.count()).select_from(Policy)) == 2
            staff = dict(s.execute(select(StaffUser.username, StaffUser.role)).tuples().all())
    finally:
        db.dispose()
    assert staff == {"li.admin": "admin"}
    assert not (user_home / "demo.sqlite3").exists()
    assert settings.get(DATABASE_URL) == ""  # local: the default file
    assert not state.in_progress(settings)
    assert settings.get(BRANCH_NAME) == "都会人寿北京分行"
    assert state.database_configured(settings).endswith("vipdesk.sqlite3")
    # then the sign-in: the administrator works in branch 0101
    sign_in(qtbot, session.dialog, "li.admin", ADMIN_PASSWORD)
    qtbot.waitUntil(window.isVisible, timeout=15_000)
    assert window.actor.branch_code == "0101" and window.actor.role == "admin"
    assert "2" in window.count_label.text()


def test_a_rejected_file_writes_nothing_and_says_why(qtbot, tmp_path):
    _window, _session, wizard, _settings = start_assistant(qtbot)
    wizard.next()
    fill_branch(qtbot, wizard)
    fill_admin(qtbot, wizard)
    page = wizard.page_named("import")
    qtbot.waitUntil(lambda: wizard.currentPage() is page, timeout=15_000)
    bad = MEMBERS + "110105194912310021,坏号码,13812345678,北京\n"
    page.members.setText(write(tmp_path, "bad.csv", bad))
    page.import_button.click()
    qtbot.waitUntil(lambda: "未导入" in page.log.toPlainText(), timeout=30_000)
    assert "line 4" in page.log.toPlainText() or "第" in page.log.toPlainText()
    db = Database(wizard.url())
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(Member)) == 0
    finally:
        db.dispose()


def test_the_assistant_can_be_left_and_resumed(qtbot):
    window, session, wizard, settings = start_assistant(qtbot)
    wizard.next()
    fill_branch(qtbot, wizard)
    assert state.in_progress(settings)
    wizard.reject()  # "稍后继续"
    assert state.database_configured(DeskSettings()) is None  # next start: the assistant again
    from ui.app import first_start

    again = first_start(window, session, DeskSettings())
    qtbot.waitUntil(again.isVisible)
    assert again.currentPage() is again.page_named("admin")  # where it was left
    again.back()
    assert again.page_named("branch").code.text() == "0101"


def test_skipping_the_import_leaves_an_empty_database(qtbot, user_home):
    window, _session, wizard, _settings = start_assistant(qtbot)
    wizard.next()
    fill_branch(qtbot, wizard)
    fill_admin(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.page_named("import"), timeout=15_000)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: window.opened is not None, timeout=15_000)
    assert window.opened.member_count == 0 and window.opened.demo_added == 0


def test_a_server_is_tested_before_it_is_saved(qtbot, tmp_path):
    _window, _session, wizard, settings = start_assistant(qtbot)
    page = wizard.page_named("database")
    page.server.setChecked(True)
    assert not page.isComplete()
    qtbot.keyClicks(page.url, "mysql://nope")
    page.test()
    assert "postgresql://" in page.message.text() and not page.isComplete()
    page.url.setText("postgresql://nobody:x@127.0.0.1:1/none")
    page.test()
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=20_000)
    assert not page.isComplete() and page.message.text()
    assert settings.get(DATABASE_URL) == ""  # nothing saved


@pytest.mark.postgres
def test_a_working_server_is_chosen_and_gets_the_administrator(qtbot):
    from tests.conftest import _pg_database

    urls = _pg_database()
    url = next(urls)
    try:
        window, _session, wizard, settings = start_assistant(qtbot)
        page = wizard.page_named("database")
        page.server.setChecked(True)
        qtbot.keyClicks(page.url, url)
        page.test()
        qtbot.waitUntil(page.isComplete, timeout=20_000)
        wizard.next()
        fill_branch(qtbot, wizard)
        fill_admin(qtbot, wizard)
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.page_named("import"), timeout=15_000)
        wizard.button(QWizard.WizardButton.FinishButton).click()
        qtbot.waitUntil(lambda: window.opened is not None, timeout=15_000)
        assert settings.get(DATABASE_URL) == url
        window.close()
    finally:
        next(urls, None)


def test_the_installed_app_opens_the_assistant_on_a_fresh_folder(user_home, tmp_path):
    import os
    import subprocess
    import sys
    import time

    logs = user_home / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    old = time.time() - 40 * 86400
    for n in range(55):  # 55 crash logs, the first 3 from 40 days ago
        crash = logs / f"crash-2026{n:04d}.log"
        crash.write_text("traceback", encoding="utf-8")
        if n < 3:
            os.utime(crash, (old, old))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIPDESK_HOME=str(user_home))
    command = [sys.executable, "-c", "import sys; from ui.app import main; sys.exit(main())"]
    done = subprocess.run(
        [*command, "--ready-probe", "quit"], env=env, cwd=tmp_path, capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr.decode()
    assert "usable=True window=firstStartWizard" in done.stdout.decode()
    assert not (user_home / "vipdesk.sqlite3").exists()  # nothing created, no demo members
    assert not (user_home / "demo.sqlite3").exists()
    left = sorted(p.name for p in logs.glob("crash-*.log"))
    assert len(left) == 50 and "crash-20260000.log" not in left  # old and surplus removed
    assert (logs / "faults.log").exists()


def test_a_hard_crash_lands_in_the_crash_log(user_home, tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIPDESK_HOME=str(user_home))
    crash = "from ui.app import _crash_logs; _crash_logs(); import ctypes; ctypes.string_at(0)"
    done = subprocess.run([sys.executable, "-c", crash], env=env, cwd=tmp_path, timeout=60)
    assert done.returncode != 0
    text = (user_home / "logs" / "faults.log").read_text(encoding="utf-8")
    assert "Segmentation fault" in text or "Fatal Python error" in text


def test_a_database_without_staff_gets_its_administrator_before_the_sign_in(qtbot, tmp_path):
    url = f"sqlite:///{tmp_path / 'branch.sqlite3'}"
    empty = Database(url)
    empty.ensure_schema()
    empty.dispose()
    window, session = make_desk(qtbot, url)
    qtbot.waitUntil(lambda: window.opened is not None, timeout=15_000)
    wizard = session.dialog
    assert wizard.objectName() == "firstStartWizard" and wizard.isVisible()
    assert list(wizard.ids) == ["admin"]
    fill_admin(qtbot, wizard)
    qtbot.waitUntil(lambda: session.dialog is not wizard, timeout=15_000)
    sign_in(qtbot, session.dialog, "li.admin", ADMIN_PASSWORD)
    qtbot.waitUntil(window.isVisible, timeout=15_000)
    assert window.actor.role == "admin"


def test_resumed_at_the_import_the_administrator_signs_in_to_import(qtbot, tmp_path):
    window, session, wizard, settings = start_assistant(qtbot)
    wizard.next()
    fill_branch(qtbot, wizard)
    fill_admin(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.page_named("import"), timeout=15_000)
    wizard.reject()
    from ui.app import first_start

    again = first_start(window, session, DeskSettings())
    page = again.page_named("import")
    qtbot.waitUntil(lambda: again.currentPage() is page, timeout=15_000)
    assert page.admin_box.isVisible() and page.admin_user.text() == "li.admin"
    page.members.setText(write(tmp_path, "members.csv", MEMBERS))
    qtbot.keyClicks(page.admin_password, "wrong-password")
    page.import_button.click()
    qtbot.waitUntil(lambda: page.import_button.isEnabled(), timeout=15_000)
    assert "不正确" in page.log.toPlainText()
    qtbot.keyClicks(page.admin_password, ADMIN_PASSWORD)
    page.import_button.click()
    qtbot.waitUntil(lambda: "导入完成" in page.log.toPlainText(), timeout=30_000)
