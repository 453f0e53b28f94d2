"""A big first load built aside and copied in (issue 16): the same database as in place.

The side copy is a real SQLite file next to the database; the copy in is SQLite's backup API into
the live WAL database while other connections have it open. A desk commit after the side copy
was taken makes the copy in roll back (nothing written) and the build start again; the desk's
row is kept either way.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.db.import_helpers import (
    MEMBER_HEADER,
    card_counts,
    id_number,
    while_desks_reissue,
    write_csv,
)
from tests.db.test_import_names import NAMES
from vipdesk.db.models import Member
from vipdesk.services import import_aside, import_sqlite
from vipdesk.services.database import Database
from vipdesk.services.importer import import_members, import_policies

FIXED = dt.datetime(2026, 11, 27, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def admin(sqlite_admin):
    """The SQLite database's administrator (conftest's `sqlite_admin`)."""
    return sqlite_admin


def path_of(db: Database) -> Path:
    """The database file."""
    return Path(str(db.engine.url.database))


def first_load(folder: Path, start: int = 0):
    """A first-load file of the 50 real-shaped names (with an account manager column)."""
    rows = [
        f"{id_number(start + i)},{raw},1381234{i:04d},北京市{i}号,mgr1"
        for i, (raw, _, _) in enumerate(NAMES)
    ]
    return write_csv(folder, f"load-{start}.csv", MEMBER_HEADER + ",account_manager", rows)


STAMP = re.compile(r"(?!2026-11-27 09:30:00)\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+")


def dump(path: Path) -> list[str]:
    """Every table's schema and rows, as SQL text (column-default time stamps masked)."""
    conn = sqlite3.connect(path)
    try:
        return [STAMP.sub("<time>", line) for line in conn.iterdump()]
    finally:
        conn.close()


def frozen_clock(monkeypatch) -> None:
    """One fixed time for every stamp the import writes (so two runs can be compared)."""
    from vipdesk.services import database, import_report, importer

    for module in (importer, database, import_report):
        monkeypatch.setattr(module, "utcnow", lambda: FIXED)


def test_built_aside_and_in_place_give_the_same_database(
    sqlite_db, admin, rules, tmp_path, monkeypatch
):
    from tests.staff_helpers import actor_for

    actor_for(sqlite_db, "mgr1", "经理一")
    monkeypatch.setattr(import_sqlite, "BULK_MIN_NEW", 1)
    import_members(sqlite_db, rules, admin, first_load(tmp_path, 0))  # an existing book
    sqlite_db.dispose()
    twin = tmp_path / "twin.sqlite3"
    shutil.copyfile(path_of(sqlite_db), twin)
    frozen_clock(monkeypatch)
    copied_in: list[float] = []
    copy_in = import_aside.copy_in
    monkeypatch.setattr(
        import_aside, "copy_in", lambda *a: copied_in.append(copy_in(*a)) or copied_in[-1]
    )
    aside = import_members(sqlite_db, rules, admin, first_load(tmp_path, 100))
    monkeypatch.setattr(import_aside, "ENABLED", False)
    other = Database(f"sqlite:///{twin}")
    try:
        in_place = import_members(other, rules, admin, first_load(tmp_path, 100))
    finally:
        other.dispose()
    sqlite_db.dispose()
    assert (aside.inserted, in_place.inserted) == (50, 50)
    assert len(copied_in) == 1 and aside.lock_seconds == copied_in[0]  # built aside, once
    ours, theirs = dump(path_of(sqlite_db)), dump(twin)
    assert any('INSERT INTO "members"' in line for line in ours)
    assert ours == theirs  # schema, indexes, every row: members, name index, report, audit
    conn = sqlite3.connect(path_of(sqlite_db))
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # still WAL
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    assert [p.name for p in tmp_path.iterdir() if ".import.tmp-" in p.name] == []


