"""`vipdesk restore` through the real command line in a subprocess: check, say, ask, Ctrl-C.

The backup is checked before the question; the question names what the backup holds and the
database it replaces; no means nothing changes; other desks are told and the wait counts down;
Ctrl-C during the countdown cancels and leaves the database, the backups and the notice as they
were; `--yes` restores without asking.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.safety.helpers import ADMIN, cli_env
from tests.safety.test_desk_lease import ROOT, OtherDesk
from vipdesk.db.models import Member
from vipdesk.paths import sqlite_path
from vipdesk.services.backup import list_backups, make_backup
from vipdesk.services.desk_lease import notice_path, open_desks

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Ctrl-C is sent as SIGINT")
CHANGED = "备份后改的名字"


@pytest.fixture
def saved(desk, admin):
    """A checked backup of the desk, then a change made after it."""
    info = make_backup(desk.url, kind="manual")
    with desk.write() as session:
        session.get(Member, 1).name = CHANGED
    desk.dispose()
    return info


def name_now(desk) -> str:
    with desk.read() as session:
        return session.get(Member, 1).name


def restore_cli(desk, backup: Path, *extra: str) -> subprocess.Popen[str]:
    """`python -m vipdesk … restore FILE` as the test administrator, pipes for all three."""
    return subprocess.Popen(
        [sys.executable, "-m", "vipdesk", "--db", desk.url, "--as", ADMIN, "restore", str(backup)]
        + list(extra),
        cwd=ROOT,
        env=cli_env(Path(os.environ["VIPDESK_HOME"])),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_the_question_names_what_is_replaced_and_no_changes_nothing(desk, saved, desk_path):
    proc = restore_cli(desk, saved.path)
    out, err = proc.communicate("n\n", timeout=120)
    assert proc.returncode == 0, out + err
    checked, holds, replaces, now, question = (
        out.index("备份检查通过"),
        out.index("备份中：客户 60"),
        out.index(f"将替换当前数据库：{desk_path}"),
        out.index("当前数据库中：客户 60"),
        out.index("确认恢复？"),
    )
    assert checked < holds < replaces < now < question  # checked first, then asked
    assert "会先另存为「恢复前」备份" in out and "已取消，没有做任何改动" in out
    assert name_now(desk) == CHANGED
    assert [b.kind for b in list_backups()] == ["manual"]
    assert not notice_path(desk_path).exists()


def test_yes_restores_without_asking(desk, saved, desk_path):
    proc = restore_cli(desk, saved.path, "--yes")
    out, err = proc.communicate("", timeout=120)
    assert proc.returncode == 0, out + err
    assert "（--yes：不再询问）" in out and "确认恢复？" not in out and "已恢复" in out
    assert name_now(desk) != CHANGED
    assert sorted(b.kind for b in list_backups()) == ["manual", "pre-restore"]


def test_ctrl_c_during_the_countdown_cancels_and_nothing_changes(desk, saved, desk_path, tmp_path):
    other = OtherDesk(desk.url, "hold", tmp_path / "other-home")  # keeps the database open
    try:
        other.said("joined")
        assert len(open_desks(desk_path)) == 1
        proc = restore_cli(desk, saved.path, "--yes")
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
        reader.start()
        deadline = time.monotonic() + 90
        while not any("最多再等" in line for line in lines):
            assert time.monotonic() < deadline and proc.poll() is None, lines
            time.sleep(0.05)
        assert notice_path(desk_path).exists()  # the other desks were told
        shown = next(line for line in lines if "最多再等" in line)
        assert "还有 1 个柜台打开着" in shown and "按 Ctrl-C 取消" in shown
        proc.send_signal(signal.SIGINT)
        proc.wait(60)
        reader.join(10)
        err = proc.stderr.read()
    finally:
        other.kill()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 3, "".join(lines) + err
    assert "restore_cancelled" in err and "数据库保持原样" in err
    assert "已恢复" not in "".join(lines)
    assert not notice_path(desk_path).exists()  # the notice is withdrawn
    assert name_now(desk) == CHANGED
    assert [b.kind for b in list_backups()] == ["manual"]  # no pre-restore backup either
    assert sqlite_path(desk.url) == desk_path
