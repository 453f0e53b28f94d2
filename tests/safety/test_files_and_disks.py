"""Private files, crash logs, network shares and full disks."""

from __future__ import annotations

import multiprocessing
import os
import stat
import time

import pytest

from tests.safety.helpers import count, fill, populate, small_disk
from vipdesk import logs
from vipdesk.errors import DatabaseError, KnownError
from vipdesk.paths import data_dir, log_dir, network_share, sqlite_url
from vipdesk.services.backup import list_backups, make_backup
from vipdesk.services.database import Database
from vipdesk.services.integrity import NotEnoughSpace, require_space


def mode(path) -> str:
    return oct(stat.S_IMODE(path.stat().st_mode))


def test_user_data_folder_database_and_logs_are_private(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "umask", os.umask)  # (the umask stays whatever the machine has)
    home = data_dir()
    assert mode(home) == "0o700" and mode(log_dir()) == "0o700"
    db = Database(sqlite_url(home / "vipdesk.sqlite3"))
    db.ensure_schema()
    with db.write():
        pass
    for suffix in ("", "-wal", "-shm"):
        path = home / f"vipdesk.sqlite3{suffix}"
        if path.exists():
            assert mode(path) == "0o600", path
    db.dispose()
    crash = logs.write_crash_log(RuntimeError("boom"))
    assert crash is not None and mode(crash) == "0o600"
    assert logs.version() in crash.read_text(encoding="utf-8").splitlines()[0]


def _crash(_n: int) -> str:
    try:
        raise RuntimeError("at the same moment")
    except RuntimeError as exc:
        return str(logs.write_crash_log(exc))


def test_24_simultaneous_crashes_give_24_crash_logs():
    log_dir()
    with multiprocessing.get_context("fork").Pool(8) as pool:
        paths = pool.map(_crash, range(24))
    assert len(set(paths)) == 24
    assert len(list(log_dir().glob("crash-*.log"))) == 24


def test_old_and_surplus_crash_logs_are_pruned():
    folder = log_dir()
    now = time.time()
    for n in range(60):
        path = folder / f"crash-old-{n:02}.log"
        path.write_text("x", encoding="utf-8")
        age = (40 if n < 5 else n / 10) * 86400
        os.utime(path, (now - age, now - age))
    removed = logs.prune_crash_logs(now=now)
    left = sorted(p.name for p in folder.glob("crash-*.log"))
    assert removed == 10 and len(left) == 50
    assert not any(f"crash-old-{n:02}.log" in left for n in range(5))


def test_a_crash_log_on_a_full_disk_does_not_raise(tmp_path, monkeypatch):
    with small_disk(tmp_path / "tiny", 64) as disk:
        if disk is None:  # injected: the file system refuses every write

            def full(*_a, **_k):
                raise OSError(28, "No space left on device")

            monkeypatch.setattr(os, "open", full)
        else:
            monkeypatch.setenv("VIPDESK_HOME", str(disk))
            fill(disk)
        assert logs.write_crash_log(RuntimeError("disk full")) is None


def test_faulthandler_writes_into_a_private_log():
    path = logs.enable_faulthandler()
    assert path is not None and mode(path) == "0o600"
    assert logs.version() in path.read_text(encoding="utf-8")


