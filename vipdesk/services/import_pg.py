"""PostgreSQL: the staged rows compared before the import's write transaction, like SQLite's.

`prepare` copies the staging file into temporary tables of the import's own server session and
marks each row new, changed or unchanged in one REPEATABLE READ snapshot, noting that snapshot's
state token (`import_sqlite.TOKEN`: the newest import report, member and policy). The write
transaction then only checks the token (`compare_if_moved`): unchanged, the marks hold; moved
(another import committed meanwhile), it compares again inside. The temporary tables live until
`drop` (the session is a pooled connection: they must not outlive the import).
"""

from __future__ import annotations

import contextlib
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from vipdesk.services import import_apply
from vipdesk.services.import_sqlite import TOKEN
from vipdesk.services.import_stage import Stage

TEMPORARY = ("grams_todo", "stage_grams", "stage_members", "stage_policies")


def state_token(session: Session) -> tuple[Any, ...]:
    """What changes when members or policies are written by an import (or demo data)."""
    return tuple(session.execute(text(TOKEN)).one())


def compare(session: Session, table: str) -> None:
    """Mark every staged row new, changed or unchanged (members or policies)."""
    if table == "stage_members":
        import_apply.compare_members(session, keep=True)
    else:
        session.execute(text(import_apply.POLICY_STATE))


def prepare(conn: Connection, stage: Stage) -> tuple[Any, ...]:
    """Outside the write transaction: stage and compare in one snapshot; its state token."""
    with Session(bind=conn) as session:
        session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
        import_apply.load_stage_postgresql(session, stage, keep=True)
        token = state_token(session)
        compare(session, stage.table)
        session.commit()
    return token


def compare_if_moved(session: Session, stage: Stage, token: tuple[Any, ...]) -> bool:
    """Inside the write transaction: compare again if another import committed since
    `prepare`; True when it did."""
    if state_token(session) == token:
        return False
    compare(session, stage.table)
    return True


def drop(conn: Connection) -> None:
    """Drop the import's temporary tables from the pooled session (best effort)."""
    with contextlib.suppress(SQLAlchemyError):
        if conn.in_transaction():
            conn.rollback()
        for table in TEMPORARY:
            conn.execute(text(f"DROP TABLE IF EXISTS pg_temp.{table}"))
        conn.commit()
