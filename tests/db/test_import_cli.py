"""`vipdesk import members|policies FILE` and `vipdesk import history [--json]`."""

from __future__ import annotations

import json

from tests.db.import_helpers import MEMBER_HEADER, id_number, write_csv
from vipdesk.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_import_then_history_in_text_and_json(db_url, capsys, tmp_path):
    assert run(capsys, "--db", db_url, "demo", "--members", "1")[0] == 0
    good = write_csv(tmp_path, "客户.csv", MEMBER_HEADER, [f"{id_number(1)},买买提・艾力,,北京"])
    bad = write_csv(tmp_path, "bad.csv", MEMBER_HEADER, [f"{id_number(2)},王1,,北京"])
    status, out, _ = run(
        capsys, "--db", db_url, "--as", "demo.admin", "import", "members", str(good)
    )
    assert status == 0 and "新增 1" in out
    status, _, err = run(
        capsys, "--db", db_url, "--as", "demo.admin", "import", "members", str(bad)
    )
    assert status == 2 and "line 2: name:" in err and "Traceback" not in err
    status, out, _ = run(capsys, "--db", db_url, "--as", "demo.admin", "import", "history")
    lines = out.splitlines()
    assert status == 0 and "已拒绝" in lines[0] and "line 2: name:" in lines[1]
    assert "客户.csv" in lines[2] and "已导入" in lines[2] and "新增 1" in lines[2]
    status, out, _ = run(
        capsys, "--db", db_url, "--as", "demo.admin", "import", "history", "--json"
    )
    history = json.loads(out)
    assert [h["outcome"] for h in history] == ["refused", "imported"]
    assert history[1]["file_name"] == "客户.csv" and history[1]["added"] == 1
    assert len(history[1]["checksum"]) == 64


def test_a_clerk_may_not_import(db_url, capsys, tmp_path):
    assert run(capsys, "--db", db_url, "demo", "--members", "1")[0] == 0
    good = write_csv(tmp_path, "m.csv", MEMBER_HEADER, [f"{id_number(1)},王建国,,北京"])
    status, _, err = run(
        capsys, "--db", db_url, "--as", "demo.clerk", "import", "members", str(good)
    )
    assert status == 3 and "无权" in err


def test_desks_kept_writing_refuses_with_exit_3_and_in_place_imports(
    sqlite_url, capsys, tmp_path, monkeypatch
):
    """A big load while a desk commits during every build: refused (exit 3, nothing written,
    the way out named); `--in-place` writes it."""
    from tests.db.import_helpers import counts, many_ids
    from tests.staff_helpers import actor_for
    from vipdesk.services import import_aside, import_sqlite
    from vipdesk.services.database import Database

    assert run(capsys, "--db", sqlite_url, "demo", "--members", "1")[0] == 0
    monkeypatch.setattr(import_sqlite, "BULK_MIN_NEW", 1)
    monkeypatch.setattr(import_aside, "MEMBER_LOCK_S", 1.0)  # 50 s in place: too long
    monkeypatch.setenv("VIPDESK_IMPORT_REBUILDS", "2")
    desk = Database(sqlite_url)
    copy_aside = import_aside.copy_aside
    copies: list[int] = []

    def desk_writes_after_the_copy(target, side, *rest):
        copied = copy_aside(target, side, *rest)
        copies.append(1)
        actor_for(desk, f"clerk{len(copies)}", "柜员")  # another desk commits meanwhile
        return copied

    monkeypatch.setattr(import_aside, "copy_aside", desk_writes_after_the_copy)
    rows = [f"{n},王建国,,北京" for n in many_ids(50)]
    load = write_csv(tmp_path, "load.csv", MEMBER_HEADER, rows)
    try:
        before = counts(desk)
        status, out, err = run(
            capsys, "--db", sqlite_url, "--as", "demo.admin", "import", "members", str(load)
        )
        assert status == 3 and out == ""
        assert "refused (desks_kept_writing)" in err and "准备了 2 次" in err
        assert "--in-place" in err and "Traceback" not in err
        assert counts(desk) == before  # nothing written
        status, out, err = run(
            capsys,
            "--db", sqlite_url, "--as", "demo.admin",
            "import", "members", str(load), "--in-place",
        )  # fmt: skip
        assert status == 0 and "新增 50" in out
        assert counts(desk)[0] == before[0] + 50 and len(copies) == 3  # 2 refused, 1 in place
    finally:
        desk.dispose()


def test_in_place_is_accepted_on_both_databases(db_url, capsys, tmp_path):
    """PostgreSQL always writes in place (no side copy): the option is accepted there too."""
    assert run(capsys, "--db", db_url, "demo", "--members", "1")[0] == 0
    good = write_csv(tmp_path, "m.csv", MEMBER_HEADER, [f"{id_number(1)},王建国,,北京"])
    status, out, _ = run(
        capsys, "--db", db_url, "--as", "demo.admin", "import", "members", str(good), "--in-place"
    )
    assert status == 0 and "新增 1" in out


def test_the_progress_line_shows_each_rebuild(capsys):
    from vipdesk.cli.commands.imports import ImportProgressBar

    bar = ImportProgressBar()
    bar.enabled = True  # as on a terminal
    for step in (("写入", 3000, 0), ("提交", 3000, 0), ("重建", 3000, 1), ("重建", 3000, 2)):
        bar(*step, 1.0)
    lines = capsys.readouterr().err.split("\n")
    assert lines[1] == "已读 3,000 行，正在比对并写入…（Ctrl-C 取消）"
    rebuilds = "柜台正在办理业务，导入数据已过期，正在第 {} 次重建…（Ctrl-C 取消）"
    assert lines[3] == rebuilds.format(1) + "\r" + rebuilds.format(2)  # one line, redrawn
