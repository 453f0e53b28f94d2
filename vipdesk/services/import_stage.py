"""The staging file of an import: validated rows on disk, outside the desk database's lock.

Rows are validated while reading and written here in batches (bounded memory), duplicates are
found by SQL afterwards, and the apply step reads them set-based: SQLite ATTACHes this file,
PostgreSQL copies it into temporary tables.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

MEMBER_FIELDS = (
    "key", "line", "id_reversed", "name", "given_name", "name_pinyin", "name_initials",
    "birth_date", "gender", "phone", "address",
)  # fmt: skip
POLICY_FIELDS = (
    "key", "line", "id_number", "product", "channel", "status", "effective_date",
    "annual_premium", "reinstated_date",
)  # fmt: skip
FIELDS = {"stage_members": MEMBER_FIELDS, "stage_policies": POLICY_FIELDS}
GRAM_FIELDS = ("key", "gram")


STALE_AFTER_S = 24 * 3600


def remove_stale() -> None:
    """Delete staging folders a killed import left behind (older than a day)."""
    folder = Path(tempfile.gettempdir())
    now = time.time()
    for path in [*folder.glob("vipdesk-import-*"), *folder.glob("vipdesk-xlsx-*")]:
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > STALE_AFTER_S:
                shutil.rmtree(path, ignore_errors=True)


class Stage:
    """A temporary SQLite file holding one import's validated rows (deleted on close)."""

    def __init__(self, table: str) -> None:
        self.table = table
        self.fields = FIELDS[table]
        remove_stale()
        self.folder = Path(tempfile.mkdtemp(prefix="vipdesk-import-"))
        self.path = self.folder / "stage.sqlite3"
        self.conn = sqlite3.connect(self.path, isolation_level=None)
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-16000"):
            self.conn.execute(f"PRAGMA {pragma}")
        columns = ", ".join(f"{f} {'INTEGER' if f == 'line' else ''}" for f in self.fields)
        self.conn.execute(f"CREATE TABLE {table} ({columns}, state TEXT)")
        self.conn.execute("CREATE TABLE stage_grams (key TEXT, gram TEXT)")
        self._insert = (
            f"INSERT INTO {table} ({', '.join(self.fields)}) "
            f"VALUES ({', '.join('?' for _ in self.fields)})"
        )
        self.count = 0

    def add(self, rows: Sequence[Sequence[Any]], grams: Sequence[tuple[str, str]] = ()) -> None:
        """Append a batch of validated rows (and their name grams)."""
        self.conn.execute("BEGIN")
        self.conn.executemany(self._insert, rows)
        if grams:
            self.conn.executemany("INSERT INTO stage_grams (key, gram) VALUES (?, ?)", grams)
        self.conn.execute("COMMIT")
        self.count += len(rows)

    def duplicates(self, limit: int) -> tuple[int, list[tuple[int, int]]]:
        """(number of repeated rows, first `limit` of (line, first line with the same key))."""
        self.conn.execute(f"CREATE INDEX stage_key ON {self.table} (key, line)")
        sql = (
            f"SELECT a.line, b.first FROM {self.table} a JOIN (SELECT key, MIN(line) AS first "
            f"FROM {self.table} GROUP BY key HAVING COUNT(*) > 1) b ON a.key = b.key "
            "WHERE a.line > b.first ORDER BY a.line"
        )
        rows = self.conn.execute(sql).fetchall()
        return len(rows), [(int(a), int(b)) for a, b in rows[:limit]]

    def finish(self) -> None:
        """Index for the apply step and close the writer connection (the file stays)."""
        self.conn.execute(f"CREATE UNIQUE INDEX stage_unique ON {self.table} (key)")
        self.conn.execute("CREATE INDEX stage_grams_key ON stage_grams (key)")
        self.conn.close()

    def rows(self, table: str) -> Iterator[tuple[Any, ...]]:
        """Every staged row of a table, for copying into PostgreSQL."""
        conn = sqlite3.connect(self.path)
        try:
            fields = self.fields if table == self.table else GRAM_FIELDS
            yield from conn.execute(f"SELECT {', '.join(fields)} FROM {table}")
        finally:
            conn.close()

    def close(self) -> None:
        """Delete the staging file."""
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        shutil.rmtree(self.folder, ignore_errors=True)
