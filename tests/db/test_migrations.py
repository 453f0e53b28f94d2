"""Upgrading a database made by an older version keeps its data and fills new indexes."""

from __future__ import annotations

from alembic import command
from sqlalchemy import insert, select

from tests.staff_helpers import actor_for
from vipdesk.db.engine import _alembic_config, is_current, upgrade
from vipdesk.db.models import Member, MemberNameChar
from vipdesk.services.database import Database
from vipdesk.services.importer import member_row
from vipdesk.services.search import search_members


def test_upgrade_from_0001_backfills_name_pairs_for_part_search(db_url):
    db = Database(db_url)
    command.upgrade(_alembic_config(db.engine), "0001")
    assert not is_current(db.engine)
    with db.write() as session:
        mid = session.scalar(
            insert(Member).returning(Member.id),
            [member_row("11010519491231002X", "欧阳建国", None, "")],
        )
        session.execute(insert(MemberNameChar), [{"ch": c, "member_id": mid} for c in "欧阳建国"])
    upgrade(db.engine)
    assert is_current(db.engine)
    clerk = actor_for(db, "clerk1")
    with db.read() as session:
        grams = set(session.scalars(select(MemberNameChar.ch)))
        found = [m.name for m in search_members(session, "阳建", actor=clerk)]
    assert {"欧阳", "阳建", "建国"} <= grams
    assert found == ["欧阳建国"]
    db.dispose()
