"""Reads on the database's driver alone, no SQLAlchemy (issue 14): the command line's signed
reads, and the desk window's opening, sign-in and searches until a screen needs the ORM.

`open_direct` opens an SQLite file (`sqlite_direct`) or a PostgreSQL server (`pg_direct`) whose
schema is current; None sends the caller down the usual path (a missing file, an old schema, a
URL with options …). Each read here is the SQL the ORM's own function sends, and returns the
same value: tests/db/test_desk_direct.py compares them on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vipdesk.services.security_settings import SETTINGS


def open_direct(
    url: str | None, busy_timeout_ms: int | None = None, connect_timeout: int | None = None
) -> Any:
    """The database at `url` (None: the desk's own file) on its driver, or None (usual path)."""
    if url and url.startswith("postgresql"):
        from vipdesk.services.pg_direct import open_server

        return open_server(url, connect_timeout)
    from vipdesk.services.sqlite_direct import open_file

    if busy_timeout_ms is None:
        return open_file(url)
    return open_file(url, busy_timeout_ms)


def require_on(actor: Any, permission: str, orm_db: Callable[[], Any]) -> None:
    """`permissions.require` for a read on the driver: a refusal is recorded as the services
    record it, and only a refusal makes the usual Database (`orm_db`) for that one write."""
    from vipdesk.services.permissions import allowed, require

    if actor is None or not allowed(actor.role, permission):
        require(actor, permission, None if actor is None else orm_db())


def search(
    file: Any, actor: Any, text: str, limit: int, offset: int, orm_db: Callable[[], Any]
) -> list[Any]:
    """`search.search_members`' page on the driver's connection: the same check, the same page.

    `orm_db` gives the usual Database only to record a refusal, as the service does."""
    from vipdesk.services.search import planned, run_search

    require_on(actor, "member.search", orm_db)
    kinds = planned(text)
    if not kinds:
        return []
    with file.translate():
        cursor = file.conn.cursor()
        try:
            return run_search(cursor, file.dialect, kinds, limit, offset)
        finally:
            cursor.close()


def member_count(file: Any) -> int:
    """How many members the database holds (`members.member_count`)."""
    with file.translate():
        return int(file.conn.execute("SELECT count(*) FROM members").fetchone()[0])


def has_staff(file: Any) -> bool:
    """Whether any staff account can sign in (`staff.has_staff`)."""
    sql = "SELECT count(*) FROM staff_users WHERE password_hash IS NOT NULL"
    with file.translate():
        return bool(file.conn.execute(sql).fetchone()[0])


def idle_minutes(file: Any) -> int:
    """Minutes without input before the window locks itself (`staff.idle_minutes`)."""
    sql = "SELECT value FROM security_settings WHERE key = ?"
    with file.translate():
        row = file.conn.execute(sql, ("idle_minutes",)).fetchone()
    return SETTINGS["idle_minutes"][0] if row is None else int(row[0])
