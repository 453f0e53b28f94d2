"""Migration 0004 on a database of the previous version: its audit records are chained, its staff
(made by the old "clerk on first use") have no password until an administrator resets them."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from vipdesk.db.engine import _alembic_config, upgrade
from vipdesk.services import staff
from vipdesk.services.audit_log import verify_chain
from vipdesk.services.database import Database


def test_upgrade_chains_old_records_and_keeps_old_staff_without_password(db_url):
    db = Database(db_url)
    command.upgrade(_alembic_config(db.engine), "0003")
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO staff_users (id, username, display_name, role, branch_code, "
                "created_at) VALUES (1, 'wang', '王', 'clerk', '0000', CURRENT_TIMESTAMP)"
            )
        )
        for k in range(3):
            conn.execute(
                text(
                    "INSERT INTO audit_log (at, staff_id, action, entity, entity_id, after) "
                    "VALUES (CURRENT_TIMESTAMP, 1, 'member.reveal_id', 'member', :k, :a)"
                ),
                {"k": str(k), "a": '{"purpose": "核对"}'},
            )
    upgrade(db.engine)
    report = verify_chain(db)
    assert report.ok and report.count == 3
    assert not staff.has_staff(db)  # nobody can sign in yet: the first administrator is needed
    boss = staff.create_first_admin(db, "wang", "王", "wang-new-password")
    assert boss.id == 1 and boss.role == "admin"  # the old row became the administrator
    report = verify_chain(db)
    assert report.ok and report.count == 4  # and the chain goes on from the old records
    db.dispose()
