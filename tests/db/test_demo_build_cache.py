"""Bulk jobs (demo build, full tier recompute) write with a large SQLite page cache and give the
connection its own back."""

from __future__ import annotations

from sqlalchemy import event, text

from vipdesk.services.database import Database
from vipdesk.services.demo import BUILD_CACHE_KIB, add_demo_members, create_demo_staff


def test_demo_build_uses_a_large_page_cache_and_restores_it(sqlite_url, rules):
    db = Database(sqlite_url)
    db.ensure_schema()
    admin = create_demo_staff(db)["demo.admin"]
    with db.read() as session:
        before = session.execute(text("PRAGMA cache_size")).scalar()
    seen: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    add_demo_members(db, rules, admin, 50, seed=1)
    assert f"PRAGMA cache_size = -{BUILD_CACHE_KIB}" in seen
    assert seen[-1] != f"PRAGMA cache_size = -{BUILD_CACHE_KIB}"
    with db.read() as session:  # the same pooled connection: its usual cache again
        assert session.execute(text("PRAGMA cache_size")).scalar() == before
        assert session.execute(text("SELECT count(*) FROM members")).scalar() == 50
    db.dispose()


def test_full_recompute_uses_the_large_page_cache_and_restores_it(sqlite_url, rules):
    import datetime as dt

    from vipdesk.services.tiers import recompute_all

    db = Database(sqlite_url)
    db.ensure_schema()
    admin = create_demo_staff(db)["demo.admin"]
    add_demo_members(db, rules, admin, 30, seed=2)
    with db.write() as session:
        session.execute(text("UPDATE members SET tier = NULL, vip_status = 'none', afyp = 0"))
        before = session.execute(text("PRAGMA cache_size")).scalar()
    seen: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    result = recompute_all(db, rules, admin, dt.date.today())
    assert result.members_changed == 30
    big = seen.index(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
    assert any(s.startswith("UPDATE members") for s in seen[big:])
    with db.read() as session:
        assert session.execute(text("PRAGMA cache_size")).scalar() == before
        assert (
            session.execute(text("SELECT count(*) FROM members WHERE tier IS NULL")).scalar() < 30
        )
    db.dispose()
