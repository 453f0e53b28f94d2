"""The window's search path: a plain connection kept for searches, no session per search.

A search is one read-only statement. Through a session each search also paid a pool checkout,
BEGIN and the rollback at the end (~40% of a search). Here each database keeps one driver
connection in autocommit mode (SQLite: no BEGIN for a SELECT; PostgreSQL: autocommit, generic
plans: search.GENERIC_PLANS), used under a lock, closed when the engine is disposed, opened
again after a lost connection.
"""

from __future__ import annotations

import threading
import weakref
from contextlib import suppress
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError

from vipdesk.errors import translate_errors
from vipdesk.services.database import Actor, Database
from vipdesk.services.permissions import require
from vipdesk.services.search import GENERIC_PLANS, MemberSummary, planned, run_search


class _Reader:
    """One engine's search connection."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.lock = threading.Lock()
        self.raw: Any = None
        event.listen(engine, "engine_disposed", lambda *_: self.close())

    def _connect(self) -> Any:
        raw = self.engine.raw_connection()
        raw.detach()  # ours alone: the pool never resets (rolls back) it
        if self.engine.dialect.name == "postgresql":
            raw.dbapi_connection.autocommit = True  # type: ignore[union-attr]
            raw.dbapi_connection.execute(GENERIC_PLANS)  # type: ignore[union-attr]
        return raw

    def close(self) -> None:
        """Close the connection (the engine was disposed: another database, a restore)."""
        with self.lock:
            if self.raw is not None:
                try:
                    self.raw.close()
                finally:
                    self.raw = None

    def run(self, kinds: list[tuple[str, Any]], limit: int, offset: int) -> list[MemberSummary]:
        """The page on this connection; a broken connection is replaced once."""
        dbapi = self.engine.dialect.loaded_dbapi
        with self.lock:
            for attempt in (1, 2):
                if self.raw is None:
                    self.raw = self._connect()
                cursor = self.raw.dbapi_connection.cursor()
                try:
                    return run_search(cursor, self.engine.dialect.name, kinds, limit, offset)
                except dbapi.Error as exc:
                    lost = isinstance(exc, (dbapi.OperationalError, dbapi.InterfaceError))
                    if lost:
                        self.raw.invalidate()
                        self.raw = None
                    if attempt == 2 or not lost:  # as a SQLAlchemy error: a plain message
                        raise DBAPIError.instance(None, None, exc, dbapi.Error) from exc
                finally:
                    with suppress(dbapi.Error):
                        cursor.close()
        raise AssertionError("unreachable")


_READERS: weakref.WeakKeyDictionary[Engine, _Reader] = weakref.WeakKeyDictionary()
_GUARD = threading.Lock()


def search_page(
    db: Database, actor: Actor | None, text: str, limit: int = 50, offset: int = 0
) -> list[MemberSummary]:
    """The window's search: the same page as `search_members`, read on a plain connection."""
    require(actor, "member.search", db)
    kinds = planned(text)
    if not kinds:
        return []
    reader = _READERS.get(db.engine)
    if reader is None:
        with _GUARD:
            reader = _READERS.get(db.engine) or _READERS.setdefault(db.engine, _Reader(db.engine))
    try:
        return reader.run(kinds, limit, offset)
    except DBAPIError as exc:  # the plain message is built only when it is needed
        with translate_errors(db.engine):
            raise exc from exc.orig
