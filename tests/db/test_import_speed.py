"""The fast apply paths write exactly what the plain ones would (issue 16, import speed).

A big first load rebuilds the members indexes instead of inserting into them (forced here on a
small file); changed members are updated by primary key from the comparison made before the
lock; the import's connection goes back to the desk's settings.
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select, text

from tests.db.import_helpers import MEMBER_HEADER, id_number, write_csv
from tests.db.test_import_names import NAMES
from vipdesk.db.models import Member, MemberNameChar
from vipdesk.domain.names import name_grams, name_initials, name_pinyin
from vipdesk.services import import_pg, import_sqlite
from vipdesk.services.database import Database
from vipdesk.services.importer import ImportRejected, import_members
from vipdesk.services.search import search_members


@pytest.fixture
def admin(db):
    """An administrator (imports are an admin action)."""
    from tests.staff_helpers import test_admin

    return test_admin(db)


def schema(url: str) -> tuple[list[tuple[str, str]], str]:
    """The members indexes (name, SQL) and the integrity check of an SQLite file."""
    conn = sqlite3.connect(url.removeprefix("sqlite:///"))
    try:
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'members' "
            "ORDER BY name"
        ).fetchall()
        return indexes, conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def index_is_exact(db: Database) -> None:
    """Every member's keys and name-index rows are the ones of its name."""
    with db.read() as s:
        members = s.execute(
            select(Member.id, Member.name, Member.name_pinyin, Member.name_initials)
        )
        rows = members.tuples().all()
        index = set(s.execute(select(MemberNameChar.ch, MemberNameChar.member_id)).tuples())
    assert index == {(g, mid) for mid, name, _, _ in rows for g in name_grams(name)}
    for _mid, name, pinyin, initials in rows:
        assert (pinyin, initials) == (name_pinyin(name), name_initials(name)), name


def test_a_big_first_load_rebuilds_every_members_index(
    sqlite_db, sqlite_url, rules, sqlite_admin, tmp_path, monkeypatch
):
    from tests.staff_helpers import actor_for

    admin, actor = sqlite_admin, actor_for(sqlite_db, "clerk1", "柜员一")
    monkeypatch.setattr(import_sqlite, "BULK_MIN_NEW", 1)
    before, _ = schema(sqlite_url)
    assert len([name for name, sql in before if sql]) >= 7  # the secondary indexes exist
    rows = [f"{id_number(i)},{raw},1381234{i:04d},北京" for i, (raw, _, _) in enumerate(NAMES)]
    result = import_members(
        sqlite_db, rules, admin, write_csv(tmp_path, "a.csv", MEMBER_HEADER, rows)
    )
    assert (result.inserted, result.updated) == (50, 0)
    after, integrity = schema(sqlite_url)
    assert after == before and integrity == "ok"
    index_is_exact(sqlite_db)
    with sqlite_db.read() as s:
        assert "买买提·艾力" in [m.name for m in search_members(s, "maimaitiaili", actor=actor)]
        assert [m.name for m in search_members(s, "13812340012", actor=actor)] == [NAMES[12][1]]
        ids = s.execute(select(Member.id_number).order_by(Member.id)).scalars().all()
    assert ids == [id_number(i) for i in range(50)]  # ids follow the file's order
    conn = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []  # checked set-based
    conn.close()


def test_a_big_first_load_with_account_managers_checks_their_references(
    sqlite_db, sqlite_url, rules, sqlite_admin, tmp_path, monkeypatch
):
    from tests.staff_helpers import actor_for
    from vipdesk.db.care_models import AccountManager

    monkeypatch.setattr(import_sqlite, "BULK_MIN_NEW", 1)
    manager = actor_for(sqlite_db, "mgr1", "经理一")
    header = MEMBER_HEADER + ",account_manager"
    rows = [f"{id_number(i)},王建国,13812345678,北京,mgr1" for i in range(20)]
    import_members(sqlite_db, rules, sqlite_admin, write_csv(tmp_path, "a.csv", header, rows))
    with sqlite_db.read() as s:
        assert set(s.scalars(select(AccountManager.staff_id))) == {manager.id}
    conn = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_a_big_load_refused_under_the_lock_keeps_every_index_and_writes_nothing(
    sqlite_db, sqlite_url, rules, sqlite_admin, tmp_path, monkeypatch
):
    admin = sqlite_admin
    monkeypatch.setattr(import_sqlite, "BULK_MIN_NEW", 1)
    before, _ = schema(sqlite_url)
    header = MEMBER_HEADER + ",account_manager"
    rows = [f"{id_number(i)},王建国,13812345678,北京,nobody" for i in range(20)]
    with pytest.raises(ImportRejected, match="nobody"):  # refused after the indexes dropped
        import_members(sqlite_db, rules, admin, write_csv(tmp_path, "a.csv", header, rows))
    after, integrity = schema(sqlite_url)
    assert after == before and integrity == "ok"
    with sqlite_db.read() as s:
        assert s.scalars(select(Member.id)).first() is None


