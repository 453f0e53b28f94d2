"""Desks that keep writing while a big load is built aside (issue 16): rebuild, then decide.

Real SQLite files; a desk commits (a real service call on its own connection) right after every
side copy is taken, so every build is stale when it is to be copied in. Within the rebuild
budget the import builds again; then a load whose in-place lock is estimated well under the
desks' busy timeout is written in place, a bigger one is refused with nothing written, unless
the administrator chose `in_place`. Cancel during a rebuild writes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.db.import_helpers import (
    MEMBER_HEADER,
    card_counts,
    many_ids,
    while_desks_reissue,
    write_csv,
)
from vipdesk.db.import_models import ImportReport
from vipdesk.db.models import Member, StaffUser
from vipdesk.errors import Refused
from vipdesk.services import import_aside, import_sqlite
from vipdesk.services.importer import import_members

ROWS = 3000


@pytest.fixture
def big_load(monkeypatch, tmp_path):
    """A 3,000-member first load that counts as big (built aside); 3 builds at most."""
    return big_load_file(monkeypatch, tmp_path)


def big_load_file(monkeypatch, tmp_path) -> Path:
    """The file of the `big_load` fixture (for other modules' fixtures)."""
    monkeypatch.setattr(import_sqlite, "BULK_MIN_NEW", 1)
    monkeypatch.setenv("VIPDESK_IMPORT_REBUILDS", "3")
    rows = [f"{n},王建国,13812345678,北京市朝阳区{i}号" for i, n in enumerate(many_ids(ROWS))]
    return write_csv(tmp_path, "load.csv", MEMBER_HEADER, rows)


def desk_commits_after_every_copy(monkeypatch, db, then=None) -> list[int]:
    """A clerk is added at another desk after each side copy: every build is stale."""
    from tests.staff_helpers import actor_for

    copies: list[int] = []
    copy_aside = import_aside.copy_aside

    def copy_then_desk_writes(target, side, *rest):
        copied = copy_aside(target, side, *rest)
        copies.append(1)
        actor_for(db, f"clerk{len(copies)}", "柜员")
        if then is not None:
            then(len(copies))
        return copied

    monkeypatch.setattr(import_aside, "copy_aside", copy_then_desk_writes)
    return copies


def too_long_in_place(monkeypatch) -> None:
    """Every member written in place counts as a second of lock: 3,000 s, over the limit."""
    monkeypatch.setattr(import_aside, "MEMBER_LOCK_S", 1.0)


def members_and_clerks(db) -> tuple[int, set[str]]:
    """Members in the database and the clerks the desks added."""
    with db.read() as s:
        members = s.scalar(select(func.count()).select_from(Member)) or 0
        clerks = set(s.scalars(select(StaffUser.username).where(StaffUser.role == "clerk")))
    return members, clerks


def reports(db) -> list[tuple[str, str | None]]:
    """(outcome, message) of every import report, oldest first."""
    with db.read() as s:
        return [(r.outcome, r.message) for r in s.scalars(select(ImportReport))]


def no_side_files(folder: Path) -> bool:
    """True when no side file of an import is left next to the database."""
    return not [p.name for p in folder.iterdir() if ".import.tmp-" in p.name]


def test_a_big_load_is_rebuilt_then_refused_with_nothing_written(
    sqlite_db, sqlite_admin, rules, big_load, monkeypatch
):
    from vipdesk.services import importer

    too_long_in_place(monkeypatch)
    copies = desk_commits_after_every_copy(monkeypatch, sqlite_db)
    steps: list[tuple[str, int]] = []
    once: list[str] = []  # a rebuild re-uses the staged, validated and compared rows
    for module, name in ((importer, "read_table"), (import_sqlite, "prepare")):
        step = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, _s=step, _n=name: once.append(_n) or _s(*a))
    with pytest.raises(Refused) as refused:
        import_members(
            sqlite_db,
            rules,
            sqlite_admin,
            big_load,
            progress=lambda s, r, n, f: steps.append((s, n)),
        )
    assert refused.value.code == "desks_kept_writing"
    message = refused.value.message
    assert "柜台一直在办理业务" in message and "准备了 3 次" in message
    assert re.search(r"准备了 3 次（约 \d+ 秒）", message), message  # seconds, not "1 分钟"
    assert "没有写入任何数据" in message and "--in-place" in message and "下班后" in message
    assert len(copies) == 3
    assert once == ["read_table", "prepare"]  # read, validated and compared once for 3 builds
    assert [n for s, n in steps if s == "重建"] == [1, 2]  # each rebuild shown
    # each build was found stale before the copy in: the lock was never taken for it
    assert [s for s, _ in steps if s != "校验"] == ["写入", "重建", "重建"]
    members, clerks = members_and_clerks(sqlite_db)
    assert members == 0  # nothing written, the data as it was
    assert clerks == {"clerk1", "clerk2", "clerk3"}  # every desk write kept
    assert reports(sqlite_db) == [("refused", message)]
    database = Path(str(sqlite_db.engine.url.database))
    assert no_side_files(database.parent)
    conn = sqlite3.connect(database)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_in_place_forces_the_write_after_the_first_stale_build(
    sqlite_db, sqlite_admin, rules, big_load, monkeypatch
):
    too_long_in_place(monkeypatch)
    copies = desk_commits_after_every_copy(monkeypatch, sqlite_db)
    result = import_members(sqlite_db, rules, sqlite_admin, big_load, in_place=True)
    assert (result.inserted, result.builds) == (ROWS, 0)  # written in place
    assert len(copies) == 1  # no rebuild: the administrator chose to let desks wait
    assert members_and_clerks(sqlite_db) == (ROWS, {"clerk1"})


