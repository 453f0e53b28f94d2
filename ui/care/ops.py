"""Care calendar operations run on the database worker (each gets the Desk; plain values)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class CareQuery:
    """The window's filters: manager username (None: every member), kind, first day, days."""

    manager: str | None
    kind: str | None
    start: dt.date
    days: int

    def kinds(self) -> list[str] | None:
        """The kinds asked for (None: all)."""
        return [self.kind] if self.kind else None


def care_list(desk: Any, q: CareQuery) -> list[Any]:
    """The open care items of the query (CareItem), soonest first."""
    from vipdesk.services.care import care_items

    with desk.db.read() as session:
        return care_items(session, desk.book.on(q.start), q.start, q.days, q.manager, q.kinds(),
                          actor=desk.actor)  # fmt: skip


def care_list_page(desk: Any, q: CareQuery, offset: int) -> list[Any]:
    """One page of the query's open items (the window loads more on scroll)."""
    from vipdesk.services.care import PAGE, care_page

    with desk.db.read() as session:
        return care_page(session, desk.book.on(q.start), q.start, q.days, q.manager, q.kinds(),
                         actor=desk.actor, limit=PAGE, offset=offset)  # fmt: skip


def mark(desk: Any, key: str, state: str, note: str, until: dt.date | None) -> str:
    """Tick done or snooze; returns the key."""
    from vipdesk.services.care import mark_care

    mark_care(desk.db, desk.actor, key, state, note, until)
    return key


def managers(desk: Any) -> list[tuple[str, str]]:
    """(username, name) of the staff who may be account managers."""
    from vipdesk.services.account_managers import manager_choices

    return manager_choices(desk.db, desk.actor)


def export(desk: Any, q: CareQuery, path: str) -> int:
    """The care list to XLSX; the number of rows."""
    from vipdesk.services.exports import export_care

    return export_care(desk.db, desk.actor, desk.book.on(q.start), path, q.start, q.days,
                       q.manager, q.kinds())  # fmt: skip
