"""The desk's database handle: engine, schema upgrade, read and write units of work."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vipdesk.db.engine import has_schema, is_current, make_engine, writer
from vipdesk.db.models import AuditRecord, StaffUser
from vipdesk.errors import DatabaseError, translate_errors

CONFLICT = "另一柜台刚刚保存了相同的数据，本次操作没有保存任何内容，请刷新后重试。"


@dataclass(frozen=True)
class Actor:
    """The staff member acting (a plain value, safe to pass between threads)."""

    id: int
    username: str
    display_name: str
    role: str
    branch_code: str


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


def actor_for(db: Database, username: str, display_name: str | None = None) -> Actor:
    """The staff member with this username; created as a clerk on first use."""
    with db.write() as session:
        user = session.scalars(select(StaffUser).where(StaffUser.username == username)).first()
        if user is None:
            user = StaffUser(username=username, display_name=display_name or username, role="clerk")
            session.add(user)
            try:
                session.flush()
            except IntegrityError:  # another desk created it at the same moment
                session.rollback()
                user = session.scalars(
                    select(StaffUser).where(StaffUser.username == username)
                ).one()
            else:
                audit(
                    session,
                    _actor(user),
                    "staff.create",
                    "staff_user",
                    user.id,
                    None,
                    None,
                    {"username": username, "role": "clerk"},
                )
        return _actor(user)


def _actor(user: StaffUser) -> Actor:
    return Actor(user.id, user.username, user.display_name, user.role, user.branch_code)


def audit(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object,
    member_id: int | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    """Append an audit record in the caller's transaction."""
    session.add(
        AuditRecord(
            staff_id=actor.id,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            member_id=member_id,
            before=None if before is None else json.dumps(before, ensure_ascii=False, default=str),
            after=None if after is None else json.dumps(after, ensure_ascii=False, default=str),
        )
    )
