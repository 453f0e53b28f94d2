"""PostgreSQL: the desks' role owns nothing, so the audit log cannot be truncated or unguarded."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from tests.conftest import PG_SKIP, PG_URL
from tests.safety.helpers import populate
from vipdesk.services.backup_pg import grant_app_role, owns_tables
from vipdesk.services.database import Database
from vipdesk.services.database_kind import database_kind


@pytest.fixture
def pg_db(pg_only_db):
    return pg_only_db


def _ensure_role() -> None:
    if not PG_URL:
        pytest.skip(PG_SKIP)
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = 'vipdesk_app'"))
        if not exists.scalar():
            conn.execute(text("CREATE ROLE vipdesk_app LOGIN"))
    admin.dispose()


@pytest.mark.parametrize(
    "attack",
    [
        "TRUNCATE audit_log",
        "ALTER TABLE audit_log DISABLE TRIGGER ALL",
        "SET session_replication_role = replica",
        "UPDATE audit_log SET action = 'x'",
        "DELETE FROM audit_log",
        "DROP TABLE audit_log",
        "UPDATE alembic_version SET version_num = '0001'",
    ],
)
def test_the_app_role_cannot_rewrite_the_audit_log(pg_db, attack):
    _ensure_role()
    populate(pg_db, members=10)
    grant_app_role(pg_db.engine)  # what migration 0007 does when the role exists
    app_url = make_url(pg_db.url).set(username="vipdesk_app", password=None)
    app = Database(app_url.render_as_string(hide_password=False))
    assert not owns_tables(app.engine) and owns_tables(pg_db.engine)
    with pytest.raises(DBAPIError), app.engine.begin() as conn:
        conn.execute(text(attack))
    populate(app, members=5, seed=4)  # the desk's own work still goes through
    with app.read() as session:
        assert session.execute(text("SELECT count(*) FROM members")).scalar() == 15
    app.dispose()


def test_database_kind_is_shown_in_plain_words(db):
    kind = database_kind(db.url)
    if db.engine.dialect.name == "sqlite":
        assert kind.sqlite and kind.backups_here and kind.where.endswith("desk.sqlite3")
    else:
        assert not kind.backups_here and "PostgreSQL" in kind.label and "@" not in kind.where


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://desk:secret@db.branch:5433/vipdesk",
        "postgresql://desk@[::1]:5432/vipdesk",
        "postgresql://localhost/vipdesk",
        "postgresql:///vipdesk",
        "postgresql://desk:p%40ss@Host.Example/vip%20desk",
        "postgresql+psycopg://desk@db.branch/vipdesk?sslmode=require",
    ],
)
def test_server_kind_reads_the_address_as_sqlalchemy_does(url):
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    expected = f"{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"
    assert database_kind(url).where == expected  # read without SQLAlchemy for a plain URL
