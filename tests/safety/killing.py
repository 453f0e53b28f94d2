"""kill -9 of the command line at random moments during import, recompute, backup, restore, upgrade.

Each round forks a child that runs `vipdesk.cli.main([...])` (the command line's own code) and
kills it with SIGKILL after a random delay; then checks: integrity ok, the operation whole or
absent, and the desk opens. Used by tests/safety/test_kill9.py and stress/stress_kill9.py.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.safety.helpers import ADMIN, consistency, count
from vipdesk.paths import sqlite_url
from vipdesk.services.database import Database

OPERATIONS = ("import", "recompute", "backup", "restore", "upgrade")
IMPORT_ROWS = 150


@dataclass
class Harness:
    """One desk database that is attacked round after round."""

    folder: Path
    rng: random.Random = field(default_factory=lambda: random.Random(15))
    serial: int = 0
    durations: dict[str, float] = field(default_factory=dict)
    killed: int = 0
    finished: int = 0
    queue: list[str] = field(default_factory=list)

    @property
    def path(self) -> Path:
        """The desk's SQLite file."""
        return self.folder / "vipdesk.sqlite3"

    @property
    def url(self) -> str:
        """Its URL."""
        return sqlite_url(self.path)

    def setup(self) -> None:
        """A desk with 150 demo members and one backup to restore."""
        from tests.safety.helpers import populate
        from vipdesk.services.backup import make_backup

        self.folder.mkdir(parents=True, exist_ok=True)
        db = Database(self.url)
        db.ensure_schema()
        populate(db, members=150)
        db.dispose()
        self.restore_source = make_backup(self.url, self.folder / "source", kind="manual")
        for op in OPERATIONS:  # how long each takes unkilled: the window for random kills
            args, _state = self.prepare(op)
            started = time.monotonic()
            assert self._fork(args, None) == 0, op
            self.durations[op] = time.monotonic() - started
            self.check(op, _state)

    def prepare(self, op: str) -> tuple[list[str], dict[str, Any]]:
        """The command line for `op` and what the checks need to know beforehand."""
        base = ["--db", self.url, "--as", ADMIN]
        state: dict[str, Any] = {"members": count(self.path, "members")}
        if op == "import":
            self.serial += 1
            state["file"] = self._members_file()
            return [*base, "import", "members", str(state["file"])], state
        if op == "recompute":
            return [*base, "tiers", "recompute"], state
        if op == "backup":
            return [*base, "backup", "-o", str(self.folder / f"b{self.serial}.sqlite3")], state
        if op == "restore":
            state["backup_members"] = self.restore_source.counts["members"]
            return [*base, "restore", str(self.restore_source.path), "--yes"], state
        from alembic import command

        from vipdesk.db.engine import _alembic_config

        db = Database(self.url)
        command.downgrade(_alembic_config(db.engine), "0006")
        db.dispose()
        return [*base, "init"], state

    def _members_file(self) -> Path:
        from vipdesk.domain.people import check_digit

        rows = []
        chars = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"
        area, year = f"3201{self.serial % 100:02d}", 1960 + self.serial // 100
        for n in range(IMPORT_ROWS):
            body = f"{area}{year}{n % 12 + 1:02d}{n // 12 % 28 + 1:02d}{n % 1000:03d}"
            name = "王" + chars[n % 20] + chars[n // 20 % 20]
            rows.append(f"{body}{check_digit(body)},{name},1390000{n:04d},南京市")
        path = self.folder / f"members-{self.serial}.csv"
        path.write_text("id_number,name,phone,address\n" + "\n".join(rows) + "\n", "utf-8")
        return path

    def _fork(self, args: list[str], delay: float | None) -> int | None:
        """Run the CLI in a forked child; kill -9 it after `delay` s (None: let it finish)."""
        pid = os.fork()
        if pid == 0:  # the child: the command line itself, output discarded
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 1)
            os.dup2(null, 2)
            code = 99
            try:
                from vipdesk.cli import main

                code = main(args)
            finally:
                os._exit(code)
        if delay is not None:
            time.sleep(delay)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status):
            self.killed += 1
            return None
        self.finished += 1
        return os.WEXITSTATUS(status)

    def round(self) -> str:
        """One attack: a random operation killed at a random moment, then every check."""
        if not self.queue:  # every operation once per cycle, in a random order
            self.queue = list(OPERATIONS)
            self.rng.shuffle(self.queue)
        op = self.queue.pop()
        args, state = self.prepare(op)
        delay = self.rng.uniform(0.0, self.durations[op] * 1.2)
        code = self._fork(args, delay)
        assert code in (None, 0), (op, code)
        self.check(op, state)
        return op

    def check(self, op: str, state: dict[str, Any]) -> None:
        """Integrity ok, the operation whole or absent, and the desk opens."""
        from vipdesk.services.backup import list_backups, verify_backup
        from vipdesk.services.backup_restore import revision
        from vipdesk.services.integrity import check_file

        assert check_file(self.path).ok, op
        assert set(consistency(self.path).values()) == {0}, op
        members = count(self.path, "members")
        if op == "import":
            assert members in (state["members"], state["members"] + IMPORT_ROWS), op
        elif op == "restore":
            assert members in (state["members"], state["backup_members"]), op
        else:
            assert members == state["members"], op
        db = Database(self.url)
        try:
            if op == "upgrade":
                found = revision(db)
                assert found in ("0006", _head()), (op, found)
            if op == "backup":
                for info in list_backups(self.folder):
                    assert verify_backup(info.path).ok
            db.ensure_schema()  # the desk starts (finishing an interrupted upgrade)
            assert count(self.path, "members") == members
        finally:
            db.dispose()


def _head() -> str:
    from alembic.script import ScriptDirectory

    from vipdesk.db.engine import _alembic_config

    db = Database("sqlite://")
    try:
        return str(ScriptDirectory.from_config(_alembic_config(db.engine)).get_current_head())
    finally:
        db.dispose()
