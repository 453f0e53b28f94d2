"""Search statements on PostgreSQL run on their generic plan (no re-planning per search), and
the caller's setting is back when its transaction ends (plan caching is PostgreSQL's: these
tests run on PostgreSQL only)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.db.test_search import people  # noqa: F401  (fixture)
from tests.staff_helpers import actor_for
from vipdesk.services.database import Database
from vipdesk.services.search import search_members
from vipdesk.services.search_reader import _READERS, search_page


@pytest.fixture
def db(pg_only_db: Database) -> Iterator[Database]:
    """A PostgreSQL database only (`people`, `actor` and `rules` use it too)."""
    yield pg_only_db


SEARCHES = 12  # past the driver's prepare threshold (5) and PostgreSQL's 5 trial custom plans
WANG = ["王建", "王建国", "汪建国"]  # wang: 王建 by its pinyin, then by prefix
PLANS = (
    "SELECT generic_plans, custom_plans FROM pg_prepared_statements "
    "WHERE statement LIKE 'SELECT m.id, m.name%'"
)


def test_window_searches_reuse_one_generic_plan(db, people):  # noqa: F811
    clerk = actor_for(db, "plans.clerk")
    for _ in range(SEARCHES):
        assert [m.name for m in search_page(db, clerk, "wang")] == WANG
    raw = _READERS[db.engine].raw.dbapi_connection
    assert raw.execute("SHOW plan_cache_mode").fetchone() == ("force_generic_plan",)
    [(generic, custom)] = raw.execute(PLANS).fetchall()
    assert custom == 0 and generic >= SEARCHES - 6, (generic, custom)


def test_a_session_plans_generically_until_its_transaction_ends(db, people):  # noqa: F811
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
