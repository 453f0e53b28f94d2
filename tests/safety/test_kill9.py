"""kill -9 at random moments during import, recompute, backup, restore and upgrade (≥ 50 rounds)."""

from __future__ import annotations

import os
import sys
import time

import pytest

from tests.safety.killing import OPERATIONS, Harness

ROUNDS = int(os.environ.get("VIPDESK_KILL_ROUNDS", "50"))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")
@pytest.mark.skipif(sys.platform == "darwin", reason="fork after threads is unsafe on macOS")
def test_kill_9_at_random_moments_leaves_every_operation_whole_or_absent(tmp_path):
    harness = Harness(tmp_path / "desk")
    harness.setup()
    started = time.monotonic()
    done = [harness.round() for _ in range(ROUNDS)]
    assert set(done) == set(OPERATIONS)
    assert harness.killed >= ROUNDS // 3, (harness.killed, harness.finished)
    print(f"{ROUNDS} rounds, {harness.killed} killed, {time.monotonic() - started:.0f} s")
