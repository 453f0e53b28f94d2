"""The apply step of an import: staged rows into the desk database in one short transaction.

Everything slow (reading, validating, pinyin, name grams, duplicates) happened before, in the
staging file. Here set-based SQL compares and writes: SQLite ATTACHes the staging file, PostgreSQL
copies it into temporary tables first. On SQLite the writer lock is taken only for this step.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import DateTime, bindparam, text
from sqlalchemy.orm import Session

from vipdesk.services.import_stage import GRAM_FIELDS, Stage

NOW = bindparam("now", type_=DateTime(timezone=True))
PG_TYPES = {
    "stage_members": (
        "key text PRIMARY KEY, line integer, id_reversed text, name text, given_name text, "
        "name_pinyin text, name_initials text, birth_date date, gender text, phone text, "
        "address text, state text"
    ),
    "stage_policies": (
        "key text PRIMARY KEY, line integer, id_number text, product text, channel text, "
        "status text, effective_date date, annual_premium numeric(14, 2), "
        "reinstated_date date, state text"
    ),
    "stage_grams": "key text, gram text",
}
MEMBER_STATE = """
UPDATE stage_members SET state = CASE
  WHEN NOT EXISTS (SELECT 1 FROM members m WHERE m.id_number = stage_members.key) THEN 'new'
  WHEN EXISTS (SELECT 1 FROM members m WHERE m.id_number = stage_members.key AND (
    m.name IS DISTINCT FROM stage_members.name OR m.phone IS DISTINCT FROM stage_members.phone
    OR m.address IS DISTINCT FROM stage_members.address)) THEN 'changed'
  ELSE 'same' END
"""
MEMBER_INSERT = """
INSERT INTO members (id_number, id_reversed, name, given_name, name_pinyin, name_initials,
  birth_date, gender, phone, address, tier, vip_status, afyp, created_at, updated_at)
SELECT s.key, s.id_reversed, s.name, s.given_name, s.name_pinyin, s.name_initials,
  s.birth_date, s.gender, s.phone, s.address, NULL, 'none', 0, :now, :now
FROM stage_members s WHERE s.state = 'new' ORDER BY s.line
"""
MEMBER_UPDATE = """
UPDATE members SET name = s.name, given_name = s.given_name, name_pinyin = s.name_pinyin,
  name_initials = s.name_initials, phone = s.phone, address = s.address, updated_at = :now
FROM stage_members s WHERE s.state = 'renamed' AND members.id_number = s.key
"""
# a changed phone or address only: the name indexes are left alone (fewer index writes)
CONTACT_UPDATE = """
UPDATE members SET phone = s.phone, address = s.address, updated_at = :now
FROM stage_members s WHERE s.state = 'changed' AND members.id_number = s.key
"""
# compare_members, after MEMBER_STATE: changed rows whose name changed
RENAMED_STATE = """
UPDATE stage_members SET state = 'renamed' WHERE state = 'changed' AND EXISTS (
  SELECT 1 FROM members m WHERE m.id_number = stage_members.key AND m.name <> stage_members.name)
"""
GRAMS_DELETE = """
DELETE FROM member_name_chars WHERE member_id IN (SELECT m.id FROM members m
  JOIN stage_members s ON s.key = m.id_number WHERE s.state = 'renamed')
"""
# compare_members: the name-index rows to write, picked from all staged ones before writing
GRAMS_TODO = """
CREATE TEMPORARY TABLE grams_todo {drop} AS SELECT g.key AS key, g.gram AS gram
FROM stage_grams g JOIN stage_members s ON s.key = g.key WHERE s.state IN ('new', 'renamed')
"""
GRAMS_INSERT = """
INSERT INTO member_name_chars (ch, member_id)
SELECT g.gram, m.id FROM grams_todo g JOIN members m ON m.id_number = g.key
"""
POLICY_UNKNOWN = """
SELECT s.line FROM stage_policies s
WHERE NOT EXISTS (SELECT 1 FROM members m WHERE m.id_number = s.id_number) ORDER BY s.line
"""
POLICY_STATE = """
UPDATE stage_policies SET state = CASE
  WHEN NOT EXISTS (SELECT 1 FROM policies p WHERE p.policy_no = stage_policies.key) THEN 'new'
  WHEN EXISTS (SELECT 1 FROM policies p JOIN members m ON m.id = p.member_id
    WHERE p.policy_no = stage_policies.key AND (m.id_number <> stage_policies.id_number
    OR p.product IS DISTINCT FROM stage_policies.product
    OR p.channel IS DISTINCT FROM stage_policies.channel
    OR p.status IS DISTINCT FROM stage_policies.status
    OR p.effective_date IS DISTINCT FROM stage_policies.effective_date
    OR p.annual_premium IS DISTINCT FROM stage_policies.annual_premium
    OR p.reinstated_date IS DISTINCT FROM stage_policies.reinstated_date)) THEN 'changed'
  ELSE 'same' END
