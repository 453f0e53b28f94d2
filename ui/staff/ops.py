"""Staff operations the screen runs on the database worker (each gets the Desk; plain values).

The services (vipdesk.services.staff) check `staff.manage` and write the audit records.
"""

from __future__ import annotations

from typing import Any


def staff_list(desk: Any) -> list[Any]:
    """Every staff account (StaffInfo), for the table."""
    from vipdesk.services.staff import list_staff

    return list_staff(desk.db, desk.actor)


def add(desk: Any, username: str, name: str, role: str, password: str, branch: str) -> list[Any]:
    """Add an account, then list again."""
    from vipdesk.services.staff import add_staff

    add_staff(desk.db, desk.actor, username, name, role, password, branch)
    return staff_list(desk)


def set_active(desk: Any, username: str, active: bool) -> list[Any]:
    """Enable or disable an account (never deleted: the audit refers to it), then list again."""
    from vipdesk.services.staff import disable_staff, enable_staff

    (enable_staff if active else disable_staff)(desk.db, desk.actor, username)
    return staff_list(desk)


def reset(desk: Any, username: str, password: str) -> list[Any]:
    """Give an account a new password it must change at its next sign-in."""
    from vipdesk.services.staff import reset_password

    reset_password(desk.db, desk.actor, username, password)
    return staff_list(desk)


def unlock(desk: Any, username: str) -> list[Any]:
    """Lift a lockout after too many wrong passwords."""
    from vipdesk.services.staff import unlock_staff

    unlock_staff(desk.db, desk.actor, username)
    return staff_list(desk)


def set_role_and_branch(desk: Any, username: str, role: str, branch: str) -> list[Any]:
    """Change the role and/or branch of an account (only what changed is written)."""
    from vipdesk.services.staff import set_branch, set_role

    current = {s.username: s for s in staff_list(desk)}.get(username)
    if current is not None and current.role != role:
        set_role(desk.db, desk.actor, username, role)
    if current is not None and current.branch_code != branch:
        set_branch(desk.db, desk.actor, username, branch)
    return staff_list(desk)
