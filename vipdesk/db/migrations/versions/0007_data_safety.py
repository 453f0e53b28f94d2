"""Data safety: audit guards, backups bookkeeping (issue 15)

SQLite: REPLACE / INSERT OR REPLACE on audit_log deleted the old record without firing the DELETE
trigger (delete triggers of REPLACE fire only with recursive_triggers on); a BEFORE INSERT trigger
now refuses any insert whose id or seq already exists, so REPLACE can no longer rewrite a record.

PostgreSQL: the desks connect as a role that owns nothing (default `vipdesk_app`, see
docs/data-safety.md); when that role exists, it gets exactly the rights the app needs: audit_log
SELECT and INSERT only, alembic_version SELECT only, everything else SELECT/INSERT/UPDATE/DELETE,
sequences USAGE. Without ownership TRUNCATE, ALTER TABLE … DISABLE TRIGGER and
session_replication_role are refused by the server. Tables of later migrations inherit the same
rights through ALTER DEFAULT PRIVILEGES.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 17:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

SQLITE_GUARD = (
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_replace BEFORE INSERT ON audit_log "
    "WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id OR seq = NEW.seq) "
    "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
)
PG_GRANTS = """
DO $$
DECLARE app text := coalesce(nullif(current_setting('vipdesk.app_role', true), ''), 'vipdesk_app');
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
    RETURN;
  END IF;
  EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app);
  EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %I', app);
  EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM %I', app);
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app);
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public '
                 'GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', app);
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public '
                 'GRANT USAGE, SELECT ON SEQUENCES TO %I', app);
END $$;
"""


def upgrade() -> None:
    """Guard the audit log against REPLACE (SQLite); grant the app role its rights (PostgreSQL)."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(SQLITE_GUARD)
    elif dialect == "postgresql":
        op.execute(PG_GRANTS)


def downgrade() -> None:
    """Remove the REPLACE guard (the PostgreSQL grants stay: they only narrow what the app does)."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_replace")
