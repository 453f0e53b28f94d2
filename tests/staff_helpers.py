"""Test staff: real accounts made through the real staff service, with a known test password.

`actor_for(db, username, display_name, role)` is the test-only successor of the old production
helper that created a clerk on first use: it creates the account (the first administrator,
`test.admin`, is created when needed), gives it the test password and signs it in.
"""

from __future__ import annotations

from sqlalchemy import select

from vipdesk.db.models import StaffUser
from vipdesk.services import staff
from vipdesk.services.database import Actor, Database
from vipdesk.services.demo import DEMO_PASSWORD

TEST_PASSWORD = DEMO_PASSWORD  # one known password for test and demo accounts (never installed)
TEST_ADMIN = "test.admin"
_FIRST = "test-first-password"  # what add_staff gives; changed at once to TEST_PASSWORD


def test_admin(db: Database) -> Actor:
    """The test administrator, created as the database's first administrator when needed."""
    if not staff.has_staff(db):
        return staff.create_first_admin(db, TEST_ADMIN, "测试管理员", TEST_PASSWORD)
    with db.read() as session:
        exists = session.scalars(select(StaffUser.id).where(StaffUser.username == TEST_ADMIN))
        found = exists.first() is not None
    if not found:
        return actor_for(db, TEST_ADMIN, "测试管理员", "admin")
    return staff.sign_in(db, TEST_ADMIN, TEST_PASSWORD)


def actor_for(
    db: Database,
    username: str,
    display_name: str | None = None,
    role: str = "clerk",
    branch_code: str = "0000",
) -> Actor:
    """A signed-in staff member (created with the test password on first use, role kept)."""
    with db.read() as session:
        user = session.scalars(select(StaffUser).where(StaffUser.username == username)).first()
        exists, current_role = user is not None, user.role if user else None
    if not exists:
        admin = _some_admin(db)
        staff.add_staff(db, admin, username, display_name or username, role, _FIRST, branch_code)
        first = staff.sign_in(db, username, _FIRST)
        return staff.change_password(db, first, _FIRST, TEST_PASSWORD)
    if current_role != role:
        staff.set_role(db, _some_admin(db), username, role)
    return staff.sign_in(db, username, TEST_PASSWORD)


def _some_admin(db: Database) -> Actor:
    if not staff.has_staff(db):
        return staff.create_first_admin(db, TEST_ADMIN, "测试管理员", TEST_PASSWORD)
    with db.read() as session:
        name = session.scalars(
            select(StaffUser.username)
            .where(StaffUser.role == "admin", StaffUser.active.is_(True))
            .order_by(StaffUser.id)
        ).first()
    if name is None:
        raise RuntimeError("no administrator in this test database")
    return staff.sign_in(db, name, TEST_PASSWORD)


def supervisor(db: Database, username: str = "boss", display_name: str = "主管") -> Actor:
    """A signed-in supervisor."""
    return actor_for(db, username, display_name, "supervisor")


def admin(db: Database, username: str = TEST_ADMIN) -> Actor:
    """A signed-in administrator."""
    if username == TEST_ADMIN:
        return test_admin(db)
    return actor_for(db, username, username, "admin")
