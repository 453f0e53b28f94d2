"""Helpers of the direct-path tests (their fixtures `twins` and `direct_opened`: conftest.py).

A plain `sqlite:///` or `postgresql+psycopg://` URL takes the direct path; the same database's
copy named with a query string (`?timeout=10`, `?connect_timeout=10`) is left to the usual
SQLAlchemy path.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from vipdesk.cli import main

DIRECT = "sqlite:///{}"
USUAL = "sqlite:///{}?timeout=10"
PG_USUAL = "{}?connect_timeout=10"


def run(capsys, url: str, *argv: str) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of one in-process `vipdesk` run."""
    status = main(["--db", url, *argv])
    out = capsys.readouterr()
    return status, out.out, out.err


def rows(url: str, sql: str, params: tuple[Any, ...] = ()) -> list[tuple]:
    """The rows of one statement (`?` placeholders) on the database behind `url`, committed."""
    base = url.split("?")[0]
    if base.startswith("sqlite"):
        conn = sqlite3.connect(base.removeprefix("sqlite:///"))
        try:
            found = conn.execute(sql, params).fetchall()
            conn.commit()
        finally:
            conn.close()
        return found
    import psycopg

    uri = base.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(uri, autocommit=True) as conn:
        cursor = conn.execute(sql.replace("%", "%%").replace("?", "%s"), params)
        return cursor.fetchall() if cursor.description else []


def state(url: str) -> tuple[list[tuple], list[tuple]]:
    """Staff rows and audit records without the times, hashes and ids that differ by nature."""
    staff = rows(
        url,
        "SELECT id, username, failed_count, locked_until IS NULL, last_sign_in_at IS NULL, "
        "password_hash FROM staff_users ORDER BY id",
    )
    audit = rows(
        url,
        'SELECT seq, staff_id, action, entity, entity_id, member_id, "before", "after" '
        "FROM audit_log ORDER BY seq",
    )
    return [tuple(r) for r in staff], [tuple(r) for r in audit]


def chain_is_whole(capsys, url: str) -> bool:
    """`vipdesk audit verify` (by an administrator) finds no break."""
    status, out, _ = run(capsys, url, "--as", "demo.admin", "audit", "verify")
    return status == 0 and "无断点" in out
