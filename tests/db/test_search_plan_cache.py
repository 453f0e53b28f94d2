"""A current card number costs one search statement: the blocked-card lookup only runs when the
number is not someone's current card (SQLite and PostgreSQL). Generic plans on PostgreSQL:
test_search_plan_cache_pg.py."""

from __future__ import annotations

from typing import Any

from tests.db.relative_helpers import ON, add_member
from tests.db.test_cards import cards
from vipdesk.services.cards import reissue_card
from vipdesk.services.search import planned, run_search


class Recording:
    """A real driver cursor that keeps the text of every statement it runs."""

    def __init__(self, cursor: Any) -> None:
        self.cursor = cursor
        self.statements: list[str] = []

    def execute(self, sql: str, params: Any = ()) -> Any:
        """Run on the real cursor, noting the statement."""
        self.statements.append(sql)
        return self.cursor.execute(sql, params)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.cursor, name)


def _run(db: Any, number: str) -> tuple[list[Any], list[str]]:
    with db.read() as session:
        conn = session.connection()
        cursor = Recording(conn.connection.driver_connection.cursor())
        found = run_search(cursor, conn.dialect.name, planned(number), 50, 0)
        return found, cursor.statements


def test_a_current_card_number_is_one_statement_a_blocked_one_two(db, actor):
    member = add_member(db, actor, 30000)
    [(old_number, _, _)] = cards(db, member)
    new_number = reissue_card(db, actor, member, "lost", ON, expected_number=old_number).new.number
    [current], statements = _run(db, new_number)
    assert current.id == member and current.card_number == new_number
    assert current.blocked_card is None and len(statements) == 1, statements
    [blocked], statements = _run(db, old_number)
    assert blocked.id == member and blocked.card_number == new_number
    assert blocked.blocked_card is not None and blocked.blocked_card.status == "lost"
    assert len(statements) == 2 and "FROM cards WHERE number" in statements[1], statements
