"""Data-safety stress: 500 kill -9 rounds and 30 s of backups while 4 desks write.

    .venv/bin/python stress/stress_safety.py [--rounds 500] [--seconds 30]

Uses the same harness as tests/safety (which CI runs at 50 rounds and 4 seconds). POSIX only.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))


def main() -> int:
    """Run both attacks and print what happened."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vipdesk-stress-") as tmp:
        from tests.staff_helpers import TEST_PASSWORD

        os.environ.update(VIPDESK_HOME=str(Path(tmp) / "home"), VIPDESK_PASSWORD=TEST_PASSWORD)
        os.environ.pop("VIPDESK_DB", None)
        from vipdesk.services import passwords

        passwords.configure(time_cost=1, memory_cost=1024, parallelism=1)
        from tests.safety.killing import Harness

        harness = Harness(Path(tmp) / "desk")
        harness.setup()
        started = time.monotonic()
        for n in range(args.rounds):
            harness.round()
            if (n + 1) % 50 == 0:
                print(f"  {n + 1} rounds, {harness.killed} killed", flush=True)
        print(
            f"kill -9: {args.rounds} rounds, {harness.killed} killed mid-operation, "
            f"all checks passed in {time.monotonic() - started:.0f} s"
        )
        os.environ["VIPDESK_STRESS_SECONDS"] = str(args.seconds)
        import pytest

        code = pytest.main(
            ["-q", "-s", "-p", "no:cacheprovider", "tests/safety/test_backup_under_load.py"]
        )
        return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
