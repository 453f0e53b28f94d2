"""The command line's direct path to a desk's SQLite file: the driver alone, no SQLAlchemy.

A signed command that only reads (`search` today) spends most of its start-up importing
SQLAlchemy, its ORM and our models (~0.3 s) for a handful of statements. On a plain SQLite file
whose schema is current, `open_file` hands back the file opened exactly as the engine opens it
(WAL, foreign keys, synchronous=FULL, the busy timeout, 0600 files); anything else (a server,
a URI or query in the URL, a missing file, a network share, a schema that needs upgrading) gets
None, and the caller takes the usual path, which says or does what it always did.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from vipdesk.db.sqlite_settings import BUSY_TIMEOUT_MS, desk_pragmas, private_files
from vipdesk.errors import DatabaseError, describe_db_error, file_error
from vipdesk.paths import plain_sqlite_path


def stored_time(moment: dt.datetime) -> str:
    """A UTC time as SQLAlchemy stores a DateTime in SQLite ('2026-11-27 22:20:27.319076')."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


class SqliteFile:
    """A desk's SQLite file opened on the driver (autocommit; BEGIN is sent explicitly)."""

    dialect = "sqlite"
    for_update = ""  # SQLite has no row locks: BEGIN IMMEDIATE holds the write lock instead
    stamp = staticmethod(stored_time)

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn

    @property
    def where(self) -> str:
        """The file as error messages name it (as `vipdesk.errors` does for the engine)."""
        return str(self.path)

    @contextmanager
    def translate(self) -> Iterator[None]:
        """Driver and OS errors as DatabaseError with the same plain message as the engine's."""
        try:
            yield
        except sqlite3.Error as exc:
            raise DatabaseError(describe_db_error(exc, self.where)) from exc
        except OSError as exc:
            raise file_error(exc) from exc

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (the write lock taken at BEGIN, as the engine's writer does);
        committed at the end, rolled back on any error."""
        with self.translate():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def broken(self) -> bool:
        """Whether the connection is lost (a file connection is not: its errors are the file's)."""
        return False

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


def file_of(url: str | None) -> Path | None:
    """The file behind a plain `sqlite:///path` URL (the desk's own file when None); None for
    anything else: servers, `:memory:`, URIs, query strings (the usual path handles those)."""
    if url is None:
        url = os.environ.get("VIPDESK_DB")
    if not url:
        from vipdesk.paths import default_db_path

        text = str(default_db_path().expanduser().absolute())
        return None if any(c in text for c in "?#%") else Path(text)
    return plain_sqlite_path(url)


def open_file(url: str | None, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> SqliteFile | None:
    """The desk's SQLite file opened on the driver when it exists and its schema is current;
    None when the usual path must handle it (it then refuses, creates or upgrades as always)."""
    from vipdesk.paths import network_share

    path = file_of(url)
    if path is None or not path.is_file():
        return None
    full = path.expanduser().resolve()
    if not full.parent.is_dir() or network_share(full):
        return None
    try:
        conn = sqlite3.connect(  # used by one thread at a time (the desk: closed after its
            path,  # worker stopped, on the GUI thread, as the engine is disposed)
            timeout=busy_timeout_ms / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
    except sqlite3.Error:
        return None
    try:
        for pragma in desk_pragmas(busy_timeout_ms):
            conn.execute(f"PRAGMA {pragma}")
        private_files(path)
        current = _is_current(conn)
    except sqlite3.Error:  # busy, damaged, not ours: the usual path says so in its words
        current = False
    if not current:
        conn.close()
        return None
    return SqliteFile(path, conn)


def _is_current(conn: sqlite3.Connection) -> bool:
    """Our tables are there and at the newest migration (one read of alembic_version)."""
    from vipdesk.db.schema_version import is_head

    tables = {
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name IN ('members', 'alembic_version')"
        )
    }
    if tables != {"members", "alembic_version"}:
        return False
    found = [v for (v,) in conn.execute("SELECT version_num FROM alembic_version")]
    return is_head(found)
