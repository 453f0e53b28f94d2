"""A large demo build generates its rows in a second process: the same rows as in-process."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from vipdesk.services import demo_rows
from vipdesk.services.database import Database
from vipdesk.services.demo import add_demo_members, create_demo_staff

DAY = dt.date(2026, 11, 27)
# every table a build writes, with the columns that hold the time of writing left out
TABLES = {
    "members": "id, id_number, id_reversed, name, given_name, name_pinyin, name_initials, "
    "birth_date, gender, phone, address, tier, vip_status, afyp",
    "policies": "*",
    "member_name_chars": "*",
    "cards": "*",
    "card_events": "id, card_id, member_id, status_from, status_to, cause, staff_id",
    "tier_changes": "id, member_id, changed_on, old_tier, new_tier, old_status, new_status, "
    "old_afyp, afyp, reason, staff_id",
}


def build(path, rules, count: int, seed: int) -> dict[str, list[tuple]]:
    """Two builds into one file (a first one, then one adding members); every row written."""
    db = Database(f"sqlite:///{path}")
    db.ensure_schema()
    admin = create_demo_staff(db)["demo.admin"]
    add_demo_members(db, rules, admin, count, seed=seed, today=DAY)
    add_demo_members(db, rules, admin, count // 2, seed=seed + 1, today=DAY)
    db.dispose()
    conn = sqlite3.connect(path)
    rows = {
        t: conn.execute(f"SELECT {c} FROM {t} ORDER BY 1, 2").fetchall() for t, c in TABLES.items()
    }
    conn.close()
    return rows


def test_the_second_process_writes_exactly_the_rows_an_in_process_build_writes(
    tmp_path, rules, monkeypatch
):
    spawned: list[int] = []
    real = demo_rows.pipelined_chunks

    def counted(plan):
        spawned.append(plan.count)
        return real(plan)

    def small_chunks(*args):  # several chunks through the pipe (the same in both builds)
        return demo_rows.DemoPlan(*args, chunk=250)

    monkeypatch.setattr("vipdesk.services.demo.DemoPlan", small_chunks)
    monkeypatch.setattr("vipdesk.services.demo.pipelined_chunks", counted)
    in_process = build(tmp_path / "in.sqlite3", rules, 600, seed=9)
    assert not spawned
    monkeypatch.setattr(demo_rows, "PIPELINE_MIN", 1)
    piped = build(tmp_path / "piped.sqlite3", rules, 600, seed=9)
    assert spawned == [600, 300]
    assert len(piped["members"]) == 900 and len(piped["policies"]) > 900
    assert len(piped["cards"]) > 0 and len(piped["tier_changes"]) > 0
    for table in TABLES:
        assert piped[table] == in_process[table], table


def test_a_failing_second_process_rolls_the_whole_build_back(tmp_path, rules, monkeypatch):
    path = tmp_path / "failed.sqlite3"
    db = Database(f"sqlite:///{path}")
    db.ensure_schema()
    admin = create_demo_staff(db)["demo.admin"]
    monkeypatch.setattr(demo_rows, "PIPELINE_MIN", 1)
    real = demo_rows.DemoPlan

    def broken(seed, day, taken, start, first, count):
        # a plan the child cannot generate from: its error is raised in the writer
        return real(seed, "no day", taken, start, first, count, chunk=100)

    monkeypatch.setattr("vipdesk.services.demo.DemoPlan", broken)
    with pytest.raises(RuntimeError, match="演示数据生成失败"):
        add_demo_members(db, rules, admin, 300, seed=2, today=DAY)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM members").fetchone() == (0,)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    db.dispose()
