"""PostgreSQL: which database the desk is on, and the app role that owns nothing.

The schema owner (e.g. `vipdesk_owner`) runs the migrations (`vipdesk --db <owner URL> init`);
the desks connect as `vipdesk_app`, which may read and write rows but owns no table, so the server
itself refuses TRUNCATE, ALTER TABLE … DISABLE TRIGGER and session_replication_role, and the
audit log is SELECT/INSERT only. Backups of a server are pg_dump / PITR (docs/data-safety.md).
"""

from __future__ import annotations

import os

from sqlalchemy import Engine, text

APP_ROLE = os.environ.get("VIPDESK_PG_APP_ROLE", "vipdesk_app")
GRANTS = (
    "GRANT USAGE ON SCHEMA public TO {role}",
    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
    "REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {role}",
    "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM {role}",
    "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
    "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {role}",
    "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {role}",
)


def grant_app_role(engine: Engine, role: str = APP_ROLE) -> None:
    """Give the app role exactly the rights the desk needs (run as the schema owner; idempotent)."""
    quoted = engine.dialect.identifier_preparer.quote(role)
    with engine.begin() as conn:
        for statement in GRANTS:
            conn.execute(text(statement.format(role=quoted)))


def owns_tables(engine: Engine) -> bool:
    """True when the connected role owns VIP Desk's tables or is a superuser (not for desks)."""
    with engine.connect() as conn:
        superuser = conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
        if superuser.scalar():
            return True
        owner = conn.execute(
            text("SELECT tableowner = current_user FROM pg_tables WHERE tablename = 'audit_log'")
        ).scalar()
        return bool(owner)
