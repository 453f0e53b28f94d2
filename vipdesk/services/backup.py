"""Backups of the desk's SQLite file through SQLite's online backup API (never a file copy).

Each backup is `vipdesk-YYYYMMDD-HHMMSS-<kind>.sqlite3` (`.vdbk` when encrypted) with a manifest
`<file>.json` next to it: time, kind, schema version, row counts, size, SHA-256, check result. A
backup is written under a temporary name, checked (quick_check on the copy per table on two
threads, schema version, counts, SHA-256; `backup_check`), and only then renamed into place,
so a half-written backup never looks like a backup. The full integrity_check of the copy
(several times the copy itself at 1,000,000 members) runs after, off the critical path
(`full_check_backup`), and is recorded in the manifest as its own status; a backup chosen for
restore always gets the full check first (`verify_backup`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from vipdesk.errors import DatabaseError, Refused
from vipdesk.paths import private_file, sqlite_path
from vipdesk.services import backup_crypto
from vipdesk.services.backup_check import check_copy, file_sha256
from vipdesk.services.backup_files import remove_stale
from vipdesk.services.backup_settings import BackupSettings, load_settings
from vipdesk.services.integrity import (
    DISK_FULL,
    FULL_CHECK_CACHE_KB,
    database_bytes,
    open_readonly,
    require_space,
)

COUNTED_TABLES = (
    "members",
    "policies",
    "cards",
    "card_events",
    "designated_relatives",
    "service_cases",
    "case_notes",
    "audit_log",
    "staff_users",
)
KINDS = {
    "auto": "自动",
    "manual": "手动",
    "pre-upgrade": "升级前",
    "pre-restore": "恢复前",
}
# kinds that get no full integrity_check after: accepted after the whole-file quick_check
WHOLE_FILE_CHECK = ("pre-upgrade", "pre-restore")
NOT_SQLITE = (
    "当前使用的是 PostgreSQL 数据库服务器：备份由服务器负责（pg_dump / 时间点恢复），"
    "本程序不提供 SQLite 备份。请联系IT部门，或参阅 docs/data-safety.md。"
)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what its manifest says about it."""

    path: Path
    created_at: dt.datetime
    kind: str
    size: int
    schema_version: str | None
    counts: dict[str, int]
    sha256: str
    encrypted: bool
    check: str  # "ok", or the problem in plain words
    app_version: str = ""
    full_check: str = "ok"  # integrity_check of the copy: "ok", "pending", or the problem

    @property
    def ok(self) -> bool:
        """True when the backup passed its check (and no full check found a problem)."""
        return self.check == "ok" and self.full_check in ("ok", "pending")

    def to_json(self) -> dict[str, Any]:
        """Plain JSON (`vipdesk backups list --json`)."""
        data = asdict(self)
        data["path"] = str(self.path)
        data["created_at"] = self.created_at.isoformat(timespec="seconds")
        return data


def manifest_path(path: Path) -> Path:
    """The manifest next to a backup file."""
    return path.with_name(path.name + ".json")


def source_path(url: str) -> Path:
    """The SQLite file of the database URL; Refused(not_sqlite) for PostgreSQL."""
    path = sqlite_path(url)
    if path is None:
        raise Refused("not_sqlite", NOT_SQLITE)
    return path


def sha256_of(path: Path) -> str:
    """SHA-256 of a file (read in large blocks)."""
    return file_sha256(path)


