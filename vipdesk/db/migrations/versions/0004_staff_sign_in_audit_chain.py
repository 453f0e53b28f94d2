"""Staff sign-in, lockout and the audit hash chain (issue 10)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 17:00:00

Staff rows made before this migration (the old "created as a clerk on first use") get no
password: they cannot sign in until an administrator resets their password. Existing audit
records are chained in id order; the append-only triggers are recreated afterwards.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from vipdesk.domain.audit_chain import GENESIS, canonical, link

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _drop_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")


def _create_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
            )
    else:
        op.execute(
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
        )


def _chain_existing() -> tuple[int, str]:
    """Give every existing record its place and hash, oldest first; the head's seq and hash."""
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT id, at, staff_id, action, entity, entity_id, member_id, before, after "
            "FROM audit_log ORDER BY id"
        )
    ).all()
    prev, updates = GENESIS, []
    for seq, (rid, at, staff, action, entity, eid, member, before, after) in enumerate(rows, 1):
        digest = link(prev, canonical(seq, at, staff, action, entity, eid, member, before, after))
        updates.append({"id": rid, "seq": seq, "prev": prev, "hash": digest})
        prev = digest
    if updates:
        bind.execute(
            sa.text(
                "UPDATE audit_log SET seq = :seq, prev_hash = :prev, hash = :hash WHERE id = :id"
            ),
            updates,
        )
    return len(updates), prev


def upgrade() -> None:
    """Sign-in columns on staff_users, the chain columns on audit_log, head and settings tables."""
    _drop_triggers()
    # plain ADD COLUMN (no table copy): staff_users is referenced by other tables' foreign keys
    for column in (
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("failed_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_sign_in_at", sa.DateTime(timezone=True), nullable=True),
    ):
        op.add_column("staff_users", column)
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
        batch_op.alter_column("staff_id", existing_type=sa.Integer(), nullable=True)
    op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    op.create_table(
        "security_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["updated_by"],
            ["staff_users.id"],
            name=op.f("fk_security_settings_updated_by_staff_users"),
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_security_settings")),
    )
    count, last = _chain_existing()
    op.get_bind().execute(
        sa.text("INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, :n, :h)"),
        {"n": count, "h": last},
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_audit_log_seq"), ["seq"])
    _create_triggers()


def downgrade() -> None:
    """Drop the chain and sign-in columns and tables (the hashes are lost)."""
    _drop_triggers()
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_log_seq"), type_="unique")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("seq")
        batch_op.alter_column("staff_id", existing_type=sa.Integer(), nullable=False)
    op.drop_table("security_settings")
    op.drop_table("audit_chain_head")
    for column in (
        "last_sign_in_at",
        "locked_until",
        "failed_count",
        "must_change_password",
        "active",
        "password_hash",
    ):
        op.drop_column("staff_users", column)
    _create_triggers()
