"""SQLite apply of a members import: everything compared and sorted before the write lock.

`prepare` reads a WAL snapshot (no lock) and leaves in the staging file what the locked step
needs: each row's state, the member ids of changed rows (updated by primary key), the old names'
index rows of renamed members, the new members' name-index rows in index order, and whether the
load is big enough to rebuild the members indexes instead of inserting into them row by row.
`apply_members` (under the lock) is set-based SQL only: no per-row Python.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import DateTime, bindparam, text
from sqlalchemy.orm import Session

from vipdesk.domain.names import name_grams
from vipdesk.errors import DatabaseError
from vipdesk.services.database import CONFLICT
from vipdesk.services.import_apply import MEMBER_INSERT, MEMBER_STATE, POLICY_STATE
from vipdesk.services.import_stage import Stage

NOW = bindparam("now", type_=DateTime(timezone=True))
# A first load of many new members rebuilds the members table's secondary indexes (one sort
# each) instead of inserting every row into each of them at a random place: from this many new
# rows, and at least as many as the table holds already.
BULK_MIN_NEW = 50_000
PREPARE_CACHE_KB = 32_000
CANCEL_EVERY = 100_000  # SQLite steps between two looks at cancel while comparing
CONSTANT_ON_INSERT = frozenset({"tier", "vip_status", "afyp"})  # the same for every new member
# A policies file is built aside when it writes at least this many policies and each written
# policy saves the lock time of copying POLICY_PAGES pages (measured: a written policy ~60 µs
# under the lock in place, tiers and cards included; a 4 KiB page copied in ~13 µs).
POLICY_ASIDE_MIN = 10_000
POLICY_PAGES = 4
APPLY_CACHE_KB = 32_000  # page cache while applying; an index sort takes as much again

TOKEN = (
    "SELECT (SELECT MAX(id) FROM import_reports), (SELECT MAX(id) FROM members), "
    "(SELECT MAX(id) FROM policies)"
)
# the new members' name grams in index order (character, then file order, which is the order
# of the ids the insert gives them)
GRAMS_RANKED = """
CREATE TABLE stage.grams_new AS SELECT g.gram AS gram, r.rank AS rank FROM stage_grams g
JOIN (SELECT key, ROW_NUMBER() OVER (ORDER BY line) AS rank FROM stage_members
      WHERE state = 'new') r ON r.key = g.key ORDER BY g.gram, r.rank
"""
RENAMED_TABLE = """
CREATE TABLE stage.renamed (member_id INTEGER PRIMARY KEY, key TEXT, old_name TEXT, name TEXT,
  given_name TEXT, name_pinyin TEXT, name_initials TEXT, phone TEXT, address TEXT)
"""
RENAMED_STAGE = """
INSERT INTO stage.renamed SELECT m.id, s.key, m.name, s.name, s.given_name, s.name_pinyin,
  s.name_initials, s.phone, s.address
FROM stage_members s JOIN members m ON m.id_number = s.key
WHERE s.state = 'changed' AND m.name <> s.name ORDER BY m.id
"""
CONTACT_TABLE = """
CREATE TABLE stage.contact (member_id INTEGER PRIMARY KEY, key TEXT, phone TEXT, address TEXT,
  phone_changed INTEGER)
"""
CONTACT_STAGE = """
INSERT INTO stage.contact SELECT m.id, s.key, s.phone, s.address, m.phone IS NOT s.phone
FROM stage_members s JOIN members m ON m.id_number = s.key
WHERE s.state = 'changed' AND m.name = s.name ORDER BY m.id
"""
# under the lock
RENAMED_APPLY = """
UPDATE members SET name = r.name, given_name = r.given_name, name_pinyin = r.name_pinyin,
  name_initials = r.name_initials, phone = r.phone, address = r.address, updated_at = :now
