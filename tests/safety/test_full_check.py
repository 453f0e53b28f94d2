"""Backups are accepted after quick_check, counts and SHA-256; the full integrity_check follows.

The full check of the copy is recorded in the manifest as its own status: pending right after
the backup, ok once it has run (the timer backup runs it at once on its thread), a plain problem
when it found one — and such a backup is no longer offered as good or restorable.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.safety.helpers import ADMIN
from vipdesk.cli import main
from vipdesk.errors import Refused
from vipdesk.services.backup import list_backups, make_backup, read_manifest, verify_backup
from vipdesk.services.backup_restore import (
    full_check_backup,
    newest_good_backup,
    run_scheduled_backup,
)


def break_an_index_only(path: Path) -> None:
    """Damage that quick_check does not see: an index whose entries no longer match its table."""
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name='members' "
        "AND sql LIKE '%(name)'"
    ).fetchall()
    assert rows, "the members table has an index on name"
    name, sql = rows[0]
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute(
        "UPDATE sqlite_master SET sql=? WHERE name=?", (sql.replace("(name)", "(given_name)"), name)
    )
    conn.commit()
    conn.close()


def test_a_backup_is_accepted_after_the_quick_check_and_fully_checked_after(desk, desk_path):
    info = make_backup(desk.url, kind="manual")
    assert info.ok and info.check == "ok" and info.full_check == "pending"
    assert read_manifest(info.path).full_check == "pending"  # (as written in the manifest)
    checked = full_check_backup(info.path)
    assert checked.full_check == "ok" and checked.ok
    assert read_manifest(info.path).full_check == "ok"
    verify_backup(info.path)  # the restore check (full) agrees, hash and manifest included


def test_the_timer_backup_runs_the_full_check_on_its_own_thread(desk):
    info = run_scheduled_backup(desk.url)
    assert info is not None and info.full_check == "ok"
    assert [b.full_check for b in list_backups()] == ["ok"]


def test_damage_only_the_full_check_finds_marks_the_backup_unusable(desk):
    info = make_backup(desk.url, kind="manual")
    break_an_index_only(info.path)
    conn = sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"  # quick_check misses it
    conn.close()
    checked = full_check_backup(info.path)
    assert checked.full_check != "ok" and not checked.ok
    assert checked.check.startswith("完整检查未通过")
    (listed,) = list_backups()
    assert not listed.ok
    assert newest_good_backup() is None  # never offered for restore
    with pytest.raises(Refused) as refused:
        verify_backup(info.path)
    assert refused.value.code == "backup_damaged"


def test_the_command_line_backs_up_then_checks_in_full(desk, capsys):
    status = main(["--db", desk.url, "--as", ADMIN, "backup"])
    out = capsys.readouterr().out
    assert status == 0
    assert "备份完成并已校验" in out and "完整检查：通过" in out
    status = main(["--db", desk.url, "--as", ADMIN, "backup", "--no-full-check"])
    assert status == 0 and "完整检查：未做" in capsys.readouterr().out
    main(["--db", desk.url, "backups", "list"])
    listing = capsys.readouterr().out
    assert "完整检查通过" in listing and "完整检查未做" in listing


def test_manifests_of_the_former_format_count_as_fully_checked(desk):
    info = make_backup(desk.url, kind="manual")
    manifest = info.path.with_name(info.path.name + ".json")
    text = manifest.read_text(encoding="utf-8")
    text = text.replace('"full_check": "pending",', "").replace('"format": 2', '"format": 1')
    manifest.write_text(text, encoding="utf-8")
    assert read_manifest(info.path).full_check == "ok"  # they were checked in full when made
