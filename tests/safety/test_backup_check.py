"""The check that accepts a backup: real SHA-256 in the manifest, a damaged copy refused."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

import vipdesk.services.backup as backup_module
from vipdesk.errors import DatabaseError
from vipdesk.services.backup import list_backups, make_backup, manifest_path
from vipdesk.services.backup_check import check_copy, file_sha256


def real_sha256(path: Path) -> str:
    """The file's digest, computed here independently of the code under test."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_table_page(path: Path, table: str) -> None:
    """Overwrite the b-tree page header of a table's root page (quick_check sees it)."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (table,)).fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\x0d\x00\x00\xff\xff\xff\xff\x00" + b"\xee" * 64)


@pytest.mark.parametrize("kind", ["manual", "auto", "pre-upgrade", "pre-restore"])
def test_the_manifest_holds_the_files_real_sha256(desk, tmp_path, kind):
    info = make_backup(desk.url, tmp_path / "backups", kind=kind)
    manifest = json.loads(manifest_path(info.path).read_text(encoding="utf-8"))
    assert manifest["sha256"] == real_sha256(info.path) == info.sha256
    assert len(manifest["sha256"]) == 64


def test_the_sha256_of_a_large_file_is_its_real_digest(tmp_path):
    path = tmp_path / "big.bin"
    path.write_bytes(bytes(range(256)) * (40_000 + 7))  # > one 8 MiB block, not a multiple
    assert file_sha256(path) == real_sha256(path)
    empty = tmp_path / "empty.bin"
    empty.write_bytes(b"")
    assert file_sha256(empty) == hashlib.sha256(b"").hexdigest()


@pytest.mark.parametrize("kind", ["manual", "pre-restore"])
@pytest.mark.parametrize("table", ["members", "cards"])
def test_a_copy_damaged_while_written_is_refused_and_leaves_nothing(
    desk, tmp_path, monkeypatch, kind, table
):
    real_copy = backup_module._copy_online

    def copy_then_damage(source, target, sync=True):
        real_copy(source, target, sync=sync)
        damage_table_page(target, table)

    monkeypatch.setattr(backup_module, "_copy_online", copy_then_damage)
    folder = tmp_path / "backups"
    with pytest.raises(DatabaseError) as refused:
        make_backup(desk.url, folder, kind=kind)
    assert "备份校验未通过" in str(refused.value)
    assert list(folder.iterdir()) == [] and list_backups(folder) == []


def test_every_table_is_checked_and_counted(desk, tmp_path):
    info = make_backup(desk.url, tmp_path / "backups", kind="manual")
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(info.path.read_bytes())
    found = check_copy(copy, ("members", "cards"), mmap=False, whole=False, digest=True)
    assert found.check == "ok" and found.sha256 == real_sha256(copy)
    assert found.counts == {"members": 60, "cards": info.counts["cards"]}
    assert found.schema_version == info.schema_version
    conn = sqlite3.connect(copy)
    smallest = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()[0]
    conn.close()
    damage_table_page(copy, smallest)  # even the smallest table is looked at
    found = check_copy(copy, ("members",), mmap=True, whole=False, digest=True)
    assert found.check.startswith(("完整性检查未通过", "不是完好的数据库文件")), found.check
    assert found.sha256 == ""
