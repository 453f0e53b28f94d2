"""Helpers of the direct-path tests (their fixtures `twins` and `direct_opened`: conftest.py).

A plain `sqlite:///` URL takes the direct path; the same database's copy named with
`?timeout=10` is left to the usual SQLAlchemy path.
"""

from __future__ import annotations

import sqlite3

from vipdesk.cli import main

DIRECT = "sqlite:///{}"
USUAL = "sqlite:///{}?timeout=10"


def run(capsys, url: str, *argv: str) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of one in-process `vipdesk` run."""
    status = main(["--db", url, *argv])
    out = capsys.readouterr()
    return status, out.out, out.err


def state(url: str) -> tuple[list[tuple], list[tuple]]:
    """Staff rows and audit records without the times, hashes and ids that differ by nature."""
    conn = sqlite3.connect(url.removeprefix("sqlite:///").split("?")[0])
    staff = conn.execute(
        "SELECT id, username, failed_count, locked_until IS NULL, last_sign_in_at IS NULL, "
        "password_hash FROM staff_users ORDER BY id"
    ).fetchall()
    audit = conn.execute(
        'SELECT seq, staff_id, action, entity, entity_id, member_id, "before", "after" '
        "FROM audit_log ORDER BY seq"
    ).fetchall()
    conn.close()
    return staff, audit


def chain_is_whole(capsys, url: str) -> bool:
    """`vipdesk audit verify` (by an administrator) finds no break."""
    status, out, _ = run(capsys, url, "--as", "demo.admin", "audit", "verify")
    return status == 0 and "无断点" in out
