"""Members, policies and designations for the relatives tests and the tests built on them."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from sqlalchemy import func, insert, select

from tests.case_fixtures import rid
from vipdesk import cli
from vipdesk.db.models import DesignatedRelative, Member, Policy
from vipdesk.rules import load_rules
from vipdesk.services import relatives as rel
from vipdesk.services.importer import member_row
from vipdesk.services.tiers import recompute_tiers

ON = dt.date(2025, 6, 1)
BOOK = load_rules()
KANGYUE = BOOK.on(ON).kangyue_products[0]
_serial = itertools.count(1)


def add_member(
    db,
    actor,
    premium: int,
    *,
    name: str = "王建国",
    born=dt.date(1970, 5, 5),
    product: str = "都会安享终身寿险",
    status: str = "in_force",
    effective=dt.date(2020, 3, 1),
    extra=(),
) -> int:
    """A member with one policy (plus `extra` (product, premium, status, effective)); tiered."""
    n = next(_serial)
    policies = [(product, premium, status, effective), *extra]
    with db.write() as session:
        row = member_row(rid(born, f"{n % 1000:03d}", "310115"), name, None, "上海市浦东新区")
        member_id = session.scalar(insert(Member).returning(Member.id), row)
        for i, (prod, prem, st, eff) in enumerate(policies):
            session.add(
                Policy(
                    policy_no=f"P{n:05d}{i}",
                    member_id=member_id,
                    product=prod,
                    channel="agency",
                    status=st,
                    effective_date=eff,
                    annual_premium=Decimal(prem),
                )
            )
        session.flush()
        recompute_tiers(session, BOOK.on(ON), actor, ON, [member_id])
    return member_id


def policy_no(db, member_id: int, product: str = KANGYUE) -> str:
    """The member's policy number of `product`."""
    with db.read() as session:
        return session.scalar(
            select(Policy.policy_no).where(Policy.member_id == member_id, Policy.product == product)
        )


def designate(db, actor, member_id, born, relation="spouse", seq="123", **kw):
    """Designate 李秀英, born on `born`, for the member (on ON unless `on=` says otherwise)."""
    return rel.designate_relative(
        db, BOOK, actor, member_id, "李秀英", rid(born, seq), relation, on=kw.pop("on", ON), **kw
    )


def active_count(db, member_id: int, program: str = "vip") -> int:
    """How many active designated relatives the member has in `program`."""
    with db.read() as session:
        return session.scalar(
            select(func.count())
            .select_from(DesignatedRelative)
            .where(
                DesignatedRelative.member_id == member_id,
                DesignatedRelative.program == program,
                DesignatedRelative.status == "active",
            )
        )


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of one in-process `vipdesk` run."""
    try:
        code = cli.main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def ref_of(db, member_id: int) -> str:
    """The member's ID number."""
    with db.read() as session:
        return session.get(Member, member_id).id_number
