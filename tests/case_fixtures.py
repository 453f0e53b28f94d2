"""Members, policies and designated relatives for the case and eligibility tests (real rows)."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from sqlalchemy import insert

from tests.staff_helpers import actor_for
from vipdesk.db.models import DesignatedRelative, Member, Policy
from vipdesk.domain.people import check_digit
from vipdesk.rules import load_rules
from vipdesk.services.database import Actor
from vipdesk.services.importer import member_row, write_name_chars
from vipdesk.services.tiers import recompute_tiers

BOOK = load_rules()
KANGYUE = BOOK.current().kangyue_products[0]
BEIJING_ADDRESS = "北京市朝阳区建国路88号"
HONG_KONG_ADDRESS = "香港九龙弥敦道100号"
_serial = itertools.count(1)
PREMIUM = {"silver": 6000, "gold": 12000, "platinum": 35000, "diamond": 60000}


def rid(born: dt.date, seq: str = "123", area: str = "110105") -> str:
    """A valid resident ID number for someone born on `born`."""
    body = f"{area}{born:%Y%m%d}{seq}"
    return body + check_digit(body)


def add_member(
    db,
    actor,
    tier: str = "gold",
    *,
    name: str = "王建国",
    born: dt.date = dt.date(1970, 5, 5),
    address: str = BEIJING_ADDRESS,
    status: str = "in_force",
    phone: str | None = "13800138000",
    policies=(),
    on: dt.date = dt.date(2024, 6, 1),
) -> tuple[int, str]:
    """A member with one policy of the tier's premium (plus `policies`: (product, premium,
    status, effective, reinstated)); tiers recomputed. Returns (member id, ID number)."""
    n = next(_serial)
    number = rid(born, f"{n % 1000:03d}")
    rows = [("都会安享终身寿险", PREMIUM[tier], status, dt.date(2019, 1, 1), None), *policies]
    with db.write() as session:
        member_id = session.scalar(
            insert(Member).returning(Member.id), member_row(number, name, phone, address)
        )
        for i, (product, premium, st, effective, reinstated) in enumerate(rows):
            session.add(
                Policy(
                    policy_no=f"P{n:05d}{i}",
                    member_id=member_id,
                    product=product,
                    channel="agency",
                    status=st,
                    effective_date=effective,
                    annual_premium=Decimal(premium),
                    reinstated_date=reinstated,
                )
            )
        session.flush()
        write_name_chars(session, {member_id: name})
        recompute_tiers(session, BOOK.on(on), actor, on, [member_id])
    return member_id, number


def add_relative(
    db,
    member_id: int,
    *,
    name: str = "李秀英",
    born=dt.date(1975, 3, 3),
    program: str = "vip",
    designated_on=dt.date(2023, 1, 1),
    slot: int = 1,
    policy_id: int | None = None,
    seq: str = "456",
) -> tuple[int, str]:
    """A designated relative inserted directly (the relatives service is someone else's)."""
    number = rid(born, seq, "310115")
    with db.write() as session:
        row = DesignatedRelative(
            member_id=member_id,
            program=program,
            policy_id=policy_id,
            slot=slot,
            name=name,
            id_number=number,
            relation="spouse",
            birth_date=born,
            gender="F",
            designated_on=designated_on,
        )
        session.add(row)
        session.flush()
        return row.id, number


def supervisor(db, username: str = "boss") -> Actor:
    """A signed-in staff member with the supervisor role."""
    return actor_for(db, username, "主管", "supervisor")
