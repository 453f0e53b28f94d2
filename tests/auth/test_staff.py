"""Staff accounts and sign-in on SQLite and PostgreSQL: right/wrong, lockout, unlock, admin."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.staff_helpers import TEST_PASSWORD, actor_for, admin
from vipdesk.db.models import AuditRecord, StaffUser
from vipdesk.errors import Refused
from vipdesk.services import passwords, staff
from vipdesk.services.staff import SignInFailed

T0 = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)
WRONG = "用户名或密码不正确。"


def actions(db) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(AuditRecord.action).order_by(AuditRecord.seq)))


def test_first_admin_only_on_a_database_without_accounts(db):
    assert not staff.has_staff(db)
    boss = staff.create_first_admin(db, "boss", "老板", "first-admin-pw")
    assert (boss.role, boss.branch_code) == ("admin", "0000") and staff.has_staff(db)
    with pytest.raises(Refused) as refused:
        staff.create_first_admin(db, "other", "别人", "another-admin-pw")
    assert refused.value.code == "staff_exists"
    with db.read() as session:
        stored = session.scalar(select(StaffUser.password_hash).where(StaffUser.username == "boss"))
    assert stored.startswith("$argon2id$") and "first-admin-pw" not in stored


def test_sign_in_right_and_wrong_give_one_message_for_user_and_password(db):
    clerk = actor_for(db, "clerk1", "柜员一")
    assert staff.sign_in(db, "clerk1", TEST_PASSWORD).id == clerk.id
    for username, password in (("clerk1", "wrong-password"), ("nobody", TEST_PASSWORD)):
        with pytest.raises(SignInFailed) as failed:
            staff.sign_in(db, username, password)
        assert str(failed.value) == WRONG
    assert actions(db)[-2:] == ["staff.sign_in_failed", "staff.sign_in_failed"]
    with db.read() as session:
        after = session.scalars(select(AuditRecord.after).order_by(AuditRecord.seq.desc())).first()
    assert "nobody" not in after and TEST_PASSWORD not in after  # typed names masked


def test_five_failures_lock_for_fifteen_minutes_then_sign_in_works(db):
    actor_for(db, "clerk1")
    for _ in range(4):
        with pytest.raises(SignInFailed, match="不正确"):
            staff.sign_in(db, "clerk1", "wrong-password", now=T0)
    with pytest.raises(SignInFailed, match="账号已锁定"):
        staff.sign_in(db, "clerk1", "wrong-password", now=T0)  # the fifth locks
    for minutes in (0, 14):  # even the right password is refused while locked
        with pytest.raises(SignInFailed, match="账号已锁定，请于 .* 后再试或请管理员解锁"):
            staff.sign_in(db, "clerk1", TEST_PASSWORD, now=T0 + dt.timedelta(minutes=minutes))
    assert staff.sign_in(db, "clerk1", TEST_PASSWORD, now=T0 + dt.timedelta(minutes=15))
    assert "staff.locked" in actions(db)


def test_an_administrator_unlocks_and_the_limits_are_settings(db):
    actor_for(db, "clerk1")
    boss = admin(db)
    staff.set_setting(db, boss, "lockout_failures", 3)
    staff.set_setting(db, boss, "lockout_minutes", 60)
    for _ in range(3):
        with pytest.raises(SignInFailed):
            staff.sign_in(db, "clerk1", "wrong-password", now=T0)
    with pytest.raises(SignInFailed, match="锁定"):
        staff.sign_in(db, "clerk1", TEST_PASSWORD, now=T0 + dt.timedelta(minutes=59))
    staff.unlock_staff(db, boss, "clerk1")
    assert staff.sign_in(db, "clerk1", TEST_PASSWORD, now=T0 + dt.timedelta(minutes=1))
    with pytest.raises(Refused) as refused:
        staff.set_setting(db, boss, "lockout_failures", 1)
    assert refused.value.code == "bad_setting"
    assert actions(db).count("settings.change") == 2


def test_disabled_accounts_cannot_sign_in_and_are_never_deleted(db):
    clerk = actor_for(db, "clerk1")
    boss = admin(db)
    staff.disable_staff(db, boss, "clerk1")
    with pytest.raises(SignInFailed, match="停用"):
        staff.sign_in(db, "clerk1", TEST_PASSWORD)
    with pytest.raises(SignInFailed, match="不正确"):  # a wrong password says nothing more
        staff.sign_in(db, "clerk1", "wrong-password")
    assert [s.username for s in staff.list_staff(db, boss) if not s.active] == ["clerk1"]
    staff.enable_staff(db, boss, "clerk1")
    assert staff.sign_in(db, "clerk1", TEST_PASSWORD).id == clerk.id
    with pytest.raises(Refused) as refused:
        staff.disable_staff(db, boss, boss.username)
    assert refused.value.code == "own_account"


def test_reset_forces_a_change_and_passwords_are_checked(db):
    actor_for(db, "clerk1")
    boss = admin(db)
    staff.reset_password(db, boss, "clerk1", "temporary-123")
    signed = staff.sign_in(db, "clerk1", "temporary-123")
    assert signed.must_change_password
    for weak in ("short", "clerk1", "CLERK1"):
        with pytest.raises(Refused) as refused:
            staff.change_password(db, signed, "temporary-123", weak)
        assert refused.value.code == "weak_password"
    changed = staff.change_password(db, signed, "temporary-123", "my-own-password")
    assert not changed.must_change_password
    assert not staff.sign_in(db, "clerk1", "my-own-password").must_change_password


def test_staff_management_is_for_administrators_only_and_audited(db):
    clerk = actor_for(db, "clerk1")
    boss = admin(db)
    with pytest.raises(Refused) as refused:
        staff.add_staff(db, clerk, "sneaky", "某人", "admin", "sneaky-password")
    assert refused.value.code == "not_permitted"
    info = staff.add_staff(db, boss, "super1", "主管一", "supervisor", "super-password", "3101")
    assert (info.role, info.branch_code, info.must_change_password) == ("supervisor", "3101", True)
    staff.set_role(db, boss, "super1", "clerk")
    staff.set_branch(db, boss, "super1", "3102")
    with pytest.raises(Refused) as refused:
        staff.set_role(db, boss, boss.username, "clerk")  # the only administrator
    assert refused.value.code == "last_admin"
    done = actions(db)
    assert {"staff.add", "staff.role", "staff.branch", "permission.refused"} <= set(done)


def test_idle_minutes_default_five_and_bounded(db):
    boss = admin(db)
    assert staff.idle_minutes(db) == 5
    staff.set_idle_minutes(db, boss, 30)
    assert staff.idle_minutes(db) == 30
    for bad in (0, 31):
        with pytest.raises(Refused):
            staff.set_idle_minutes(db, boss, bad)
    with pytest.raises(Refused) as refused:
        staff.set_idle_minutes(db, actor_for(db, "clerk1"), 10)
    assert refused.value.code == "not_permitted"


def test_verify_password_for_the_idle_lock_and_sign_out_are_audited(db):
    clerk = actor_for(db, "clerk1")
    staff.record_idle_lock(db, clerk)
    with pytest.raises(SignInFailed):
        staff.verify_password(db, clerk, "wrong-password")
    staff.verify_password(db, clerk, TEST_PASSWORD)
    staff.sign_out(db, clerk)
    assert actions(db)[-4:] == [
        "staff.idle_lock",
        "staff.sign_in_failed",
        "staff.idle_unlock",
        "staff.sign_out",
    ]


def test_a_hash_made_with_other_parameters_is_rehashed_at_sign_in(db):
    actor_for(db, "clerk1")
    with db.read() as session:
        before = session.scalar(
            select(StaffUser.password_hash).where(StaffUser.username == "clerk1")
        )
    old = passwords.parameters()
    try:
        passwords.configure(time_cost=2, memory_cost=2048, parallelism=1)
        assert passwords.needs_rehash(before)
        staff.sign_in(db, "clerk1", TEST_PASSWORD)
        with db.read() as session:
            after = session.scalar(
                select(StaffUser.password_hash).where(StaffUser.username == "clerk1")
            )
        assert after != before and "t=2" in after and not passwords.needs_rehash(after)
    finally:
        passwords.configure(**old)


def test_production_parameters_are_argon2id_in_one_place():
    assert passwords.PARAMETERS == {"time_cost": 5, "memory_cost": 65536, "parallelism": 1}


def test_legacy_staff_without_password_sign_in_only_after_a_reset(db):
    with db.write() as session:  # a row as the old "created as a clerk on first use" made it
        session.add(StaffUser(username="olduser", display_name="老用户", role="clerk"))
    boss = admin(db)
    with pytest.raises(SignInFailed, match="不正确"):
        staff.sign_in(db, "olduser", "")
    staff.reset_password(db, boss, "olduser", "fresh-password")
    assert staff.sign_in(db, "olduser", "fresh-password").must_change_password


def test_case_numbers_use_the_signed_in_staff_members_branch(db):
    from tests.case_fixtures import add_member
    from vipdesk.rules import load_rules
    from vipdesk.services import cases

    clerk = actor_for(db, "sh.clerk", "上海柜员", branch_code="3101")
    member_id, _ = add_member(db, clerk)
    request = cases.CaseRequest("complaint", member_id, "服务态度")
    case = cases.open_case(db, load_rules().current(), clerk, request)
    assert case.case_no.startswith("3101-")