def inspect_copy(
    path: Path, full: bool = True, mmap: bool = False
) -> tuple[str, str | None, dict[str, int]]:
    """Check a plain SQLite copy: (check result, schema version, row counts).

    `mmap` reads the file through a memory map (about twice as fast): only for a file on the
    database's own local disk, as an I/O error in a mapped file (a pulled USB drive) ends the
    process instead of raising an error.
    """
    try:
        conn = open_readonly(path)
        try:
            if mmap:
                conn.execute("PRAGMA mmap_size=4294967296")
            pragma = "integrity_check" if full else "quick_check"
            if full:  # (no mmap: a backup folder may be a USB drive; an I/O error would crash)
                conn.execute(f"PRAGMA cache_size=-{FULL_CHECK_CACHE_KB}")
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(5)")]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            version = None
            if "alembic_version" in tables:
                found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                version = found[0] if found else None
            counts = {
                t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in COUNTED_TABLES
                if t in tables
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"不是完好的数据库文件：{exc}", None, {}
    if rows != ["ok"]:
        return "完整性检查未通过：" + "；".join(rows), version, counts
    if "members" not in tables:
        return "文件中没有VIP Desk的数据表", version, counts
    return "ok", version, counts


def _copy_online(source: Path, target: Path, sync: bool = True) -> None:
    """Copy the live database with the backup API in one read transaction (a snapshot).

    `sync=False` leaves the fsync to the caller (make_backup overlaps it with the check).
    """
    src = sqlite3.connect(str(source), timeout=30)
    try:
        dst = sqlite3.connect(str(target))
        try:
            dst.execute("PRAGMA journal_mode=OFF")
            dst.execute("PRAGMA synchronous=OFF")
            src.backup(dst, pages=-1)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    if sync:
        _fsync(target)


def _fsync(path: Path) -> None:
    """Flush a written file to its disk."""
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def _same_disk(a: Path, b: Path) -> bool:
    """True when both files are on one device (the backup folder on the database's own disk)."""
    try:
        return os.stat(a).st_dev == os.stat(b).st_dev
    except OSError:
        return False


def _stamp(now: dt.datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def make_backup(
    url: str,
    folder: Path | None = None,
    kind: str = "manual",
    *,
    passphrase: str | None = None,
    output: Path | None = None,
    now: dt.datetime | None = None,
    settings: BackupSettings | None = None,
) -> BackupInfo:
    """Back up the live SQLite database into `folder` (or to `output`), check it, write manifest."""
    from vipdesk.logs import version

    source = source_path(url)
    if not source.exists():
        raise DatabaseError(f"数据库文件不存在：{source}")
    settings = settings or load_settings()
    now = now or dt.datetime.now()
    if output is not None:
        final = output.expanduser().absolute()
        folder = final.parent
    else:
        folder = (folder or settings.folder).expanduser().absolute()
        suffix = ".vdbk" if passphrase else ".sqlite3"
        final = folder / f"vipdesk-{_stamp(now)}-{kind}{suffix}"
        n = 1
        while final.exists():
            final = folder / f"vipdesk-{_stamp(now)}-{kind}-{n}{suffix}"
            n += 1
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"无法创建备份文件夹 {folder}：{exc.strerror}") from None
    remove_stale(folder)
    size = database_bytes(source)
    require_space(folder, size * (2 if passphrase else 1), "备份")
    tmp = folder / f".{final.name}.partial-{os.getpid()}"
    plain = tmp if not passphrase else folder / f".{final.name}.plain-{os.getpid()}"
    try:
        _copy_online(source, plain, sync=False)
        with ThreadPoolExecutor(1) as pool:  # the fsync (disk) beside the check (CPU)
            synced = pool.submit(_fsync, plain)
            found = check_copy(
                plain,
                COUNTED_TABLES,
                mmap=_same_disk(plain, source),
                whole=kind in WHOLE_FILE_CHECK,
                digest=not passphrase,
            )
            synced.result()
        if found.check != "ok":
            raise DatabaseError(f"备份校验未通过，备份未保存：{found.check}")
        sha256 = found.sha256
        if passphrase:
            backup_crypto.encrypt_file(plain, tmp, passphrase)
            plain.unlink()
            sha256 = sha256_of(tmp)
        info = BackupInfo(
            path=final,
            created_at=now.replace(microsecond=0),
            kind=kind,
            size=tmp.stat().st_size,
            schema_version=found.schema_version,
            counts=found.counts,
            sha256=sha256,
            encrypted=bool(passphrase),
            check="ok",
            app_version=version(),
            full_check="pending",
        )
        private_file(tmp)
        write_manifest(info)  # first: a manifest without its file is ignored, never the reverse
        os.replace(tmp, final)
    except sqlite3.OperationalError as exc:
        _cleanup(tmp, plain)
        if "full" in str(exc).lower():
            raise DatabaseError(f"备份盘{DISK_FULL}") from None
        raise DatabaseError(f"备份失败：{exc}") from None
    except OSError as exc:
        _cleanup(tmp, plain)
        if exc.errno == 28:
            raise DatabaseError(f"备份盘{DISK_FULL}") from None
        raise DatabaseError(f"备份失败：无法写入 {folder}（{exc.strerror}）") from None
    except BaseException:
        _cleanup(tmp, plain)
        raise
    _fsync_dir(folder)
    return info


def write_manifest(info: BackupInfo) -> None:
    """Write the manifest next to the backup (atomically)."""
    target = manifest_path(info.path)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    data = info.to_json() | {"path": info.path.name, "format": 2}
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    private_file(tmp)
    os.replace(tmp, target)


def _cleanup(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass


def read_manifest(path: Path) -> BackupInfo | None:
    """The BackupInfo of a backup file from its manifest (None when there is no manifest)."""
    try:
        data = json.loads(manifest_path(path).read_text(encoding="utf-8"))
        info = BackupInfo(
            path=path,
            created_at=dt.datetime.fromisoformat(data["created_at"]),
            kind=data.get("kind", "manual"),
            size=int(data["size"]),
            schema_version=data.get("schema_version"),
            counts={k: int(v) for k, v in data.get("counts", {}).items()},
            sha256=data["sha256"],
            encrypted=bool(data.get("encrypted")),
            check=data.get("check", "ok"),
            app_version=data.get("app_version", ""),
            full_check=data.get("full_check", "ok"),  # format 1: every backup was fully checked
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    try:
        actual = path.stat().st_size
    except OSError:
        return None
    if actual != info.size:
        return _replace_check(info, f"文件大小与清单不符（{actual} ≠ {info.size}），可能不完整")
    return info


def _replace_check(info: BackupInfo, check: str) -> BackupInfo:
    return BackupInfo(**{**asdict(info), "check": check})


def list_backups(folder: Path | None = None) -> list[BackupInfo]:
    """Every backup in the folder with a manifest, newest first (size checked, not the hash)."""
    folder = folder or load_settings().folder
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("vipdesk-*"):
        if path.suffix in (".sqlite3", ".vdbk") and not path.name.startswith("."):
            info = read_manifest(path)
            if info is not None:
                found.append(info)
    return sorted(found, key=lambda i: (i.created_at, i.path.name), reverse=True)


def verify_backup(
    path: Path, passphrase: str | None = None, work: Path | None = None
) -> BackupInfo:
    """Full check of a backup: manifest, checksum, decrypt, integrity_check, counts; Refused if bad.

    When `work` is given, the checked plain SQLite copy is left there (restore uses it).
    """
    info = read_manifest(path)
    if info is None:
        raise Refused("backup_unreadable", f"找不到这个备份的清单文件或无法读取：{path.name}")
    if not info.ok:
        raise Refused("backup_damaged", f"备份不可用：{info.check}")
    if sha256_of(path) != info.sha256:
        raise Refused(
            "backup_damaged", "备份文件的校验和与清单不符（文件被截断或改动），不能恢复。"
        )
    plain = work or path.with_name(f".{path.name}.verify-{os.getpid()}")
    try:
        if info.encrypted:
            if not passphrase:
                raise Refused("passphrase_needed", "这个备份已加密，请输入备份密码。")
            backup_crypto.decrypt_file(path, plain, passphrase)
            source = plain
        elif work is not None:
            from shutil import copyfile

            copyfile(path, plain)
            source = plain
        else:
            source = path
        check, schema, counts = inspect_copy(source)
    finally:
        if work is None and plain.exists():
            plain.unlink()
    if check != "ok":
        raise Refused("backup_damaged", f"备份不可用：{check}")
    if schema != info.schema_version or counts != info.counts:
        raise Refused("backup_damaged", "备份内容与清单记录的行数或版本不一致，不能恢复。")
    return info
