"""The schema on real databases: migrations, SQLite pragmas, append-only audit, one current card."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import event, insert, inspect, text
from sqlalchemy.exc import IntegrityError

from vipdesk.db.engine import is_current, upgrade
from vipdesk.db.models import AuditRecord, Card, Member
from vipdesk.errors import DatabaseError
from vipdesk.services.database import Database, audit
from vipdesk.services.importer import member_row


def test_upgrade_creates_every_table_and_is_idempotent(db):
    upgrade(db.engine)
    upgrade(db.engine)
    assert is_current(db.engine)
    tables = set(inspect(db.engine).get_table_names())
    assert {
        "members",
        "policies",
        "cards",
        "card_events",
        "designated_relatives",
        "service_cases",
        "case_notes",
        "staff_users",
        "audit_log",
        "alembic_version",
    } <= tables


def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(sqlite_url):
    db = Database(sqlite_url)
    db.ensure_schema()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_audit_log_is_append_only(db, actor):
    with db.write() as session:
        audit(session, actor, "test.action", "member", 1, None, None, {"x": 1})
    for forgery in ("UPDATE audit_log SET action = 'forged'", "DELETE FROM audit_log"):
        with pytest.raises(Exception) as refused, db.write() as session:
            session.execute(text(forgery))
        assert "append-only" in str(refused.value.__cause__ or refused.value)
    with db.read() as session:
        actions = session.scalars(text("SELECT action FROM audit_log")).all()
    assert "test.action" in actions and "forged" not in actions


def test_the_database_allows_only_one_current_card_per_member(db):
    with db.write() as session:
        session.execute(insert(Member), [member_row("11010519491231002X", "王建国", None, "")])
        mid = session.scalar(text("SELECT id FROM members"))
        session.execute(
            insert(Card),
            [
                {
                    "number": "8868000000000017",
                    "member_id": mid,
                    "tier": "gold",
                    "status": "active",
                    "issued_on": dt.date.today(),
                }
            ],
        )
    with pytest.raises(DatabaseError) as refused, db.write() as session:
        session.execute(
            insert(Card),
            [
                {
                    "number": "8868000000000025",
                    "member_id": mid,
                    "tier": "gold",
                    "status": "suspended",
                    "issued_on": dt.date.today(),
                }
            ],
        )
    assert isinstance(refused.value.__cause__, IntegrityError)  # the database itself
    with db.read() as session:
        assert session.scalar(text("SELECT count(*) FROM cards")) == 1


def test_missing_folder_is_a_plain_error(tmp_path):
    with pytest.raises(DatabaseError, match="文件夹不存在"):
        Database(f"sqlite:///{tmp_path / 'nowhere' / 'desk.sqlite3'}")


def test_a_file_that_is_not_a_database_is_a_plain_error(tmp_path):
    path = tmp_path / "desk.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DatabaseError, match="损坏"):
        Database(f"sqlite:///{path}").ensure_schema()


def test_a_locked_database_is_a_plain_error_and_loses_nothing(sqlite_url, monkeypatch):
    import vipdesk.db.engine as engine_module

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    db = Database(sqlite_url)
    db.ensure_schema()
    path = db.engine.url.database
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="占用"), db.write() as session:
            session.add(AuditRecord(staff_id=1, action="x", entity="y"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with db.read() as session:
        assert session.scalar(text("SELECT count(*) FROM audit_log WHERE action = 'x'")) == 0


def test_a_full_database_is_a_plain_error_and_the_import_writes_nothing(sqlite_url, tmp_path):
    from tests.staff_helpers import actor_for
    from vipdesk.rules import load_rules
    from vipdesk.services.demo import DemoGenerator
    from vipdesk.services.importer import import_members

    db = Database(sqlite_url)
    db.ensure_schema()
    actor = actor_for(db, "admin1", role="admin")  # imports are an administrator's action
    gen = DemoGenerator(5, dt.date.today(), set(), 0)
    path = tmp_path / "members.csv"
    rows = [gen.member() for _ in range(3000)]
    path.write_text(
        "id_number,name,phone,address\n"
        + "".join(f"{m['id_number']},{m['name']},{m['phone']},{m['address']}\n" for m in rows),
        encoding="utf-8",
    )
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(db.engine, "connect")
    def cap(dbapi_connection, _record):  # the file may not grow: SQLite reports SQLITE_FULL
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 5}")

    db.engine.dispose()
    with pytest.raises(DatabaseError, match="磁盘空间已满"):
        import_members(db, load_rules().current(), actor, path)
    with db.read() as session:
        assert session.scalar(text("SELECT count(*) FROM members")) == 0