@pytest.mark.parametrize("compared_before", [True, False], ids=["prepared", "fallback"])
def test_renamed_moved_and_new_members_of_a_daily_file(
    db, rules, admin, actor, tmp_path, monkeypatch, compared_before
):
    if not compared_before:  # as if another import committed after the comparison
        import dataclasses

        prepare = import_sqlite.prepare
        monkeypatch.setattr(
            import_sqlite,
            "prepare",
            lambda *a: dataclasses.replace(prepare(*a), token=("moved",)),
        )
        prepare_pg = import_pg.prepare  # PostgreSQL: compared before the transaction too
        monkeypatch.setattr(import_pg, "prepare", lambda *a: prepare_pg(*a) and ("moved",))
    first = [
        f"{id_number(0)},王建国,13812340000,北京",
        f"{id_number(1)},李秀英,13812340001,上海",
        f"{id_number(2)},张伟,13812340002,广州",
        f"{id_number(3)},刘洋,,深圳",
    ]
    import_members(db, rules, admin, write_csv(tmp_path, "a.csv", MEMBER_HEADER, first))
    today = [
        f"{id_number(0)},王建军,13812340000,北京",  # renamed
        f"{id_number(1)},李秀英,13912340001,上海",  # new phone
        f"{id_number(2)},张伟,13812340002,广州天河",  # new address
        f"{id_number(3)},刘洋,13812340003,深圳",  # a phone where there was none
        f"{id_number(4)},赵敏,,杭州",  # new member
    ]
    result = import_members(db, rules, admin, write_csv(tmp_path, "b.csv", MEMBER_HEADER, today))
    assert (result.inserted, result.updated, result.unchanged) == (1, 4, 0)
    again = import_members(db, rules, admin, write_csv(tmp_path, "c.csv", MEMBER_HEADER, today))
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 5)
    with db.read() as s:
        stored = s.execute(
            select(Member.id_number, Member.name, Member.phone, Member.address)
        ).tuples()
        by_number = {n: (name, phone, address) for n, name, phone, address in stored}
        assert [m.name for m in search_members(s, "wangjianjun", actor=actor)] == ["王建军"]
        assert [m.name for m in search_members(s, "13912340001", actor=actor)] == ["李秀英"]
    assert by_number == {
        id_number(0): ("王建军", "13812340000", "北京"),
        id_number(1): ("李秀英", "13912340001", "上海"),
        id_number(2): ("张伟", "13812340002", "广州天河"),
        id_number(3): ("刘洋", "13812340003", "深圳"),
        id_number(4): ("赵敏", None, "杭州"),
    }
    index_is_exact(db)
    if db.engine.dialect.name == "postgresql":  # the pooled sessions keep no staged rows
        with db.read() as s:
            left = s.scalar(text(TEMPORARY_LEFT), {"names": list(import_pg.TEMPORARY)})
        assert left == 0


TEMPORARY_LEFT = (
    "SELECT COUNT(*) FROM pg_class WHERE relpersistence = 't' AND relname = ANY(:names)"
)


def test_the_import_connection_gets_the_desks_settings_back(
    sqlite_db, rules, sqlite_admin, tmp_path
):
    admin = sqlite_admin
    rows = [f"{id_number(i)},王建国,13812345678,北京" for i in range(30)]
    import_members(sqlite_db, rules, admin, write_csv(tmp_path, "a.csv", MEMBER_HEADER, rows))
    with sqlite_db._writer.connect() as conn:  # the pooled connection the import used
        raw = conn.connection.driver_connection
        settings = [
            raw.execute(f"PRAGMA {p}").fetchone()[0]  # type: ignore[union-attr]
            for p in ("synchronous", "wal_autocheckpoint", "cache_size", "foreign_keys")
        ]
        attached = [row[1] for row in raw.execute("PRAGMA database_list")]  # type: ignore[union-attr]
    assert settings == [2, 1000, -2000, 1] and "stage" not in attached


def test_an_import_committed_after_the_comparison_is_compared_again_under_the_lock(
    db, rules, admin, tmp_path, monkeypatch
):
    module = import_pg if db.engine.dialect.name == "postgresql" else import_sqlite
    original = module.prepare
    other = write_csv(
        tmp_path, "other.csv", MEMBER_HEADER, [f"{id_number(1)},李秀英,13912340001,上海"]
    )
    ran: list[int] = []

    def then_another_import(*args):
        compared = original(*args)
        if not ran:  # another administrator's import commits before this one takes the lock
            ran.append(1)
            import_members(db, rules, admin, other)
        return compared

    monkeypatch.setattr(module, "prepare", then_another_import)
    today = [f"{id_number(0)},王建国,13812340000,北京", f"{id_number(1)},李秀英,13812340001,上海"]
    result = import_members(db, rules, admin, write_csv(tmp_path, "t.csv", MEMBER_HEADER, today))
    assert ran and (result.inserted, result.updated, result.unchanged) == (1, 1, 0)
    with db.read() as s:
        phones = {n: p for n, p in s.execute(select(Member.id_number, Member.phone))}
    assert phones == {id_number(0): "13812340000", id_number(1): "13812340001"}
    index_is_exact(db)
