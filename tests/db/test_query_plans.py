"""Query plans: every per-member lookup and every search kind reads through an index.

The statements are the ones the services really run (captured from the engine while they work on a
populated database) or, for search, the statement `search_sql` builds with its real parameters.
Each is explained — SQLite `EXPLAIN QUERY PLAN`, PostgreSQL `EXPLAIN` with sequential scans
priced out, so a Seq Scan left in the plan means no index can serve it — and a full scan of
members, cards or policies fails the test: at 1,000,000 members such a scan costs tens of ms.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, select

from tests.staff_helpers import actor_for
from vipdesk.db.models import Card, Member, Policy
from vipdesk.rules import load_rules
from vipdesk.services.cards import current_card_of
from vipdesk.services.database import Database
from vipdesk.services.demo import add_demo_members
from vipdesk.services.members import current_card, member_detail
from vipdesk.services.search import plan, statement
from vipdesk.services.usage import uses_of

BIG = ("members", "cards", "policies")
ON = dt.date(2026, 11, 27)


@pytest.fixture
def populated(db, rules, actor) -> Database:
    """A database with 300 demo members (policies, cards, tiers) and analysed statistics."""
    add_demo_members(db, rules, actor, 300, seed=14, today=ON)
    return db


@contextmanager
def captured(db: Database) -> Iterator[list[tuple[str, Any]]]:
    """Every SELECT the engine runs inside the block, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def keep(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT") and not executemany:
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)


def full_scans(
    db: Database, statement: str, parameters: Any, tables: tuple[str, ...] = BIG
) -> list[str]:
    """Plan lines that read all of one of `tables` (members, cards, policies; empty: indexed)."""
    with db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            lines = [r[3] for r in rows]
            aliases = _aliases(statement)
            bad = []
            for line in lines:
                m = re.match(r"SCAN (\w+)", line)
                if m and aliases.get(m.group(1), m.group(1)) in tables:
                    bad.append(line)
            return bad
        lines = pg_plan(conn, statement, parameters)
        bad = [x for x in lines if (m := SEQ.search(x)) and m.group(1) in tables]
        pairs = zip(lines, [*lines[1:], ""], strict=True)
        return bad + [x for x, after in pairs if _unbounded(x, after)]


SEQ = re.compile(r"Seq Scan on (\w+)")
INDEX = re.compile(r"(Index Scan|Index Only Scan|Bitmap Index Scan) (using|on) (\w+)")


def _unbounded(line: str, after: str) -> bool:
    """An index scan with no condition: it reads the whole index (a full scan by another name)."""
    return bool(INDEX.search(line)) and "Index Cond" not in after


def pg_plan(conn: Any, statement: str, parameters: Any) -> list[str]:
    """PostgreSQL's plan as at 1,000,000 members: sequential scans, hash and merge joins priced
    out (a handful of test rows would otherwise make any plan cheap; a bitmap read of a whole
    partial index too), so a scan of a whole table or index left in the plan means no index can
    serve the lookup."""
    for switch in ("seqscan", "hashjoin", "mergejoin", "bitmapscan"):
        conn.exec_driver_sql(f"SET enable_{switch} = off")
    lines = [r[0] for r in conn.exec_driver_sql("EXPLAIN " + statement, parameters)]
    conn.rollback()
    return lines


def _aliases(statement: str) -> dict[str, str]:
    """alias → table for `FROM/JOIN table [AS] alias` in the statement."""
    found = {}
    for table, alias in re.findall(r"(?:FROM|JOIN)\s+(\w+)(?:\s+AS)?\s+(\w+)", statement, re.I):
        found[alias] = table
    return found


def _member_with_everything(db: Database) -> int:
    with db.read() as s:
        return s.scalars(
            select(Card.member_id).where(Card.status == "active").order_by(Card.member_id)
        ).first()


def test_member_view_and_letter_reads_use_indexes(populated, actor):
    """member_detail (the member view and every letter: card, policies, relatives, card
    history, history, usage, tier history), current_card_of and uses_of never scan."""
    member_id = _member_with_everything(populated)
    book = load_rules()
    with captured(populated) as seen:
        with populated.read() as s:
            detail = member_detail(s, book, member_id, ON, actor=actor)
            assert current_card(s, member_id) is not None
            uses_of(s, member_id)
        assert current_card_of(populated, member_id) is not None
    assert detail.card is not None and detail.policies
    assert len(seen) >= 8, seen
    problems = {sql: bad for sql, params in seen if (bad := full_scans(populated, sql, params))}
    assert not problems, problems


def test_current_card_is_read_through_the_partial_index(populated):
    """The current-card lookup uses uq_cards_one_current_per_member (the partial index)."""
    member_id = _member_with_everything(populated)
    with captured(populated) as seen, populated.read() as s:
        current_card(s, member_id)
    (sql, params) = seen[-1]
    with populated.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            plan_text = " ".join(
                r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
            )
        else:
            plan_text = " ".join(pg_plan(conn, sql, params))
    assert "uq_cards_one_current_per_member" in plan_text, plan_text


