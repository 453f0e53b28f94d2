"""Desks signing in on the direct path while others write through SQLAlchemy keep one chain.

The direct sign-in (`services.staff_direct`) appends to the hash-chained audit log on its own
connection: on PostgreSQL under FOR NO KEY UPDATE of the staff row and the chain head, on
SQLite under the write lock. Run at the same moment as appends through the usual path, every
record must land once and the chain stay whole, on a real SQLite file and a real PostgreSQL
server. A deadlock (PostgreSQL aborts one of the two) shows as an error of one desk.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

from tests.db.relative_helpers import add_member
from tests.staff_helpers import TEST_PASSWORD
from vipdesk.db.models import AuditRecord
from vipdesk.services import pg_direct, sqlite_direct, staff_direct
from vipdesk.services.audit_log import verify_chain
from vipdesk.services.database import Database, audit
from vipdesk.services.relative_records import lock_member


def _at_once(url: str, desks: list[Callable[[Any], None]], direct: bool = False) -> list[str]:
    """Run each desk on its own connection, all starting together: the first on a Database, the
    others on the direct path when `direct`; the errors they met (a deadlock's cause reads
    `DeadlockDetected`)."""
    errors: list[str] = []
    barrier = threading.Barrier(len(desks))

    def run(desk: Callable[[Any], None], direct: bool) -> None:
        if direct:
            opener = pg_direct.open_server if url.startswith("postgresql") else None
            own: Any = (opener or sqlite_direct.open_file)(url)
        else:
            own = Database(url)
        try:
            barrier.wait()
            desk(own)
        except BaseException as exc:  # noqa: BLE001  (reported to the test)
            errors.append(repr(exc.__cause__ or exc))
        finally:
            if direct:
                own.close()
            else:
                own.dispose()

    kinds = [direct and i > 0 for i in range(len(desks))]  # the first desk: always SQLAlchemy
    threads = [threading.Thread(target=run, args=pair) for pair in zip(desks, kinds, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def _appends(
    actor: Any, action: str, member_id: int | None = None, count: int = 10, lock: bool = False
):
    """A desk that appends `count` records through SQLAlchemy, each naming `member_id`; with
    `lock`, the member row locked first, as booking a use or adding a relative does."""

    def desk(own: Database) -> None:
        for k in range(count):
            with own.write() as session:
                if lock:
                    lock_member(session, member_id)
                audit(session, actor, action, "member", member_id, member_id, None, {"k": k})

    return desk


def test_direct_sign_ins_and_usual_writes_append_one_chain(db, actor):
    signers, rounds, writes = 3, 4, 12

    def signer(opened: Any) -> None:
        for _ in range(rounds):
            found = staff_direct.sign_in(opened, actor.username, TEST_PASSWORD, lambda: db)
            assert found.id == actor.id

    before = verify_chain(db).count
    desks = [_appends(actor, "test.append", count=writes), *[signer] * signers]
    assert _at_once(db.url, desks, direct=True) == []
    report = verify_chain(db)
    assert report.ok and report.count == before + signers * rounds + writes
    with db.read() as session:
        signed = session.scalar(
            select(func.count()).where(
                AuditRecord.action == "staff.sign_in", AuditRecord.staff_id == actor.id
            )
        )
    assert signed == signers * rounds + 1  # and the fixture's own sign-in


def test_a_locked_member_and_an_audit_naming_it_do_not_deadlock(db, actor):
    """One desk locks a member row, then audits (booking a use, adding a relative); another
    audits that member meanwhile (an ID revealed). The second record's reference to the member
    must not wait for the first desk while the first waits for the chain head."""
    member_id = add_member(db, actor, 60_000)
    before = verify_chain(db).count
    desks = [
        _appends(actor, "test.locked", member_id, lock=True),
        _appends(actor, "test.named", member_id),
    ]
    assert _at_once(db.url, desks) == []
    report = verify_chain(db)
    assert report.ok and report.count == before + 20
