"""Restoring while other desks (other processes) have the database open: told, waited for, safe."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.safety.helpers import cli_env, count, populate
from vipdesk.errors import Refused
from vipdesk.services.backup_restore import backup_now, restore
from vipdesk.services.desk_lease import (
    DeskPresence,
    DeskWait,
    desks_folder,
    notice_path,
    open_desks,
    read_notice,
    restore_notice,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kills processes by signal")
ROOT = Path(__file__).resolve().parents[2]


class OtherDesk:
    """`tests.safety.desk_process` in its own process, read line by line."""

    def __init__(self, url: str, mode: str, home: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.safety.desk_process", url, mode],
            cwd=ROOT,
            env=cli_env(home),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.strip())

    def said(self, word: str, timeout: float = 60) -> str:
        """The first line starting with `word` (waits for it)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in list(self.lines):
                if line.startswith(word):
                    return line
            if self.proc.poll() is not None and not self.reader.is_alive():
                break
            time.sleep(0.05)
        err = self.proc.stderr.read() if self.proc.stderr and self.proc.poll() is not None else ""
        raise AssertionError(f"the other desk never said {word!r}: {self.lines} {err}")

    def kill(self) -> None:
        """kill -9 (a desk that crashed)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)


@pytest.fixture
def home(tmp_path) -> Path:
    return tmp_path / "home"


def test_another_desk_closes_on_the_notice_and_reopens_the_restored_file(
    desk, admin, desk_path, home
):
    saved = backup_now(desk, admin)
    populate(desk, members=25, seed=9)
    other = OtherDesk(desk.url, "obey", home)
    try:
        assert other.said("joined") == "joined 85"
        assert len(open_desks(desk_path)) == 1
        wait = DeskWait(grace_s=10, extra_s=10)
        result = restore(desk, admin, saved.path, wait=wait)
        assert other.said("released")
        assert other.said("reopened") == "reopened 60"  # it sees the restored content
        assert other.proc.wait(30) == 0
    finally:
        other.kill()
    assert result.previous is not None and count(result.previous, "members") == 85
    assert count(desk_path, "members") == 60
    assert wait.others == 0
    assert not notice_path(desk_path).exists()  # the notice ends with the restore
    assert open_desks(desk_path) == []


def test_a_desk_that_does_not_let_go_is_counted_and_nothing_changes(desk, admin, desk_path, home):
    saved = backup_now(desk, admin)
    populate(desk, members=25, seed=9)
    other = OtherDesk(desk.url, "hold", home)
    try:
        assert other.said("joined") == "joined 85"
        started = time.monotonic()
        with pytest.raises(Refused) as refused:
            restore(desk, admin, saved.path, wait=DeskWait(grace_s=1, extra_s=1))
        assert time.monotonic() - started < 30  # bounded
        assert refused.value.code == "desks_open"
        assert "还有 1 个柜台打开着这个数据库" in str(refused.value)
        assert other.proc.poll() is None  # still working, on the untouched database
    finally:
        other.kill()
    assert count(desk_path, "members") == 85
    assert not notice_path(desk_path).exists()


def test_the_restorer_may_cancel_the_wait(desk, admin, desk_path, home):
    saved = backup_now(desk, admin)
    populate(desk, members=5, seed=4)
    other = OtherDesk(desk.url, "hold", home)
    try:
        other.said("joined")
        wait = DeskWait(grace_s=60, extra_s=60)
        threading.Timer(1.0, wait.cancel.set).start()
        with pytest.raises(Refused) as refused:
            restore(desk, admin, saved.path, wait=wait)
        assert refused.value.code == "restore_cancelled"
        assert wait.others == 1
    finally:
        other.kill()
    assert count(desk_path, "members") == 65
    assert not notice_path(desk_path).exists()


def test_a_crashed_desk_does_not_block_a_restore(desk, admin, desk_path, home):
    saved = backup_now(desk, admin)
    populate(desk, members=5, seed=4)
    other = OtherDesk(desk.url, "hold", home)
    other.said("joined")
    other.kill()  # its presence file stays behind, unlocked
    (left,) = desks_folder(desk_path).iterdir()
    old = time.time() - 60
    os.utime(left, (old, old))  # older than a desk that is just starting up
    restore(desk, admin, saved.path, wait=DeskWait(grace_s=2, extra_s=2))
    assert count(desk_path, "members") == 60
    assert not left.exists()  # the stale file was cleared


def test_only_one_restore_at_a_time_and_a_dead_restorers_notice_is_ignored(desk_path, desk):
    with restore_notice(desk_path, "管理员甲"):
        assert read_notice(desk_path) is not None
        with pytest.raises(Refused) as refused, restore_notice(desk_path, "管理员乙"):
            pass
        assert refused.value.code == "restore_running" and "管理员甲" in str(refused.value)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    notice = {"by": "x", "host": socket.gethostname(), "pid": dead.pid}
    notice |= {"started": "2026-01-01T09:00:00", "release_by": "2026-01-01T09:00:30"}
    notice_path(desk_path).write_text(json.dumps(notice), encoding="utf-8")
    assert read_notice(desk_path) is None  # its restorer was killed: nothing is in force
    assert not notice_path(desk_path).exists()


def test_two_desks_in_one_process_count_each_other_but_not_themselves(desk_path, desk):
    a, b = DeskPresence(desk_path), DeskPresence(desk_path)
    a.join()
    b.join()
    assert a.path is not None and b.path is not None
    assert open_desks(desk_path, {a.path}) == [b.path]
    b.leave()
    assert open_desks(desk_path, {a.path}) == []
    a.leave()
    assert list(desks_folder(desk_path).iterdir()) == []