"""
POLICY_OLD_OWNERS = """
SELECT p.member_id FROM policies p JOIN stage_policies s ON s.key = p.policy_no
WHERE s.state = 'changed'
"""
POLICY_INSERT = """
INSERT INTO policies (policy_no, member_id, product, channel, status, effective_date,
  annual_premium, reinstated_date)
SELECT s.key, m.id, s.product, s.channel, s.status, s.effective_date, s.annual_premium,
  s.reinstated_date FROM stage_policies s JOIN members m ON m.id_number = s.id_number
WHERE s.state = 'new' ORDER BY s.line
"""
POLICY_UPDATE = """
UPDATE policies SET member_id = m.id, product = s.product, channel = s.channel,
  status = s.status, effective_date = s.effective_date, annual_premium = s.annual_premium,
  reinstated_date = s.reinstated_date
FROM stage_policies s JOIN members m ON m.id_number = s.id_number
WHERE s.state = 'changed' AND policies.policy_no = s.key
"""
POLICY_NEW_OWNERS = """
SELECT m.id FROM stage_policies s JOIN members m ON m.id_number = s.id_number
WHERE s.state IN ('new', 'changed')
"""


def load_stage_postgresql(session: Session, stage: Stage, keep: bool = False) -> None:
    """Copy the staging file into temporary tables of this PostgreSQL transaction (`keep`: of
    the session, until dropped)."""
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    end = "PRESERVE ROWS" if keep else "DROP"
    try:
        for table in (stage.table, "stage_grams"):
            cursor.execute(f"CREATE TEMPORARY TABLE {table} ({PG_TYPES[table]}) ON COMMIT {end}")
            fields = stage.fields if table == stage.table else GRAM_FIELDS
            with cursor.copy(f"COPY {table} ({', '.join(fields)}) FROM STDIN") as copy:
                for row in stage.rows(table):
                    copy.write_row(row)
    finally:
        cursor.close()


def _analyze(session: Session, table: str) -> None:
    """PostgreSQL plans the writes with the states known (else it guesses none changed)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"ANALYZE {table}"))


def _states(session: Session, table: str) -> dict[str, int]:
    rows = session.execute(text(f"SELECT state, COUNT(*) FROM {table} GROUP BY state"))
    return {str(state): int(count) for state, count in rows}


def compare_members(session: Session, keep: bool = False) -> tuple[int, int, int]:
    """Mark each staged member new, changed or unchanged: (new, changed, same). Reads the
    members table only (no row of it locked). PostgreSQL (`keep`: before the write
    transaction, vipdesk.services.import_pg), and SQLite when another import committed after
    the comparison outside the lock (vipdesk.services.import_sqlite)."""
    session.execute(text(MEMBER_STATE))
    session.execute(text(RENAMED_STATE))
    server = session.get_bind().dialect.name == "postgresql"
    if keep:  # compared again inside the transaction: the first comparison's table goes
        session.execute(text("DROP TABLE IF EXISTS grams_todo"))
    drop = "ON COMMIT DROP" if server and not keep else ""
    session.execute(text(GRAMS_TODO.format(drop=drop)))
    _analyze(session, "grams_todo")
    _analyze(session, "stage_members")
    return member_counts(session)


def member_counts(session: Session) -> tuple[int, int, int]:
    """(new, changed, same) of the staged members as compared."""
    states = _states(session, "stage_members")
    changed = states.get("changed", 0) + states.get("renamed", 0)
    return states.get("new", 0), changed, states.get("same", 0)


def apply_members(session: Session, now: dt.datetime) -> None:
    """After compare_members: insert new members, update changed ones; the name index of new
    and renamed members (a new phone or address leaves it alone)."""
    params = {"now": now}
    session.execute(text(MEMBER_INSERT).bindparams(NOW), params)
    session.execute(text(MEMBER_UPDATE).bindparams(NOW), params)
    session.execute(text(CONTACT_UPDATE).bindparams(NOW), params)
    session.execute(text(GRAMS_DELETE))
    session.execute(text(GRAMS_INSERT))
    if session.get_bind().dialect.name != "postgresql":
        session.execute(text("DROP TABLE temp.grams_todo"))


def unknown_member_lines(session: Session, limit: int) -> tuple[int, list[int]]:
    """Lines of staged policies whose member is not in the database: (count, first lines)."""
    lines = [int(row[0]) for row in session.execute(text(POLICY_UNKNOWN))]
    return len(lines), lines[:limit]


def apply_policies(
    session: Session, states_known: bool = False
) -> tuple[tuple[int, int, int], set[int]]:
    """Insert new policies, update changed ones: ((new, changed, same), members affected)."""
    if not states_known:
        session.execute(text(POLICY_STATE))
    _analyze(session, "stage_policies")
    affected: set[Any] = {row[0] for row in session.execute(text(POLICY_OLD_OWNERS))}
    session.execute(text(POLICY_INSERT))
    session.execute(text(POLICY_UPDATE))
    affected |= {row[0] for row in session.execute(text(POLICY_NEW_OWNERS))}
    states = _states(session, "stage_policies")
    counts = (states.get("new", 0), states.get("changed", 0), states.get("same", 0))
    return counts, {int(i) for i in affected}
