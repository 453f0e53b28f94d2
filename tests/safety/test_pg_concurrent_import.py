"""Two desks importing the same new members at once on PostgreSQL: no unique violation at all.

A unique violation's DETAIL line would write the colliding ID number into the server log; the
imports take turns, so the second sees the first's rows as existing and inserts nothing twice.
"""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from tests.safety.helpers import admin_of
from tests.safety.test_files_and_disks import _members_file
from vipdesk.db.models import Member
from vipdesk.rules import load_rules
from vipdesk.services.database import Database
from vipdesk.services.importer import import_members


def test_concurrent_imports_of_the_same_members_never_collide(pg_only_db, tmp_path):
    """PostgreSQL only: SQLite writers are serialised by BEGIN IMMEDIATE."""
    db = pg_only_db
    admin = admin_of(db)
    file = _members_file(tmp_path, 4000)
    outcomes: list[object] = []
    barrier = threading.Barrier(3)

    def desk() -> None:
        other = Database(db.url)
        try:
            barrier.wait()
            outcomes.append(import_members(other, load_rules().current(), admin, file).inserted)
        except Exception as exc:  # the assertion below shows it
            outcomes.append(exc)
        finally:
            other.dispose()

    threads = [threading.Thread(target=desk) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert sorted(outcomes, key=str) == [0, 0, 4000], outcomes
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 4000
