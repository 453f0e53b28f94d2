"""Every row lock is `ROW_LOCK`: FOR NO KEY UPDATE on PostgreSQL (the deadlock it prevents:
tests/db/test_direct_signin_race.py)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.dialects import postgresql

import vipdesk
from vipdesk.db.models import Member
from vipdesk.services.database import ROW_LOCK


def test_row_lock_renders_for_no_key_update():
    sql = str(select(Member.id).with_for_update(**ROW_LOCK).compile(dialect=postgresql.dialect()))
    assert sql.endswith("FOR NO KEY UPDATE")


def test_no_service_locks_a_row_another_way():
    # a plain FOR UPDATE beside an audit record naming the row deadlocks on PostgreSQL
    root = Path(vipdesk.__file__).parent
    other = [
        f"{path.relative_to(root)}:{number}"
        for path in root.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "with_for_update" in line and "ROW_LOCK" not in line
    ]
    assert other == []
    assert len(list(root.rglob("*.py"))) > 50  # the package itself was read
