"""A second desk in its own process, for the restore tests: opens the database and joins.

    python -m tests.safety.desk_process URL hold     # keeps it open, ignores restore notices
    python -m tests.safety.desk_process URL obey     # closes it on a notice, reopens after

Prints `joined N` (members seen), then in `obey` mode `released` when it has closed the database
for a restore and `reopened N` (members seen in the restored file) when the notice is gone; any
attempt to write while the notice is in force would go through the same engine and is absent.
"""

from __future__ import annotations

import sys
import time

from sqlalchemy import func, select

from vipdesk.db.models import Member
from vipdesk.paths import sqlite_path
from vipdesk.services.database import Database
from vipdesk.services.desk_lease import DeskPresence, read_notice


def members(db: Database) -> int:
    """Members the desk sees."""
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Member)) or 0)


def main() -> None:
    """Open, join, then hold or obey until killed (or reopened)."""
    url, mode = sys.argv[1], sys.argv[2]
    path = sqlite_path(url)
    assert path is not None
    db = Database(url)
    presence = DeskPresence(path)
    presence.join()
    print("joined", members(db), flush=True)
    if mode == "hold":
        while True:
            time.sleep(0.2)
            members(db)  # busy with the database all along
    while read_notice(path) is None:
        time.sleep(0.1)
    db.dispose()
    presence.leave()
    print("released", flush=True)
    while read_notice(path) is not None:
        time.sleep(0.1)
    db = Database(url)
    presence.join()
    print("reopened", members(db), flush=True)
    db.dispose()
    presence.leave()


if __name__ == "__main__":
    main()
