"""Known errors (shown to the user in plain words) versus bugs (crash dialog, log file)."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class KnownError(Exception):
    """An error the user can understand and act on; its message is plain Chinese."""


class DatabaseError(KnownError):
    """The database is missing, locked, unreachable, full or not ours."""


class NotFound(KnownError):
    """The member, card, policy or case asked for does not exist."""


class Refused(KnownError):
    """A business rule refuses the request; `code` is the stable reason code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def describe_db_error(exc: BaseException, where: str = "") -> str:
    """Plain-Chinese explanation of a driver error: locked, missing, full, unreachable."""
    text = str(getattr(exc, "orig", exc) or exc).lower()
    place = f"（{where}）" if where else ""
    if "locked" in text or "busy" in text:
        return (
            f"数据库正被其他程序占用{place}，请稍后重试；若持续出现，请关闭其他柜台上的程序后再试。"
        )
    if "disk" in text and "full" in text or "no space" in text:
        return f"磁盘空间已满{place}，数据未写入。请清理磁盘后重试。"
    if "disk i/o error" in text:  # SQLite's word for a failed write: on a full disk, say so
        if _disk_full(where):
            return f"磁盘空间已满{place}，数据未写入。请清理磁盘后重试。"
        return f"读写数据库文件出错{place}，数据未写入。请检查磁盘，或联系IT部门。"
    if "unable to open" in text or "no such file" in text:
        return f"无法打开数据库文件{place}，请检查文件是否存在以及是否有读写权限。"
    if "not a database" in text or "malformed" in text:
        return f"数据库文件已损坏或不是本程序的数据库{place}，请联系IT部门。"
    if "connection" in text or "could not" in text or "timeout" in text or "refused" in text:
        return f"无法连接数据库服务器{place}，请检查网络和服务器地址，或联系IT部门。"
    if "readonly" in text or "read-only" in text:
        return f"数据库为只读{place}，无法保存更改。请检查文件权限。"
    return f"数据库出错{place}：{getattr(exc, 'orig', exc)}"


@contextmanager
def translate_errors(engine: Any = None) -> Iterator[None]:
    """Turn driver and OS errors into DatabaseError with a plain message."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    where = _where(engine)
    try:
        yield
    except (OperationalError, DBAPIError) as exc:
        if getattr(exc, "orig", None) is not None and "IntegrityError" in type(exc).__name__:
            raise
        raise DatabaseError(describe_db_error(exc, where)) from exc
    except OSError as exc:
        raise file_error(exc) from exc


def file_error(exc: OSError) -> DatabaseError:
    """An OS error on the database file in plain words (a full disk named as such)."""
    if exc.errno == errno.ENOSPC:
        return DatabaseError("磁盘空间已满，数据未写入。请清理磁盘后重试。")
    return DatabaseError(f"无法访问数据库文件：{exc.strerror}")


def _disk_full(where: str, reserve: int = 1024 * 1024) -> bool:
    """True when the disk holding the file `where` has (almost) no free space left."""
    import shutil
    from pathlib import Path

    if not where or "://" in where:
        return False
    folder = Path(where).parent
    try:
        return shutil.disk_usage(folder).free < reserve
    except OSError:
        return False


def _where(engine: Any) -> str:
    if engine is None:
        return ""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        from vipdesk.paths import sqlite_path

        return str(sqlite_path(url) or url.database)
    return url.render_as_string(hide_password=True)
