"""Desks that write while backups run: designations, reissues and cases from separate processes.

Used by tests/safety/test_backup_under_load.py (a few seconds) and stress/stress_safety.py (longer).
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import random
import time
from pathlib import Path
from typing import Any

from vipdesk.errors import KnownError
from vipdesk.services.database import Actor, Database


def _id_number(rng: random.Random) -> str:
    from vipdesk.domain.people import check_digit

    born = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 18000))
    body = f"110105{born:%Y%m%d}{rng.randrange(100, 999)}"
    return body + check_digit(body)


def desk_worker(url: str, actor: Actor, seed: int, until: float, done: Any) -> None:
    """One desk: random writes until `until` (time.time()); counts successes into `done`."""
    from sqlalchemy import select

    from vipdesk.db.models import Card, Member
    from vipdesk.rules import load_rules
    from vipdesk.services.cards import reissue_card
    from vipdesk.services.cases import CaseRequest, open_case
    from vipdesk.services.relatives import designate_relative

    rng = random.Random(seed)
    db = Database(url)
    book = load_rules()
    with db.read() as session:
        members = list(session.scalars(select(Member.id)))
    ok = 0
    while time.time() < until:
        member = rng.choice(members)
        kind = rng.randrange(3)
        try:
            if kind == 0:
                relation = rng.choice(("spouse", "child", "parent"))
                designate_relative(db, book, actor, member, "亲属", _id_number(rng), relation)
            elif kind == 1:
                with db.read() as session:
                    number = session.scalar(
                        select(Card.number).where(
                            Card.member_id == member, Card.status.in_(("active", "suspended"))
                        )
                    )
                if number is None:
                    continue
                reissue_card(db, actor, member, rng.choice(("lost", "damaged")), None, number)
            else:
                request = CaseRequest(case_type="complaint", member_id=member, description="慢")
                open_case(db, book.current(), actor, request)
            ok += 1
        except KnownError:
            continue
    db.dispose()
    with done.get_lock():
        done.value += ok


def start_desks(url: str, actor: Actor, desks: int, seconds: float) -> tuple[list[Any], Any]:
    """Start `desks` writer processes for `seconds`; returns (processes, shared success counter)."""
    ctx = multiprocessing.get_context("fork")
    done = ctx.Value("i", 0)
    until = time.time() + seconds
    procs = [
        ctx.Process(target=desk_worker, args=(url, actor, n, until, done)) for n in range(desks)
    ]
    for p in procs:
        p.start()
    return procs, done


def committed_audit(path: Path) -> tuple[int, int]:
    """(max id, count) of the audit log as committed right now (a separate read connection)."""
    import sqlite3

    conn = sqlite3.connect(str(path), timeout=30)
    try:
        top, rows = conn.execute("SELECT coalesce(max(id), 0), count(*) FROM audit_log").fetchone()
        return int(top), int(rows)
    finally:
        conn.close()
