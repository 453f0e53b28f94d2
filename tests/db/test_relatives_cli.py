"""Designated relatives from the command line (the contract of issue 5), on a real database."""

from __future__ import annotations

import datetime as dt
import json

from tests.case_fixtures import supervisor
from tests.db.relative_helpers import (
    KANGYUE,
    add_member,
    policy_no,
    ref_of,
    rid,
    run,
)
from vipdesk.db.models import Member


def test_cli_add_list_remove(db, actor, capsys):
    member = add_member(db, actor, 50000)
    with db.read() as session:
        ref = session.get(Member, member).id_number
    base = ("--db", db.url, "--as", "clerk1", "relative")
    supervisor(db)  # removing a designated relative is a supervisor's right
    boss_base = ("--db", db.url, "--as", "boss", "relative")
    code, out, _ = run(
        capsys,
        *base,
        "add",
        ref,
        "--name",
        "李秀英",
        "--id-number",
        rid(dt.date(1972, 1, 1)),
        "--relation",
        "spouse",
        "--json",
    )
    assert code == 0 and json.loads(out)["slot"] == 1
    code, out, _ = run(capsys, *base, "list", ref, "--json")
    listed = json.loads(out)
    assert code == 0 and len(listed) == 1
    assert {k: listed[0][k] for k in ("name", "relation", "program", "age", "status")} == {
        "name": "李秀英",
        "relation": "spouse",
        "program": "vip",
        "age": dt.date.today().year - 1972,  # writes are always today's (issue 15)
        "status": "active",
    }
    code, out, _ = run(
        capsys,
        *base,
        "add",
        ref,
        "--name",
        "老人",
        "--id-number",
        rid(dt.date(1950, 1, 1)),
        "--relation",
        "parent",
        "--json",
    )
    assert code == 3
    assert json.loads(out)["refused"] == "too_old" and "65" in json.loads(out)["message"]
    code, _, err = run(
        capsys,
        *base,
        "add",
        ref,
        "--name",
        "老人",
        "--id-number",
        rid(dt.date(1950, 1, 1)),
        "--relation",
        "parent",
    )
    assert code == 3 and "too_old" in err
    code, out, _ = run(
        capsys,
        *boss_base,
        "remove",
        ref,
        "--id-number",
        rid(dt.date(1972, 1, 1)),
        "--reason",
        "客户要求",
        "--json",
    )
    assert code == 0 and json.loads(out)["status"] == "removed"
    code, out, _ = run(capsys, *base, "list", ref, "--json")
    assert json.loads(out) == []


def test_cli_bad_arguments_exit_2(db, actor, capsys):
    member = add_member(db, actor, 50000)
    with db.read() as session:
        ref = session.get(Member, member).id_number
    base = (
        "--db",
        db.url,
        "relative",
        "add",
        ref,
        "--name",
        "甲",
        "--id-number",
        rid(dt.date(1980, 1, 1)),
    )
    assert run(capsys, *base, "--relation", "sibling")[0] == 2
    assert run(capsys, *base, "--relation", "child", "--on", "2025-13-01")[0] == 2
    assert run(capsys, *base, "--relation", "child", "--program", "gold")[0] == 2


def test_cli_wrong_card_check_digit_is_caught_before_any_lookup(capsys, tmp_path):
    missing = f"sqlite:///{tmp_path / 'no-such-folder' / 'x.db'}"
    code, _, err = run(capsys, "--db", missing, "relative", "list", "8868000000000018")
    assert code == 2 and "校验位不正确" in err
    assert "数据库" not in err


def test_cli_kangyue_with_policy_and_no_replacement(db, actor, capsys):
    member = add_member(db, actor, 6000, product=KANGYUE)
    ref, policy = ref_of(db, member), policy_no(db, member)
    base = ("--db", db.url, "--as", "clerk1", "relative")
    supervisor(db)
    boss_base = ("--db", db.url, "--as", "boss", "relative")
    for day in (1, 2):
        code, out, _ = run(
            capsys,
            *base,
            "add",
            ref,
            "--name",
            f"父母{day}",
            "--id-number",
            rid(dt.date(1956, 1, day)),
            "--relation",
            "parent",
            "--program",
            "kangyue",
            "--policy",
            policy,
            "--json",
        )
        assert code == 0 and json.loads(out)["service_from"] > dt.date.today().isoformat()
    code, _, _ = run(
        capsys,
        *boss_base,
        "remove",
        ref,
        "--id-number",
        rid(dt.date(1956, 1, 1)),
        "--reason",
        "身故",
        "--json",
    )
    assert code == 0
    code, out, _ = run(
        capsys,
        *base,
        "add",
        ref,
        "--name",
        "配偶",
        "--id-number",
        rid(dt.date(1971, 1, 1)),
        "--relation",
        "spouse",
        "--program",
        "kangyue",
        "--policy",
        policy,
        "--json",
    )
    assert code == 3 and json.loads(out)["refused"] == "not_replaceable"
    code, out, _ = run(capsys, *base, "list", ref, "--json")
    assert [r["name"] for r in json.loads(out)] == ["父母2"]
