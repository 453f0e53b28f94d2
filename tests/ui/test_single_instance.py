"""One VIP Desk per user: a second start hands over to the first one and exits."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from PySide6.QtNetwork import QLocalSocket

from ui.single_instance import SingleInstance, instance_key


def test_a_second_claim_asks_the_first_to_come_to_the_front(qtbot):
    first = SingleInstance()
    assert first.claim()
    with qtbot.waitSignal(first.raise_requested, timeout=5_000):
        second = SingleInstance()
        assert not second.claim()  # the first one runs: the second start stops here
    first.release()
    third = SingleInstance()
    assert third.claim()  # after the first closed, a new start is the desk again
    third.release()


def test_the_key_belongs_to_the_user_data_folder(monkeypatch, tmp_path):
    here = instance_key()
    monkeypatch.setenv("VIPDESK_HOME", str(tmp_path / "other"))
    assert instance_key() != here and instance_key().startswith("vipdesk-")


def test_a_stale_socket_of_a_crashed_desk_does_not_block_the_start(qtbot):
    from PySide6.QtNetwork import QLocalServer

    crashed = QLocalServer()
    assert crashed.listen(instance_key())
    crashed.close()  # a desk that died leaves nothing answering
    desk = SingleInstance()
    assert desk.claim()
    desk.release()


def _answers(key: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(key)
    ok = socket.waitForConnected(200)
    socket.abort()
    return ok


def test_two_real_starts_leave_one_desk_running(user_home, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIPDESK_HOME=str(user_home))
    env.pop("VIPDESK_READY_PROBE", None)
    command = [sys.executable, "-c", "import sys; from ui.app import main; sys.exit(main())"]
    first = subprocess.Popen(command, env=env, cwd=tmp_path, stderr=subprocess.PIPE)
    try:
        key = instance_key()
        deadline = time.monotonic() + 30
        while not _answers(key):
            assert first.poll() is None, first.stderr.read().decode()
            assert time.monotonic() < deadline, "the first desk never listened"
            time.sleep(0.2)
        second = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, timeout=30)
        assert second.returncode == 0
        assert "已在运行" in second.stderr.decode()
        assert first.poll() is None  # the first desk (its first-start assistant) still runs
    finally:
        first.terminate()
        first.wait(10)


def test_the_instance_key_is_the_sha256_of_user_and_folder(user_home):
    import getpass
    import hashlib

    from vipdesk.paths import data_dir

    expected = hashlib.sha256(f"{getpass.getuser()}\0{data_dir()}".encode()).hexdigest()[:20]
    assert instance_key() == f"vipdesk-{expected}"  # Qt's SHA-256: the name every version used
