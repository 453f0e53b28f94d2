"""The command line's direct path to a PostgreSQL server: psycopg alone, no SQLAlchemy.

The same idea as `services.sqlite_direct` for a branch's shared server: a signed command that
only reads (`search`, `member`, `check`, `print letter`) spends most of its start-up importing
SQLAlchemy, its ORM and our models for a handful of statements. A plain `postgresql://` or
`postgresql+psycopg://` URL whose schema is current is opened here on psycopg; a URL with a
query string or a fragment, and a schema that is missing or needs upgrading, get None, and the
caller takes the usual path, which says or does what it always did. The direct reads send the
SQL of `member_direct` and `eligibility_direct` with `?` placeholders, as sqlite3 takes them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from vipdesk.errors import DatabaseError, describe_db_error

PLAIN = ("postgresql", "postgresql+psycopg")
SHOWN = "postgresql+psycopg"  # as `db.engine.make_engine` names the driver in messages


class PgConnection:
    """psycopg's connection taking the direct reads' `?` placeholders (sqlite3's style)."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        """Run one statement; its cursor (fetchall, fetchone)."""
        return self.raw.execute(sql.replace("%", "%%").replace("?", "%s"), tuple(params))

    def cursor(self) -> Any:
        """A psycopg cursor (`search.run_search` writes PostgreSQL's own placeholders)."""
        return self.raw.cursor()


class PgServer:
    """A desk's PostgreSQL database opened on psycopg (autocommit; writes in a transaction)."""

    dialect = "postgresql"
    for_update = " FOR NO KEY UPDATE"  # services.database.ROW_LOCK, as the staff service locks

    def __init__(self, where: str, raw: Any) -> None:
        self.where = where
        self.conn = PgConnection(raw)

    @staticmethod
    def stamp(moment: Any) -> Any:
        """A UTC time as SQLAlchemy binds a DateTime on PostgreSQL: the aware datetime itself."""
        return moment

    @contextmanager
    def translate(self) -> Iterator[None]:
        """Driver errors as DatabaseError with the same plain message as the engine's."""
        import psycopg

        try:
            yield
        except psycopg.Error as exc:
            raise DatabaseError(describe_db_error(exc, self.where)) from exc

    @contextmanager
    def write(self) -> Iterator[PgConnection]:
        """A write transaction, committed at the end, rolled back on any error."""
        with self.translate(), self.conn.raw.transaction():
            yield self.conn

    def broken(self) -> bool:
        """Whether the connection to the server is lost (a restart, a network cut)."""
        return bool(self.conn.raw.closed or self.conn.raw.broken)

    def close(self) -> None:
        """Close the connection."""
        self.conn.raw.close()


def server_of(url: str | None) -> tuple[str, str] | None:
    """(libpq URI, the URL as the engine's messages show it) for a plain PostgreSQL URL; None
    for anything else (SQLite, other drivers, a query string or fragment: the usual path)."""
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in PLAIN or "?" in url or "#" in url:
        return None
    netloc = parts.netloc
    if parts.password is not None:
        user, host = netloc.rsplit("@", 1)
        netloc = f"{user.split(':', 1)[0]}:***@{host}"
    shown = urlunsplit((SHOWN, netloc, parts.path, "", ""))
    return urlunsplit(("postgresql", parts.netloc, parts.path, "", "")), shown


def open_server(url: str | None, connect_timeout: int | None = None) -> PgServer | None:
    """The server's database opened on psycopg when its schema is current; None when the usual
    path must handle it. A server that cannot be reached is said in the engine's words.
    `connect_timeout`: seconds (the desk's 5, as `ui.desk.make_database`); None waits as libpq."""
    found = server_of(url)
    if found is None:
        return None
    uri, shown = found
    import psycopg

    try:
        options: dict[str, Any] = {}
        if connect_timeout is not None:
            options["connect_timeout"] = connect_timeout
        raw = psycopg.connect(uri, autocommit=True, **options)
    except psycopg.Error as exc:
        raise DatabaseError(describe_db_error(exc, shown)) from exc
    try:
        current = _is_current(raw)
    except psycopg.Error:  # not ours, no rights: the usual path says so in its words
        current = False
    if not current:
        raw.close()
        return None
    return PgServer(shown, raw)


def _is_current(raw: Any) -> bool:
    """Our tables are there and at the newest migration (one read of alembic_version)."""
    from vipdesk.db.schema_version import is_head

    tables = raw.execute(
        "SELECT to_regclass('members') IS NOT NULL, to_regclass('alembic_version') IS NOT NULL"
    ).fetchone()
    if tables is None or not all(tables):
        return False
    found = [v for (v,) in raw.execute("SELECT version_num FROM alembic_version").fetchall()]
    return is_head(found)
