"""Desks signing in on the direct path while others write through SQLAlchemy keep one chain.

The direct sign-in (`services.staff_direct`) appends to the hash-chained audit log on its own
connection: on PostgreSQL under FOR UPDATE of the staff row and the chain head, on SQLite under
the write lock. Run at the same moment as appends through the usual path, every record must
land once and the chain stay whole, on a real SQLite file and a real PostgreSQL server.
"""

from __future__ import annotations

import threading

from tests.staff_helpers import TEST_PASSWORD
from vipdesk.services import pg_direct, sqlite_direct, staff_direct
from vipdesk.services.audit_log import verify_chain
from vipdesk.services.database import Database, audit


def _open(url: str):
    opened = (pg_direct.open_server if url.startswith("postgresql") else sqlite_direct.open_file)(
        url
    )
    assert opened is not None, url
    return opened


def test_direct_sign_ins_and_usual_writes_append_one_chain(db, actor):
    signers, rounds, writes = 3, 4, 12
    errors: list[BaseException] = []
    barrier = threading.Barrier(signers + 1)

    def signer() -> None:
        opened = _open(db.url)
        try:
            barrier.wait()
            for _ in range(rounds):
                found = staff_direct.sign_in(opened, actor.username, TEST_PASSWORD, lambda: db)
                assert found.id == actor.id
        except BaseException as exc:  # noqa: BLE001  (reported below)
            errors.append(exc)
        finally:
            opened.close()

    def writer() -> None:
        own = Database(db.url)
        try:
            barrier.wait()
            for k in range(writes):
                with own.write() as session:
                    audit(session, actor, "test.append", "desk", str(k), None, None, {"k": k})
        except BaseException as exc:  # noqa: BLE001  (reported below)
            errors.append(exc)
        finally:
            own.dispose()

    before = verify_chain(db).count
    threads = [threading.Thread(target=signer) for _ in range(signers)]
    threads.append(threading.Thread(target=writer))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, [repr(e.__cause__) for e in errors]  # a deadlock shows here
    report = verify_chain(db)
    assert report.ok and report.count == before + signers * rounds + writes
    with db.read() as session:
        from sqlalchemy import func, select

        from vipdesk.db.models import AuditRecord

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
    from tests.db.relative_helpers import add_member
    from vipdesk.services.relative_records import lock_member

    member_id = add_member(db, actor, 60_000)
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def locker() -> None:
        own = Database(db.url)
        try:
            barrier.wait()
            for k in range(10):
                with own.write() as session:
                    lock_member(session, member_id)
                    audit(session, actor, "test.locked", "member", member_id, member_id, None, k)
        except BaseException as exc:  # noqa: BLE001  (reported below)
            errors.append(exc)
        finally:
            own.dispose()

    def revealer() -> None:
        own = Database(db.url)
        try:
            barrier.wait()
            for k in range(10):
                with own.write() as session:
                    audit(session, actor, "test.named", "member", member_id, member_id, None, k)
        except BaseException as exc:  # noqa: BLE001  (reported below)
            errors.append(exc)
        finally:
            own.dispose()

    before = verify_chain(db).count
    threads = [threading.Thread(target=locker), threading.Thread(target=revealer)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, [repr(e.__cause__) for e in errors]  # a deadlock shows here
    report = verify_chain(db)
    assert report.ok and report.count == before + 20
