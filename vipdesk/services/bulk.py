"""Bulk inserts for demo data, imports and card issue: Core executemany, no ORM bookkeeping.

The ORM's bulk insert spends more time collecting parameters than SQLite spends writing them,
and INSERT … RETURNING makes SQLite insert in small batches. Here rows go to the driver's
executemany (column defaults still applied by Core); new ids on SQLite are assigned by us under
the write lock the unit of work holds (max(id) + 1 …; a concurrent writer would fail on the
primary key, never overwrite), on PostgreSQL they come back from RETURNING in row order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

CHUNK = 20_000


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert the rows (all with the same keys) in chunks of executemany."""
    conn = session.connection()
    for start in range(0, len(rows), CHUNK):
        conn.execute(table.insert(), list(rows[start : start + CHUNK]))


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
