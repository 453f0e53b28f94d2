"""The SQLite file's integrity at start, where it may live, free disk space before big writes."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from vipdesk.errors import DatabaseError, KnownError
from vipdesk.paths import network_share

MARGIN_BYTES = 50 * 1024 * 1024
# page cache of a full integrity_check: 2 MB -> 256 MB saves only ~15 % (29 -> 24.5 s at 1,000,000
# members) but a desk process keeps such memory after the check, so a modest cache
FULL_CHECK_CACHE_KB = 32 * 1024
DISK_FULL = "磁盘空间已满，数据未写入。请清理磁盘后重试。"


class NotEnoughSpace(KnownError):
    """Too little free disk space for an import, backup or restore (nothing was written)."""


@dataclass(frozen=True)
class IntegrityReport:
    """What PRAGMA quick_check / integrity_check found in one SQLite file."""

    path: Path
    full: bool
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the check found nothing wrong."""
        return not self.problems

    @property
    def plain(self) -> str:
        """The finding in plain Chinese for the red banner."""
        if self.ok:
            return "数据库检查通过。"
        return (
            f"数据库文件已损坏（{self.path.name}，发现 {len(self.problems)} 处问题）。"
            "为防止进一步损坏，程序以只读方式打开，不会写入任何内容。"
            "请由管理员从最近一次完好的备份恢复。"
        )


def open_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection to an SQLite file (never creates it, never writes to it)."""
    from urllib.parse import quote

    uri = "file:" + quote(path.as_posix(), safe="/:") + "?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=10)


def check_file(path: Path, full: bool = False, limit: int = 20) -> IntegrityReport:
    """Run quick_check (or the full integrity_check) on the file, read-only."""
    if not path.exists():
        raise DatabaseError(f"数据库文件不存在：{path}")
    pragma = "integrity_check" if full else "quick_check"
    try:
        conn = open_readonly(path)
        try:
            if full:  # a modest page cache (see FULL_CHECK_CACHE_KB)
                conn.execute(f"PRAGMA cache_size=-{FULL_CHECK_CACHE_KB}")
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}({limit})")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if any(word in text for word in ("malformed", "not a database", "corrupt", "disk image")):
            return IntegrityReport(path, full, [str(exc)])  # header overwritten, unreadable
        from vipdesk.errors import describe_db_error  # locked, busy, no permission: not damage

        raise DatabaseError(describe_db_error(exc, str(path))) from None
    problems = [] if rows == ["ok"] else rows
    return IntegrityReport(path, full, problems)


def refuse_network_share(path: Path) -> None:
    """DatabaseError in plain words when the SQLite file would live on a network share."""
    kind = network_share(path.parent if not path.exists() else path)
    if kind:
        raise DatabaseError(
            f"数据库文件位于{kind}上：{path}。SQLite 数据库放在网络共享上会因文件锁失效而损坏，"
            "因此不允许这样使用。请把数据库放在本机磁盘上；多个柜台共用数据时，"
            "请改用分行的 PostgreSQL 数据库服务器（见 docs/data-safety.md）。"
        )


def free_bytes(folder: Path) -> int:
    """Free bytes on the disk that holds `folder` (the nearest existing parent)."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return shutil.disk_usage(probe).free


def require_space(folder: Path, needed: int, what: str) -> None:
    """NotEnoughSpace (plain words, nothing written) when `folder` has less than needed + margin."""
    free = free_bytes(folder)
    if free < needed + MARGIN_BYTES:
        raise NotEnoughSpace(
            f"磁盘空间不足，无法{what}：需要约 {_mb(needed + MARGIN_BYTES)}，"
            f"{folder} 所在磁盘只剩 {_mb(free)}。没有写入任何内容，请清理磁盘后重试。"
        )


def database_bytes(path: Path) -> int:
    """Size of the SQLite file with its write-ahead log."""
    total = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            total += os.stat(f"{path}{suffix}").st_size
    return total


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:,.0f} MB"


def refuse_missing(url: str) -> None:
    """DatabaseError when the URL names an SQLite file that does not exist (nothing is created)."""
    from vipdesk.paths import sqlite_path

    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise DatabaseError(
            f"数据库文件不存在：{path}。请检查 --db 或 VIPDESK_DB 是否写错；"
            "新建数据库请先运行 vipdesk init。"
        )


SYNC_CHECK_BYTES = 256 * 1024 * 1024  # larger files are checked after opening, in the background
KNOWN_DAMAGED: dict[Path, str] = {}  # found by a background check: the next open is read-only


def check_now(path: Path) -> bool:
    """True when the start-up check runs before opening (small file, or known to be damaged)."""
    if path in KNOWN_DAMAGED:
        return True
    try:
        return path.stat().st_size <= SYNC_CHECK_BYTES
    except OSError:
        return True


def startup_check(path: Path, today: object = None) -> IntegrityReport:
    """The check at start: quick_check, or the full integrity_check when the weekly one is due."""
    import datetime as dt
    from dataclasses import replace

    from vipdesk.services.backup_settings import full_check_due, load_settings, save_settings

    if path in KNOWN_DAMAGED:
        return IntegrityReport(path, False, [KNOWN_DAMAGED[path]])
    settings = load_settings()
    day = today if isinstance(today, dt.date) else dt.date.today()
    full = full_check_due(settings, day)
    report = check_file(path, full=full)
    if not report.ok:
        KNOWN_DAMAGED[path] = report.problems[0]
    if full and report.ok:
        with contextlib.suppress(OSError):
            save_settings(replace(settings, last_full_check=day.isoformat()))
    return report


def read_only_url(path: Path) -> str:
    """An SQLite URL that opens the file read-only: nothing can be written to a damaged file."""
    from urllib.parse import quote

    from sqlalchemy.engine import URL

    uri = "file:" + quote(path.as_posix(), safe="/:")
    query = {"mode": "ro", "uri": "true"}
    return URL.create("sqlite", database=uri, query=query).render_as_string()


def require_import_space(url: str, file: Path) -> None:
    """Before an import: room for the staging copy (temp folder) and the new rows (database)."""
    import tempfile

    size = file.stat().st_size if file.exists() else 0
    require_space(Path(tempfile.gettempdir()), 3 * size, "导入")
    from vipdesk.paths import sqlite_path

    path = sqlite_path(url)
    if path is not None:
        require_space(path.parent, 4 * size, "导入")
