"""Account managers (客户经理): who looks after a member; set by a supervisor or by import."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vipdesk.db.care_models import AccountManager
from vipdesk.db.models import Member, StaffUser
from vipdesk.errors import NotFound, Refused
from vipdesk.services.database import Actor, Database, audit
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
    current = session.get(AccountManager, member_id, with_for_update=True)
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
