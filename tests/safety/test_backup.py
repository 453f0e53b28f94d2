"""Backups: online backup API, checked copy, manifest, checksum, encryption, retention."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from tests.safety.helpers import admin_of, clerk_of, count
from vipdesk.errors import Refused
from vipdesk.services import backup_crypto
from vipdesk.services.backup import list_backups, make_backup, manifest_path, verify_backup
from vipdesk.services.backup_restore import backup_now, run_scheduled_backup
from vipdesk.services.backup_settings import (
    BackupSettings,
    daily_due,
    load_settings,
    save_settings,
    to_keep,
)


def test_backup_is_checked_and_described_by_its_manifest(desk, admin, desk_path):
    info = backup_now(desk, admin)
    assert info.ok and info.path.exists() and info.path.parent == load_settings().folder
    manifest = json.loads(manifest_path(info.path).read_text(encoding="utf-8"))
    assert manifest["counts"]["members"] == 60 == count(info.path, "members")
    assert manifest["schema_version"] == info.schema_version and info.schema_version
    assert manifest["sha256"] == info.sha256 and manifest["check"] == "ok"
    assert manifest["size"] == info.path.stat().st_size
    assert manifest["app_version"]
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert oct(info.path.stat().st_mode & 0o777) == "0o600"
    assert [b.path for b in list_backups()] == [info.path]
    assert verify_backup(info.path).counts == info.counts


def test_backup_to_a_chosen_file(desk, admin, tmp_path):
    target = tmp_path / "usb" / "desk-backup.sqlite3"
    info = backup_now(desk, admin, output=target)
    assert info.path == target and target.exists() and manifest_path(target).exists()
    assert verify_backup(target).ok


def test_only_administrators_back_up(desk):
    with pytest.raises(Refused) as refused:
        backup_now(desk, clerk_of(desk))
    assert refused.value.code == "not_permitted"
    assert list_backups() == []


def test_encrypted_backup_needs_its_passphrase(desk, admin):
    info = backup_now(desk, admin, passphrase="长城-2026-备份")
    assert info.encrypted and backup_crypto.is_encrypted(info.path)
    assert b"SQLite format 3" not in info.path.read_bytes()[:4096]
    with pytest.raises(Refused) as missing:
        verify_backup(info.path)
    assert missing.value.code == "passphrase_needed"
    with pytest.raises(backup_crypto.WrongPassphrase):
        verify_backup(info.path, "wrong")
    assert verify_backup(info.path, "长城-2026-备份").counts["members"] == 60


@pytest.mark.parametrize("damage", ["truncate", "flip"])
def test_damaged_backup_is_refused(desk, admin, damage):
    info = backup_now(desk, admin)
    data = bytearray(info.path.read_bytes())
    if damage == "truncate":
        info.path.write_bytes(bytes(data[: len(data) // 2]))
    else:
        data[len(data) // 2] ^= 0xFF
        info.path.write_bytes(bytes(data))
    with pytest.raises(Refused) as refused:
        verify_backup(info.path)
    assert refused.value.code == "backup_damaged"
    if damage == "truncate":
        assert not list_backups()[0].ok  # the list shows it as unusable at once


def test_truncated_encrypted_backup_is_refused_even_with_a_matching_manifest(desk, admin):
    info = backup_now(desk, admin, passphrase="pw-123456")
    data = info.path.read_bytes()
    short = info.path.with_name("short.vdbk")
    short.write_bytes(data[: len(data) - 40])
    plain = short.with_name("plain.sqlite3")
    with pytest.raises(backup_crypto.WrongPassphrase):
        backup_crypto.decrypt_file(short, plain, "pw-123456")


def test_postgresql_is_never_backed_up_here(db):
    if db.engine.dialect.name == "sqlite":
        assert make_backup(db.url).ok
        return
    with pytest.raises(Refused) as refused:
        backup_now(db, admin_of(db))
    assert refused.value.code == "not_sqlite" and "pg_dump" in refused.value.message
    assert run_scheduled_backup(db.url) is None


def test_scheduled_backup_daily_then_on_the_timer(desk):
    morning = dt.datetime(2026, 3, 2, 8, 0)
    first = run_scheduled_backup(desk.url, now=morning)
    assert first is not None and first.kind == "auto"
    assert run_scheduled_backup(desk.url, now=morning + dt.timedelta(hours=1)) is None
    later = run_scheduled_backup(desk.url, now=morning + dt.timedelta(hours=4))
    assert later is not None
    assert not daily_due(list_backups(), morning.date())
    assert daily_due(list_backups(), morning.date() + dt.timedelta(days=1))


def _fake(path, when, kind="auto", ok=True):
    from vipdesk.services.backup import BackupInfo

    return BackupInfo(path, when, kind, 1, "0007", {}, "x", False, "ok" if ok else "bad")


def test_retention_keeps_7_daily_4_weekly_12_monthly(tmp_path):
    now = dt.datetime(2026, 11, 27, 12, 0)
    backups = [
        _fake(tmp_path / f"{d}-{h}", now - dt.timedelta(days=d, hours=h))
        for d in range(400)
        for h in (0, 5)
    ]
    keep = to_keep(backups, BackupSettings(tmp_path), now)
    kept = sorted((now - b.created_at for b in backups if b.path in keep), reverse=False)
    days = {(now - k).date() for k in kept}
    assert all((now - dt.timedelta(days=d)).date() in days for d in range(7))
    assert len({(now - k).isocalendar()[:2] for k in kept}) >= 4
    assert len({((now - k).year, (now - k).month) for k in kept}) == 12
    assert len(keep) <= 7 + 4 + 12
    assert max(kept) < dt.timedelta(days=366)
    smaller = to_keep(
        backups, BackupSettings(tmp_path, keep_daily=2, keep_weekly=0, keep_monthly=0), now
    )
    assert len(smaller) == 2


def test_retention_keeps_special_backups_90_days_and_the_newest_good_one(tmp_path):
    now = dt.datetime(2026, 11, 27)
    special = _fake(tmp_path / "pre", now - dt.timedelta(days=30), "pre-upgrade")
    old = _fake(tmp_path / "old", now - dt.timedelta(days=120), "manual")
    bad = _fake(tmp_path / "bad", now, "auto", ok=False)
    keep = to_keep([special, old, bad], BackupSettings(tmp_path), now)
    assert special.path in keep and old.path not in keep and bad.path not in keep
    alone = to_keep([old], BackupSettings(tmp_path), now)
    assert alone == {old.path}  # the only good backup is never pruned


def test_backup_folder_and_retention_are_saved(tmp_path):
    chosen = BackupSettings(tmp_path / "nas", keep_daily=3, interval_hours=2)
    save_settings(chosen)
    assert load_settings() == chosen
