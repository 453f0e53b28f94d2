"""A missing, locked or unreachable database gives a dialog in plain words; bugs a crash dialog."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from ui.messages import report_error


def dialog_named(window, name):
    for widget in window.findChildren(QMessageBox, name):
        if widget.isVisible():
            return widget
    return None


def wait_dialog(qtbot, window, name, timeout=10_000):
    qtbot.waitUntil(lambda: dialog_named(window, name) is not None, timeout=timeout)
    return dialog_named(window, name)


def test_missing_database_file_says_so(qtbot, make_window, tmp_path):
    missing = tmp_path / "gone" / "nowhere.sqlite3"
    (tmp_path / "gone").mkdir()
    window = make_window(f"sqlite:///{missing}", wait_open=False)
    box = wait_dialog(qtbot, window, "databaseDialog")
    assert "数据库文件不存在" in box.text()
    assert str(missing) in box.text()
    assert "文件" in box.informativeText()
    assert not missing.exists()  # a chosen file that is missing is not silently created
    assert window.opened is None
    assert "未连接" in window.db_label.text()
    assert not window.actions_by_id["member.reveal_id"].isEnabled()


def test_locked_database_says_another_program_holds_it(qtbot, make_window, demo_url):
    # Opening only reads now (nobody acts before the sign-in, issue 10), and reads go on under
    # another program's write lock (WAL); the first write — the sign-in — meets the lock and
    # says so in plain words, and works once the other program let go.
    from tests.staff_helpers import TEST_PASSWORD
    from ui.session.signin_dialog import sign_in_on

    path = demo_url.removeprefix("sqlite:///")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    failed: list[BaseException] = []
    try:
        window = make_window(demo_url, busy_timeout_ms=300, staff="")
        window.worker.op(lambda desk: sign_in_on(desk, "builder", TEST_PASSWORD)).failure(
            failed.append
        ).run()
        qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
        assert "数据库正被其他程序占用" in str(failed[0])
    finally:
        other.execute("ROLLBACK")
        other.close()
    signed: list = []
    window.worker.op(lambda desk: sign_in_on(desk, "builder", TEST_PASSWORD)).success(
        signed.append
    ).run()
    qtbot.waitUntil(lambda: bool(signed), timeout=10_000)
    assert "2,000" in window.count_label.text()


def test_unreachable_server_says_check_the_network(qtbot, make_window):
    window = make_window("postgresql+psycopg://desk@127.0.0.1:1/vipdesk", wait_open=False)
    box = wait_dialog(qtbot, window, "databaseDialog")
    assert "无法连接数据库服务器" in box.text()
    assert window.opened is None


def test_unexpected_error_shows_crash_dialog_and_writes_a_log(qtbot, user_home):
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        box = report_error(None, exc)
    qtbot.addWidget(box)
    assert box.objectName() == "crashDialog"
    assert "意外错误" in box.text()
    logs = list((user_home / "logs").glob("crash-*.log"))
    assert len(logs) == 1
    assert "boom in a slot" in logs[0].read_text(encoding="utf-8")
    assert str(logs[0]) in box.informativeText()


def test_known_error_shows_its_plain_message(qtbot):
    from vipdesk.errors import Refused

    box = report_error(None, Refused("limit", "已指定两位亲属，不能再指定"))
    qtbot.addWidget(box)
    assert box.text() == "已指定两位亲属，不能再指定"
    assert box.objectName() == "errorDialog"
