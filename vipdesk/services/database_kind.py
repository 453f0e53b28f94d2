"""Which kind of database the desk is on, in plain words (read on the GUI thread: no SQLAlchemy
for a plain URL)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from vipdesk.paths import sqlite_path


@dataclass(frozen=True)
class DatabaseKind:
    """What kind of database the desk is on, in plain words for the window and the backup dialog."""

    sqlite: bool
    label: str
    where: str

    @property
    def backups_here(self) -> bool:
        """True when VIP Desk itself makes the backups (SQLite); a server backs itself up."""
        return self.sqlite


def database_kind(url: str) -> DatabaseKind:
    """SQLite file (its path) or PostgreSQL server (address without password)."""
    path = sqlite_path(url)
    if path is not None:
        return DatabaseKind(True, "本机 SQLite 数据库文件", str(path))
    host, port, database = _server(url)
    return DatabaseKind(
        False, "PostgreSQL 数据库服务器", f"{host or 'localhost'}:{port or 5432}/{database}"
    )


def _server(url: str) -> tuple[str | None, int | None, str]:
    """Host, port and database of a server URL (SQLAlchemy reads one with options)."""
    if "?" not in url and "#" not in url:
        parts = urlsplit(url)
        address = parts.netloc.rpartition("@")[2]
        host = address.rpartition(":")[0] if parts.port is not None else address
        return unquote(host.strip("[]")) or None, parts.port, parts.path.lstrip("/")
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return parsed.host, parsed.port, parsed.database or ""
