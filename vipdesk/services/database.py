"""The desk's database handle: engine, schema upgrade, read and write units of work."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vipdesk.db.auth_models import AuditChainHead
from vipdesk.db.engine import has_schema, is_current, make_engine, writer
from vipdesk.db.models import AuditRecord, StaffUser, utcnow
from vipdesk.domain.audit_chain import GENESIS, canonical, link
from vipdesk.errors import DatabaseError, translate_errors
from vipdesk.services.actor import Actor as Actor  # re-exported: its home before

CONFLICT = "另一柜台刚刚保存了相同的数据，本次操作没有保存任何内容，请刷新后重试。"
# How every service locks a row it is about to change: `.with_for_update(**ROW_LOCK)`, or
# `session.get(..., with_for_update=ROW_LOCK)`. PostgreSQL's FOR NO KEY UPDATE queues the row's
# other writers but not a row that refers to it: an audit record naming a locked staff member
# or member (its foreign key's key-share lock) must not wait for a transaction that itself
# waits for the audit chain head (a deadlock). SQLite ignores row locks (BEGIN IMMEDIATE).
ROW_LOCK: dict[str, Any] = {"key_share": True}  # never changed


class Database:
    """One database (SQLite file or server) and its units of work."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self._writer = writer(self.engine)

    @property
    def display_name(self) -> str:
        """The SQLite file path or the server address, without password."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite":
            return str(url.database)
        return url.render_as_string(hide_password=True)

    def ensure_schema(self) -> None:
        """Create or upgrade the schema; an SQLite file with data is backed up before upgrading."""
        if not (has_schema(self.engine) and is_current(self.engine)):
            from vipdesk.services.backup_restore import guarded_upgrade

            guarded_upgrade(self)

    def require_schema(self) -> None:
        """Raise DatabaseError when the database has no VIP Desk tables."""
        if not has_schema(self.engine):
            raise DatabaseError(f"数据库中没有VIP Desk的数据表：{self.display_name}")

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end)."""
        with translate_errors(self.engine), Session(self.engine) as session:
            yield session
            session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work that commits on success and rolls back on any error (all or nothing)."""
        with translate_errors(self.engine), Session(self._writer, expire_on_commit=False) as s:
            try:
                yield s
                s.commit()
            except IntegrityError as exc:  # another desk wrote the same row meanwhile
                s.rollback()
                raise DatabaseError(CONFLICT) from exc
            except BaseException:
                s.rollback()
                raise

    def dispose(self) -> None:
        """Close all pooled connections."""
        self.engine.dispose()


def actor_of(user: StaffUser) -> Actor:
    """The plain Actor value of a staff row."""
    return Actor(
        user.id,
        user.username,
        user.display_name,
        user.role,
        user.branch_code,
        bool(user.must_change_password),
    )


def audit(
    session: Session,
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: object,
    member_id: int | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    """Append an audit record in the caller's transaction, chained to the previous record.

    The chain head row is locked (`ROW_LOCK`; SQLite writers are serialised anyway), so desks
    appending at the same moment queue and the chain stays one line.
    """
    head = _chain_head(session)
    staff_id = None if actor is None else actor.id  # None: a sign-in with an unknown username
    at = utcnow()
    eid = None if entity_id is None else str(entity_id)
    before_text = None if before is None else json.dumps(before, ensure_ascii=False, default=str)
    after_text = None if after is None else json.dumps(after, ensure_ascii=False, default=str)
    seq = head.last_seq + 1
    content = canonical(seq, at, staff_id, action, entity, eid, member_id, before_text, after_text)
    digest = link(head.last_hash, content)
    session.add(
        AuditRecord(
            at=at,
            staff_id=staff_id,
            action=action,
            entity=entity,
            entity_id=eid,
            member_id=member_id,
            before=before_text,
            after=after_text,
            seq=seq,
            prev_hash=head.last_hash,
            hash=digest,
        )
    )
    head.last_seq, head.last_hash = seq, digest


def _chain_head(session: Session) -> AuditChainHead:
    """The chain head, locked for this transaction (read once per transaction)."""
    txn = session.get_transaction()
    cached = session.info.get("audit_chain_head")
    if cached is not None and cached[0] is txn:
        return cast(AuditChainHead, cached[1])
    head = session.scalars(
        select(AuditChainHead).where(AuditChainHead.id == 1).with_for_update(**ROW_LOCK)
    ).first()
    if head is None:  # a schema made without migrations (tests of the bare metadata)
        head = AuditChainHead(id=1, last_seq=0, last_hash=GENESIS)
        session.add(head)
    session.info["audit_chain_head"] = (txn, head)
    return head
