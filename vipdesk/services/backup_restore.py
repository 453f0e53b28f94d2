"""Restore a backup, back up before every schema upgrade, and the scheduled (daily/timer) backups.

A restore checks the backup whole first, keeps the current database as a backup too, upgrades an
older backup on a side copy (with its own pre-upgrade backup) and only then puts it in place: into a
healthy database through the backup API (one write transaction: other desks see all or nothing),
or, for a damaged file, by renaming the damaged file aside and the checked copy into its place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from vipdesk.errors import DatabaseError, KnownError, Refused
from vipdesk.paths import private_file, sqlite_path, sqlite_url
from vipdesk.services.backup import (
    BackupInfo,
    inspect_copy,
    list_backups,
    make_backup,
    read_manifest,
    remove_stale,
    source_path,
    verify_backup,
    write_manifest,
)
from vipdesk.services.backup_crypto import decrypt_file
from vipdesk.services.backup_settings import (
    BackupSettings,
    daily_due,
    load_settings,
    prune,
    timer_due,
)
from vipdesk.services.desk_lease import DeskWait, restore_notice, wait_for_other_desks
from vipdesk.services.integrity import check_file, database_bytes, require_space
from vipdesk.services.permissions import require

if TYPE_CHECKING:
    from vipdesk.services.database import Actor, Database

log = logging.getLogger("vipdesk.backup")
# asked after the backup was checked (and upgraded), before anything changes: go ahead?
Confirm = Callable[["BackupInfo", bool], bool]
CANCELLED = "恢复已取消，数据库保持原样。"


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: which backup, where the previous database was kept, upgraded or not."""

    backup: BackupInfo
    previous: Path | None
    upgraded: bool


def full_check_backup(path: Path, passphrase: str | None = None) -> BackupInfo:
    """The full integrity_check of a backup after it was accepted; the result goes in its manifest.

    An encrypted backup without its passphrase stays "pending" (restore checks it in full anyway).
    """
    info = read_manifest(path)
    if info is None:
        raise DatabaseError(f"找不到这个备份的清单文件或无法读取：{path.name}")
    if info.encrypted and not passphrase:
        return info
    plain = path.with_name(f".{path.name}.verify-{os.getpid()}")
    try:
        source = path
        if info.encrypted:
            decrypt_file(path, plain, passphrase or "")
            source = plain
        check, _schema, _counts = inspect_copy(source, full=True)
    finally:
        plain.unlink(missing_ok=True)
    if read_manifest(path) is None:  # pruned or moved meanwhile
        return info
    checked = replace(info, full_check=check)
    if check != "ok":
        checked = replace(checked, check=f"完整检查未通过：{check}")
    write_manifest(checked)
    return checked


def backup_now(
    db: Database,
    actor: Actor,
    output: Path | None = None,
    passphrase: str | None = None,
) -> BackupInfo:
    """An administrator's backup now (into the backup folder, or to `output`)."""
    require(actor, "backup.run")
    info = make_backup(db.url, kind="manual", output=output, passphrase=passphrase)
    _audit(db, actor, "backup.run", info.path.name)
    return info


def restore(
    db: Database,
    actor: Actor,
    path: Path,
    passphrase: str | None = None,
    *,
    wait: DeskWait | None = None,
    ours: set[Path] | None = None,
    confirm: Confirm | None = None,
) -> RestoreResult:
    """An administrator's restore of `path` into the database (caller disposes and reopens)."""
    require(actor, "backup.restore")
    by = getattr(actor, "display_name", None) or "管理员"
    result = restore_file(
        db.url, path, passphrase, dispose=db.dispose, wait=wait, ours=ours, by=by, confirm=confirm
    )
    _audit(db, actor, "backup.restore", path.name)
    return result


def _audit(db: Database, actor: Actor, action: str, name: str) -> None:
    from vipdesk.services.database import audit

    try:
        with db.write() as session:
            audit(session, actor, action, "backup", name, None, None, {"file": name})
    except KnownError:  # the backup itself is done; a refused audit line must not undo it
        log.exception("audit of %s failed", action)


def restore_file(
    url: str,
    path: Path,
    passphrase: str | None = None,
    *,
    settings: BackupSettings | None = None,
    dispose: object = None,
    upgrade: bool = True,
    wait: DeskWait | None = None,
    ours: set[Path] | None = None,
    by: str = "管理员",
    other_desks: bool = True,
    confirm: Confirm | None = None,
) -> RestoreResult:
    """Check the backup, keep the current database, and put the backup's content in its place.

    Before anything changes, the restore notice tells other desks to close the database and the
    restore waits (`wait`: progress and cancel) until none but `ours` has it open, else Refused.
    `upgrade=False` puts it back at its own schema version (undoing a failed upgrade);
    `other_desks=False` skips the notice (the upgrade's own undo, which no desk saw yet).
    `confirm(checked backup, upgraded)` is asked before anything changes; False cancels, and so
    does `wait.cancel` until the swap begins (Refused `restore_cancelled`, nothing changed).
    """
    target = source_path(url)
    settings = settings or load_settings()
    path = path.expanduser().absolute()
    if not path.exists():
        raise DatabaseError(f"备份文件不存在：{path}")
    remove_stale(target.parent)
    require_space(target.parent, 2 * path.stat().st_size + database_bytes(target), "恢复")
    work = target.with_name(f".{target.name}.restore-{os.getpid()}")
    wait = wait or DeskWait()
    try:
        info = verify_backup(path, passphrase, work=work)
        upgraded = _upgrade_copy(work) if upgrade else False
        if wait.cancel.is_set() or (confirm is not None and not confirm(info, upgraded)):
            raise Refused("restore_cancelled", CANCELLED)
        with _others_closed(target, by, wait, ours, other_desks):
            previous, healthy = _keep_current(url, target, settings)
            if wait.cancel.is_set():  # (the pre-restore backup stays, as one more backup)
                raise Refused("restore_cancelled", CANCELLED)
            if callable(dispose):
                dispose()
            _put_in_place(work, target, healthy)
    finally:
        for p in (work, Path(f"{work}-wal"), Path(f"{work}-shm"), Path(f"{work}-journal")):
            if p.exists():
                p.unlink()
    private_file(target)
    from vipdesk.services.integrity import KNOWN_DAMAGED

    KNOWN_DAMAGED.pop(target, None)
    report = check_file(target)
    if not report.ok:
        raise DatabaseError("恢复后的数据库检查未通过：" + "；".join(report.problems))
    return RestoreResult(info, previous, upgraded)


