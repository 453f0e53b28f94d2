"""Helpers for the import tests: valid ID numbers, files, counts (SQLite and PostgreSQL alike)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from openpyxl import Workbook
from sqlalchemy import func, select

from vipdesk.db.models import Member, Policy
from vipdesk.domain.people import check_digit

MEMBER_HEADER = "id_number,name,phone,address"
T = TypeVar("T")

POLICY_HEADER = (
    "policy_no,id_number,product,channel,status,effective_date,annual_premium,reinstated_date"
)


def id_number(n: int, born: str = "19800101", area: str = "110101") -> str:
    """The n-th valid 18-digit resident ID number (n < 1000 per birth date)."""
    body = f"{area}{born}{n % 1000:03d}"
    return body + check_digit(body)


def many_ids(count: int) -> list[str]:
    """`count` distinct valid ID numbers (birth dates spread over 1950–1999)."""
    out = []
    for n in range(count):
        day = n // 1000
        born = f"{1950 + day // 336:04d}{day // 28 % 12 + 1:02d}{day % 28 + 1:02d}"
        out.append(id_number(n, born))
    return out


def write_csv(
    folder: Path, name: str, header: str, rows: Sequence[str], enc: str = "utf-8"
) -> Path:
    """A CSV file of a header and rows (each row already joined)."""
    path = folder / name
    path.write_bytes(("\n".join([header, *rows]) + "\n").encode(enc))
    return path


def write_xlsx(folder: Path, name: str, rows: Sequence[Sequence[object]]) -> Path:
    """An XLSX file of typed cells (first row the header)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    path = folder / name
    book.save(path)
    return path


def counts(db) -> tuple[int, int]:
    """(members, policies) in the database."""
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Member)) or 0,
            s.scalar(select(func.count()).select_from(Policy)) or 0,
        )


def while_desks_reissue(db, members: Sequence[int], work: Callable[[], T]) -> tuple[T, list[int]]:
    """Run `work()` while one desk per member (a thread with its own connection, as another
    desk PC) reissues that member's card over and over, at least three times each; returns
    work's result and each desk's count of reissues. A refused or failed desk action fails."""
    from tests.staff_helpers import actor_for
    from vipdesk.db.models import Card
    from vipdesk.services.cards import reissue_card
    from vipdesk.services.database import Database

    supervisor = actor_for(db, "sup1", "主管一", "supervisor")
    done = threading.Event()
    reissued = [0] * len(members)
    problems: list[BaseException] = []

    def desk(i: int) -> None:
        own = Database(db.url)
        try:
            with own.read() as s:  # the card the clerk is looking at
                number = s.scalars(select(Card.number).where(Card.member_id == members[i])).one()
            while not done.is_set() or reissued[i] < 3:
                number = reissue_card(own, supervisor, members[i], "lost", None, number).new.number
                reissued[i] += 1
        except BaseException as exc:  # "数据库正被其他程序占用" (DatabaseError) would land here
            problems.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=desk, args=(i,)) for i in range(len(members))]
    for t in threads:
        t.start()
    try:
        result = work()
    finally:
        done.set()
        for t in threads:
            t.join(timeout=120)
    assert problems == []
    return result, reissued


def card_counts(db, members: Sequence[int]) -> list[int]:
    """How many cards each member has had (the first and every reissue)."""
    from vipdesk.db.models import Card

    with db.read() as s:
        return [
            s.scalar(select(func.count()).select_from(Card).where(Card.member_id == m)) or 0
            for m in members
        ]