MOUNTS = """/dev/sda1 / ext4 rw 0 0
//nas/vip /mnt/share cifs rw 0 0
nas:/export /srv/nfs nfs4 rw 0 0
tmpfs /srv/nfs/tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/mnt/share/vipdesk.sqlite3", True),
        ("/srv/nfs/branch/vipdesk.sqlite3", True),
        ("/srv/nfs/tmp/vipdesk.sqlite3", False),
        ("/home/clerk/vipdesk.sqlite3", False),
        ("//server/share/vipdesk.sqlite3", True),
        ("\\\\server\\share\\vipdesk.sqlite3", True),
    ],
)
def test_network_shares_are_recognised(path, network):
    from pathlib import Path

    assert bool(network_share(Path(path), MOUNTS)) is network


def test_sqlite_on_a_network_share_is_refused_naming_postgresql(tmp_path, monkeypatch):
    monkeypatch.setattr(
        "vipdesk.services.integrity.network_share", lambda _p: "网络文件系统（cifs）"
    )
    with pytest.raises(DatabaseError) as refused:
        Database(sqlite_url(tmp_path / "vipdesk.sqlite3"))
    assert "PostgreSQL" in str(refused.value) and "网络" in str(refused.value)
    assert not (tmp_path / "vipdesk.sqlite3").exists()


def test_not_enough_space_is_a_plain_refusal(tmp_path):
    with pytest.raises(NotEnoughSpace) as refused:
        require_space(tmp_path, 10**15, "备份")
    assert "磁盘空间不足" in str(refused.value) and "没有写入任何内容" in str(refused.value)


def test_backup_onto_a_full_disk_says_so_and_leaves_nothing(tmp_path, monkeypatch):
    db = Database(sqlite_url(tmp_path / "desk.sqlite3"))
    db.ensure_schema()
    populate(db, members=200)
    with small_disk(tmp_path / "usb", 256) as disk:
        folder = disk or tmp_path / "usb"
        if disk is None:
            import vipdesk.services.backup as backup_module

            def full(*_a, **_k):
                raise OSError(28, "No space left on device")

            monkeypatch.setattr(backup_module, "_copy_online", full)
        else:
            monkeypatch.setattr("vipdesk.services.integrity.MARGIN_BYTES", 0)
        with pytest.raises(KnownError) as failed:
            make_backup(db.url, folder)
        assert "磁盘" in str(failed.value) and "Errno" not in str(failed.value)
        assert [p.name for p in folder.iterdir() if p.name != "lost+found"] == []
        assert list_backups(folder) == []
    assert count(tmp_path / "desk.sqlite3", "members") == 200
    db.dispose()


def test_full_disk_during_a_relative_add_says_disk_full(tmp_path):
    import datetime as dt

    from sqlalchemy import select

    from tests.db.relative_helpers import add_member, rid
    from tests.safety.helpers import clerk_of
    from vipdesk.db.models import DesignatedRelative
    from vipdesk.rules import load_rules
    from vipdesk.services.relatives import designate_relative

    with small_disk(tmp_path / "tiny", 2048) as disk:
        if disk is None:
            pytest.skip("no tmpfs here: the injected variant is test_describe_disk_io_error")
        db = Database(sqlite_url(disk / "desk.sqlite3"))
        db.ensure_schema()
        clerk = clerk_of(db)
        member = add_member(db, clerk, 50000)
        fill(disk)
        with pytest.raises(KnownError) as failed:
            for n in range(1, 3):  # the second place too, in case the first fit in a free page
                designate_relative(
                    db,
                    load_rules(),
                    clerk,
                    member,
                    f"亲属{n}",
                    rid(dt.date(1975, 1, n)),
                    "spouse" if n == 1 else "child",
                )
        assert "磁盘空间已满" in str(failed.value), str(failed.value)
        assert "disk I/O error" not in str(failed.value)
        (disk / "filler.bin").unlink()
        with db.read() as session:  # nothing half-written: whole rows or none
            names = session.scalars(select(DesignatedRelative.name)).all()
        assert len(names) < 2
        db.dispose()


def test_describe_disk_io_error(tmp_path, monkeypatch):
    from vipdesk.errors import describe_db_error

    monkeypatch.setattr("shutil.disk_usage", lambda _p: os.statvfs_result((0,) * 10) and _Usage())
    message = describe_db_error(Exception("disk I/O error"), str(tmp_path / "desk.sqlite3"))
    assert "磁盘空间已满" in message


class _Usage:
    total, used, free = 10, 10, 0


def _members_file(folder, rows: int):
    from tests.db.import_helpers import MEMBER_HEADER, many_ids, write_csv

    lines = [
        f"{n},王{'甲乙丙丁戊己庚辛壬癸'[i % 10]}明,13800000000,南京市"
        for i, n in enumerate(many_ids(rows))
    ]
    return write_csv(folder, "members.csv", MEMBER_HEADER, lines)


def test_import_onto_a_full_disk_says_so_and_loses_nothing(tmp_path, monkeypatch):
    from tests.safety.helpers import admin_of
    from vipdesk.rules import load_rules
    from vipdesk.services.importer import import_members

    with small_disk(tmp_path / "tiny", 4096) as disk:
        if disk is None:
            pytest.skip("no tmpfs here (the space check itself is test_not_enough_space…)")
        db = Database(sqlite_url(disk / "desk.sqlite3"))
        db.ensure_schema()
        admin = admin_of(db)
        before = count(disk / "desk.sqlite3", "members")
        big = _members_file(tmp_path, 20000)
        with pytest.raises(NotEnoughSpace) as refused:  # checked before anything is written
            import_members(db, load_rules().current(), admin, big)
        assert "磁盘空间不足" in str(refused.value) and "导入" in str(refused.value)
        monkeypatch.setattr("vipdesk.services.integrity.MARGIN_BYTES", -(10**12))
        fill(disk, leave=64 * 1024)  # the check passes, then the disk runs full mid-import
        with pytest.raises(KnownError) as failed:
            import_members(db, load_rules().current(), admin, _members_file(tmp_path, 3000))
        assert "磁盘空间已满" in str(failed.value) and "Errno" not in str(failed.value)
        (disk / "filler.bin").unlink()
        assert count(disk / "desk.sqlite3", "members") == before
        from vipdesk.services.integrity import check_file

        assert check_file(disk / "desk.sqlite3", full=True).ok
        db.dispose()


def test_a_locked_database_is_not_reported_as_damaged(tmp_path, monkeypatch):
    import sqlite3

    from vipdesk.services.integrity import check_file

    path = tmp_path / "locked.sqlite3"
    db = Database(sqlite_url(path))
    db.ensure_schema()
    db.dispose()
    holder = sqlite3.connect(path)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(  # (a short wait: the desk's own waits 10 s)
        "vipdesk.services.integrity.open_readonly",
        lambda p: sqlite3.connect(f"file:{p}?mode=ro", uri=True, timeout=0.2),
    )
    try:
        with pytest.raises(DatabaseError) as busy:
            check_file(path)
        assert "占用" in str(busy.value) and "损坏" not in str(busy.value)
    finally:
        holder.rollback()
        holder.close()
