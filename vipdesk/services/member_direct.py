"""`vipdesk member` read on the driver alone (no SQLAlchemy; issue 14): an SQLite file
(`sqlite_direct`) or a PostgreSQL server (`pg_direct`, which takes the same `?` statements).

The same reads as `services.members.member_detail` (and the usage, tier history and account
manager it gathers), written as the SQL the ORM sends, with the values converted as SQLAlchemy
converts them: on SQLite dates from their ISO text, money as `Decimal("%.2f" % value)`; psycopg
returns dates and Decimals, taken as they are. tests/db/test_cli_direct.py compares `member` (JSON
and text) on both paths for every member of a demo database with relatives, service use and
tier changes, on SQLite and on PostgreSQL.
The card history and the member's history (操作记录) are read only for the desk's member view
(`histories`): the command shows neither.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from vipdesk.domain.cards import looks_like_card_number, validate_card_number
from vipdesk.domain.people import InvalidIdNumber, age_on, mask_id_number, normalise
from vipdesk.domain.people import parse_id_number as parse_id
from vipdesk.domain.quotas import QuotaState, Use
from vipdesk.errors import NotFound
from vipdesk.rules import RuleBook, Rules
from vipdesk.services.check_parts import usage_states
from vipdesk.services.history_views import HistoryEntry, history_entry
from vipdesk.services.member_views import (
    CENT,
    CardEventView,
    CardView,
    MemberDetail,
    MemberRecord,
    PolicyView,
    RelativeView,
    TierChangeView,
    assemble_detail,
    shown_ref,
)
from vipdesk.services.usage_views import UseLine, UseRecord

COUNTING = ("booked", "delivered")  # as services.usage.COUNTING (a test keeps them equal)


def money(value: Any) -> Decimal:
    """A Numeric(14, 2) value as SQLAlchemy returns it: from SQLite's float as SQLAlchemy converts
    it; psycopg's Decimal as it is."""
    if isinstance(value, Decimal):
        return value
    return Decimal("%.2f" % value)  # noqa: UP031  (SQLAlchemy's own conversion, to the digit)


