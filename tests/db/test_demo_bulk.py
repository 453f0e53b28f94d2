"""The fast demo build: same draws, same stored values, indexes built after the rows."""

from __future__ import annotations

import datetime as dt
import random
import re
import sqlite3

import pytest
from sqlalchemy import event

from vipdesk.db.models import Member, Policy, table_of
from vipdesk.services.bulk import insert_rows
from vipdesk.services.database import Database
from vipdesk.services.demo import DemoGenerator, DemoRandom, add_demo_members, create_demo_staff

DAY = dt.date(2026, 11, 27)
STAMP = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")


def indexes(path) -> list[tuple[str, str, str | None]]:
    """Every index of the file: (table, name, its CREATE statement)."""
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    ).fetchall()
    conn.close()
    return rows


def fresh(url: str) -> Database:
    db = Database(url)
    db.ensure_schema()
    return db


def test_demo_random_draws_exactly_as_the_standard_library():
    ours, stdlib = DemoRandom(2026), random.Random(2026)
    for _ in range(20_000):
        assert ours.randint(0, 999_999_999) == stdlib.randint(0, 999_999_999)
        assert ours.randint(18 * 365, 80 * 365) == stdlib.randint(18 * 365, 80 * 365)
        assert ours.choice("3456789") == stdlib.choice("3456789")
        assert ours.choice(("a", "b")) == stdlib.choice(("a", "b"))
        assert ours.random() == stdlib.random()


def test_bulk_rows_are_stored_as_core_stores_them(tmp_path):
    gen = DemoGenerator(7, DAY, set(), 880_000_000_000)
    members = [gen.member() | {"id": i + 1} for i in range(300)]
    policies = [p for i in range(300) for p in gen.policies(i)]
    for p in policies:
        p["member_id"] = p.pop("_member") + 1
    paths = {way: tmp_path / f"{way}.sqlite3" for way in ("core", "bulk")}
    for way, path in paths.items():
        db = fresh(f"sqlite:///{path}")
        with db.write() as session:
            for table, rows in ((table_of(Member), members), (table_of(Policy), policies)):
                if way == "core":
                    session.connection().execute(table.insert(), rows)
                else:
                    insert_rows(session, table, rows)
        db.dispose()
    stored = {}
    for way, path in paths.items():
        conn = sqlite3.connect(path)
        stored[way] = [
            conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
            for t in ("members", "policies")
        ]
        conn.close()
    core_members, core_policies = stored["core"]
    bulk_members, bulk_policies = stored["bulk"]
    assert bulk_policies == core_policies and len(core_policies) == len(policies)
    assert [r[:-2] for r in bulk_members] == [r[:-2] for r in core_members]
    for row in bulk_members + core_members:  # created_at, updated_at: now, in one format
        assert all(STAMP.fullmatch(v) for v in row[-2:]), row
    assert {type(r[13]) for r in bulk_members} == {type(r[13]) for r in core_members}


def test_a_first_build_creates_the_same_indexes_after_its_rows(sqlite_url, rules, tmp_path):
    db = fresh(sqlite_url)
    path = sqlite_url.removeprefix("sqlite:///")
    before = indexes(path)
    assert any(name == "ix_members_name" for _t, name, _s in before)
    admin = create_demo_staff(db)["demo.admin"]
    seen: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    add_demo_members(db, rules, admin, 200, seed=4, today=DAY)
    assert 'DROP INDEX "ix_members_name"' in seen
    assert indexes(path) == before
    conn = sqlite3.connect(path)
    plan = conn.execute("EXPLAIN QUERY PLAN SELECT id FROM members WHERE name = '王伟'").fetchall()
    assert "ix_members_name" in str(plan)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()

    seen.clear()  # a second build adds to members already there: indexes stay in place
    add_demo_members(db, rules, admin, 50, seed=5, today=DAY)
    assert not [s for s in seen if s.startswith("DROP INDEX")]
    assert indexes(path) == before
    db.dispose()


def test_a_failed_first_build_leaves_no_row_and_every_index(sqlite_url, rules):
    db = fresh(sqlite_url)
    path = sqlite_url.removeprefix("sqlite:///")
    before = indexes(path)
    admin = create_demo_staff(db)["demo.admin"]

    def stop(stage: str, done: int, total: int) -> None:
        if stage == "tiers":  # after the rows were written without their indexes
            raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        add_demo_members(db, rules, admin, 100, seed=4, today=DAY, progress=stop)
    assert indexes(path) == before
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM members").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM policies").fetchone() == (0,)
    conn.close()
    db.dispose()
