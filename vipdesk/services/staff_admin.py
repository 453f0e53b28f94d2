"""Staff accounts for administrators: add, list, disable, enable, reset, unlock, role, branch.

Every function needs `staff.manage` and writes an audit record. Accounts are never deleted (the
audit log refers to them); they are disabled.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vipdesk.db.models import StaffUser
from vipdesk.errors import NotFound, Refused
from vipdesk.services import passwords
from vipdesk.services.database import ROW_LOCK, Actor, Database, audit
from vipdesk.services.permissions import require

ROLES = ("clerk", "supervisor", "admin")
ROLE_NAMES = {"clerk": "柜员", "supervisor": "主管", "admin": "系统管理员"}
BRANCH = re.compile(r"^[0-9A-Za-z]{1,16}$")


@dataclass(frozen=True)
class StaffInfo:
    """One staff account as the management screen shows it (never its password hash)."""

    id: int
    username: str
    display_name: str
    role: str
    branch_code: str
    active: bool
    has_password: bool
    must_change_password: bool
    failed_count: int
    locked_until: dt.datetime | None
    last_sign_in_at: dt.datetime | None
    created_at: dt.datetime

    @property
    def role_name(self) -> str:
        """The role in plain Chinese."""
        return ROLE_NAMES.get(self.role, self.role)

    def locked(self, now: dt.datetime) -> bool:
        """True while the account is locked after failed sign-ins."""
        return self.locked_until is not None and self.locked_until > now

    def to_json(self) -> dict[str, object]:
        """A plain dict for `vipdesk staff list --json`."""
        return {
            "username": self.username,
            "display_name": self.display_name,
            "role": self.role,
            "branch_code": self.branch_code,
            "active": self.active,
            "has_password": self.has_password,
            "must_change_password": self.must_change_password,
            "locked_until": self.locked_until,
            "last_sign_in_at": self.last_sign_in_at,
            "created_at": self.created_at,
        }


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=dt.UTC)


def _info(user: StaffUser) -> StaffInfo:
    return StaffInfo(
        user.id,
        user.username,
        user.display_name,
        user.role,
        user.branch_code,
        bool(user.active),
        user.password_hash is not None,
        bool(user.must_change_password),
        user.failed_count or 0,
        _utc(user.locked_until),
        _utc(user.last_sign_in_at),
        _utc(user.created_at) or user.created_at,
    )


def _role(role: str) -> str:
    if role not in ROLES:
        raise Refused("bad_role", "岗位应为 柜员(clerk)、主管(supervisor) 或 系统管理员(admin)。")
    return role


def _branch(code: str) -> str:
    code = code.strip()
    if not BRANCH.match(code):
        raise Refused("bad_branch", "机构代码应为 1–16 位字母或数字。")
    return code


def _user(session: Session, username: str) -> StaffUser:
    user = session.scalars(
        select(StaffUser).where(StaffUser.username == username.strip()).with_for_update(**ROW_LOCK)
    ).first()
    if user is None:
        raise NotFound(f"没有此员工账号：{username.strip()}")
    return user


def _view(user: StaffUser) -> dict[str, object]:
    return {
        "username": user.username,
        "display_name": user.display_name,
        "role": user.role,
        "branch_code": user.branch_code,
        "active": bool(user.active),
    }


def _other_active_admins(session: Session, user: StaffUser) -> int:
    query = select(func.count()).select_from(StaffUser)
    return int(
        session.scalar(
            query.where(
                StaffUser.role == "admin",
                StaffUser.active.is_(True),
                StaffUser.password_hash.is_not(None),
                StaffUser.id != user.id,
            )
        )
        or 0
    )


def add_staff(
    db: Database,
    actor: Actor,
    username: str,
    display_name: str,
    role: str,
    password: str,
    branch_code: str = "0000",
) -> StaffInfo:
    """Add an account; the new staff member changes the password at the first sign-in."""
    from vipdesk.services.staff import check_new_password, check_username

    require(actor, "staff.manage", db)
    name = check_username(username)
    check_new_password(name, password)
    if not display_name.strip():
        raise Refused("bad_name", "请填写姓名。")
    user = StaffUser(
        username=name,
        display_name=display_name.strip(),
        role=_role(role),
        branch_code=_branch(branch_code),
        password_hash=passwords.hash_password(password),
        active=True,
        must_change_password=True,
    )
    with db.write() as session:
        if session.scalars(select(StaffUser.id).where(StaffUser.username == name)).first():
            raise Refused("staff_exists", f"用户名 {name} 已被使用。")
        session.add(user)
        session.flush()
        audit(session, actor, "staff.add", "staff_user", user.id, None, None, _view(user))
        return _info(user)


def list_staff(db: Database, actor: Actor) -> list[StaffInfo]:
    """Every account, active ones first, by username."""
    require(actor, "staff.manage", db)
    with db.read() as session:
        users = session.scalars(
            select(StaffUser).order_by(StaffUser.active.desc(), StaffUser.username)
        ).all()
        return [_info(u) for u in users]


def _change(db: Database, actor: Actor, username: str, action: str, **values: object) -> StaffInfo:
    """Set attributes of one account and audit before/after (never the hash)."""
    require(actor, "staff.manage", db)
    with db.write() as session:
        user = _user(session, username)
        before = _view(user)
        demotes = values.get("role", "admin") != "admin" or values.get("active") is False
        if user.role == "admin" and demotes and not _other_active_admins(session, user):
            raise Refused("last_admin", "这是唯一可登录的系统管理员账号，不能停用或改为其他岗位。")
        for key, value in values.items():
            setattr(user, key, value)
        audit(session, actor, action, "staff_user", user.id, None, before, _view(user))
        return _info(user)


def disable_staff(db: Database, actor: Actor, username: str) -> StaffInfo:
    """Disable an account (never deleted: the audit log refers to it)."""
    if username.strip() == actor.username:
        raise Refused("own_account", "不能停用自己的账号。")
    return _change(db, actor, username, "staff.disable", active=False)


def enable_staff(db: Database, actor: Actor, username: str) -> StaffInfo:
    """Enable a disabled account again."""
    return _change(db, actor, username, "staff.enable", active=True)


def reset_password(db: Database, actor: Actor, username: str, new_password: str) -> StaffInfo:
    """Give an account a new password, to be changed at its next sign-in; also unlocks it."""
    from vipdesk.services.staff import check_new_password

    check_new_password(username, new_password)
    hashed = passwords.hash_password(new_password)
    return _change(
        db,
        actor,
        username,
        "staff.reset_password",
        password_hash=hashed,
        must_change_password=True,
        failed_count=0,
        locked_until=None,
    )


def unlock_staff(db: Database, actor: Actor, username: str) -> StaffInfo:
    """Unlock an account locked after failed sign-ins."""
    return _change(db, actor, username, "staff.unlock", failed_count=0, locked_until=None)


def set_role(db: Database, actor: Actor, username: str, role: str) -> StaffInfo:
    """Change an account's role (clerk, supervisor, admin)."""
    return _change(db, actor, username, "staff.role", role=_role(role))


def set_branch(db: Database, actor: Actor, username: str, branch_code: str) -> StaffInfo:
    """Change an account's branch (its case numbers use this branch code)."""
    return _change(db, actor, username, "staff.branch", branch_code=_branch(branch_code))