def test_a_small_load_falls_back_in_place_and_no_desk_is_refused(
    sqlite_db, sqlite_admin, rules, big_load, monkeypatch
):
    """Two desks reissue cards all the time (threads, own connections) besides the clerk added
    after every copy: the load is rebuilt twice, then written in place (3,000 rows are well
    under the estimate's limit); no desk action is refused and every reissue is kept."""
    from tests.db.relative_helpers import add_member

    assert (
        import_aside.in_place_estimate(import_sqlite.Prepared((), ROWS, 0, 0, 0, True, True, ROWS))
        <= import_aside.IN_PLACE_LIMIT_S
    )
    members = [
        add_member(sqlite_db, sqlite_admin, 1_000_000, born=dt.date(1960, 1, 1 + i))
        for i in range(2)
    ]
    copies = desk_commits_after_every_copy(monkeypatch, sqlite_db)
    result, reissued = while_desks_reissue(
        sqlite_db, members, lambda: import_members(sqlite_db, rules, sqlite_admin, big_load)
    )
    assert (result.inserted, result.builds) == (ROWS, 0)  # in place after the budget
    assert len(copies) == 3
    cards = card_counts(sqlite_db, members)
    assert cards == [1 + n for n in reissued]  # the first card and every reissue


def test_the_budget_in_minutes_stops_the_rebuilds(
    sqlite_db, sqlite_admin, rules, big_load, monkeypatch
):
    too_long_in_place(monkeypatch)
    monkeypatch.setenv("VIPDESK_IMPORT_REBUILDS", "50")
    monkeypatch.setenv("VIPDESK_IMPORT_REBUILD_MINUTES", "0")  # no time for any rebuild
    copies = desk_commits_after_every_copy(monkeypatch, sqlite_db)
    with pytest.raises(Refused, match="准备了 1 次"):
        import_members(sqlite_db, rules, sqlite_admin, big_load)
    assert len(copies) == 1
    assert members_and_clerks(sqlite_db)[0] == 0


@pytest.mark.parametrize(
    ("written", "policies", "fits"),
    [(250_000, False, True), (250_001, False, False), (83_333, True, True), (83_334, True, False)],
)
def test_the_in_place_estimate_at_its_boundaries(written, policies, fits):
    """Half the desks' 10 s busy timeout: 250,000 members or 83,333 policies at most."""
    prepared = import_sqlite.Prepared((), 0, 0, 0, 0, False, True, written, policies)
    assert import_aside.in_place_fits(prepared) is fits


def test_a_desk_commit_just_before_the_copy_in_is_caught_under_the_lock(
    sqlite_db, sqlite_admin, rules, big_load
):
    """A desk commits after the build was found fresh, as the copy in starts: the check made
    holding the lock rolls the copy back, the load is rebuilt and copied in; both kept."""
    from tests.staff_helpers import actor_for

    steps: list[str] = []

    def progress(stage: str, _rows: int, _n: int, _fraction: float) -> None:
        steps.append(stage)
        if stage == "提交" and steps.count("提交") == 1:
            actor_for(sqlite_db, "clerk1", "柜员")  # between the last look and the lock

    result = import_members(sqlite_db, rules, sqlite_admin, big_load, progress=progress)
    assert (result.inserted, result.builds) == (ROWS, 2)  # the second build was copied in
    assert [s for s in steps if s != "校验"] == ["写入", "提交", "重建", "提交"]
    assert members_and_clerks(sqlite_db) == (ROWS, {"clerk1"})
    assert [outcome for outcome, _ in reports(sqlite_db)] == ["imported"]