def _queries(db: Database) -> list[str]:
    with db.read() as s:
        m = s.scalars(select(Member).order_by(Member.id).limit(1)).one()
        card = s.scalar(select(Card.number).limit(1))
        policy = s.scalar(select(Policy.policy_no).limit(1))
        return [
            m.name,  # whole name (+ prefix, given-name prefix, part)
            m.name[0],  # one character
            m.name[1:],  # part of a name
            m.name_pinyin,  # full pinyin
            m.name_pinyin[:3],  # pinyin prefix
            m.name_initials,  # initials
            m.id_number,
            m.id_number[-6:],  # ID suffix
            m.phone,
            card,
            policy,
        ]


def test_every_search_kind_uses_indexes(populated):
    """Every kind a search can run (name, prefixes, part, pinyin, initials, ID, suffix, phone,
    card, policy) reads through an index: no full scan of members, cards or policies."""
    dialect = populated.engine.dialect.name
    kinds_seen: set[str] = set()
    problems = {}
    for query in _queries(populated):
        kinds = plan(query)
        assert kinds, query
        kinds_seen.update(k for k, _ in kinds)
        sql, params = statement(kinds, dialect, 50, 0)
        if bad := full_scans(populated, sql, tuple(params)):
            problems[query] = bad
    assert not problems, problems
    every = {"name", "name_prefix", "given_prefix", "name_part", "pinyin", "initials"}
    every |= {"pinyin_prefix", "initials_prefix", "id_number", "phone", "card", "policy"}
    assert every | {"id_suffix"} <= kinds_seen


def test_one_character_search_stops_at_the_page(populated):
    """A one-character name search reads its prefix rows in index order and stops at the page:
    no sort of all the matches (PostgreSQL: ORDER BY with COLLATE "C", the index's order)."""
    dialect = populated.engine.dialect.name
    with populated.read() as s:
        first = s.scalars(select(Member.name).order_by(Member.id).limit(1)).one()[0]
    sql, params = statement(plan(first), dialect, 50, 0)
    with populated.engine.connect() as conn:
        if dialect == "sqlite":
            explained = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, tuple(params))
            lines = [r[3] for r in explained]
            prefix_reads = [x for x in lines if re.search(r"(name|given_name)>\? AND", x)]
        else:
            lines = pg_plan(conn, sql, tuple(params))
            prefix_reads = [x for x in lines if re.search(r"ix_members_(given_)?name_c", x)]
    assert len(prefix_reads) == 2, lines  # name and given name, each by its index range
    sorted_by_name = [x for x in lines if re.search(r"Sort Key: .*\b(given_)?name\b", x)]
    assert not sorted_by_name, lines
    assert not any("Bitmap" in x for x in prefix_reads), lines  # bitmap scans read every match


def pg_generic_plan(conn: Any, sql: str, params: list[Any]) -> list[str]:
    """PostgreSQL's generic plan of a search statement (the plan the desk reuses for every
    search of its shape, search.GENERIC_PLANS), with whole scans priced out as in pg_plan."""
    from psycopg import sql as pgsql

    driver = conn.connection.driver_connection
    for switch in ("seqscan", "hashjoin", "mergejoin", "bitmapscan"):
        conn.exec_driver_sql(f"SET LOCAL enable_{switch} = off")
    conn.exec_driver_sql("SET LOCAL plan_cache_mode = force_generic_plan")
    numbered = sql % tuple(f"${i}" for i in range(1, len(params) + 1))
    driver.execute(f"PREPARE search_plan AS {numbered}")
    values = ", ".join(pgsql.Literal(v).as_string(driver) for v in params)
    try:
        return [r[0] for r in driver.execute(f"EXPLAIN EXECUTE search_plan({values})")]
    finally:
        driver.execute("DEALLOCATE search_plan")
        conn.rollback()


@pytest.fixture
def pg_populated(pg_only_db, rules) -> Database:
    """As `populated`, on PostgreSQL only (generic plans are PostgreSQL's)."""
    actor = actor_for(pg_only_db, "clerk1", "柜员一")
    add_demo_members(pg_only_db, rules, actor, 300, seed=14, today=ON)
    return pg_only_db


def test_every_search_kind_uses_indexes_on_its_generic_plan(pg_populated):
    """On PostgreSQL a search runs on its generic plan (no values known when it is planned):
    that plan too reads every kind through an index, and one character stops at the page."""
    populated = pg_populated
    problems = {}
    with populated.engine.connect() as conn:
        for query in _queries(populated):
            sql, params = statement(plan(query), "postgresql", 50, 0)
            lines = pg_generic_plan(conn, sql, params)
            assert any("$1" in x for x in lines), lines  # generic: no value in the plan
            bad = [x for x in lines if (m := SEQ.search(x)) and m.group(1) in BIG]
            pairs = zip(lines, [*lines[1:], ""], strict=True)
            if bad := bad + [x for x, after in pairs if _unbounded(x, after)]:
                problems[query] = bad
            if len(query) == 1:
                assert not [x for x in lines if re.search(r"Sort Key: .*\bname\b", x)], lines
                reads = [x for x in lines if re.search(r"ix_members_(given_)?name_c", x)]
                assert len(reads) == 2 and not any("Bitmap" in x for x in reads), lines
    assert not problems, problems
