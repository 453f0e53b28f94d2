"""A first load of new members while desks keep writing (issue 16; `bench_import --desks N`).

N desks (threads of this process, each with its own connections) reissue cards one after
another, a pause of PAUSE s between two, from before the import starts until it ended. Every
build aside then goes stale; the import rebuilds within its budget and is written in place (a
lock estimated well under the desks' busy timeout) or refused (nothing written). Printed: the
outcome, builds, each rebuild's seconds, the lock, the desks' actions, "busy" refusals and
their longest wait for one action.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.bench_import import CHILD, members_csv
from bench.dataset import DATA

PAUSE = 0.1
DEMO_MEMBERS = 200


def _desk_book(db_path: Path):
    """A desk database with demo staff and a few demo members holding cards: (url, cards)."""
    import datetime as dt

    from sqlalchemy import select

    from vipdesk.db.models import Card
    from vipdesk.rules import load_rules
    from vipdesk.services.database import Database
    from vipdesk.services.demo import add_demo_members, create_demo_staff

    url = f"sqlite:///{db_path}"
    db = Database(url)
    db.ensure_schema()
    staff = create_demo_staff(db)
    add_demo_members(db, load_rules().current(), staff["demo.admin"], DEMO_MEMBERS, 99,
                     dt.date(2026, 11, 1))  # fmt: skip
    with db.read() as s:
        cards = s.execute(select(Card.member_id, Card.number).where(Card.status == "active")).all()
    db.dispose()
    return url, staff["demo.super"], [tuple(c) for c in cards]


def with_desks(rows: int, desks: int) -> None:
    """Import `rows` new members while `desks` desks reissue cards; print what happened."""
    from vipdesk.errors import DatabaseError, Refused
    from vipdesk.services.cards import reissue_card
    from vipdesk.services.database import Database

    file = members_csv(rows)
    with tempfile.TemporaryDirectory(dir=DATA) as tmp:
        url, supervisor, cards = _desk_book(Path(tmp) / "desks.sqlite3")
        done = threading.Event()
        actions, busy, other, longest = [0] * desks, [0] * desks, [0] * desks, [0.0] * desks

        def desk(i: int) -> None:
            own = Database(url)
            member, number = cards[i]
            try:
                while not done.is_set():
                    started = time.perf_counter()
                    try:
                        number = reissue_card(own, supervisor, member, "lost", None, number)
                        number = number.new.number
                        actions[i] += 1
                    except DatabaseError:
                        busy[i] += 1
                    except Refused:
                        other[i] += 1
                    longest[i] = max(longest[i], time.perf_counter() - started)
                    time.sleep(PAUSE)
            finally:
                own.dispose()

        threads = [threading.Thread(target=desk, args=(i,)) for i in range(desks)]
        for t in threads:
            t.start()
        time.sleep(1.0)  # the desks are at work before the import starts
        try:
            out = subprocess.run(
                [sys.executable, "-c", CHILD, url, str(file), "members"],
                capture_output=True,
                text=True,
            )
        finally:
            done.set()
            for t in threads:
                t.join()
        if out.returncode:
            raise SystemExit(f"import failed: {out.stderr.strip()[-2000:]}")
        result = json.loads(out.stdout.strip().splitlines()[-1])
    steps = result.pop("steps")
    rebuilds = [b[2] - a[2] for a, b in zip(steps, steps[1:], strict=False) if a[0] == "重建"]
    print(json.dumps({
        **result, "rebuild_seconds": [round(r, 1) for r in rebuilds],
        "steps": [(s, n, round(t, 1)) for s, n, t in steps],
        "desk_actions": sum(actions), "desk_busy_refusals": sum(busy),
        "desk_other_refusals": sum(other), "desk_longest_wait_s": round(max(longest), 2),
    }, ensure_ascii=False))  # fmt: skip
