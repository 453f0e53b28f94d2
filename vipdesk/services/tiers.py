"""Tier recompute in set-based SQL, and bringing cards in line with tiers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import bindparam, func, select, text, update
from sqlalchemy.orm import Session

from vipdesk.db.models import Card, CardEvent, table_of
from vipdesk.domain.cards import card_numbers
from vipdesk.rules import Rules
from vipdesk.services.bulk import (
    insert_rows,
    insert_tuples,
    insert_tuples_with_ids,
    large_page_cache,
)
from vipdesk.services.database import Actor, Database, audit
from vipdesk.services.tier_history import record_tier_changes

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class RecomputeResult:
    """What a recompute changed."""

    members_changed: int
    cards_issued: int
    cards_revoked: int
    cards_suspended: int
    cards_reinstated: int


def _tier_case(rules: Rules, amount: str, non_direct: str, count: str) -> str:
    """A SQL CASE giving the tier code for an AFYP column, highest band first (rules as data)."""
    whens = []
    for tier in sorted(rules.tiers, key=lambda t: t.min_afyp, reverse=True):
        cond = f"{amount} >= {tier.min_afyp}"
        if tier.max_afyp is not None:
            cond += f" AND {amount} < {tier.max_afyp}"
        if tier.channel is not None:
            column = non_direct if tier.channel == "direct" else None
            if column is None:
                raise ValueError(f"unsupported channel rule {tier.channel}")
            cond += f" AND {column} = 0 AND {count} > 0"
        whens.append(f"WHEN {cond} THEN '{tier.code}'")
    return "CASE " + " ".join(whens) + " ELSE NULL END"


def _aggregate_sql(rules: Rules, member_filter: str) -> str:
    inner = f"""
        SELECT member_id,
          ROUND(SUM(CASE WHEN status = 'in_force' THEN annual_premium ELSE 0 END), 2) AS a_if,
          ROUND(SUM(CASE WHEN status IN ('in_force', 'suspended') THEN annual_premium ELSE 0 END),
                2) AS a_h,
          SUM(CASE WHEN status = 'in_force' AND channel <> 'direct' THEN 1 ELSE 0 END) AS nd_if,
          SUM(CASE WHEN status = 'in_force' THEN 1 ELSE 0 END) AS n_if,
          SUM(CASE WHEN status IN ('in_force', 'suspended') AND channel <> 'direct'
                   THEN 1 ELSE 0 END) AS nd_h,
          SUM(CASE WHEN status IN ('in_force', 'suspended') THEN 1 ELSE 0 END) AS n_h
        FROM policies {member_filter} GROUP BY member_id"""
    t_if = _tier_case(rules, "a_if", "nd_if", "n_if")
    t_h = _tier_case(rules, "a_h", "nd_h", "n_h")
    return f"""
        SELECT member_id, a_if AS afyp, COALESCE({t_if}, {t_h}) AS tier,
          CASE WHEN {t_if} IS NOT NULL THEN 'active'
               WHEN {t_h} IS NOT NULL THEN 'suspended' ELSE 'none' END AS vip_status
        FROM ({inner}) agg"""


# a member's stored AFYP, tier or VIP status differs from the aggregate `t`
_DIFFERS = "(m.afyp <> t.afyp OR m.tier IS DISTINCT FROM t.tier OR m.vip_status <> t.vip_status)"


_TIERS_COLUMNS = "(member_id, afyp, tier, vip_status, old_afyp, old_tier, old_status)"

# a row of `tmp_tiers` whose tier or VIP status changed (not only its AFYP)
_CHANGED = "t.old_tier IS DISTINCT FROM t.tier OR t.old_status <> t.vip_status"


def _stale_tiers(session: Session, rules: Rules, scoped: bool) -> None:
    """Fill `tmp_tiers` with the new AFYP, tier and status of every member (in `tmp_scope`)
    whose stored ones differ, beside the stored ones (`old_*`).

    In SQLite `CROSS JOIN` keeps the join order written: the temporary table outside, each
    member found by id.
    """
    where = "WHERE member_id IN (SELECT id FROM tmp_scope)" if scoped else ""
    session.execute(
        text(
            "CREATE TEMPORARY TABLE tmp_tiers (member_id INTEGER PRIMARY KEY, "
            "afyp NUMERIC(14, 2), tier VARCHAR(16), vip_status VARCHAR(16), "
            "old_afyp NUMERIC(14, 2), old_tier VARCHAR(16), old_status VARCHAR(16))"
        )
    )
    # the floor's own join: the aggregate, each member found by id, only the stale kept
    session.execute(
        text(
            f"INSERT INTO tmp_tiers {_TIERS_COLUMNS} SELECT t.member_id, t.afyp, t.tier, "
            f"t.vip_status, m.afyp, m.tier, m.vip_status FROM ({_aggregate_sql(rules, where)}) t "
            f"JOIN members m ON m.id = t.member_id WHERE {_DIFFERS}"
        )
    )
    # members without any policy left (none in the aggregate) drop to no tier
    source, join = "members m", ""
    if scoped:
        source, join = "tmp_scope s CROSS JOIN members m", "m.id = s.id AND "
    elif session.get_bind().dialect.name == "sqlite":
        # under SQLite's write lock: every member has a policy when the counts agree (one
        # pass over the policies' member index instead of a probe per member)
        holders = session.execute(text("SELECT count(DISTINCT member_id) FROM policies"))
        if holders.scalar() == session.execute(text("SELECT count(*) FROM members")).scalar():
            return
    session.execute(
        text(
            f"INSERT INTO tmp_tiers {_TIERS_COLUMNS} SELECT m.id, 0, NULL, 'none', m.afyp, "
            f"m.tier, m.vip_status FROM {source} WHERE {join}(m.afyp <> 0 OR m.tier IS NOT NULL "
            "OR m.vip_status <> 'none') AND NOT EXISTS (SELECT 1 FROM policies p "
            "WHERE p.member_id = m.id)"
        )
    )


def _drop_temporary_tables(session: Session) -> None:
    for table in ("tmp_scope", "tmp_tiers"):
        session.execute(text(f"DROP TABLE IF EXISTS {table}"))


def recompute_tiers(
    session: Session,
    rules: Rules,
    actor: Actor,
    on: dt.date,
    member_ids: Iterable[int] | None = None,
    progress: Progress | None = None,
    reason: str = "recompute",
) -> RecomputeResult:
    """Recompute tier, VIP status and AFYP of members (all, or `member_ids`) and sync cards.

    Every change of tier or VIP status is written to the tier history with `reason`
    ("recompute" or "import"; reinstatements, suspensions and lapses are named as such).
    """
    report = progress or (lambda *_: None)
    ids = None if member_ids is None else sorted(set(member_ids))
    _drop_temporary_tables(session)  # left over if a recompute failed on this connection
    if ids is not None:
        session.execute(text("CREATE TEMPORARY TABLE tmp_scope (id INTEGER PRIMARY KEY)"))
        if ids:
            session.execute(
                text("INSERT INTO tmp_scope (id) VALUES (:id)"), [{"id": i} for i in ids]
            )
    report("tiers", 0, 4)
    _stale_tiers(session, rules, scoped=ids is not None)
    report("tiers", 1, 4)
    record_tier_changes(session, actor, on, reason)
    # `+t.member_id`: SQLite walks tmp_tiers and finds each member by id (else it walks an
    # index of members being updated, in its order, and probes tmp_tiers)
    changed = session.execute(
        text(
            "UPDATE members SET afyp = t.afyp, tier = t.tier, vip_status = t.vip_status, "
            "updated_at = :now FROM tmp_tiers t WHERE members.id = +t.member_id"
        ),
        {"now": dt.datetime.now(dt.UTC)},
    ).rowcount  # type: ignore[attr-defined]
    report("cards", 2, 4)
    result = sync_cards(session, actor, on)
    _drop_temporary_tables(session)  # not left on the pooled connection (1M rows at most)
    report("cards", 4, 4)
    outcome = RecomputeResult(changed, *result)
    audit(
        session,
        actor,
        "tiers.recompute",
        "members",
        None,
        None,
        None,
        {"on": on.isoformat(), "scope": "all" if ids is None else len(ids), **outcome.__dict__},
    )
    return outcome


# What becomes of a changed member's current card, first match wins (new status, cause).
_CARD_ACTIONS = (
    ("t.tier IS NULL", "revoked", "tier_lost"),
    ("c.tier <> t.tier", "replaced", "tier_change"),
    ("t.vip_status = 'suspended' AND c.status = 'active'", "suspended", "suspension"),
    ("t.vip_status = 'active' AND c.status = 'suspended'", "active", "reinstatement"),
)
# Every member whose tier or VIP status changed (in `tmp_tiers`: the new values are the
# member's now) whose card must change or who has none while holding a tier, with what becomes
# of the card (NULL: none to change). The temporary table drives the join; each current card
# is found by its member (the partial unique index).
_CARD_ACTION_SQL = (
    "SELECT t.member_id AS member_id, t.tier, t.vip_status, c.id, c.status, CASE "
    + " ".join(f"WHEN {when} THEN '{status}'" for when, status, _ in _CARD_ACTIONS)
    + " END AS action FROM tmp_tiers t LEFT JOIN cards c "
    "ON c.member_id = t.member_id AND c.status IN ('active', 'suspended') "
    f"WHERE ({_CHANGED}) AND (c.id IS NULL AND t.tier IS NOT NULL OR c.id IS NOT NULL AND ("
    + " OR ".join(f"({when})" for when, _status, _cause in _CARD_ACTIONS)
    + "))"
)


def _set_card_status(
    session: Session, actor: Actor, on: dt.date, rows: list[Any], status: str, cause: str
) -> None:
    """Set the given current cards to `status`, with a history event each."""
    closed = status in ("revoked", "replaced", "lost", "damaged")
    session.execute(
        update(table_of(Card))
        .where(table_of(Card).c.id == bindparam("cid"))
        .values(status=status, closed_on=on if closed else None),
        [{"cid": r.id} for r in rows],
    )
    insert_rows(
        session,
        table_of(CardEvent),
        [
            {
                "card_id": r.id,
                "member_id": r.member_id,
                "status_from": r.status,
                "status_to": status,
                "cause": cause,
                "staff_id": actor.id,
            }
            for r in rows
        ],
    )


def lock_cards(session: Session) -> None:
    """Serialise card changes between desks (PostgreSQL; SQLite writers already queue)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE cards IN SHARE ROW EXCLUSIVE MODE"))


