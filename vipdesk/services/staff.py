"""Staff sign-in: first administrator, sign-in with lockout, idle unlock, own password.

Administration of accounts (add, disable, reset …) is in `vipdesk.services.staff_admin` and
re-exported here. Every function is audited; passwords and hashes never reach an audit record,
a message or a log. `now` (UTC) is the injectable clock; None means the real time.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vipdesk.db.auth_models import SecuritySetting
from vipdesk.db.models import StaffUser, utcnow
from vipdesk.errors import KnownError, Refused
from vipdesk.services import passwords
from vipdesk.services.database import ROW_LOCK, Actor, Database, _chain_head, actor_of, audit
from vipdesk.services.permissions import require
from vipdesk.services.security_settings import SETTINGS

WRONG = "用户名或密码不正确。"
DISABLED = "此账号已停用，请联系系统管理员。"
MIN_PASSWORD = 10
USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


class SignInFailed(KnownError):
    """Sign-in refused: wrong username or password (one message for both), locked or disabled."""


def now_utc(now: dt.datetime | None = None) -> dt.datetime:
    """The injectable clock: `now` (made UTC-aware) or the real time."""
    if now is None:
        return utcnow()
    return now if now.tzinfo else now.replace(tzinfo=dt.UTC)


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    """SQLite gives back naive UTC times; make them aware."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=dt.UTC)


def locked_message(until: dt.datetime) -> str:
    """The plain message for a locked account, with the local time it opens again."""
    local = until.astimezone()
    return f"账号已锁定，请于 {local:%H:%M} 后再试或请管理员解锁。"


def check_new_password(username: str, password: str) -> None:
    """Refuse (`weak_password`) a password shorter than 10 characters or equal to the username."""
    if len(password) < MIN_PASSWORD:
        raise Refused("weak_password", f"密码至少需要 {MIN_PASSWORD} 个字符。")
    if password.strip().casefold() == username.strip().casefold():
        raise Refused("weak_password", "密码不能与用户名相同。")


def check_username(username: str) -> str:
    """The username trimmed; refused (`bad_username`) unless letters, digits, '.', '_' or '-'."""
    name = username.strip()
    if not USERNAME.match(name):
        raise Refused(
            "bad_username", "用户名应为 1–64 个英文字母、数字或 . _ -，且以字母或数字开头。"
        )
    return name


def setting(session: Session, key: str) -> int:
    """A security setting's value (its default when nobody changed it)."""
    value = session.get(SecuritySetting, key)
    return SETTINGS[key][0] if value is None else int(value.value)


def has_staff(db: Database) -> bool:
    """True when any staff account can sign in (False: the first administrator is needed)."""
    with db.read() as session:
        query = select(func.count()).select_from(StaffUser)
        return bool(session.scalar(query.where(StaffUser.password_hash.is_not(None))))


def create_first_admin(
    db: Database, username: str, display_name: str, password: str, branch_code: str = "0000"
) -> Actor:
    """Create the first administrator of a database that has no account able to sign in.

    A staff row of an older version with this username (no password) becomes that administrator.
    """
    name = check_username(username)
    check_new_password(name, password)
    if not display_name.strip():
        raise Refused("bad_name", "请填写姓名。")
    hashed = passwords.hash_password(password)
    with db.write() as session:
        _chain_head(session)  # taken first: two desks creating the first admin queue here
        query = select(func.count()).select_from(StaffUser)
        if session.scalar(query.where(StaffUser.password_hash.is_not(None))):
            raise Refused("staff_exists", "已有员工账号，请由系统管理员登录后添加账号。")
        user = session.scalars(select(StaffUser).where(StaffUser.username == name)).first()
        if user is None:
            user = StaffUser(username=name)
            session.add(user)
        user.display_name, user.role, user.branch_code = display_name.strip(), "admin", branch_code
        user.password_hash, user.active, user.must_change_password = hashed, True, False
        session.flush()
        actor = actor_of(user)
        audit(session, actor, "staff.first_admin", "staff_user", user.id, None, None, _view(user))
    return actor