FROM stage.renamed r WHERE members.id = r.member_id AND members.id_number = r.key
"""
# a changed address or phone: only the phone index is touched, and only where the phone changed
ADDRESS_APPLY = """
UPDATE members SET address = c.address, updated_at = :now
FROM stage.contact c WHERE members.id = c.member_id AND members.id_number = c.key
"""
PHONE_APPLY = """
UPDATE members SET phone = c.phone
FROM stage.contact c WHERE c.phone_changed AND members.id = c.member_id
  AND members.id_number = c.key
"""
GRAMS_OLD_DELETE = """
DELETE FROM member_name_chars WHERE (ch, member_id) IN (SELECT ch, member_id FROM grams_old)
"""
GRAMS_RENAMED_INSERT = """
INSERT INTO member_name_chars (ch, member_id)
SELECT g.gram, r.member_id FROM stage.renamed r JOIN stage_grams g ON g.key = r.key
"""
GRAMS_FROM_RANKS = """
INSERT INTO member_name_chars (ch, member_id) SELECT gram, :base + rank FROM grams_new
ORDER BY rowid
"""
GRAMS_NEW_JOIN = """
INSERT INTO member_name_chars (ch, member_id)
SELECT g.gram, m.id FROM stage_grams g JOIN stage_members s ON s.key = g.key
  JOIN members m ON m.id_number = g.key WHERE s.state = 'new'
"""
NEW_IDS = """
SELECT COUNT(*), MIN(m.id), MAX(m.id),
  (SELECT key FROM stage_members WHERE state = 'new' ORDER BY line LIMIT 1),
  (SELECT key FROM stage_members WHERE state = 'new' ORDER BY line DESC LIMIT 1),
  (SELECT id_number FROM members WHERE id = :base + 1),
  (SELECT id_number FROM members WHERE id = (SELECT MAX(id) FROM members))