def test_an_open_desk_connection_reads_the_load_after_the_copy_in(
    sqlite_db, admin, rules, tmp_path, monkeypatch
):
    from tests.staff_helpers import actor_for

    actor_for(sqlite_db, "mgr1", "经理一")
    monkeypatch.setattr(import_sqlite, "BULK_MIN_NEW", 1)
    desk = Database(sqlite_db.url)
    try:
        with desk.read() as s:  # the desk's pooled connection is open before the import
            assert s.scalar(select(func.count()).select_from(Member)) == 0
        result = import_members(sqlite_db, rules, admin, first_load(tmp_path))
        with desk.read() as s:
            assert s.scalar(select(func.count()).select_from(Member)) == 50
            names = set(s.scalars(select(Member.name)))
        assert result.lock_seconds < 2.0
        assert "买买提·艾力" in names
    finally:
        desk.dispose()


@pytest.mark.parametrize("desk_writes", [1, 99], ids=["once", "every-time"])
def test_a_desk_commit_after_the_side_copy_is_kept_and_the_copy_redone(
    sqlite_db, admin, rules, tmp_path, monkeypatch, desk_writes
):
    from tests.staff_helpers import actor_for

    actor_for(sqlite_db, "mgr1", "经理一")
    monkeypatch.setattr(import_sqlite, "BULK_MIN_NEW", 1)
    copies: list[int] = []
    copy_aside = import_aside.copy_aside

    def desk_writes_after_the_copy(target, side, *rest):
        copied = copy_aside(target, side, *rest)
        copies.append(1)
        if len(copies) <= desk_writes:  # a clerk is added while the import builds aside
            actor_for(sqlite_db, f"clerk{len(copies)}", "柜员")
        return copied

    monkeypatch.setattr(import_aside, "copy_aside", desk_writes_after_the_copy)
    monkeypatch.setenv("VIPDESK_IMPORT_REBUILDS", "3")
    result = import_members(sqlite_db, rules, admin, first_load(tmp_path))
    assert result.inserted == 50
    assert len(copies) == min(desk_writes + 1, 3)
    # "every-time": 50 rows in place hold the lock far under the desks' timeout: in place
    assert result.builds == (0 if desk_writes == 99 else 2)
    from vipdesk.db.models import StaffUser

    with sqlite_db.read() as s:
        clerks = set(s.scalars(select(StaffUser.username).where(StaffUser.role == "clerk")))
        assert s.scalar(select(func.count()).select_from(Member)) == 50
    # every desk write kept; "every-time": after 3 builds the import was written in place
    assert clerks >= {f"clerk{n}" for n in range(1, min(desk_writes, len(copies)) + 1)}
    conn = sqlite3.connect(path_of(sqlite_db))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        reports = conn.execute("SELECT outcome, added FROM import_reports").fetchall()
    finally:
        conn.close()
    assert reports == [("imported", 50)]  # one report, not one per attempt


def policies_file(folder: Path, name: str, status: str = "in_force") -> Path:
    """Two policies for each of the 50 members (tiers and cards follow)."""
    rows = [
        f"P{i:04d}{k},{id_number(i)},都会安享终身寿险,agency,{status if k else 'in_force'},"
        f"2020-01-0{k + 1},{(i + 1) * 3000 + k * 500}.00,"
        for i in range(len(NAMES))
        for k in range(2)
    ]
    header = "policy_no,id_number,product,channel,status,effective_date,annual_premium,"
    return write_csv(folder, name, header + "reinstated_date", rows)