def test_a_desk_commit_while_the_side_copy_is_taken_in_steps(
    sqlite_db, sqlite_admin, rules, big_load, monkeypatch
):
    """The side copy is taken in steps (cancel looked at between them) in one snapshot: a desk
    commit between two steps is not in it, so that build is stale and rebuilt; the result is
    whole (integrity) with the desk's write and the load."""
    from tests.staff_helpers import actor_for

    import_members(sqlite_db, rules, sqlite_admin, big_load)  # 3,000 members: many pages
    monkeypatch.setattr(import_aside, "STEP_PAGES", 2)
    copying: list[int] = []
    copy_aside = import_aside.copy_aside

    def count_the_copies(*args):
        copying.append(0)
        try:
            return copy_aside(*args)
        finally:
            copying.append(0)

    monkeypatch.setattr(import_aside, "copy_aside", count_the_copies)
    steps: list[int] = []

    def cancelled() -> bool:  # asked after every step of a copy (and between other steps)
        if len(copying) == 1:  # inside the first copy
            steps.append(1)
            if len(steps) == 2:
                actor_for(sqlite_db, "clerk1", "柜员")  # between two of its steps
        return False

    rows = [f"{n},李秀英,13912345678,上海市{i}号" for i, n in enumerate(many_ids(2 * ROWS))]
    second = write_csv(big_load.parent, "second.csv", MEMBER_HEADER, rows)
    result = import_members(sqlite_db, rules, sqlite_admin, second, cancel=cancelled)
    assert (result.inserted, result.builds) == (ROWS, 2) and len(steps) > 2
    assert members_and_clerks(sqlite_db) == (2 * ROWS, {"clerk1"})
    conn = sqlite3.connect(Path(str(sqlite_db.engine.url.database)))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_a_build_made_stale_by_a_desk_stops_at_once(
    sqlite_db, sqlite_admin, rules, big_load, monkeypatch
):
    """The build looks at the live database while it runs: once a desk committed, it stops
    (DesksWrote) instead of finishing a build that cannot be copied in."""
    monkeypatch.setattr(import_aside, "CANCEL_EVERY", 1000)
    copies = desk_commits_after_every_copy(monkeypatch, sqlite_db)
    stopped: list[str] = []
    build_aside = import_aside.build_aside

    def watch_the_build(*args):
        try:
            return build_aside(*args)
        except import_aside.DesksWrote:
            stopped.append("stale")
            raise

    monkeypatch.setattr(import_aside, "build_aside", watch_the_build)
    result = import_members(sqlite_db, rules, sqlite_admin, big_load)
    assert (result.inserted, result.builds) == (ROWS, 0)  # then in place: small enough
    assert len(copies) == 3 and stopped == ["stale"] * 3
    assert members_and_clerks(sqlite_db) == (ROWS, {"clerk1", "clerk2", "clerk3"})


def test_a_bad_file_found_while_built_aside_is_refused_for_what_it_is(
    sqlite_db, sqlite_admin, rules, big_load, monkeypatch, tmp_path
):
    """A policies file naming an unknown customer, built aside while a desk commits: refused
    with its line (not mistaken for a stale build, not "desks kept writing")."""
    from tests.db.import_helpers import POLICY_HEADER
    from vipdesk.services.importer import ImportRejected, import_policies

    import_members(sqlite_db, rules, sqlite_admin, big_load)
    monkeypatch.setattr(import_sqlite, "POLICY_ASIDE_MIN", 1)
    monkeypatch.setattr(import_sqlite, "POLICY_PAGES", 10**6)
    monkeypatch.setattr(import_aside, "CANCEL_EVERY", 100)
    copies = desk_commits_after_every_copy(monkeypatch, sqlite_db)
    known = many_ids(2)
    rows = [
        f"P{i:05d},{n},都会安享终身寿险,agency,in_force,2020-01-01,3000.00,"
        for i, n in enumerate([known[0], known[1], "110101199001011237"])
    ]
    policies = write_csv(tmp_path, "p.csv", POLICY_HEADER, rows)
    with pytest.raises(ImportRejected, match="line 4: id_number: 没有这个证件号码的客户"):
        import_policies(sqlite_db, rules, sqlite_admin, policies)
    assert len(copies) == 1  # refused at the first build
    with sqlite_db.read() as s:
        from vipdesk.db.models import Policy

        assert s.scalar(select(func.count()).select_from(Policy)) == 0