def _view(user: StaffUser) -> dict[str, object]:
    """What an audit record says about an account (never its hash)."""
    return {
        "username": user.username,
        "display_name": user.display_name,
        "role": user.role,
        "branch_code": user.branch_code,
        "active": bool(user.active),
    }


def _load(session: Session, username: str) -> StaffUser | None:
    return session.scalars(
        select(StaffUser).where(StaffUser.username == username.strip()).with_for_update(**ROW_LOCK)
    ).first()


def _attempt(
    db: Database, username: str, password: str, now: dt.datetime | None, success: str
) -> Actor:
    """One password attempt: verify (slow, outside any transaction), then count or reset."""
    moment = now_utc(now)
    with db.read() as session:
        row = session.scalars(select(StaffUser).where(StaffUser.username == username.strip()))
        stored = row.first()
        stored_hash = stored.password_hash if stored else None
    right = passwords.check(stored_hash, password)  # always one full verification
    return decide(db, username, password, moment, right, stored_hash, success)


def decide(
    db: Database,
    username: str,
    password: str,
    moment: dt.datetime,
    right: bool,
    stored_hash: str | None,
    success: str,
) -> Actor:
    """The write half of an attempt whose password was verified against `stored_hash`: count,
    lock or reset on the locked staff row, audit; the Actor, else SignInFailed after the commit.
    (The command line's SQLite sign-in hands every case but a plain success over to this.)"""
    error: SignInFailed
    with db.write() as session:
        user = _load(session, username)
        if user is None:
            masked = {"username": username.strip()[:1] + "***", "why": "unknown"}
            audit(session, None, "staff.sign_in_failed", "staff_user", None, None, None, masked)
            error = SignInFailed(WRONG)
        else:
            error_or_actor = _judge(session, user, moment, right, stored_hash, password, success)
            if isinstance(error_or_actor, Actor):
                return error_or_actor
            error = error_or_actor
    raise error  # after the commit: the failure and any lock are recorded


def _judge(
    session: Session,
    user: StaffUser,
    moment: dt.datetime,
    right: bool,
    stored_hash: str | None,
    password: str,
    success: str,
) -> Actor | SignInFailed:
    """Decide one attempt on the locked staff row: the Actor, or the error to raise."""
    actor = actor_of(user)
    locked = _aware(user.locked_until)
    if locked is not None and locked > moment:
        why = {"why": "locked"}
        audit(session, actor, "staff.sign_in_refused", "staff_user", user.id, None, None, why)
        return SignInFailed(locked_message(locked))
    if not right or user.password_hash != stored_hash:
        return _count_failure(session, user, moment, "wrong" if stored_hash else "no_password")
    if not user.active:
        why = {"why": "disabled"}
        audit(session, actor, "staff.sign_in_refused", "staff_user", user.id, None, None, why)
        return SignInFailed(DISABLED)
    user.failed_count, user.locked_until, user.last_sign_in_at = 0, None, moment
    if stored_hash and passwords.needs_rehash(stored_hash):
        user.password_hash = passwords.hash_password(password)
    audit(session, actor, success, "staff_user", user.id, None, None, None)
    return actor_of(user)


def _count_failure(
    session: Session, user: StaffUser, moment: dt.datetime, why: str
) -> SignInFailed:
    """Count a wrong password; lock the account at the limit. The error to raise after commit."""
    actor = actor_of(user)
    user.failed_count = (user.failed_count or 0) + 1
    audit(
        session,
        actor,
        "staff.sign_in_failed",
        "staff_user",
        user.id,
        None,
        None,
        {"why": why, "failures": user.failed_count},
    )
    limit = setting(session, "lockout_failures")
    if user.failed_count < limit:
        return SignInFailed(WRONG)
    minutes = setting(session, "lockout_minutes")
    user.locked_until, user.failed_count = moment + dt.timedelta(minutes=minutes), 0
    audit(
        session,
        actor,
        "staff.locked",
        "staff_user",
        user.id,
        None,
        None,
        {"failures": limit, "minutes": minutes},
    )
    return SignInFailed(locked_message(user.locked_until))