def test_policies_built_aside_and_in_place_give_the_same_database(
    sqlite_db, admin, rules, tmp_path, monkeypatch
):
    from tests.staff_helpers import actor_for

    actor_for(sqlite_db, "mgr1", "经理一")
    import_members(sqlite_db, rules, admin, first_load(tmp_path))  # in place: 50 < 50,000
    sqlite_db.dispose()
    twin = tmp_path / "twin.sqlite3"
    shutil.copyfile(path_of(sqlite_db), twin)
    frozen_clock(monkeypatch)
    monkeypatch.setattr(import_sqlite, "POLICY_ASIDE_MIN", 1)
    monkeypatch.setattr(import_sqlite, "POLICY_PAGES", 10**6)
    copied_in: list[float] = []
    copy_in = import_aside.copy_in
    monkeypatch.setattr(
        import_aside, "copy_in", lambda *a: copied_in.append(copy_in(*a)) or copied_in[-1]
    )
    results = []
    for db in (sqlite_db, Database(f"sqlite:///{twin}")):
        try:
            for name, status in (("p1.csv", "in_force"), ("p2.csv", "lapsed")):
                results.append(
                    import_policies(db, rules, admin, policies_file(tmp_path, name, status))
                )
        finally:
            db.dispose()
        monkeypatch.setattr(import_aside, "ENABLED", False)  # the twin: in place
    assert len(copied_in) == 2  # both files of the first database were built aside
    assert [(r.inserted, r.updated) for r in results] == [(100, 0), (0, 50)] * 2
    ours, theirs = dump(path_of(sqlite_db)), dump(twin)
    assert any('INSERT INTO "cards"' in line for line in ours)
    assert ours == theirs  # policies, tiers, tier history, cards, reports, audit


def test_without_room_for_the_side_file_the_load_is_written_in_place(
    sqlite_db, admin, rules, tmp_path, monkeypatch
):
    from tests.staff_helpers import actor_for
    from vipdesk.services.integrity import NotEnoughSpace

    actor_for(sqlite_db, "mgr1", "经理一")
    monkeypatch.setattr(import_sqlite, "BULK_MIN_NEW", 1)

    def full_disk(*_args):
        raise NotEnoughSpace("磁盘空间不足")

    monkeypatch.setattr(import_aside, "require_space", full_disk)
    monkeypatch.setattr(import_aside, "copy_aside", lambda *a: pytest.fail("copied aside"))
    result = import_members(sqlite_db, rules, admin, first_load(tmp_path))
    assert result.inserted == 50
    with sqlite_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 50


def test_desks_writing_during_a_load_built_aside_lose_nothing(
    sqlite_db, admin, rules, tmp_path, monkeypatch
):
    """Two desks reissue cards all through a big first load: every reissue is kept (the copy in
    never overwrites a desk's commit), and none is refused "busy"."""
    from tests.db.import_helpers import many_ids
    from tests.db.relative_helpers import add_member

    members = [
        add_member(sqlite_db, admin, 1_000_000, born=dt.date(1960, 1, 1 + i)) for i in range(2)
    ]
    monkeypatch.setattr(import_sqlite, "BULK_MIN_NEW", 1)
    rows = [f"{n},王建国,13812345678,北京市朝阳区{i}号" for i, n in enumerate(many_ids(3000))]
    load = write_csv(tmp_path, "load.csv", MEMBER_HEADER, rows)
    copies: list[int] = []
    copy_aside = import_aside.copy_aside
    monkeypatch.setattr(import_aside, "copy_aside", lambda *a: copies.append(1) or copy_aside(*a))
    result, reissued = while_desks_reissue(
        sqlite_db, members, lambda: import_members(sqlite_db, rules, admin, load)
    )
    assert result.inserted == 3000 and copies  # it was built aside (at least tried)
    cards = card_counts(sqlite_db, members)
    assert cards == [1 + n for n in reissued]  # the first card and every reissue


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_side_file_is_readable_by_its_owner_only_and_removed(
    sqlite_db, admin, rules, tmp_path, monkeypatch
):
    from tests.staff_helpers import actor_for

    actor_for(sqlite_db, "mgr1", "经理一")
    monkeypatch.setattr(import_sqlite, "BULK_MIN_NEW", 1)
    modes: list[int] = []
    build_aside = import_aside.build_aside

    def look_at_the_side_file(side, *args):
        modes.append(side.stat().st_mode & 0o777)
        return build_aside(side, *args)

    monkeypatch.setattr(import_aside, "build_aside", look_at_the_side_file)
    assert import_members(sqlite_db, rules, admin, first_load(tmp_path)).inserted == 50
    assert modes == [0o600]
    assert [p.name for p in tmp_path.iterdir() if ".import.tmp-" in p.name] == []
