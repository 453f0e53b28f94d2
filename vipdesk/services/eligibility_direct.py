"""`vipdesk check` read on the driver alone (no SQLAlchemy; issue 14): SQLite or PostgreSQL.

The reads of `services.eligibility` (member, person, policies, the quota's uses) written as the
SQL the ORM sends, values converted as SQLAlchemy converts them (`member_direct`); the rest is
the same code (`services.check_flow.check_with`). tests/db/test_cli_direct.py compares
`check` on both paths over members, relatives, services, places and dates.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from vipdesk.domain.catalog import CatalogBook
from vipdesk.domain.people import normalise
from vipdesk.domain.quotas import Use
from vipdesk.rules import RuleBook
from vipdesk.services.check_flow import DesignationRow, MemberRow, check_with
from vipdesk.services.check_parts import EligibilityCheck
from vipdesk.services.member_direct import COUNTING, day, find_member_id, money


class _Policy:
    """The columns of a policy row a check uses (named as the ORM row's attributes)."""

    def __init__(self, row: tuple[Any, ...]) -> None:
        self.id, self.status, self.channel, self.product = row[0], row[1], row[2], row[3]
        self.annual_premium = money(row[4])
        self.effective_date, self.reinstated_date = day(row[5]), day(row[6])


class _DriverReads:
    """The check's reads on the driver's connection (`check_flow.CheckReads`)."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def member(self, member_id: int) -> MemberRow | None:
        """The member, or None when there is no such row."""
        rows = self.conn.execute(
            "SELECT id, name, id_number, birth_date, address FROM members WHERE id = ?",
            (member_id,),
        ).fetchall()
        if not rows:
            return None
        mid, name, id_number, birth_date, address = rows[0]
        return MemberRow(mid, name, id_number, day(birth_date), address)

    def designations(self, member_id: int, id_number: str) -> list[DesignationRow]:
        """The member's active designations of the person with this ID number, by row id."""
        rows = self.conn.execute(
            "SELECT id, name, birth_date, program, designated_on, policy_id "
            "FROM designated_relatives "
            "WHERE member_id = ? AND id_number = ? AND status = 'active' ORDER BY id",
            (member_id, id_number),
        ).fetchall()
        return [DesignationRow(r[0], r[1], day(r[2]), r[3], day(r[4]), r[5]) for r in rows]  # type: ignore[arg-type]

    def name_with_id_number(self, id_number: str) -> str | None:
        """The name of the member with this ID number, if any."""
        known = self.conn.execute(
            "SELECT name FROM members WHERE id_number = ?", (id_number,)
        ).fetchall()
        return known[0][0] if known else None

    def policies(self, member_id: int) -> list[_Policy]:
        """The member's policies."""
        rows = self.conn.execute(
            "SELECT id, status, channel, product, annual_premium, effective_date, "
            "reinstated_date FROM policies WHERE member_id = ?",
            (member_id,),
        ).fetchall()
        return [_Policy(row) for row in rows]

    def uses(self, member_id: int, quota_code: str) -> list[Use]:
        """The member's counting uses of a quota."""
        rows = self.conn.execute(
            "SELECT used_on, occasion FROM service_uses "
            "WHERE member_id = ? AND quota_code = ? AND status IN (?, ?)",
            (member_id, quota_code, *COUNTING),
        ).fetchall()
        return [Use(day(used_on), occasion) for used_on, occasion in rows]  # type: ignore[arg-type]


def check_direct(
    conn: Any,
    book: RuleBook,
    catalogs: CatalogBook,
    ref: str,
    service: str,
    person_id: str | None = None,
    location: str | None = None,
    departed: dt.date | None = None,
    on: dt.date | None = None,
    online: Any = None,
    occasion: str | None = None,
) -> EligibilityCheck:
    """As `check_eligibility` for a REF (the caller has checked `member.view`)."""
    member_id = find_member_id(conn, normalise(ref))
    return check_with(
        _DriverReads(conn),
        book,
        catalogs,
        member_id,
        service,
        person_id,
        location,
        departed,
        on,
        online,
        occasion,
    )
