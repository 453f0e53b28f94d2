"""Search statements on PostgreSQL run on their generic plan (no re-planning per search), the
caller's setting is back when its transaction ends, and a current card number costs one
statement (the blocked-card lookup only runs when the number is not someone's current card)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.db.test_cards import cards
from tests.db.test_relatives import ON, add_member
from tests.db.test_search import people  # noqa: F401  (fixture)
from tests.staff_helpers import actor_for
from vipdesk.services.cards import reissue_card
from vipdesk.services.search import planned, run_search, search_members
from vipdesk.services.search_reader import _READERS, search_page

SEARCHES = 12  # past the driver's prepare threshold (5) and PostgreSQL's 5 trial custom plans
WANG = ["王建", "王建国", "汪建国"]  # wang: 王建 by its pinyin, then by prefix
PLANS = (
    "SELECT generic_plans, custom_plans FROM pg_prepared_statements "
    "WHERE statement LIKE 'SELECT m.id, m.name%'"
)


def _postgresql_only(db: Any) -> None:
    if db.engine.dialect.name != "postgresql":
        pytest.skip("plan caching is PostgreSQL's")


def test_window_searches_reuse_one_generic_plan(db, people):  # noqa: F811
    _postgresql_only(db)
    clerk = actor_for(db, "plans.clerk")
    for _ in range(SEARCHES):
        assert [m.name for m in search_page(db, clerk, "wang")] == WANG
    raw = _READERS[db.engine].raw.dbapi_connection
    assert raw.execute("SHOW plan_cache_mode").fetchone() == ("force_generic_plan",)
    [(generic, custom)] = raw.execute(PLANS).fetchall()
    assert custom == 0 and generic >= SEARCHES - 6, (generic, custom)


def test_a_session_plans_generically_until_its_transaction_ends(db, people):  # noqa: F811
    _postgresql_only(db)
    clerk = actor_for(db, "plans.clerk")
    with db.read() as session:
        driver = session.connection().connection.driver_connection
        assert driver.execute("SHOW plan_cache_mode").fetchone() == ("auto",)
        for _ in range(SEARCHES):
            assert [m.name for m in search_members(session, "wang", actor=clerk)] == WANG
        assert driver.execute("SHOW plan_cache_mode").fetchone() == ("force_generic_plan",)
        [(generic, custom)] = driver.execute(PLANS).fetchall()
        assert custom == 0 and generic >= SEARCHES - 6, (generic, custom)
        session.rollback()  # the transaction ends: PostgreSQL puts the caller's setting back
        driver = session.connection().connection.driver_connection
        assert driver.execute("SHOW plan_cache_mode").fetchone() == ("auto",)
        search_members(session, "wang", actor=clerk)  # a new transaction is set again
        assert driver.execute("SHOW plan_cache_mode").fetchone() == ("force_generic_plan",)


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