FROM members m WHERE m.id > :base
"""
INDEXES = (
    "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = 'members' "
    "AND sql IS NOT NULL ORDER BY name"
)


@dataclass(frozen=True)
class Prepared:
    """What the comparison outside the lock found, valid while `token` is unchanged."""

    token: tuple[Any, ...]
    new: int
    renamed: int
    contact: int
    same: int
    bulk: bool
    aside: bool = False  # built in a side copy and copied in (vipdesk.services.import_aside)
    written: int = 0  # rows the apply step writes or re-indexes (members), or policies written
    policies: bool = False  # a policies file (tiers and cards follow each written policy)


def state_token(conn: Any) -> tuple[Any, ...]:
    """What changes when members or policies are written by anyone (imports, demo data)."""
    return tuple(conn.execute(TOKEN).fetchone())


class Cancelled(Exception):
    """The administrator cancelled while the staged rows were compared; nothing written."""


def prepare(database: str, stage: Stage, cancelled: Callable[[], bool] = lambda: False) -> Prepared:
    """Compare the staged rows with the database OUTSIDE the write lock (a WAL snapshot).

    The apply step uses the result only if the state token read in the same snapshot has not
    moved meanwhile (another import ran); else it compares again inside its transaction.
    A cancel request stops the comparison within CANCEL_EVERY SQLite steps (Cancelled).
    """
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, isolation_level=None)
    conn.set_progress_handler(lambda: int(cancelled()), CANCEL_EVERY)
    try:
        return _prepare(conn, stage)
    except sqlite3.OperationalError:
        if cancelled():
            raise Cancelled from None
        raise
    finally:
        conn.close()


def _prepare(conn: sqlite3.Connection, stage: Stage) -> Prepared:
    """The comparison of `prepare` on its read-only connection."""
    conn.execute(f"PRAGMA cache_size = -{PREPARE_CACHE_KB}")
    conn.execute("ATTACH DATABASE ? AS stage", (str(stage.path),))
    conn.execute("BEGIN")
    if stage.table == "stage_members":
        prepared = _prepare_members(conn)
    else:
        token = state_token(conn)
        conn.execute(POLICY_STATE)
        conn.execute("CREATE INDEX stage.stage_state ON stage_policies (state, line)")
        written = int(
            conn.execute("SELECT COUNT(*) FROM stage_policies WHERE state <> 'same'").fetchone()[0]
        )
        aside = _policies_aside(conn, written)
        prepared = Prepared(token, 0, 0, 0, 0, False, aside, written, policies=True)
    conn.execute("COMMIT")
    return prepared


def _prepare_members(conn: sqlite3.Connection) -> Prepared:
    """Compare and sort the staged members in the snapshot of `conn` (stage attached, BEGIN)."""
    token = state_token(conn)
    conn.execute(MEMBER_STATE)
    conn.execute(GRAMS_RANKED)
    conn.execute(RENAMED_TABLE)
    conn.execute(RENAMED_STAGE)
    conn.execute(CONTACT_TABLE)
    conn.execute(CONTACT_STAGE)
    _old_grams(conn)
    counts = dict(conn.execute("SELECT state, COUNT(*) FROM stage_members GROUP BY state"))
    renamed = int(conn.execute("SELECT COUNT(*) FROM stage.renamed").fetchone()[0])
    contact = int(conn.execute("SELECT COUNT(*) FROM stage.contact").fetchone()[0])
    existing = int(conn.execute("SELECT COUNT(*) FROM members").fetchone()[0])
    new = int(counts.get("new", 0))
    # the locked step reads only the new rows, in file order, through this index
    conn.execute("CREATE INDEX stage.stage_state ON stage_members (state, line)")
    bulk = new >= BULK_MIN_NEW and new >= existing
    same = int(counts.get("same", 0))
    # rows the lock would cost in place: a big load also re-sorts the existing members' indexes
    written = new + renamed + contact + (existing if bulk else 0)
    return Prepared(token, new, renamed, contact, same, bulk, bulk, written)


def _policies_aside(conn: sqlite3.Connection, written: int) -> bool:
    """True when copying the whole database in holds the lock shorter than writing in place.

    Writing a policy in place (insert, tier recompute, cards) costs about as much lock time as
    copying `POLICY_PAGES` pages of the database in.
    """
    pages = int(conn.execute("PRAGMA main.page_count").fetchone()[0])
    return written >= POLICY_ASIDE_MIN and written * POLICY_PAGES >= pages


def _old_grams(conn: sqlite3.Connection) -> None:
    """Stage the index rows of the renamed members' old names."""
    conn.execute("CREATE TABLE stage.grams_old (ch TEXT, member_id INTEGER)")
    cursor = conn.execute("SELECT member_id, old_name FROM stage.renamed")
    while batch := cursor.fetchmany(5000):
        conn.executemany(
            "INSERT INTO stage.grams_old (ch, member_id) VALUES (?, ?)",
            [(g, mid) for mid, name in batch for g in name_grams(name)],
        )


def apply_members(session: Session, now: dt.datetime, prepared: Prepared) -> tuple[int, int, int]:
    """Under the lock: insert, update by primary key, index; (new, changed, same)."""
    params = {"now": now}
    base = int(session.execute(text("SELECT COALESCE(MAX(id), 0) FROM members")).scalar_one())
    indexes = _drop_indexes(session) if prepared.bulk else []
    session.execute(text(MEMBER_INSERT).bindparams(NOW), params)
    _updated(session, RENAMED_APPLY, params, prepared.renamed)
    _updated(session, ADDRESS_APPLY, params, prepared.contact)
    session.execute(text(PHONE_APPLY))
    if prepared.renamed:
        session.execute(text(GRAMS_OLD_DELETE))
        session.execute(text(GRAMS_RENAMED_INSERT))
    if prepared.new and _ids_follow_ranks(session, base, prepared.new):
        session.execute(text(GRAMS_FROM_RANKS), {"base": base})  # ids base+1 … base+new
    elif prepared.new:
        session.execute(text(GRAMS_NEW_JOIN))  # ids read from the members just inserted
    for sql in indexes:
        session.execute(text(sql))
    return prepared.new, prepared.renamed + prepared.contact, prepared.same


