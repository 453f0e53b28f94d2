"""Restore: checked first, current database kept, atomic swap, damaged files, older schemas."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from sqlalchemy import func, select

from tests.safety.helpers import clerk_of, count, populate
from vipdesk.db.engine import _alembic_config, is_current
from vipdesk.db.models import AuditRecord, Member
from vipdesk.errors import DatabaseError, Refused
from vipdesk.services.backup import list_backups, make_backup, verify_backup
from vipdesk.services.backup_restore import (
    backup_now,
    newest_good_backup,
    restore,
    restore_file,
    revision,
)
from vipdesk.services.database import Database
from vipdesk.services.integrity import check_file


def _members(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Member)) or 0)


def test_restore_brings_back_the_backup_and_keeps_the_current_database(desk, admin, desk_path):
    saved = backup_now(desk, admin)
    populate(desk, members=25, seed=9)  # work done after the backup
    assert _members(desk) == 85
    other_desk = Database(desk.url)  # another desk with the database open
    assert _members(other_desk) == 85
    result = restore(desk, admin, saved.path)
    assert _members(desk) == 60 and _members(other_desk) == 60  # all desks see the swap
    assert result.previous is not None and count(result.previous, "members") == 85
    assert verify_backup(result.previous).kind == "pre-restore"
    assert check_file(desk_path).ok
    with desk.read() as session:
        last = session.scalar(select(AuditRecord.action).order_by(AuditRecord.id.desc()))
    assert last == "backup.restore"
    other_desk.dispose()


def test_only_administrators_restore(desk, admin):
    saved = backup_now(desk, admin)
    with pytest.raises(Refused) as refused:
        restore(desk, clerk_of(desk), saved.path)
    assert refused.value.code == "not_permitted"


def test_encrypted_restore_asks_for_the_passphrase(desk, admin):
    saved = backup_now(desk, admin, passphrase="secret-pass")
    populate(desk, members=5, seed=3)
    with pytest.raises(Refused) as refused:
        restore(desk, admin, saved.path)
    assert refused.value.code == "passphrase_needed" and _members(desk) == 65
    restore(desk, admin, saved.path, "secret-pass")
    assert _members(desk) == 60


def test_truncated_backup_is_refused_and_nothing_changes(desk, admin, desk_path):
    saved = backup_now(desk, admin)
    populate(desk, members=5, seed=3)
    data = saved.path.read_bytes()
    saved.path.write_bytes(data[: len(data) // 3])
    with pytest.raises(Refused) as refused:
        restore(desk, admin, saved.path)
    assert refused.value.code == "backup_damaged"
    assert _members(desk) == 65 and check_file(desk_path).ok
    assert [b.kind for b in list_backups()] == ["manual"]  # no pre-restore copy was needed


def _corrupt(path) -> None:
    """Overwrite bytes in the middle of the file (three pages around the middle)."""
    data = bytearray(path.read_bytes())
    for at in (0.45, 0.5, 0.55):
        page = int(len(data) * at) // 4096 * 4096
        data[page : page + 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))


def test_corrupted_database_is_detected_and_the_newest_good_backup_restores(desk, admin):
    backup_now(desk, admin)
    path = desk_path_of(desk)
    desk.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _corrupt(path)
    report = check_file(path)
    assert not report.ok and "已损坏" in report.plain and "只读" in report.plain
    good = newest_good_backup()
    assert good is not None
    result = restore_file(desk.url, good.path)
    assert result.previous is not None and ".damaged-" in result.previous.name
    assert result.previous.exists()  # the damaged file is kept aside, never written to
    assert check_file(path, full=True).ok and count(path, "members") == 60


def desk_path_of(db: Database):
    from vipdesk.paths import sqlite_path

    return sqlite_path(db.url)


def test_restore_of_an_older_schema_backup_upgrades_it(desk, admin):
    config = _alembic_config(desk.engine)
    command.downgrade(config, "0006")
    old = make_backup(desk.url, kind="manual")
    assert old.schema_version == "0006"
    desk.ensure_schema()  # the desk upgrades (with its own pre-upgrade backup)
    assert is_current(desk.engine)
    result = restore(desk, admin, old.path)
    assert result.upgraded and is_current(desk.engine) and _members(desk) == 60
    kinds = [b.kind for b in list_backups()]
    assert kinds.count("pre-upgrade") == 2  # the desk's upgrade and the restored copy's upgrade


def test_failed_upgrade_leaves_the_database_as_it_was(desk, monkeypatch):
    command.downgrade(_alembic_config(desk.engine), "0006")

    def half_then_fail(engine):
        command.upgrade(_alembic_config(engine), "0007")
        raise RuntimeError("a later migration failed")

    monkeypatch.setattr("vipdesk.db.engine.upgrade", half_then_fail)
    with pytest.raises(DatabaseError) as failed:
        desk.ensure_schema()
    backups = [b for b in list_backups() if b.kind == "pre-upgrade"]
    assert len(backups) == 1 and str(backups[0].path) in str(failed.value)
    assert "保持原样" in str(failed.value)
    fresh = Database(desk.url)
    assert revision(fresh) == "0006" and _members(fresh) == 60
    fresh.dispose()
