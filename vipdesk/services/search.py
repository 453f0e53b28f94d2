"""Member search: name (whole or part), pinyin (full or initials), ID, phone, policy, card.

Every kind of match is an indexed lookup; kinds are ranked (exact before prefix before part) and
each kind is limited before the union, so a page costs the same on 1,000 or 1,000,000 rows.
The search is the desk's hot path: its SQL is built once per combination of kinds and runs on
the driver's cursor, so our cost stays close to the raw query (bench/bench_core.py).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from vipdesk.domain.cards import looks_like_card_number
from vipdesk.domain.people import mask_id_number, mask_phone, normalise, upgrade_15
from vipdesk.domain.validation import (
    DOT_LOOKALIKES,
    HAN_RANGES,
    IDEOGRAPHIC_ZERO,
    MIDDLE_DOT,
    fold_latin,
)
from vipdesk.services.permissions import require

if TYPE_CHECKING:  # no SQLAlchemy at run time: the command line's SQLite path searches too
    from sqlalchemy.orm import Session

    from vipdesk.services.actor import Actor

HAN = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in HAN_RANGES) + IDEOGRAPHIC_ZERO
CJK = re.compile(f"^[{HAN}][{HAN}·]*$")  # Han of every plane (𠮷), minority names with ·
CURRENT = "c.status IN ('active', 'suspended')"
# A prefix is the index range [prefix, successor): exactly the strings that start with it, compared
# by code point (COLLATE "C" on PostgreSQL). No LIKE with a bound pattern: SQLite re-prepares such
# a statement on every call (4.5-5x its cost), and the range already selects exactly these rows.
PREFIX = "{col} >= ? AND {col} < ?"
# kind -> (rank, SQL selecting (member id, sort key) with ? parameters)
KINDS = {
    "name": (0, "SELECT id AS mid, '' AS k FROM members WHERE name = ?"),
    "name_prefix": (1, f"SELECT id AS mid, name AS k FROM members "
                       f"WHERE {PREFIX.format(col='name')} AND name <> ? ORDER BY name, id"),
    "given_prefix": (2, f"SELECT id AS mid, given_name AS k FROM members WHERE "
                        f"{PREFIX.format(col='given_name')} ORDER BY given_name, id"),
    # the name index in member order, each name read by primary key until the page is full
    "name_part": (3, "SELECT g.member_id AS mid, '' AS k FROM member_name_chars g WHERE g.ch = ? "
                     "AND (SELECT INSTR(m.name, ?) FROM members m WHERE m.id = g.member_id) > 0 "
                     "ORDER BY g.member_id"),
    "pinyin": (0, "SELECT id AS mid, '' AS k FROM members WHERE name_pinyin = ?"),
    "initials": (0, "SELECT id AS mid, '' AS k FROM members WHERE name_initials = ?"),
    "pinyin_prefix": (1, f"SELECT id AS mid, name_pinyin AS k FROM members WHERE "
                         f"{PREFIX.format(col='name_pinyin')} AND name_pinyin <> ? "
                         "ORDER BY name_pinyin, id"),
    "initials_prefix": (2, f"SELECT id AS mid, name_initials AS k FROM members WHERE "
                           f"{PREFIX.format(col='name_initials')} AND name_initials <> ? "
                           "ORDER BY name_initials, id"),
    "id_number": (0, "SELECT id AS mid, '' AS k FROM members WHERE id_number = ?"),
    "phone": (0, "SELECT id AS mid, '' AS k FROM members WHERE phone = ?"),
    "card": (0, "SELECT member_id AS mid, '' AS k FROM cards WHERE number = ?"),
    "policy": (0, "SELECT member_id AS mid, '' AS k FROM policies WHERE policy_no = ?"),
    "id_suffix": (1, f"SELECT id AS mid, id_reversed AS k FROM members WHERE "
                     f"{PREFIX.format(col='id_reversed')} ORDER BY id_reversed, id"),
}  # fmt: skip


BLOCKED_VERBS = {"lost": "挂失", "damaged": "因损坏停用", "replaced": "换卡停用", "revoked": "注销"}


@dataclass(frozen=True)
class BlockedCard:
    """A lost, damaged, replaced or revoked card number presented at the desk: never valid."""

    number: str
    status: str
    since: dt.date | None

    @property
    def warning(self) -> str:
        """The red warning: 此卡已于 2026-11-27 挂失，不能使用."""
        verb = BLOCKED_VERBS.get(self.status, "停用")
        when = f"已于 {self.since.isoformat()} " if self.since else "已"
        return f"此卡{when}{verb}，不能使用"

    def to_json(self) -> dict[str, object]:
        """JSON form: number, status, since."""
        return {
            "number": self.number,
            "status": self.status,
            "since": self.since.isoformat() if self.since else None,
        }


@dataclass(frozen=True)
class MemberSummary:
    """One search result: never the full ID number."""

    id: int
    name: str
    id_number_masked: str
    phone_masked: str
    tier: str | None
    vip_status: str
    afyp: Decimal
    card_number: str | None
    card_status: str | None
    blocked_card: BlockedCard | None = None  # the number searched is a blocked card of theirs

    def to_json(self) -> dict[str, object]:
        """JSON form for `vipdesk search --json`."""
        return {
            "blocked_card": None if self.blocked_card is None else self.blocked_card.to_json(),
            "name": self.name,
            "id_number_masked": self.id_number_masked,
            "phone_masked": self.phone_masked,
            "tier": self.tier,
            "vip_status": self.vip_status,
            "afyp": float(self.afyp),
            "card_number": self.card_number,
            "card_status": self.card_status,
        }


def _prefix_range(prefix: str) -> list[str]:
    """Parameters of PREFIX: the range [prefix, successor) of the strings starting with it."""
    last = ord(prefix[-1]) + 1
    if 0xD800 <= last <= 0xDFFF:  # surrogates are never stored: U+D7FF is followed by U+E000
        last = 0xE000
    if last > 0x10FFFF:  # no successor of the last code point: never typed, nothing to find
        return [prefix, prefix]
    return [prefix, prefix[:-1] + chr(last)]


def plan(query: str) -> list[tuple[str, list[Any]]]:
    """The kinds of match a query can be, each with its parameters, best first."""
    if CJK.match(query):
        return [
            ("name", [query]),
            ("name_prefix", [*_prefix_range(query), query]),
            ("given_prefix", _prefix_range(query)),
            # the index holds characters and pairs within a word; CJK only: nothing to escape
            ("name_part", [query.split("·")[-1][-2:] or query[-1], query]),
        ]
    if re.fullmatch(r"[a-z]+", query.lower()):
        q = query.lower()
        kinds = [
            ("pinyin", [q]),
            ("initials", [q]),
            ("pinyin_prefix", [*_prefix_range(q), q]),
        ]
        if len(q) >= 2:
            kinds.append(("initials_prefix", [*_prefix_range(q), q]))
        return kinds
    q = query.upper()
    kinds = []
    if re.fullmatch(r"\d{17}[\dX]|\d{15}", q):
        kinds.append(("id_number", [upgrade_15(q) if len(q) == 15 else q]))
    if re.fullmatch(r"1\d{10}", q):
        kinds.append(("phone", [q]))
    if looks_like_card_number(q):
        kinds.append(("card", [q]))
    if re.fullmatch(r"[0-9A-Z\-]{4,32}", q):
        kinds.append(("policy", [q]))
    if re.fullmatch(r"\d{3,5}[\dX]", q):
        kinds.append(("id_suffix", _prefix_range(q[::-1])))
    return kinds


# PostgreSQL: search statements run on their generic plan, made once per connection when the
# driver prepares the statement (its 6th run) and reused. Left to choose (plan_cache_mode auto),
# PostgreSQL keeps re-planning some of them on every call: each search then pays ~0.4 ms of
# planning for 0.1-0.3 ms of work (full pinyin, initials, ID suffix: 2-3x). The generic plans
# read the same indexes (tests/db/test_query_plans.py explains them). The window's connection
# is set once (GENERIC_PLANS); a session's transaction at its first search (LOCAL_GENERIC_PLANS,
# undone by PostgreSQL when the transaction ends).
GENERIC_PLANS = "SET plan_cache_mode = force_generic_plan"
LOCAL_GENERIC_PLANS = "SELECT set_config('plan_cache_mode', 'force_generic_plan', true)"
_PLANNED_IN = "vipdesk.search.generic_plans"  # Session.info: the transaction already set

SUMMARY = (
    "SELECT m.id, m.name, m.id_number, m.phone, m.tier, m.vip_status, m.afyp, c.number, "
    "c.status FROM ({best}) AS best JOIN members m ON m.id = best.mid "
    f"LEFT JOIN cards c ON c.member_id = m.id AND {CURRENT} ORDER BY {{order}}"
)


def _kind_sql(kind: str, dialect: str) -> tuple[int, str]:
    """(rank, SQL) of one kind; on PostgreSQL prefix ranges and their order compare by code
    point (COLLATE "C"), so the C-collation index serves both and a page stops at its size."""
    rank, sql = KINDS[kind]
    if dialect == "postgresql":
        sql = re.sub(r"(\w+) (>=|<) \?", r'\1 COLLATE "C" \2 ?', sql)
        sql = re.sub(r"ORDER BY (\w+), id", r'ORDER BY \1 COLLATE "C", id', sql)
        sql = sql.replace("INSTR(", "STRPOS(")
    if "ORDER BY" not in sql:
        sql += " ORDER BY mid"
    return rank, sql


@lru_cache(maxsize=64)
def search_sql(kinds: tuple[str, ...], dialect: str) -> str:
    """One statement for this combination of kinds: ranked, de-duplicated, paged, summarised.

    A single kind is paged directly (no union, no grouping); several are each limited to the
    page's end, united and ranked. On PostgreSQL the prefix ranges compare by code point
    (COLLATE "C"), as on SQLite: create the database with C.UTF-8, as the README says.
    """
    k = 'k COLLATE "C"' if dialect == "postgresql" else "k"
    if len(kinds) == 1:
        best = f"{_kind_sql(kinds[0], dialect)[1]} LIMIT ? OFFSET ?"
        sql = SUMMARY.format(best=best, order=f"best.{k}, best.mid")
    else:
        # rank and key in one string ('1王建国'): a member found by several kinds sorts by the
        # key of its best kind (two separate MINs would pair rank 1 with the '' of rank 3)
        parts = []
        for i, kind in enumerate(kinds):
            rank, kind_sql = _kind_sql(kind, dialect)
            parts.append(f"SELECT mid, '{rank}' || k AS k FROM ({kind_sql} LIMIT ?) AS q{i}")
        best = (
            f"SELECT mid, MIN({k}) AS k FROM ({' UNION ALL '.join(parts)}) AS hits "
            f"GROUP BY mid ORDER BY MIN({k}), mid LIMIT ? OFFSET ?"
        )
        sql = SUMMARY.format(best=best, order=f"best.{k}, best.mid")
    return sql.replace("?", "%s") if dialect == "postgresql" else sql


def statement(
    kinds: list[tuple[str, list[Any]]], dialect: str, limit: int, offset: int
) -> tuple[str, list[Any]]:
    """(SQL, parameters) of a search for these planned kinds, a page of `limit` from `offset`."""
    params: list[Any] = []
    for _kind, values in kinds:
        params += values
        if len(kinds) > 1:
            params.append(limit + offset)
    params += [limit, offset]
    return search_sql(tuple(k for k, _ in kinds), dialect), params


CENTS = Decimal("0.01")


def _summary(row: Any) -> MemberSummary:
    return MemberSummary(
        row[0],
        row[1],
        mask_id_number(row[2]),
        mask_phone(row[3]),
        row[4],
        row[5],
        Decimal(row[6]).quantize(CENTS),
        row[7],
        row[8],
    )


def planned(text: str) -> list[tuple[str, list[Any]]]:
    """The kinds of match typed text can be (normalised: dots, full-width, Latin folded)."""
    dots = "".join(MIDDLE_DOT if ch in DOT_LOOKALIKES else ch for ch in text)
    query = normalise(dots).strip("·")
    query = fold_latin(query) if not CJK.match(query) else query
    return plan(query) if query else []


def run_search(
    cursor: Any, dialect: str, kinds: list[tuple[str, list[Any]]], limit: int, offset: int
) -> list[MemberSummary]:
    """Run the planned search on a driver cursor: the page's summaries, a blocked card marked.
    On PostgreSQL the connection should plan generically (GENERIC_PLANS)."""
    sql, params = statement(kinds, dialect, limit, offset)
    cursor.execute(sql, params)
    found = [_summary(row) for row in cursor.fetchall()]
    card = dict(kinds).get("card")
    if not card or not found or any(m.card_number == card[0] for m in found):
        return found  # card numbers are unique: one found holds it as a current card
    mark = "%s" if dialect == "postgresql" else "?"
    cursor.execute(f"SELECT member_id, status, closed_on FROM cards WHERE number = {mark}", card)
    row = cursor.fetchone()
    if row is None or row[1] in ("active", "suspended"):
        return found
    since = dt.date.fromisoformat(row[2]) if isinstance(row[2], str) else row[2]
    blocked = BlockedCard(card[0], row[1], since)
    return [replace(m, blocked_card=blocked) if m.id == row[0] else m for m in found]


def search_members(
    session: Session, text: str, limit: int = 50, offset: int = 0, *, actor: Actor
) -> list[MemberSummary]:
    """Member summaries matching `text`, best matches first (a page of `limit` from `offset`).

    `actor` must hold `member.search` (refused `not_permitted` otherwise, and audited).
    On PostgreSQL the session's transaction plans prepared statements generically from its first
    search on (LOCAL_GENERIC_PLANS; PostgreSQL undoes it at commit or rollback).
    The window reads through `vipdesk.services.search_reader.search_page` instead (no session).
    """
    require(actor, "member.search", session)
    kinds = planned(text)
    if not kinds:
        return []
    conn = session.connection()
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        if conn.dialect.name == "postgresql":
            transaction = session.get_transaction()
            if session.info.get(_PLANNED_IN) is not transaction:
                cursor.execute(LOCAL_GENERIC_PLANS)  # for the rest of this transaction
                session.info[_PLANNED_IN] = transaction
        return run_search(cursor, conn.dialect.name, kinds, limit, offset)
    finally:
        cursor.close()
