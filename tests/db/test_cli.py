"""The `vipdesk` command line contract: JSON shapes, exit statuses, plain one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal

import pytest
from sqlalchemy import select

from vipdesk.cli import main
from vipdesk.db.models import Member, Policy
from vipdesk.domain.tiers import PolicyFacts, assess_tier
from vipdesk.rules import SERVICE_CODES
from vipdesk.services.database import Database


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def demo_url(db_url, capsys):
    status, _, _ = run(capsys, "--db", db_url, "demo", "--members", "150", "--seed", "7")
    assert status == 0
    return db_url


def test_init_is_idempotent(db_url, capsys):
    assert run(capsys, "--db", db_url, "init")[0] == 0
    assert run(capsys, "--db", db_url, "init")[0] == 0


def test_demo_is_deterministic_and_spreads_over_every_tier(tmp_path, capsys):
    names = []
    for k in range(2):
        url = f"sqlite:///{tmp_path / f'd{k}.sqlite3'}"
        assert run(capsys, "--db", url, "demo", "--members", "300", "--seed", "42")[0] == 0
        db = Database(url)
        with db.read() as s:
            names.append(
                s.execute(
                    select(Member.name, Member.id_number, Member.tier).order_by(Member.id)
                ).all()
            )
        db.dispose()
    assert names[0] == names[1]
    assert {t for _, _, t in names[0]} == {
        None,
        "silver",
        "gold",
        "health_gold",
        "platinum",
        "diamond",
    }


def test_member_json_contract_and_stored_tier_matches_the_pure_rules(demo_url, capsys, rules):
    db = Database(demo_url)
    with db.read() as s:
        member = s.scalars(select(Member).where(Member.tier == "diamond")).first()
        policies = s.scalars(select(Policy).where(Policy.member_id == member.id)).all()
        expected = assess_tier(
            [PolicyFacts(p.status, p.channel, Decimal(p.annual_premium)) for p in policies], rules
        )
        id_number, stored_tier = member.id_number, member.tier
        policy_numbers = {p.policy_no for p in policies}
    db.dispose()
    status, out, _ = run(
        capsys, "--db", demo_url, "--as", "demo.clerk", "member", id_number, "--json"
    )
    assert status == 0
    data = json.loads(out)
    assert set(data) >= {
        "name",
        "age",
        "tier",
        "vip_status",
        "afyp",
        "card",
        "entitlements",
        "policies",
        "relatives",
    }
    assert data["tier"] == stored_tier == expected.tier_code
    assert data["vip_status"] == "active"
    assert data["card"]["tier"] == "diamond" and data["card"]["status"] == "active"
    assert set(data["entitlements"]) <= set(SERVICE_CODES)
    assert "global_courtesy" in data["entitlements"]
    assert {p["policy_no"] for p in data["policies"]} == policy_numbers
    assert id_number not in out
    # the same member by card number and by policy number
    for ref in (data["card"]["number"], data["policies"][0]["policy_no"]):
        status, out2, _ = run(
            capsys, "--db", demo_url, "--as", "demo.clerk", "member", ref, "--json"
        )
        assert status == 0 and json.loads(out2)["name"] == data["name"]


def test_search_json_never_has_a_full_id_number(demo_url, capsys):
    db = Database(demo_url)
    with db.read() as s:
        name, id_number = s.execute(select(Member.name, Member.id_number)).first()
    db.dispose()
    status, out, _ = run(
        capsys, "--db", demo_url, "--as", "demo.clerk", "search", name[:1], "--json", "--limit", "5"
    )
    assert status == 0
    rows = json.loads(out)
    assert 1 <= len(rows) <= 5
    assert all({"name", "id_number_masked", "tier", "card_number"} <= set(r) for r in rows)
    assert all(r["name"].startswith(name[:1]) for r in rows)
    status, out, _ = run(
        capsys, "--db", demo_url, "--as", "demo.clerk", "search", id_number, "--json"
    )
    assert json.loads(out)[0]["name"] == name and id_number not in out


def test_recompute_changes_nothing_on_a_consistent_database(demo_url, capsys):
    status, out, _ = run(capsys, "--db", demo_url, "--as", "demo.admin", "tiers", "recompute")
    assert status == 0 and "等级变化 0 人" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["member", "110105194912310021"], "找不到客户"),
        (["member", "8868000000000018"], "校验位"),
        (["import", "members", "/nonexistent.csv"], "找不到文件"),
        (["demo", "--members", "0"], "正整数"),
        (["member", "x", "--on", "2026-13-01"], "YYYY-MM-DD"),
    ],
)
def test_errors_are_one_plain_sentence_with_status_2(demo_url, capsys, args, message):
    argparse_error = "--members" in args or "--on" in args
    status, out, err = (
        _argparse_status(capsys, demo_url, args)
        if argparse_error
        else run(
            capsys,
            "--db",
            demo_url,
            "--as",
            "demo.admin" if "import" in args else "demo.clerk",
            *args,
        )
    )
    assert status == 2
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def _argparse_status(capsys, url, args):
    with pytest.raises(SystemExit) as caught:
        main(["--db", url, *args])
    out, err = capsys.readouterr()
    return caught.value.code, out, err


def test_bad_database_url_and_missing_folder(capsys, tmp_path):
    status, _, err = run(capsys, "--db", f"sqlite:///{tmp_path}/no/such/dir/x.db", "init")
    assert status == 2 and "文件夹不存在" in err
    status, _, err = run(capsys, "--db", "nonsense://", "init")
    assert status == 2 and "数据库" in err


def test_console_script_runs_as_a_module(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    assert main(["--db", url, "demo", "--members", "1"]) == 0  # a demo database has demo staff
    done = subprocess.run(
        [sys.executable, "-m", "vipdesk", "--db", url, "--as", "demo.clerk", "member", "123"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "找不到客户" in done.stderr and "Traceback" not in done.stderr
