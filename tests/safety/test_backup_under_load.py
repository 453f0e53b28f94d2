"""Backups while 4 desks write: each passes its check, restores consistent, loses nothing."""

from __future__ import annotations

import os

from tests.safety.helpers import clerk_of, consistency, count
from tests.safety.load import committed_audit, start_desks
from vipdesk.paths import sqlite_url
from vipdesk.services.backup import make_backup, verify_backup
from vipdesk.services.backup_restore import restore_file
from vipdesk.services.integrity import check_file

SECONDS = float(os.environ.get("VIPDESK_STRESS_SECONDS", "4"))


def test_backups_while_four_desks_write(desk, desk_path, tmp_path):
    clerk = clerk_of(desk)
    procs, done = start_desks(desk.url, clerk, desks=4, seconds=SECONDS)
    made = []
    try:
        while any(p.is_alive() for p in procs):
            before_top, before_rows = committed_audit(desk_path)
            info = make_backup(desk.url, tmp_path / "backups", kind="auto")
            made.append((info, before_top, before_rows))
    finally:
        for p in procs:
            p.join(timeout=60)
    assert all(p.exitcode == 0 for p in procs)
    print(f"writes {done.value}, backups {len(made)}")
    assert done.value > 0 and len(made) >= 2
    for info, top, rows in made:
        assert verify_backup(info.path).ok
        # nothing committed before the backup began is missing from it
        import sqlite3

        conn = sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)
        kept = conn.execute("SELECT count(*) FROM audit_log WHERE id <= ?", (top,)).fetchone()[0]
        conn.close()
        assert kept == rows
        assert consistency(info.path) == dict.fromkeys(consistency(info.path), 0)
    last = made[len(made) // 2][0]
    scratch = tmp_path / "scratch" / "restored.sqlite3"
    scratch.parent.mkdir()
    restore_file(sqlite_url(scratch), last.path)
    assert check_file(scratch, full=True).ok
    assert set(consistency(scratch).values()) == {0}
    assert count(scratch, "audit_log") == last.counts["audit_log"]
