"""Cancel while a big load is compared or built aside (issue 16): nothing written.

Real SQLite files; a desk commits after every side copy (tests.db.test_import_rebuild), so the
import rebuilds, and the administrator cancels at a rebuild, inside a build, or while the
staged rows are compared.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.db.test_import_rebuild import (
    big_load_file,
    desk_commits_after_every_copy,
    members_and_clerks,
    no_side_files,
    reports,
)
from vipdesk.services import import_aside, import_sqlite
from vipdesk.services.importer import ImportCancelled, import_members


@pytest.fixture
def big_load(monkeypatch, tmp_path) -> Path:
    """A 3,000-member first load that counts as big (built aside); 3 builds at most."""
    return big_load_file(monkeypatch, tmp_path)


def test_cancel_during_a_rebuild_writes_nothing(
    sqlite_db, sqlite_admin, rules, big_load, monkeypatch
):
    cancel = threading.Event()
    copies = desk_commits_after_every_copy(monkeypatch, sqlite_db)

    def progress(stage: str, _rows: int, number: int, _fraction: float) -> None:
        if stage == "重建" and number == 1:
            cancel.set()  # the administrator cancels when the first rebuild is shown

    with pytest.raises(ImportCancelled):
        import_members(
            sqlite_db, rules, sqlite_admin, big_load, progress=progress, cancel=cancel.is_set
        )
    assert len(copies) == 1  # the rebuild never started copying
    assert members_and_clerks(sqlite_db) == (0, {"clerk1"})
    assert [outcome for outcome, _ in reports(sqlite_db)] == ["cancelled"]
    assert no_side_files(Path(str(sqlite_db.engine.url.database)).parent)


def test_cancel_inside_a_rebuild_interrupts_the_build(
    sqlite_db, sqlite_admin, rules, big_load, monkeypatch
):
    """Cancel asked while the second build runs: SQLite's progress handler stops it there."""
    cancel = threading.Event()
    monkeypatch.setattr(import_aside, "CANCEL_EVERY", 1000)
    copies = desk_commits_after_every_copy(
        monkeypatch, sqlite_db, then=lambda n: cancel.set() if n == 2 else None
    )
    stopped: list[str] = []
    build_aside = import_aside.build_aside

    def watch_the_build(*args):
        try:
            return build_aside(*args)
        except import_aside.BuildCancelled:
            stopped.append("build")
            raise

    monkeypatch.setattr(import_aside, "build_aside", watch_the_build)
    with pytest.raises(ImportCancelled):
        import_members(sqlite_db, rules, sqlite_admin, big_load, cancel=cancel.is_set)
    assert len(copies) == 2 and stopped == ["build"]
    assert members_and_clerks(sqlite_db) == (0, {"clerk1", "clerk2"})
    assert [outcome for outcome, _ in reports(sqlite_db)] == ["cancelled"]
    assert no_side_files(Path(str(sqlite_db.engine.url.database)).parent)


def test_cancel_while_the_rows_are_compared_stops_the_comparison(
    sqlite_db, sqlite_admin, rules, big_load, monkeypatch
):
    """Cancel asked once reading is done ("写入"): the comparison itself stops (a progress
    handler on its connection), nothing written, a cancelled report kept."""
    monkeypatch.setattr(import_sqlite, "CANCEL_EVERY", 1000)
    asked = threading.Event()
    stopped: list[str] = []
    prepare = import_sqlite.prepare

    def watch_the_comparison(*args):
        try:
            return prepare(*args)
        except import_sqlite.Cancelled:
            stopped.append("prepare")
            raise

    monkeypatch.setattr(import_sqlite, "prepare", watch_the_comparison)

    def progress(stage: str, *_: object) -> None:
        if stage == "写入":
            asked.set()

    with pytest.raises(ImportCancelled):
        import_members(
            sqlite_db, rules, sqlite_admin, big_load, progress=progress, cancel=asked.is_set
        )
    assert stopped == ["prepare"]
    assert members_and_clerks(sqlite_db)[0] == 0
    assert [outcome for outcome, _ in reports(sqlite_db)] == ["cancelled"]
