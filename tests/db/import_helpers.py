"""Helpers for the import tests: valid ID numbers, files, counts (SQLite and PostgreSQL alike)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select

from vipdesk.db.models import Member, Policy
from vipdesk.domain.people import check_digit

MEMBER_HEADER = "id_number,name,phone,address"
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
