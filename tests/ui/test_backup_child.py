"""The start-up check and the scheduled backup run in a child process (ui/backup/child.py)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from vipdesk.errors import DatabaseError
from vipdesk.paths import sqlite_path


def test_the_scheduled_backup_is_made_and_fully_checked_in_a_child(demo_url, user_home):
    from ui.backup.child import scheduled_backup_in_child

    info = scheduled_backup_in_child(demo_url)
    assert info is not None and info.path.exists()
    assert info.check == "ok" and info.full_check == "ok"  # the child's full check is recorded
    assert info.counts["members"] == 2000
    assert scheduled_backup_in_child(demo_url) is None  # the day's backup exists: none due


def test_damage_found_in_the_child_makes_the_next_open_read_only(demo_url):
    from ui.backup.child import startup_check_in_child
    from vipdesk.services.integrity import KNOWN_DAMAGED, check_now

    path = sqlite_path(demo_url)
    assert startup_check_in_child(path).ok
    data = bytearray(path.read_bytes())
    page = len(data) // 2 // 4096 * 4096
    data[page : page + 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))
    try:
        report = startup_check_in_child(path)
        assert not report.ok and report.plain
        assert path in KNOWN_DAMAGED and check_now(path)  # remembered in the desk's process
    finally:
        KNOWN_DAMAGED.pop(path, None)


def test_a_missing_file_comes_back_as_a_plain_error(tmp_path):
    from ui.backup.child import startup_check_in_child

    with pytest.raises(DatabaseError, match="数据库文件不存在"):
        startup_check_in_child(tmp_path / "gone.sqlite3")


def test_the_child_loads_neither_qt_nor_the_orm(demo_url, user_home):
    code = (
        "import sys; from ui.backup.child import main; main(['backup', sys.argv[1]]);"
        "print(sorted(m for m in ('PySide6', 'sqlalchemy.orm', 'vipdesk.db.models') "
        "if m in sys.modules))"
    )
    env = dict(os.environ, VIPDESK_HOME=str(user_home))
    done = subprocess.run(
        [sys.executable, "-c", code, demo_url], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    answer, loaded = done.stdout.splitlines()[-2:]
    assert '"backup"' in answer and loaded == "[]"


def test_the_bundle_starts_the_child_through_the_app_entry(demo_url, user_home, monkeypatch):
    from ui.backup import child

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", sys.executable)
    frozen = child.command("check", "x")
    assert frozen == [sys.executable, child.FLAG, "check", "x"]  # the bundle's own executable
    code = "import sys; from ui.app import main; sys.exit(main(sys.argv))"
    done = subprocess.run(
        [sys.executable, "-c", code, child.FLAG, "check", str(sqlite_path(demo_url))],
        env=dict(os.environ, VIPDESK_HOME=str(user_home)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] in (
        '{"full": true, "problems": []}',
        '{"full": false, "problems": []}',
    )
