"""The check that accepts a fresh backup copy, spread over two threads.

`quick_check` of a 1,000,000-member copy is ~2.6 s of CPU on one core, more than half the copy
itself. The same check per table (`PRAGMA quick_check(table)`: every b-tree page of the table and
its indexes, every record, NOT NULL and CHECK constraints) runs on two connections at once, with
the SHA-256 of the copy as one more task beside them; SQLite and hashlib release the GIL, so the
two cores share the work. What a per-table check leaves out — the whole-file page accounting
(pages never used, a page used by two tables, the free list) — is part of the full
integrity_check that follows every scheduled and manual backup; backups that get no full check
after (pre-upgrade, pre-restore) ask for the whole-file quick_check instead (`whole=True`).
"""

from __future__ import annotations

import sqlite3
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from vipdesk.services.integrity import open_readonly

WORKERS = 2
HASH_BLOCK = 8 << 20  # few, large reads: the hashing thread takes the GIL ~160 times per GB
PROBLEMS = 5


@dataclass(frozen=True)
class CopyCheck:
    """What the acceptance check found in a fresh copy."""

    check: str  # "ok", or the problem in plain words
    schema_version: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    sha256: str = ""


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in large blocks into one reused buffer."""
    import hashlib  # OpenSSL's (fast), loaded where a file is hashed: the desk's child process

    digest = hashlib.sha256()
    buffer = bytearray(HASH_BLOCK)
    view = memoryview(buffer)
    with path.open("rb", buffering=0) as f:
        while n := f.readinto(buffer):
            digest.update(view[:n])
    return digest.hexdigest()


def _connect(path: Path, mmap: bool) -> sqlite3.Connection:
    conn = open_readonly(path)
    if mmap:  # only on the database's own disk: an I/O error in a mapped file ends the process
        conn.execute("PRAGMA mmap_size=4294967296")
    return conn


def _quick_check(path: Path, mmap: bool, table: str | None) -> list[str]:
    """The rows of quick_check, of one table (and its indexes) or of the whole file."""
    conn = _connect(path, mmap)
    try:
        if table is None:
            return [r[0] for r in conn.execute(f"PRAGMA quick_check({PROBLEMS})")]
        name = '"' + table.replace('"', '""') + '"'
        return [r[0] for r in conn.execute(f"PRAGMA quick_check({name})")]
    finally:
        conn.close()


def _describe(path: Path, counted: tuple[str, ...]) -> tuple[str | None, dict[str, int], list]:
    """(schema version, counts of the counted tables, tables largest first) of the copy."""
    conn = open_readonly(path)
    try:
        tables = [  # (a virtual table has no b-tree of its own: its shadow tables are checked)
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL%'"
            )
        ]
        indexes: dict[str, int] = {}
        for (table,) in conn.execute("SELECT tbl_name FROM sqlite_master WHERE type='index'"):
            indexes[table] = indexes.get(table, 0) + 1
        rows = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        version = None
        if "alembic_version" in rows:
            found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            version = found[0] if found else None
    finally:
        conn.close()
    order = sorted(tables, key=lambda t: rows[t] * (1 + indexes.get(t, 0)), reverse=True)
    return version, {t: rows[t] for t in counted if t in rows}, order


def check_copy(
    path: Path, counted: tuple[str, ...], *, mmap: bool, whole: bool, digest: bool
) -> CopyCheck:
    """quick_check (per table on two threads, or `whole`), schema version, counts, SHA-256."""
    try:
        version, counts, tables = _describe(path, counted)
    except sqlite3.DatabaseError as exc:
        return CopyCheck(f"不是完好的数据库文件：{exc}")
    with ThreadPoolExecutor(WORKERS, thread_name_prefix="vipdesk-check") as pool:
        hashed = pool.submit(file_sha256, path) if digest else None  # first: it is the largest
        parts: list[Future[list[str]]] = []
        if whole:
            parts.append(pool.submit(_quick_check, path, mmap, None))
        else:
            parts.append(pool.submit(_quick_check, path, mmap, "sqlite_master"))
            parts += [pool.submit(_quick_check, path, mmap, t) for t in tables]
        try:
            problems = [row for part in parts for row in part.result() if row != "ok"]
        except sqlite3.DatabaseError as exc:
            return CopyCheck(f"不是完好的数据库文件：{exc}", version, counts)
        sha256 = hashed.result() if hashed else ""
    if problems:
        return CopyCheck("完整性检查未通过：" + "；".join(problems[:PROBLEMS]), version, counts)
    if "members" not in counts:
        return CopyCheck("文件中没有VIP Desk的数据表", version, counts)
    return CopyCheck("ok", version, counts, sha256)
