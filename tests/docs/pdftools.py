"""Open real PDFs and read their text, fonts and outline (pypdf)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator

from pypdf import PdfReader

DAY = dt.date(2025, 3, 1)


def reader(pdf: bytes) -> PdfReader:
    """A pypdf reader over PDF bytes."""
    return PdfReader(io.BytesIO(pdf))


def pages_text(pdf: bytes) -> list[str]:
    """The extracted text of every page."""
    return [page.extract_text() or "" for page in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    """The extracted text of the whole document."""
    return "\n".join(pages_text(pdf))


def fonts(pdf: bytes) -> Iterator[dict]:
    """Every font dictionary used on any page (including forms)."""
    seen = set()
    for page in reader(pdf).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            if id(font) not in seen:
                seen.add(id(font))
                yield font


def outline_titles(pdf: bytes) -> list[str]:
    """Titles of every outline (bookmark) entry, depth first."""
    titles: list[str] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))

    walk(reader(pdf).outline)
    return titles


def flat_text(pdf: bytes) -> str:
    """The whole text with line breaks removed (phrases may wrap across lines)."""
    return all_text(pdf).replace("\n", "")


def first_member(db, *conditions):
    """(id, id_number) of the first member (by id) meeting the conditions."""
    from sqlalchemy import select

    from vipdesk.db.models import Member

    with db.read() as session:
        row = session.execute(
            select(Member.id, Member.id_number).where(*conditions).order_by(Member.id)
        ).first()
    assert row is not None, "the demo data has no such member"
    return row[0], row[1]


def add_relative(
    db,
    member_id: int,
    name: str,
    relation: str = "spouse",
    *,
    program: str = "vip",
    slot: int = 1,
    policy_id: int | None = None,
) -> str:
    """Designate a relative straight in the table (VIP by default); returns their ID number."""
    import datetime as dt

    from vipdesk.db.models import DesignatedRelative
    from vipdesk.domain.people import check_digit

    body = f"1101051980010{slot}1{ord(name[0]) % 10}{len(program)}"
    number = body + check_digit(body)
    with db.write() as session:
        session.add(
            DesignatedRelative(
                member_id=member_id,
                program=program,
                policy_id=policy_id,
                slot=slot,
                name=name,
                id_number=number,
                relation=relation,
                birth_date=dt.date(1980, 1, 1),
                gender="M",
                designated_on=dt.date(2024, 5, 6),
            )
        )
    return number
