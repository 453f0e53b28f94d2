"""Passwords, hashes and full ID numbers never reach log files, crash logs, audit details or
messages: the command line is run as the desk runs it (own process, real data), then every file
in the user-data folder and every audit record is searched."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from vipdesk.db.models import AuditRecord, DesignatedRelative, Member
from vipdesk.services.database import Database
from vipdesk.services.demo import DEMO_PASSWORD

ADMIN_PASSWORD = "root-secret-password-9"
CLERK_PASSWORD = "clerk-secret-password-9"


def cli(home: Path, url: str, *args: str, password: str | None = None, stdin: str = "") -> str:
    env = {**os.environ, "VIPDESK_HOME": str(home), "VIPDESK_DB": url}
    env.pop("VIPDESK_PASSWORD", None)
    if password is not None:
        env["VIPDESK_PASSWORD"] = password
    done = subprocess.run(
        [sys.executable, "-m", "vipdesk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    return done.stdout + done.stderr


def test_no_full_id_number_or_password_in_any_log_or_audit_record(tmp_path):
    home, url = tmp_path / "home", f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    said = [cli(home, url, "demo", "--members", "40", "--seed", "3")]
    db = Database(url)
    with db.read() as session:
        numbers = list(session.scalars(select(Member.id_number)))
    some = numbers[:2]
    said.append(cli(home, url, "--as", "demo.admin", "--password-stdin", "staff", "add", "c9",
                    "--name", "柜员九", "--role", "clerk", "--password-stdin",
                    stdin=f"{DEMO_PASSWORD}\n{CLERK_PASSWORD}\n"))  # fmt: skip
    said.append(cli(home, url, "--as", "demo.admin", "staff", "reset-password", "demo.clerk",
                    "--password-stdin", password=DEMO_PASSWORD,
                    stdin=f"{ADMIN_PASSWORD}\n"))  # fmt: skip
    for number in some:
        said.append(cli(home, url, "--as", "demo.super", "search", number, password=DEMO_PASSWORD))
        said.append(cli(home, url, "--as", "demo.super", "member", number, "--json",
                        password=DEMO_PASSWORD))  # fmt: skip
        said.append(cli(home, url, "--as", "demo.super", "relative", "add", number,
                        "--name", "李秀英", "--id-number", "11010519750303456X",
                        "--relation", "spouse", "--json", password=DEMO_PASSWORD))  # fmt: skip
    said.append(cli(home, url, "--as", "demo.super", "search", "x", password=CLERK_PASSWORD))
    said.append(cli(home, url, "--as", numbers[0], "search", "x", password=ADMIN_PASSWORD))
    said.append(cli(home, url, "--as", "demo.super", "audit", "export", "-o",
                    str(tmp_path / "audit.xlsx"), password=DEMO_PASSWORD))  # fmt: skip
    with db.read() as session:
        numbers += list(session.scalars(select(DesignatedRelative.id_number)))
        audit_text = [
            f"{r.action} {r.entity_id} {r.before} {r.after}"
            for r in session.scalars(select(AuditRecord))
        ]
    db.dispose()
    secrets = [DEMO_PASSWORD, ADMIN_PASSWORD, CLERK_PASSWORD, "$argon2"]
    files = [p for p in home.rglob("*") if p.is_file()]
    assert files, "the command line wrote no log at all"
    texts = {str(p): p.read_text(encoding="utf-8", errors="replace") for p in files}
    texts["messages"] = "\n".join(said)
    texts["audit"] = "\n".join(audit_text)
    texts["xlsx"] = _xlsx_text(tmp_path / "audit.xlsx")
    for where, text in texts.items():
        for secret in secrets:
            assert secret not in text, (where, "a password or hash")
        for number in numbers:
            assert number not in text, (where, "a full ID number")
    assert "用户名或密码不正确" in texts["messages"]  # the wrong passwords were tried


def _xlsx_text(path: Path) -> str:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    cells = [str(c) for row in book.active.iter_rows(values_only=True) for c in row]
    assert len(cells) > 7  # header and records
    return "\n".join(cells)