def moment(value: str | dt.datetime) -> dt.datetime:
    """A stored time as SQLAlchemy returns it: on SQLite parsed from its text (naive, as stored
    in UTC), from psycopg the aware datetime itself."""
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def day(value: str | dt.date | None) -> dt.date | None:
    """A Date column's value as a date (SQLite: its ISO text; psycopg: a date already)."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def find_member_id(conn: Any, ref: str) -> int:
    """As `members.find_member_id`: by card, ID number or policy number; NotFound otherwise."""
    text = normalise(ref)
    if looks_like_card_number(text):
        number = validate_card_number(text)
        found = conn.execute("SELECT member_id FROM cards WHERE number = ?", (number,)).fetchall()
        if not found:
            raise NotFound(f"没有卡号为 {number} 的贵宾卡")
        return int(found[0][0])
    try:
        id_number = parse_id(text).number
    except InvalidIdNumber:
        id_number = None
    if id_number:
        row = conn.execute("SELECT id FROM members WHERE id_number = ?", (id_number,)).fetchall()
        if row:
            return int(row[0][0])
    row = conn.execute("SELECT member_id FROM policies WHERE policy_no = ?", (text,)).fetchall()
    if row:
        return int(row[0][0])
    raise NotFound(f"找不到客户：{shown_ref(text, id_number)}")


def member_detail(
    conn: Any,
    book: RuleBook,
    member_id: int,
    on: dt.date,
    for_letter: bool = False,
    histories: bool = False,
) -> MemberDetail:
    """As `members.member_detail` (the caller has checked `member.view`): without the card
    history and the member's history unless `histories` (the window's member view);
    `for_letter` also without the tier history and account manager."""
    member = conn.execute(
        "SELECT id, name, id_number, phone, gender, birth_date, address FROM members WHERE id = ?",
        (member_id,),
    ).fetchall()
    if not member:
        raise NotFound("客户不存在")
    mid, name, id_number, phone, gender, birth_date, address = member[0]
    record = MemberRecord(mid, name, id_number, phone, gender, day(birth_date), address)  # type: ignore[arg-type]
    rules = book.on(on)
    policies = conn.execute(
        "SELECT policy_no, product, channel, status, effective_date, annual_premium, "
        "reinstated_date FROM policies WHERE member_id = ? ORDER BY effective_date",
        (member_id,),
    ).fetchall()
    return assemble_detail(
        record,
        [
            PolicyView(p[0], p[1], p[2], p[3], day(p[4]), money(p[5]).quantize(CENT), day(p[6]))  # type: ignore[arg-type]
            for p in policies
        ],
        rules,
        on,
        lambda tier: _usage(conn, rules, member_id, tier, on),
        card=_current_card(conn, member_id),
        relatives=_relatives(conn, member_id, on),
        card_history=card_history(conn, member_id) if histories else (),
        history=tuple(history(conn, member_id)) if histories else (),
        tier_history=() if for_letter else _tier_history(conn, member_id),
        account_manager=None if for_letter else _manager_name(conn, member_id),
    )


def _current_card(conn: Any, member_id: int) -> CardView | None:
    rows = conn.execute(
        "SELECT number, tier, status, issued_on, closed_on FROM cards "
        "WHERE member_id = ? AND cards.status IN ('active', 'suspended')",
        (member_id,),
    ).fetchall()
    if not rows:
        return None
    number, tier, status, issued_on, closed_on = rows[0]
    return CardView(number, tier, status, day(issued_on), day(closed_on))  # type: ignore[arg-type]


def _relatives(conn: Any, member_id: int, on: dt.date) -> tuple[RelativeView, ...]:
    rows = conn.execute(
        "SELECT r.id, r.name, r.relation, r.program, r.birth_date, r.status, r.designated_on, "
        "r.id_number, p.policy_no FROM designated_relatives r "
        "LEFT OUTER JOIN policies p ON p.id = r.policy_id "
        "WHERE r.member_id = ? AND r.status = 'active' ORDER BY r.program, r.slot, r.id",
        (member_id,),
    ).fetchall()
    return tuple(
        RelativeView(
            r[0], r[1], r[2], r[3], age_on(day(r[4]), on), r[5], day(r[6]),  # type: ignore[arg-type]
            mask_id_number(r[7]), r[8],
        )
        for r in rows
    )  # fmt: skip


def _usage(
    conn: Any, rules: Rules, member_id: int, tier: str | None, on: dt.date
) -> list[QuotaState]:
    """As `usage.member_usage`."""
    products = rules.kangyue_products
    marks = ", ".join("?" * len(products))
    has_kangyue = bool(products) and bool(
        conn.execute(
            f"SELECT id FROM policies WHERE member_id = ? AND product IN ({marks}) LIMIT 1",
            (member_id, *products),
        ).fetchall()
    )
    by_quota: dict[str, list[Use]] = {}
    for code, used_on, occasion in conn.execute(
        "SELECT quota_code, used_on, occasion FROM service_uses "
        "WHERE member_id = ? AND status IN (?, ?)",
        (member_id, *COUNTING),
    ).fetchall():
        by_quota.setdefault(code, []).append(Use(day(used_on), occasion))  # type: ignore[arg-type]
    return usage_states(rules, tier, has_kangyue, by_quota, on)


def _tier_history(conn: Any, member_id: int) -> tuple[TierChangeView, ...]:
    """As `tier_history.tier_history`."""
    rows = conn.execute(
        "SELECT changed_on, old_tier, new_tier, old_status, new_status, old_afyp, afyp, reason "
        "FROM tier_changes WHERE member_id = ? ORDER BY changed_on DESC, id DESC",
        (member_id,),
    ).fetchall()
    return tuple(
        TierChangeView(
            day(r[0]), r[1], r[2], r[3], r[4], money(r[5]).quantize(CENT),  # type: ignore[arg-type]
            money(r[6]).quantize(CENT), r[7],
        )
        for r in rows
    )  # fmt: skip


def _manager_name(conn: Any, member_id: int) -> str | None:
    rows = conn.execute(
        "SELECT s.username, s.display_name FROM staff_users s "
        "JOIN member_account_managers a ON a.staff_id = s.id WHERE a.member_id = ?",
        (member_id,),
    ).fetchall()
    return str(rows[0][1]) if rows else None


def card_history(conn: Any, member_id: int) -> tuple[CardEventView, ...]:
    """As `members.card_history`: every status change of every card, newest first."""
    rows = conn.execute(
        "SELECT e.at, c.number, e.status_from, e.status_to, e.cause FROM card_events e "
        "JOIN cards c ON c.id = e.card_id WHERE e.member_id = ? ORDER BY e.at DESC, e.id DESC",
        (member_id,),
    ).fetchall()
    return tuple(CardEventView(moment(r[0]), r[1], r[2], r[3], r[4]) for r in rows)


def history(conn: Any, member_id: int, limit: int = 200) -> list[HistoryEntry]:
    """As `history.history_in`: the member's audit records, newest first (the caller has checked
    `member.view`)."""
    rows = conn.execute(
        'SELECT a.at, s.display_name, a.action, a.entity, a.entity_id, a."before", a."after" '
        "FROM audit_log a JOIN staff_users s ON s.id = a.staff_id WHERE a.member_id = ? "
        "ORDER BY a.at DESC, a.id DESC LIMIT ?",
        (member_id, limit),
    ).fetchall()
    return [history_entry(moment(r[0]), *r[1:]) for r in rows]


def uses(conn: Any, member_id: int) -> list[UseLine]:
    """As `usage.member_uses`: every recorded use, newest first, with its case number (the
    caller has checked `member.view`)."""
    rows = conn.execute(
        "SELECT u.id, u.quota_code, u.service_code, u.item_code, u.used_on, u.status, "
        "u.relative_id, u.case_id, u.occasion, c.case_no, u.cancel_reason FROM service_uses u "
        "LEFT OUTER JOIN service_cases c ON u.case_id = c.id WHERE u.member_id = ? "
        "ORDER BY u.used_on DESC, u.id DESC",
        (member_id,),
    ).fetchall()
    return [
        UseLine(
            UseRecord(r[0], r[1], r[2], r[3], day(r[4]), r[5], r[6], r[7], r[8]),  # type: ignore[arg-type]
            r[9],
            r[10],
        )
        for r in rows
    ]
