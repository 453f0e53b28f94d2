"""Several desks at the same moment on one database: never more than the limit, one card.

Each thread has its own Database (own engine, own connections) on the same SQLite file or
PostgreSQL database, and all start together at a barrier.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

from tests.db.relative_helpers import BOOK, KANGYUE, ON, add_member, rid
from vipdesk.db.models import Card, DesignatedRelative
from vipdesk.errors import Refused
from vipdesk.services.cards import reissue_card
from vipdesk.services.database import Database
from vipdesk.services.relatives import designate_relative

DESKS = 8


def at_once(url: str, work: Callable[[Database, int], Any]) -> list[Any]:
    """Run `work(db, i)` on DESKS threads, each with its own Database, released together."""
    barrier = threading.Barrier(DESKS)
    outcomes: list[Any] = [None] * DESKS
    databases = [Database(url) for _ in range(DESKS)]

    def desk(i: int) -> None:
        db = databases[i]
        with db.engine.connect():  # open a connection before the race starts
            pass
        barrier.wait(timeout=30)
        try:
            outcomes[i] = work(db, i)
        except Refused as exc:
            outcomes[i] = exc.code
        except Exception as exc:  # a failure the test must show, not swallow
            outcomes[i] = exc

    threads = [threading.Thread(target=desk, args=(i,)) for i in range(DESKS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for db in databases:
        db.dispose()
    return outcomes


def relatives(db: Database, member_id: int, program: str) -> list[tuple[int, str]]:
    with db.read() as session:
        return list(
            session.execute(
                select(DesignatedRelative.slot, DesignatedRelative.status).where(
                    DesignatedRelative.member_id == member_id, DesignatedRelative.program == program
                )
            ).tuples()
        )


def test_concurrent_vip_designations_end_with_two(db, actor):
    member = add_member(db, actor, 50000)

    def work(desk_db: Database, i: int) -> Any:
        return designate_relative(
            desk_db, BOOK, actor, member, f"亲属{i}", rid(dt.date(1980, 1, 1 + i)), "child", on=ON
        ).slot

    outcomes = at_once(db.url, work)
    assert sorted(o for o in outcomes if isinstance(o, int)) == [1, 2], outcomes
    assert Counter(o for o in outcomes if not isinstance(o, int)) == {"limit_reached": DESKS - 2}
    assert sorted(relatives(db, member, "vip")) == [(1, "active"), (2, "active")]


def test_concurrent_kangyue_designations_end_with_two(db, actor):
    member = add_member(db, actor, 8000, product=KANGYUE)

    def work(desk_db: Database, i: int) -> Any:
        return designate_relative(
            desk_db,
            BOOK,
            actor,
            member,
            f"亲属{i}",
            rid(dt.date(1960, 2, 1 + i)),
            "parent",
            "kangyue",
            on=ON,
        ).slot

    outcomes = at_once(db.url, work)
    assert sorted(o for o in outcomes if isinstance(o, int)) == [1, 2], outcomes
    assert Counter(o for o in outcomes if not isinstance(o, int)) == {"limit_reached": DESKS - 2}
    assert len(relatives(db, member, "kangyue")) == 2


def current_cards(db: Database, member_id: int) -> int:
    with db.read() as session:
        return session.scalar(
            select(func.count())
            .select_from(Card)
            .where(Card.member_id == member_id, Card.status.in_(("active", "suspended")))
        )


def test_concurrent_reissue_of_the_same_card_happens_once(db, actor):
    member = add_member(db, actor, 30000)
    with db.read() as session:
        old = session.scalar(select(Card.number).where(Card.member_id == member))

    def work(desk_db: Database, i: int) -> Any:
        return reissue_card(
            desk_db, actor, member, ("lost", "damaged")[i % 2], ON, expected_number=old
        ).new.number

    outcomes = at_once(db.url, work)
    numbers = [o for o in outcomes if isinstance(o, str) and o.startswith("8868")]
    assert len(numbers) == 1, outcomes
    assert outcomes.count("card_not_current") == DESKS - 1
    assert current_cards(db, member) == 1


def test_concurrent_reissues_by_id_number_happen_once_per_member(db, actor):
    """Issue 15: desks reissuing by ID number at once used to block each other's new cards."""
    members = [add_member(db, actor, 30000) for _ in range(2)]

    def work(desk_db: Database, i: int) -> Any:
        return reissue_card(desk_db, actor, members[i % 2], "lost", ON).new.number

    outcomes = at_once(db.url, work)
    numbers = [o for o in outcomes if isinstance(o, str) and o.startswith("8868")]
    assert len(numbers) == 2 and len(set(numbers)) == 2, outcomes
    assert outcomes.count("already_reissued") == DESKS - 2, outcomes
    for member in members:
        assert current_cards(db, member) == 1
        with db.read() as session:
            lost = session.scalar(
                select(func.count())
                .select_from(Card)
                .where(Card.member_id == member, Card.status == "lost")
            )
        assert lost == 1
