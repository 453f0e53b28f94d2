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
