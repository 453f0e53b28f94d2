"""Bulk inserts for demo data, imports and card issue: Core executemany, no ORM bookkeeping.

The ORM's bulk insert spends more time collecting parameters than SQLite spends writing them,
and INSERT … RETURNING makes SQLite insert in small batches. Here rows go to the driver's
executemany (column defaults still applied by Core); new ids on SQLite are assigned by us under
the write lock the unit of work holds (max(id) + 1 …; a concurrent writer would fail on the
primary key, never overwrite), on PostgreSQL they come back from RETURNING in row order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from itertools import repeat
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnDefault, Table, func, select, text
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

CHUNK = 20_000


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert the rows (all with the same keys) in chunks of executemany."""
    conn = session.connection()
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        if conn.dialect.name == "sqlite" and chunk:
            sql, tuples = driver_rows(conn.dialect, table, chunk)
            conn.exec_driver_sql(sql, tuples)
        else:
            conn.execute(table.insert(), list(chunk))


def insert_tuples(
    session: Session, table: Table, keys: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """`insert_rows` for rows given as tuples of the columns `keys` (no dict per row)."""
    conn = session.connection()
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        if conn.dialect.name == "sqlite" and chunk:
            conn.exec_driver_sql(*driver_tuples(conn.dialect, table, keys, chunk))
        elif chunk:
            conn.execute(table.insert(), [dict(zip(keys, row, strict=True)) for row in chunk])


def insert_tuples_with_ids(
    session: Session, table: Table, keys: Sequence[str], rows: list[tuple[Any, ...]]
) -> list[int]:
    """`insert_with_ids` for rows given as tuples of the columns `keys`."""
    if session.connection().dialect.name != "sqlite":
        return insert_with_ids(session, table, [dict(zip(keys, r, strict=True)) for r in rows])
    if not rows:
        return []
    first = (session.connection().execute(select(func.max(table.c.id))).scalar() or 0) + 1
    ids = list(range(first, first + len(rows)))
    insert_tuples(session, table, [*keys, "id"], [(*r, i) for r, i in zip(rows, ids, strict=True)])
    return ids


def driver_rows(
    dialect: Dialect, table: Table, rows: Sequence[dict[str, Any]]
) -> tuple[str, list[tuple[Any, ...]]]:
    """The INSERT and its rows as the driver takes them (SQLite's qmark style).

    Each value goes through its column type's own bind conversion and a column the rows leave
    out gets its Python default (once per chunk), as Core would send them, without Core's
    per-row parameter bookkeeping (about half the time of a bulk insert at 100,000 members).
    """
    keys = tuple(rows[0])
    getter = itemgetter(*keys)
    values = list(map(getter, rows)) if len(keys) > 1 else [(getter(r),) for r in rows]
    return driver_tuples(dialect, table, keys, values)


def driver_tuples(
    dialect: Dialect, table: Table, keys: Sequence[str], rows: list[tuple[Any, ...]]
) -> tuple[str, list[tuple[Any, ...]]]:
    """`driver_rows` for rows given as tuples of the columns `keys`, in that order.

    The conversions run column by column (`map` over a column, then `zip` back into rows):
    a third of the time a row at a time took.
    """
    defaults = {
        c.key: c.default.arg(None) if c.default.is_callable else c.default.arg
        for c in table.c
        if c.key not in keys and isinstance(c.default, ColumnDefault)
    }
    columns = [table.c[k] for k in keys] + [table.c[k] for k in defaults]
    procs = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    given = zip(procs[len(keys) :], defaults.values(), strict=True)
    fixed = tuple(p(v) if p else v for p, v in given)
    converters = [(i, p) for i, p in enumerate(procs[: len(keys)]) if p is not None]
    if converters and rows:
        by_column: list[Iterable[Any]] = list(zip(*rows, strict=True))
        for i, proc in converters:
            by_column[i] = map(proc, by_column[i])
        rows = list(zip(*by_column, *(repeat(v, len(rows)) for v in fixed), strict=True))
    elif fixed:
        rows = [(*row, *fixed) for row in rows]
    names = ", ".join(dialect.identifier_preparer.quote(c.name) for c in columns)
    marks = ", ".join("?" * len(columns))
    return f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows


def insert_with_ids(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert the rows and return their new primary keys, in the order of the rows."""
    if not rows:
        return []
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        statement = table.insert().returning(table.c.id, sort_by_parameter_order=True)
        ids: list[int] = []
        for start in range(0, len(rows), CHUNK):
            ids += conn.execute(statement, list(rows[start : start + CHUNK])).scalars().all()
        return ids
    first = (conn.execute(select(func.max(table.c.id))).scalar() or 0) + 1
    ids = list(range(first, first + len(rows)))
    insert_rows(session, table, [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
    return ids


BUILD_CACHE_KIB = 256 * 1024  # SQLite page cache while a bulk job writes (default: 2 MiB)


@contextmanager
def large_page_cache(session: Session) -> Iterator[None]:
    """SQLite: a 256 MiB page cache for this connection while a bulk job writes (demo build,
    full tier recompute), then the old one.

    Every member adds entries to several indexes (name, pinyin, initials, ID, the name index):
    with the default 2 MiB cache their pages are read and written again and again once they
    outgrow it (200,000 members: 161 s, with this cache 116 s; issue 14).
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    before = session.execute(text("PRAGMA cache_size")).scalar()
    session.execute(text(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}"))
    try:
        yield
    finally:
        with suppress(DBAPIError):  # a broken connection is discarded by the pool anyway
            session.execute(text(f"PRAGMA cache_size = {int(before or -2000)}"))
