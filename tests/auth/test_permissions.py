"""Each role's permission table (resources/permissions.toml) is enforced in the services and in
the command line — not only by greying out buttons. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.case_fixtures import add_member, add_relative
from tests.staff_helpers import actor_for, admin
from vipdesk.cli import main
from vipdesk.db.models import AuditRecord
from vipdesk.errors import Refused
from vipdesk.rules import load_rules
from vipdesk.services import cases, staff
from vipdesk.services.permissions import allowed, permission_table

BOOK = load_rules()
ROLES = ("clerk", "supervisor", "admin")


def _case(db, actor, member_id: int, eligible: bool = True) -> Any:
    request = cases.CaseRequest("rescue", member_id, "腹痛", eligible=eligible)
    return cases.open_case(db, BOOK.current(), actor, request)


def _exercises(db, tmp_path: Path, clerk, member_id: int, number: str) -> dict[str, Callable]:
    """Permission → a call of the service that needs it, made by `who`."""
    from vipdesk.documents.batch import print_batch
    from vipdesk.services.account_managers import set_account_manager
    from vipdesk.services.audit_log import search_audit
    from vipdesk.services.cards import reissue_card
    from vipdesk.services.case_queue import QueueFilter, case_queue
    from vipdesk.services.importer import import_members
    from vipdesk.services.members import member_detail, reveal_id_number
    from vipdesk.services.relatives import designation_context, remove_relative
    from vipdesk.services.search import search_members
    from vipdesk.services.tiers import recompute_all

    today = dt.date.today()
    add_relative(db, member_id)
    csv = tmp_path / "m.csv"
    csv.write_text("id_number,name,phone,address\n", encoding="utf-8")

    def read(fn: Callable) -> Callable:
        def run(who):
            with db.read() as session:
                return fn(session, who)

        return run

    def closed_case(who):
        case = _case(db, clerk, member_id)
        for status in ("in_progress", "resolved", "closed"):
            cases.change_status(db, clerk, case.id, status)
        return cases.change_status(db, who, case.id, "in_progress")

    return {
        "member.search": read(lambda s, who: search_members(s, "王", actor=who)),
        "member.view": read(lambda s, who: member_detail(s, BOOK, member_id, today, actor=who)),
        "member.reveal_id": lambda who: reveal_id_number(db, who, member_id, "核对身份"),
        "member.assign_manager": lambda who: set_account_manager(db, who, member_id, "clerk1"),
        "relative.designate": lambda who: designation_context(
            db, BOOK, member_id, today, actor=who
        ),
        "relative.remove": lambda who: remove_relative(
            db, BOOK, who, member_id, "000000000000000000", "测试"
        ),
        "card.reissue": lambda who: reissue_card(db, who, member_id, "lost"),
        "case.open": lambda who: _case(db, who, member_id),
        "case.work": lambda who: cases.add_note(db, who, _case(db, clerk, member_id).id, "备注"),
        "case.override": lambda who: cases.override(
            db, clerk, who, _case(db, clerk, member_id, eligible=False).id, "特批"
        ),
        "case.reopen": closed_case,
        "case.view_all": read(
            lambda s, who: case_queue(
                s, dt.datetime.now(dt.UTC), QueueFilter(assignee_id=clerk.id), actor=who
            )
        ),
        "document.print": lambda who: print_batch(
            db, BOOK, "letters", [], tmp_path / "out", actor=who
        ),
        "audit.view": lambda who: search_audit(db, who),
        "staff.manage": lambda who: staff.list_staff(db, who),
        "settings.manage": lambda who: staff.set_idle_minutes(db, who, 7),
        "import.run": lambda who: import_members(db, BOOK.current(), who, csv),
        "tiers.recompute": lambda who: recompute_all(db, BOOK.current(), who, today),
    }


@pytest.mark.parametrize("role", ROLES)
def test_every_service_obeys_the_table_for_each_role(db, tmp_path, role):
    clerk = actor_for(db, "clerk1", "柜员一")
    member_id, number = add_member(db, clerk, "diamond")
    who = {"clerk": actor_for(db, "clerk2", "柜员二"), "admin": admin(db)}.get(role) or (
        actor_for(db, "boss", "主管", "supervisor")
    )
    exercises = _exercises(db, tmp_path, clerk, member_id, number)
    checked = 0
    for permission, run in exercises.items():
        try:
            run(who)
            refused = False
        except Refused as exc:
            refused = exc.code == "not_permitted"
        except Exception:  # noqa: BLE001  (allowed, and then a business error of its own)
            refused = False
        assert refused != allowed(role, permission), (role, permission)
        checked += 1
    assert checked == len(exercises)
    untested = set(permission_table()) - set(exercises)
    assert untested <= {"backup.run", "backup.restore", "rules.upgrade", "audit.verify"}
    with db.read() as session:
        refusals = session.scalar(
            select(func.count()).where(AuditRecord.action == "permission.refused")
        )
    assert refusals == sum(not allowed(role, p) for p in exercises)  # each refusal audited


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_obeys_the_table_and_needs_a_password(db, capsys, monkeypatch):
    clerk = actor_for(db, "clerk1", "柜员一")
    add_member(db, clerk, "gold")
    actor_for(db, "boss", "主管", "supervisor")
    admin(db)
    commands = {
        "member.search": ["search", "王", "--json"],
        "staff.manage": ["staff", "list", "--json"],
        "tiers.recompute": ["tiers", "recompute"],
        "audit.view": ["audit", "list", "--json"],
        "audit.verify": ["audit", "verify", "--json"],
        "rules.upgrade": ["init"],
    }
    for username, role in (("clerk1", "clerk"), ("boss", "supervisor"), ("test.admin", "admin")):
        for permission, args in commands.items():
            code, out, err = run_cli(capsys, "--db", db.url, "--as", username, *args)
            if allowed(role, permission):
                assert code == 0, (username, args, err)
            else:
                assert code == 3, (username, args, out, err)
                if "--json" in args:
                    assert json.loads(out)["refused"] == "not_permitted"
    code, _, err = run_cli(capsys, "--db", db.url, "search", "王")
    assert code == 2 and "--as" in err  # nobody signed in
    monkeypatch.delenv("VIPDESK_PASSWORD")
    code, _, err = run_cli(capsys, "--db", db.url, "--as", "clerk1", "search", "王")
    assert code == 2 and "缺少密码" in err
    monkeypatch.setenv("VIPDESK_PASSWORD", "wrong-password")
    code, _, err = run_cli(capsys, "--db", db.url, "--as", "clerk1", "search", "王")
    assert code == 2 and "用户名或密码不正确" in err
    with db.read() as session:
        failures = session.scalar(
            select(func.count()).where(AuditRecord.action == "staff.sign_in_failed")
        )
    assert failures == 2  # a missing and a wrong password both count toward the lockout


def test_cli_staff_commands_and_first_admin(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    monkeypatch.delenv("VIPDESK_PASSWORD")
    monkeypatch.setattr("sys.stdin", _Lines("admin-password-1\n"))
    assert run_cli(capsys, "--db", url, "init", "--admin", "root", "--name", "管理员",
                   "--password-stdin")[0] == 0  # fmt: skip
    monkeypatch.setattr("sys.stdin", _Lines("admin-password-1\nclerk-password-1\n"))
    base = ["--db", url, "--as", "root", "--password-stdin"]
    code, out, err = run_cli(
        capsys, *base, "staff", "add", "c1", "--name", "柜员", "--role", "clerk", "--password-stdin"
    )
    assert code == 0, err
    monkeypatch.setenv("VIPDESK_PASSWORD", "admin-password-1")
    code, out, _ = run_cli(capsys, "--db", url, "--as", "root", "staff", "list", "--json")
    listed = {s["username"]: s for s in json.loads(out)}
    assert listed["c1"]["must_change_password"] and "password_hash" not in out
    assert "clerk-password-1" not in out and "$argon2" not in out
    for args in (["disable", "c1"], ["unlock", "c1"]):
        assert run_cli(capsys, "--db", url, "--as", "root", "staff", *args)[0] == 0
    monkeypatch.setattr("sys.stdin", _Lines("new-password-22\n"))
    code, _, err = run_cli(
        capsys, "--db", url, "--as", "root", "staff", "reset-password", "c1", "--password-stdin"
    )
    assert code == 0, err
    assert run_cli(capsys, "--db", url, "--as", "root", "staff", "enable", "c1")[0] == 0
    monkeypatch.setenv("VIPDESK_PASSWORD", "new-password-22")
    code, _, err = run_cli(capsys, "--db", url, "--as", "c1", "search", "王")
    assert code == 2 and "请先修改密码" in err  # after a reset: nothing but change-password
    monkeypatch.setattr("sys.stdin", _Lines("new-password-22\nmy-own-password-1\n"))
    monkeypatch.delenv("VIPDESK_PASSWORD")
    own = ["--db", url, "--as", "c1", "--password-stdin", "staff", "change-password"]
    assert run_cli(capsys, *own, "--password-stdin")[0] == 0
    monkeypatch.setenv("VIPDESK_PASSWORD", "my-own-password-1")
    assert run_cli(capsys, "--db", url, "--as", "c1", "search", "王")[0] == 0
    monkeypatch.setattr("sys.stdin", _Lines("admin-password-1\n"))
    again = ["--db", url, "init", "--admin", "x", "--name", "X", "--password-stdin"]
    code, out, _ = run_cli(capsys, *again)
    assert code == 3  # a second "first" administrator is refused


class _Lines:
    """A stand-in standard input that is not a terminal."""

    def __init__(self, text: str) -> None:
        self.text = text

    def read(self) -> str:
        return self.text

    def isatty(self) -> bool:
        return False
