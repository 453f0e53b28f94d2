"""Tier recompute in set-based SQL, and bringing cards in line with tiers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import bindparam, func, insert, select, text, update
from sqlalchemy.orm import Session

from vipdesk.db.models import Card, CardEvent, table_of
from vipdesk.domain.cards import card_number
from vipdesk.rules import Rules
from vipdesk.services.bulk import insert_rows, insert_with_ids
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
    where = "" if ids is None else "WHERE member_id IN (SELECT id FROM tmp_scope)"
    session.execute(text("DROP TABLE IF EXISTS tmp_scope"))
    session.execute(text("DROP TABLE IF EXISTS tmp_tiers"))
    if ids is not None:
        session.execute(text("CREATE TEMPORARY TABLE tmp_scope (id INTEGER PRIMARY KEY)"))
        if ids:
            session.execute(
                text("INSERT INTO tmp_scope (id) VALUES (:id)"), [{"id": i} for i in ids]
            )
    report("tiers", 0, 4)
    session.execute(
        text(
            "CREATE TEMPORARY TABLE tmp_tiers (member_id INTEGER PRIMARY KEY, "
            "afyp NUMERIC(14, 2), tier VARCHAR(16), vip_status VARCHAR(16))"
        )
    )
    session.execute(text(f"INSERT INTO tmp_tiers {_aggregate_sql(rules, where)}"))
    scope = "" if ids is None else "AND m.id IN (SELECT id FROM tmp_scope)"
    # members without any policy left (none in the aggregate) drop to no tier
    session.execute(
        text(
            "INSERT INTO tmp_tiers (member_id, afyp, tier, vip_status) SELECT m.id, 0, NULL, "
            f"'none' FROM members m WHERE m.id NOT IN (SELECT member_id FROM tmp_tiers) {scope}"
        )
    )
    report("tiers", 1, 4)
    record_tier_changes(session, actor, on, reason)
    changed = session.execute(
        text(
            "UPDATE members SET afyp = t.afyp, tier = t.tier, vip_status = t.vip_status, "
            "updated_at = :now FROM tmp_tiers t WHERE members.id = t.member_id AND "
            "(members.afyp <> t.afyp OR members.tier IS DISTINCT FROM t.tier "
            "OR members.vip_status <> t.vip_status)"
        ),
        {"now": dt.datetime.now(dt.UTC)},
    ).rowcount  # type: ignore[attr-defined]
    report("cards", 2, 4)
    result = sync_cards(session, actor, on, scoped=ids is not None)
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


def _close_cards(
    session: Session, actor: Actor, on: dt.date, where: str, status: str, cause: str, scope: str
) -> set[int]:
    """Set current cards matching `where` to `status`, with a history event each."""
    sql = (
        "SELECT c.id, c.member_id, c.status FROM cards c JOIN members m ON m.id = c.member_id "
        f"WHERE c.status IN ('active', 'suspended') AND ({where}) {scope}"
    )
    rows = session.execute(text(sql)).all()
    if not rows:
        return set()
    closed = status in ("revoked", "replaced", "lost", "damaged")
    session.execute(
        update(table_of(Card))
        .where(table_of(Card).c.id == bindparam("cid"))
        .values(status=status, closed_on=on if closed else None),
        [{"cid": r.id} for r in rows],
    )
    session.execute(
        insert(CardEvent),
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
    return {r.member_id for r in rows}


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
    """Issue a card to each (member_id, tier, status, cause); returns the new numbers."""
    if not members:
        return []
    serial = next_card_serial(session)
    numbers = [card_number(serial + i) for i in range(len(members))]
    card_ids = insert_with_ids(
        session,
        table_of(Card),
        [
            {"number": n, "member_id": m, "tier": t, "status": s, "issued_on": on}
            for n, (m, t, s, _c) in zip(numbers, members, strict=True)
        ],
    )
    insert_rows(
        session,
        table_of(CardEvent),
        [
            {
                "card_id": cid,
                "member_id": m,
                "status_from": None,
                "status_to": s,
                "cause": c,
                "staff_id": actor.id,
            }
            for cid, (m, _t, s, c) in zip(card_ids, members, strict=True)
        ],
    )
    return numbers


def sync_cards(session: Session, actor: Actor, on: dt.date, scoped: bool) -> tuple[int, ...]:
    """Bring every (scoped) member's current card in line with their tier and VIP status."""
    scope = "AND m.id IN (SELECT id FROM tmp_scope)" if scoped else ""
    lock_cards(session)
    revoked = _close_cards(session, actor, on, "m.tier IS NULL", "revoked", "tier_lost", scope)
    replaced = _close_cards(
        session,
        actor,
        on,
        "m.tier IS NOT NULL AND c.tier <> m.tier",
        "replaced",
        "tier_change",
        scope,
    )
    suspended = _close_cards(
        session,
        actor,
        on,
        "m.vip_status = 'suspended' AND c.status = 'active'",
        "suspended",
        "suspension",
        scope,
    )
    reinstated = _close_cards(
        session,
        actor,
        on,
        "m.vip_status = 'active' AND c.status = 'suspended'",
        "active",
        "reinstatement",
        scope,
    )
    missing = session.execute(
        text(
            "SELECT m.id, m.tier, m.vip_status FROM members m WHERE m.tier IS NOT NULL "
            f"{scope} AND NOT EXISTS (SELECT 1 FROM cards c WHERE c.member_id = m.id "
            "AND c.status IN ('active', 'suspended')) ORDER BY m.id"
        )
    ).all()
    wanted = [
        (
            r.id,
            r.tier,
            "suspended" if r.vip_status == "suspended" else "active",
            "tier_change" if r.id in replaced else "issued",
        )
        for r in missing
    ]
    issued = issue_cards(session, actor, on, wanted)
    return len(issued), len(revoked), len(suspended), len(reinstated)


def recompute_all(
    db: Database, rules: Rules, actor: Actor, on: dt.date, progress: Progress | None = None
) -> RecomputeResult:
    """Recompute every member's tier and card in one transaction (administrators)."""
    from vipdesk.services.permissions import require

    require(actor, "tiers.recompute", db)
    with db.write() as session:
        return recompute_tiers(session, rules, actor, on, None, progress)