def next_card_serial(session: Session) -> int:
    """The next free card serial (the cards table locked so desks do not collide)."""
    lock_cards(session)
    top = session.scalar(select(func.max(Card.number)))
    return int(top[4:15]) + 1 if top else 1


def issue_cards(
    session: Session, actor: Actor, on: dt.date, members: list[tuple[int, str, str, str]]
) -> list[str]:
    """Issue a card to each (member_id, tier, status, cause); returns the new numbers.

    Numbers with a 0 beside a 9 are skipped (`card_numbers`): their transposition passes Luhn.
    """
    if not members:
        return []
    serial = next_card_serial(session)
    numbers = card_numbers(serial, len(members))
    card_ids = insert_tuples_with_ids(
        session,
        table_of(Card),
        ("number", "member_id", "tier", "status", "issued_on"),
        [(n, m, t, s, on) for n, (m, t, s, _c) in zip(numbers, members, strict=True)],
    )
    insert_tuples(
        session,
        table_of(CardEvent),
        ("card_id", "member_id", "status_from", "status_to", "cause", "staff_id"),
        [
            (cid, m, None, s, c, actor.id)
            for cid, (m, _t, s, c) in zip(card_ids, members, strict=True)
        ],
    )
    return numbers


def sync_cards(session: Session, actor: Actor, on: dt.date) -> tuple[int, ...]:
    """Bring the current card of every member whose tier or VIP status changed (`tmp_tiers`)
    in line with them: revoke, replace, suspend or reinstate it, then issue the missing cards.

    Only members whose tier or status changed in this recompute are looked at: cards change
    nowhere else (a reissue keeps tier and status), so every other member's card is already
    in line since their last recompute.
    """
    lock_cards(session)
    # one pass: the cards by what becomes of them, and the members who get a new card (those
    # without one, and those whose card was replaced by one on their new tier)
    by_action: dict[str | None, list[Any]] = {status: [] for _w, status, _c in _CARD_ACTIONS}
    wanted = []
    for r in session.execute(text(_CARD_ACTION_SQL)):
        if r.action is not None:
            by_action[r.action].append(r)
        if r.id is None or r.action == "replaced":
            status = "suspended" if r.vip_status == "suspended" else "active"
            cause = "tier_change" if r.action == "replaced" else "issued"
            wanted.append((r.member_id, r.tier, status, cause))
    for _when, status, cause in _CARD_ACTIONS:
        if by_action[status]:
            _set_card_status(session, actor, on, by_action[status], status, cause)
    closed = {status: len({r.member_id for r in rows}) for status, rows in by_action.items()}
    wanted.sort(key=itemgetter(0))
    issued = issue_cards(session, actor, on, wanted)
    return len(issued), closed["revoked"], closed["suspended"], closed["active"]


def recompute_all(
    db: Database, rules: Rules, actor: Actor, on: dt.date, progress: Progress | None = None
) -> RecomputeResult:
    """Recompute every member's tier and card in one transaction (administrators)."""
    from vipdesk.services.permissions import require

    require(actor, "tiers.recompute", db)
    with db.write() as session, large_page_cache(session):
        return recompute_tiers(session, rules, actor, on, None, progress)
