"""The command line's data-safety contract: backup, restore, missing databases, no backdating."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from sqlalchemy import select

from tests.safety.helpers import ADMIN, clerk_of, cli, cli_env, count
from vipdesk.cli import main
from vipdesk.db.models import Card, Member
from vipdesk.services.backup import list_backups


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        status = main(list(args))
    except SystemExit as exc:
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def test_backup_list_and_restore_from_the_command_line(desk, desk_path, capsys, tmp_path):
    base = ("--db", desk.url, "--as", ADMIN)
    status, out, err = run(capsys, *base, "backup", "--json")
    assert status == 0, err
    made = json.loads(out)
    assert made["check"] == "ok" and made["counts"]["members"] == 60
    chosen = tmp_path / "usb" / "copy.sqlite3"
    assert run(capsys, *base, "backup", "-o", str(chosen))[0] == 0 and chosen.exists()
    status, out, _ = run(capsys, "--db", desk.url, "backups", "list", "--json")
    listed = json.loads(out)
    assert status == 0 and [b["path"] for b in listed] == [made["path"]]
    status, out, _ = run(capsys, "--db", desk.url, "backups", "list")
    assert "校验通过" in out and "客户 60" in out
    with desk.write() as session:  # a change after the backup
        session.get(Member, 1).name = "改过的名字"
    status, out, err = run(capsys, *base, "restore", made["path"], "--yes")
    assert status == 0, err
    assert "已恢复" in out and "恢复前的数据库已保存为" in out
    with desk.read() as session:
        assert session.get(Member, 1).name != "改过的名字"
    assert {b.kind for b in list_backups()} == {"manual", "pre-restore"}


def test_restore_asks_and_no_means_nothing_changes(desk, capsys, monkeypatch):
    base = ("--db", desk.url, "--as", ADMIN)
    run(capsys, *base, "backup")
    path = str(list_backups()[0].path)
    monkeypatch.setattr("builtins.input", lambda _prompt: "n")
    status, out, _ = run(capsys, *base, "restore", path)
    assert status == 0 and "已取消" in out
    assert [b.kind for b in list_backups()] == ["manual"]


def test_clerks_may_not_back_up_or_restore(desk, capsys):
    clerk_of(desk)
    status, out, err = run(capsys, "--db", desk.url, "--as", "safety.clerk", "backup")
    assert status == 3 and "not_permitted" in err
    assert list_backups() == []


def test_integrity_command(desk, desk_path, capsys):
    assert run(capsys, "--db", desk.url, "integrity")[0] == 0
    assert run(capsys, "--db", desk.url, "integrity", "--full")[1].startswith("数据库检查通过")


def test_a_missing_database_is_never_created(tmp_path, capsys):
    missing = tmp_path / "typo" / "vipdesk.sqlite3"
    missing.parent.mkdir()
    url = f"sqlite:///{missing}"
    for args in (["member", "110105194912310021"], ["search", "王"], ["backups", "list"]):
        status, _, err = run(capsys, "--db", url, "--as", ADMIN, *args)
        if args[0] != "backups":
            assert status == 2 and "数据库文件不存在" in err and "vipdesk init" in err
        assert not missing.exists()
    assert run(capsys, "--db", url, "init")[0] == 0 and missing.exists()


def test_writes_refuse_a_date_other_than_today(desk, capsys):
    with desk.read() as session:
        ref = session.scalar(select(Member.id_number).join(Card, Card.member_id == Member.id))
    base = ("--db", desk.url, "--as", ADMIN)
    status, _, err = run(
        capsys,
        *base,
        "relative",
        "add",
        ref,
        "--name",
        "老父亲",
        "--id-number",
        "110105195001010016",
        "--relation",
        "parent",
        "--on",
        "2014-01-01",
    )
    assert status == 3 and "date_not_today" in err
    status, _, err = run(
        capsys, *base, "card", "reissue", ref, "--reason", "lost", "--on", "2020-01-01"
    )
    assert status == 3 and "date_not_today" in err
    status, _, err = run(
        capsys, *base, "case", "open", ref, "--type", "complaint", "--on", "2020-01-01"
    )
    assert status == 3 and "date_not_today" in err
    clerk_of(desk)
    reading = ("--db", desk.url, "--as", "safety.clerk", "member", ref, "--on", "2020-01-01")
    status, _, err = run(capsys, *reading)  # reading as of a past day is fine
    assert status == 0, err


def test_a_mistyped_id_number_is_masked(desk, capsys):
    status, _, err = run(capsys, "--db", desk.url, "--as", ADMIN, "member", "110105194912310029")
    assert status == 2 and "找不到客户" in err
    assert "110105194912310029" not in err and "110" in err and "0029" in err


def test_a_non_utf8_argument_is_a_plain_not_found(desk, tmp_path):
    home = tmp_path / "home"
    done = subprocess.run(
        [sys.executable, "-m", "vipdesk", "--db", desk.url, "--as", ADMIN, "member", b"\xff\xfe"],
        capture_output=True,
        env=cli_env(home),
        timeout=120,
    )
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2 and "Traceback" not in err and "UnicodeEncodeError" not in err
    assert "找不到客户" in err


def test_reissue_by_id_number_twice_is_refused_naming_the_new_card(desk, capsys):
    with desk.read() as session:
        ref = session.scalar(
            select(Member.id_number)
            .join(Card, Card.member_id == Member.id)
            .where(Card.status == "active")
        )
    clerk_of(desk)
    base = ("--db", desk.url, "--as", "safety.clerk", "card", "reissue", ref, "--json")
    status, out, err = run(capsys, *base, "--reason", "lost")
    assert status == 0, err
    new = json.loads(out)["new"]["number"]
    status, out, err = run(capsys, *base, "--reason", "damaged")
    assert status == 3
    refused = json.loads(out)
    assert refused["refused"] == "already_reissued"
    assert (
        new[-4:] in refused["message"].replace(" ", "")
        and dt.date.today().isoformat() in (refused["message"])
    )


def test_cli_subprocess_backup_round_trip(desk, tmp_path):
    home = tmp_path / "home"
    done = cli(home, "--db", desk.url, "--as", ADMIN, "backup", "--json")
    assert done.returncode == 0, done.stderr
    path = json.loads(done.stdout)["path"]
    assert count(__import__("pathlib").Path(path), "members") == 60


@pytest.mark.parametrize("folder", ["with?question", "with#hash", "with%percent"])
def test_special_characters_in_the_user_data_folder(tmp_path, monkeypatch, folder):
    from vipdesk.paths import default_db_path, default_db_url
    from vipdesk.services.database import Database

    home = tmp_path / folder
    monkeypatch.setenv("VIPDESK_HOME", str(home))
    db = Database(default_db_url())
    db.ensure_schema()
    db.dispose()
    assert default_db_path().exists() and default_db_path().parent == home
    assert [p.name for p in tmp_path.iterdir()] == [folder]
