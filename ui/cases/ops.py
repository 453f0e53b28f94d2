"""Operations the case widgets run on the worker thread (each gets the Desk; returns plain values).

Nothing here touches a widget: the results come back to the GUI thread by the worker's signal.
"""

from __future__ import annotations

import datetime as dt
from typing import Any


def catalog_on(desk: Any, day: dt.date) -> Any:
    """The service catalog in force on `day`."""
    from vipdesk.domain.catalog import load_catalog

    return load_catalog().on(day)


def find_callers(desk: Any, text: str) -> list[Any]:
    """Members and designated relatives matching `text`."""
    from vipdesk.services.eligibility import find_callers as find

    with desk.db.read() as session:
        return find(session, text, actor=desk.actor)


def verify_identity(desk: Any, caller: Any, answer: str) -> bool:
    """Does `answer` match the caller's ID number (full or last four)?"""
    from vipdesk.services.eligibility import verify_identity as verify

    with desk.db.read() as session:
        return verify(session, caller.member_id, caller.relative_id, answer)


def check(
    desk: Any,
    caller: Any,
    service: str,
    location: str | None,
    departed: dt.date | None,
    on: dt.date,
    occasion: str | None = None,
) -> Any:
    """The eligibility check of the caller's request (EligibilityCheck).

    `occasion` is the hospital stay of a relative's visit (once per hospitalisation).
    """
    from vipdesk.domain.catalog import load_catalog
    from vipdesk.services.eligibility import caller_id_number, check_in_session

    with desk.db.read() as session:
        person = caller_id_number(session, caller)
        return check_in_session(
            session,
            desk.book,
            load_catalog(),
            caller.member_id,
            service,
            person,
            location,
            departed,
            on,
            desk.online_geocoder,
            occasion,
        )


def complete_place(desk: Any, prefix: str) -> list[str]:
    """Place names starting with `prefix` (offline gazetteer), full paths."""
    from vipdesk import geo

    return [p.path or p.name for p in geo.complete(prefix, 12)]


def open_case(desk: Any, request: Any) -> Any:
    """Open the case (CaseView)."""
    from vipdesk.services.cases import open_case as open_

    return open_(desk.db, desk.book.current(), desk.actor, request)


def queue_page(desk: Any, flt: Any, limit: int, offset: int) -> tuple[list[Any], int]:
    """A page of the case queue and the number of overdue cases (now)."""
    from vipdesk.services.case_queue import QueueFilter, case_queue, queue_count

    now = dt.datetime.now(dt.UTC)
    with desk.db.read() as session:
        return (
            case_queue(session, now, flt, limit, offset, actor=desk.actor),
            queue_count(session, now, QueueFilter(overdue=True), actor=desk.actor),
        )


def staff(desk: Any) -> list[tuple[int, str]]:
    """Staff members for the assignee filter."""
    from vipdesk.services.case_queue import staff_list

    with desk.db.read() as session:
        return staff_list(session)


def detail(desk: Any, case_id: int | str) -> Any:
    """One case with its notes (CaseDetail)."""
    from vipdesk.services.case_queue import case_detail

    with desk.db.read() as session:
        return case_detail(session, case_id, dt.datetime.now(dt.UTC), actor=desk.actor)


def add_note(desk: Any, case_id: int, text: str, kind: str) -> Any:
    """Add a note, then read the case again."""
    from vipdesk.services.cases import add_note as add

    add(desk.db, desk.actor, case_id, text, kind)
    return detail(desk, case_id)


def change_status(desk: Any, case_id: int, status: str) -> Any:
    """Change the status, then read the case again."""
    from vipdesk.services.cases import change_status as change

    change(desk.db, desk.actor, case_id, status)
    return detail(desk, case_id)


def summary_pdf(desk: Any, case_id: int | str) -> bytes:
    """The printed case summary (PDF bytes)."""
    from vipdesk.domain.catalog import load_catalog
    from vipdesk.services.case_summary import case_summary_pdf

    found = detail(desk, case_id)
    day = found.row.opened_at.date()
    return case_summary_pdf(found, desk.book.on(day), load_catalog().on(day))
