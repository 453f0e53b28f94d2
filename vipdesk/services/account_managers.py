"""Account managers (客户经理): who looks after a member; set by a supervisor or by import."""

from __future__ import annotations

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from vipdesk.db.care_models import AccountManager
from vipdesk.db.models import Member, StaffUser
from vipdesk.errors import NotFound, Refused
from vipdesk.services.database import ROW_LOCK, Actor, Database, audit
from vipdesk.services.permissions import require


def staff_id_of(session: Session, username: str) -> int:
    """The id of an active staff member by username (NotFound in plain Chinese otherwise)."""
    found = session.execute(
        select(StaffUser.id, StaffUser.active).where(StaffUser.username == username.strip())
    ).first()
    if found is None:
        raise NotFound(f"没有这位员工：{username}")
    if not found[1]:
        raise Refused("staff_disabled", f"员工账号 {username} 已停用，不能担任客户经理。")
    return int(found[0])


def manager_of(session: Session, member_id: int) -> tuple[str, str] | None:
    """(username, display name) of the member's account manager, or None."""
    row = session.execute(
        select(StaffUser.username, StaffUser.display_name)
        .join(AccountManager, AccountManager.staff_id == StaffUser.id)
        .where(AccountManager.member_id == member_id)
    ).first()
    return (row[0], row[1]) if row else None


def put_manager(
    session: Session, actor: Actor | None, member_id: int, staff_id: int | None
) -> bool:
    """Set (or clear, with None) a member's manager in the caller's transaction; audited.

    Returns False when nothing changed."""
    current = session.get(AccountManager, member_id, with_for_update=ROW_LOCK)
    before = None if current is None else current.staff_id
    if before == staff_id:
        return False
    if staff_id is None:
        session.execute(delete(AccountManager).where(AccountManager.member_id == member_id))
    elif current is None:
        session.add(
            AccountManager(
                member_id=member_id, staff_id=staff_id, set_by_id=actor.id if actor else None
            )
        )
    else:
        current.staff_id = staff_id
        current.set_by_id = actor.id if actor else None
    audit(
        session,
        actor,
        "member.account_manager",
        "member",
        member_id,
        member_id,
        {"staff_id": before},
        {"staff_id": staff_id},
    )
    return True


def set_account_manager(db: Database, actor: Actor, member_id: int, username: str | None) -> bool:
    """A supervisor gives a member an account manager (username) or clears it (None)."""
    require(actor, "member.assign_manager", db)
    with db.write() as session:
        if session.get(Member, member_id) is None:
            raise NotFound("客户不存在")
        staff_id = staff_id_of(session, username) if username else None
        return put_manager(session, actor, member_id, staff_id)


def managed_by(session: Session, username: str) -> list[int]:
    """Member ids an account manager looks after (for search and the care calendar)."""
    return list(
        session.scalars(
            select(AccountManager.member_id)
            .join(StaffUser, StaffUser.id == AccountManager.staff_id)
            .where(StaffUser.username == username)
            .order_by(AccountManager.member_id)
        )
    )


def import_managers(
    session: Session, actor: Actor, pairs: list[tuple[int, str, str]], shown: int = 20
) -> int:
    """The import's `account_manager` column: (line, ID number, username) pairs applied in the
    import's transaction; unknown usernames reject the whole file. Returns members changed."""
    from vipdesk.services.importer import ImportRejected

    if not pairs:
        return 0
    names = sorted({u for _, _, u in pairs})
    staff: dict[str, int] = {}
    for i in range(0, len(names), 500):
        rows = session.execute(
            select(StaffUser.username, StaffUser.id).where(
                StaffUser.username.in_(names[i : i + 500]), StaffUser.active.is_(True)
            )
        )
        staff.update({u: int(sid) for u, sid in rows})
    bad = [(line, u) for line, _, u in pairs if u not in staff]
    if bad:
        raise ImportRejected(
            [f"line {n}: account_manager: 没有这位在职员工：{u}" for n, u in bad[:shown]], len(bad)
        )
    numbers = [n for _, n, _ in pairs]
    members: dict[str, int] = {}
    for i in range(0, len(numbers), 500):
        rows = session.execute(
            select(Member.id_number, Member.id).where(Member.id_number.in_(numbers[i : i + 500]))
        )
        members.update({n: int(m) for n, m in rows})
    wanted = {members[n]: staff[u] for _, n, u in pairs if n in members}
    current: dict[int, int] = {}
    ids = list(wanted)
    for i in range(0, len(ids), 500):
        rows = session.execute(
            select(AccountManager.member_id, AccountManager.staff_id).where(
                AccountManager.member_id.in_(ids[i : i + 500])
            )
        )
        current.update({m: s for m, s in rows})
    changed = {m: s for m, s in wanted.items() if current.get(m) != s}
    ids = list(changed)
    for i in range(0, len(ids), 500):
        session.execute(
            delete(AccountManager).where(AccountManager.member_id.in_(ids[i : i + 500]))
        )
    rows_in = [{"member_id": m, "staff_id": s, "set_by_id": actor.id} for m, s in changed.items()]
    for i in range(0, len(rows_in), 500):
        session.execute(insert(AccountManager), rows_in[i : i + 500])
    if changed:
        audit(session, actor, "import.account_managers", "member", None, None, None,
              {"changed": len(changed)})  # fmt: skip
    return len(changed)


def manager_choices(db: Database, actor: Actor) -> list[tuple[str, str]]:
    """(username, display name) of active clerks and supervisors, for the manager filter."""
    require(actor, "member.view", db)
    with db.read() as session:
        rows = session.execute(
            select(StaffUser.username, StaffUser.display_name)
            .where(StaffUser.active.is_(True), StaffUser.role.in_(("clerk", "supervisor")))
            .order_by(StaffUser.display_name)
        ).all()
    return [(u, n) for u, n in rows]