@contextlib.contextmanager
def _others_closed(
    target: Path, by: str, wait: DeskWait | None, ours: set[Path] | None, enabled: bool
) -> Iterator[None]:
    """The restore notice in force, and no other desk with the database open, for the block."""
    if not enabled:
        yield
        return
    wait = wait or DeskWait()
    with restore_notice(target, by, wait):
        wait_for_other_desks(target, ours or set(), wait)
        yield


def _upgrade_copy(work: Path) -> bool:
    """Upgrade the checked copy when the backup was made by an older schema version."""
    from vipdesk.db.engine import is_current
    from vipdesk.services.database import Database

    copy = Database(sqlite_url(work))
    try:
        if is_current(copy.engine):
            return False
        copy.ensure_schema()  # makes its own pre-upgrade backup first
        return True
    finally:
        copy.dispose()


def _keep_current(url: str, target: Path, settings: BackupSettings) -> tuple[Path | None, bool]:
    """Back up the current database (kind pre-restore); a damaged one is renamed aside instead."""
    if not target.exists():
        return None, False
    if check_file(target).ok:
        return make_backup(url, kind="pre-restore", settings=settings).path, True
    aside = target.with_name(f"{target.name}.damaged-{dt.datetime.now():%Y%m%d-%H%M%S}")
    os.replace(target, aside)
    for suffix in ("-wal", "-shm", "-journal"):
        if Path(f"{target}{suffix}").exists():
            os.replace(f"{target}{suffix}", f"{aside}{suffix}")
    return aside, False


def _put_in_place(work: Path, target: Path, healthy: bool) -> None:
    """Atomic swap: the backup API into a healthy file, else rename the checked copy into place."""
    if healthy and target.exists():
        src = sqlite3.connect(str(work))
        try:
            src.execute("PRAGMA journal_mode=WAL")
            dst = sqlite3.connect(str(target), timeout=30)
            try:
                src.backup(dst, pages=-1)
            finally:
                dst.close()
        except sqlite3.OperationalError as exc:
            raise DatabaseError(f"恢复失败，数据库保持原样：{exc}") from None
        finally:
            src.close()
        return
    with work.open("rb+") as f:
        os.fsync(f.fileno())
    os.replace(work, target)


def guarded_upgrade(db: Database) -> Path | None:
    """Upgrade the schema with a backup first; a failed upgrade leaves the database as it was."""
    from vipdesk.db.engine import has_schema, upgrade

    path = sqlite_path(db.url)
    if path is None or not path.exists() or not has_schema(db.engine):
        upgrade(db.engine)
        return None
    before = revision(db)
    backup = make_backup(db.url, kind="pre-upgrade").path
    try:
        upgrade(db.engine)
    except Exception as exc:
        db.dispose()
        if not check_file(path).ok or revision(db) != before:  # DDL is transactional; be sure
            restore_file(db.url, backup, upgrade=False, other_desks=False)
            db.dispose()
        reason = exc if isinstance(exc, KnownError) else exc.__class__.__name__
        raise DatabaseError(
            f"数据库结构升级失败，数据库保持原样，没有任何改动（{reason}）。升级前的备份在：{backup}"
        ) from exc
    return backup


def revision(db: Database) -> str | None:
    """The schema revision the database is at (None when it has none)."""
    from alembic.runtime.migration import MigrationContext

    from vipdesk.errors import translate_errors

    with translate_errors(db.engine), db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def run_scheduled_backup(url: str, now: dt.datetime | None = None) -> BackupInfo | None:
    """The daily (first start of the day) and timer backup; None when none is due or PostgreSQL."""
    if sqlite_path(url) is None:
        return None
    now = now or dt.datetime.now()
    settings = load_settings()
    backups = list_backups(settings.folder)
    if not (daily_due(backups, now.date()) or timer_due(backups, settings, now)):
        return None
    info = make_backup(url, kind="auto", now=now, settings=settings)
    prune(settings.folder, settings, now)
    return full_check_backup(info.path)  # after the backup was accepted, on the same thread


def newest_good_backup(folder: Path | None = None) -> BackupInfo | None:
    """The newest backup whose manifest says it passed its check."""
    for info in list_backups(folder):
        if info.ok:
            return info
    return None