def _updated(session: Session, sql: str, params: dict[str, Any], expected: int) -> None:
    """Run an update by primary key; every staged row must find its member."""
    if expected and session.execute(text(sql).bindparams(NOW), params).rowcount != expected:  # type: ignore[attr-defined]
        raise DatabaseError(CONFLICT)


def _drop_indexes(session: Session) -> list[str]:
    """Drop the members table's secondary indexes; their CREATE statements, to rebuild after.

    An index only of columns every new member gets the same value in (tier, VIP status, AFYP)
    stays: the new rows append to it in id order, cheaper than rebuilding it.
    """
    dropped = []
    for name, sql in session.execute(text(INDEXES)).all():
        columns = {row[2] for row in session.execute(text(f"PRAGMA main.index_info('{name}')"))}
        if columns <= CONSTANT_ON_INSERT:  # an expression's column is None: rebuilt
            continue
        session.execute(text(f'DROP INDEX main."{name}"'))
        dropped.append(str(sql))
    return dropped


def _ids_follow_ranks(session: Session, base: int, new: int) -> bool:
    """True when the insert gave the new members the ids base+1 … base+new in file order."""
    row = session.execute(text(NEW_IDS), {"base": base}).one()
    count, low, high, first_key, last_key, first_number, last_number = row
    return bool(
        count == new
        and low == base + 1
        and high == base + new
        and (first_key, last_key) == (first_number, last_number)
    )


def before_lock(raw: Any, prepared: Prepared | None) -> bool:
    """Settings of the import's connection for its one transaction (restored by `after_lock`).

    In WAL mode (True) the commit only appends the transaction to the WAL (synchronous NORMAL)
    and copies nothing into the database file (no automatic checkpoint): the lock is released
    as soon as the WAL holds the transaction, and `make_durable` waits for the disk before
    success is reported. Any other journal mode keeps the desk's full sync.

    A big first load also turns the per-row foreign-key lookups off (five name-index rows per
    member, each a random read of the members table): its name-index rows reference the ids
    the insert gave, checked set-based by `_ids_follow_ranks`, and `check_references` checks
    the rest before the commit.
    """
    raw.execute(f"PRAGMA main.cache_size = -{APPLY_CACHE_KB}")
    if prepared is not None and prepared.bulk:
        raw.execute("PRAGMA foreign_keys = OFF")
    wal = str(raw.execute("PRAGMA main.journal_mode").fetchone()[0]).lower() == "wal"
    if wal:
        raw.execute("PRAGMA main.synchronous = NORMAL")
        raw.execute("PRAGMA wal_autocheckpoint = 0")
    return wal


def check_references(session: Session) -> None:
    """Foreign keys off (a big first load): the report's and manager rows' references exist.

    The name-index rows were checked by id range; the members' rows reference nothing.
    """
    if session.execute(text("PRAGMA foreign_keys")).scalar_one():
        return
    for table in ("import_reports", "member_account_managers"):
        if session.execute(text(f"PRAGMA main.foreign_key_check('{table}')")).first():
            raise DatabaseError(CONFLICT)


def make_durable(raw: Any, database: str) -> None:
    """After the commit, outside the lock: the WAL on disk (fsync), then a passive checkpoint.

    Desks write meanwhile (a passive checkpoint blocks nobody); without it the next desk to
    commit would copy the whole import into the database file while its clerk waits.
    """
    try:
        # read-write: Windows syncs only a file opened for writing; nothing is written here
        fd = os.open(f"{database}-wal", os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise DatabaseError(
            f"导入已写入，但无法确认已保存到磁盘（{exc.strerror}），请检查磁盘后重新导入"
        ) from None
    with contextlib.suppress(sqlite3.Error):  # else the next automatic checkpoint does it
        raw.execute("PRAGMA wal_checkpoint(PASSIVE)")


def after_lock(raw: Any) -> None:
    """The desk's settings again on the import's connection."""
    raw.execute("PRAGMA main.cache_size = -2000")
    raw.execute("PRAGMA foreign_keys = ON")
    raw.execute("PRAGMA main.synchronous = FULL")
    raw.execute("PRAGMA wal_autocheckpoint = 1000")
