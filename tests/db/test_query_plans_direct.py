"""Query plans of the command line's direct paths (SQLite's and psycopg's driver alone).

`member`, `check` and `print letter` (and the desk's member view: card history, 操作记录, recorded
uses) read with `services.member_direct` and `services.eligibility_direct`, and sign in with
`services.staff_direct`, through their own
statements rather than the ORM's: each statement they really send is explained as in
test_query_plans.py, and a full scan of members, cards or policies fails.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from tests.db.test_query_plans import BIG, ON, _member_with_everything, full_scans
from tests.db.test_query_plans import populated as populated  # the fixture
from vipdesk.db.models import Card, Member, Policy
from vipdesk.domain.catalog import load_catalog
from vipdesk.rules import load_rules
from vipdesk.services import member_direct, pg_direct, sqlite_direct, staff_direct
from vipdesk.services.eligibility_direct import check_direct


class Recorder:
    """The direct connection, noting each statement and its parameters as it passes."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.seen: list[tuple[str, tuple[Any, ...]]] = []

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:  # noqa: D102
        self.seen.append((sql, tuple(params)))
        return self.conn.execute(sql, params)


def test_direct_reads_and_sign_in_use_indexes(populated, actor):
    postgres = populated.url.startswith("postgresql")
    opened = (pg_direct.open_server if postgres else sqlite_direct.open_file)(populated.url)
    assert opened is not None
    member_id = _member_with_everything(populated)
    with populated.read() as s:
        id_number = s.scalar(select(Member.id_number).where(Member.id == member_id))
        card = s.scalar(select(Card.number).where(Card.member_id == member_id))
        policy = s.scalar(select(Policy.policy_no).where(Policy.member_id == member_id))
    book, recorder = load_rules(), Recorder(opened.conn)
    try:
        detail = member_direct.member_detail(recorder, book, member_id, ON, histories=True)
        member_direct.uses(recorder, member_id)  # the desk's member view reads these too
        found = {member_direct.find_member_id(recorder, ref) for ref in (id_number, card, policy)}
        check = check_direct(recorder, book, load_catalog(), id_number, "health_check", on=ON)
        recorder.execute(staff_direct.STAFF + opened.for_update, (actor.username,))
        recorder.execute(staff_direct.HEAD + opened.for_update)
    finally:
        opened.close()
    assert detail.card is not None and detail.policies and found == {member_id}
    assert (check.member_id, check.member_name) == (member_id, detail.name)
    assert len(recorder.seen) >= 15, recorder.seen
    sent = [
        (sql.replace("%", "%%").replace("?", "%s") if postgres else sql, params)
        for sql, params in recorder.seen
    ]
    tables = (*BIG, "audit_log", "card_events", "service_uses")  # the member view's reads too
    problems = {
        sql: bad for sql, params in sent if (bad := full_scans(populated, sql, params, tables))
    }
    assert not problems, problems