def sign_in(db: Database, username: str, password: str, *, now: dt.datetime | None = None) -> Actor:
    """The staff member whose username and password these are; SignInFailed otherwise.

    Slow on purpose (one Argon2id verification): the GUI calls it on the worker thread.
    """
    return _attempt(db, username, password, now, "staff.sign_in")


def verify_password(
    db: Database, actor: Actor, password: str, *, now: dt.datetime | None = None
) -> None:
    """Unlock after an idle lock: the same staff member's password, same checks as sign-in."""
    _attempt(db, actor.username, password, now, "staff.idle_unlock")


def sign_out(db: Database, actor: Actor) -> None:
    """Record that the staff member signed out."""
    with db.write() as session:
        audit(session, actor, "staff.sign_out", "staff_user", actor.id, None, None, None)


def record_idle_lock(db: Database, actor: Actor) -> None:
    """Record that the window locked itself after the idle time."""
    with db.write() as session:
        audit(session, actor, "staff.idle_lock", "staff_user", actor.id, None, None, None)


def change_password(db: Database, actor: Actor, old_password: str, new_password: str) -> Actor:
    """Change one's own password (the old one checked like a sign-in); the updated Actor."""
    check_new_password(actor.username, new_password)
    if new_password == old_password:
        raise Refused("weak_password", "新密码不能与原密码相同。")
    _attempt(db, actor.username, old_password, None, "staff.password_checked")
    hashed = passwords.hash_password(new_password)
    with db.write() as session:
        user = _load(session, actor.username)
        assert user is not None  # it just signed in
        user.password_hash, user.must_change_password = hashed, False
        audit(session, actor, "staff.password_change", "staff_user", user.id, None, None, None)
        return actor_of(user)


def idle_minutes(db: Database) -> int:
    """Minutes without input before the window locks itself (1–30, default 5)."""
    with db.read() as session:
        return setting(session, "idle_minutes")


def set_idle_minutes(db: Database, actor: Actor, minutes: int) -> None:
    """Change the idle-lock minutes (administrators; audited)."""
    set_setting(db, actor, "idle_minutes", minutes)


def set_setting(db: Database, actor: Actor, key: str, value: int) -> None:
    """Change a security setting within its bounds (administrators, `settings.manage`; audited)."""
    require(actor, "settings.manage", db)
    _, low, high, name = SETTINGS[key]
    if not low <= value <= high:
        raise Refused("bad_setting", f"{name}应在 {low} 到 {high} 之间。")
    with db.write() as session:
        row = session.get(SecuritySetting, key, with_for_update=ROW_LOCK)
        before = setting(session, key)
        if row is None:
            row = SecuritySetting(key=key, value=value)
            session.add(row)
        row.value, row.updated_at, row.updated_by = value, utcnow(), actor.id
        audit(session, actor, "settings.change", "setting", key, None, {key: before}, {key: value})


from vipdesk.services.staff_admin import (  # noqa: E402  (re-exported: one import for callers)
    StaffInfo,
    add_staff,
    disable_staff,
    enable_staff,
    list_staff,
    reset_password,
    set_branch,
    set_role,
    unlock_staff,
)

__all__ = [
    "StaffInfo",
    "SignInFailed",
    "add_staff",
    "change_password",
    "create_first_admin",
    "disable_staff",
    "enable_staff",
    "has_staff",
    "idle_minutes",
    "list_staff",
    "record_idle_lock",
    "reset_password",
    "set_branch",
    "set_idle_minutes",
    "set_role",
    "sign_in",
    "sign_out",
    "unlock_staff",
    "verify_password",
]
