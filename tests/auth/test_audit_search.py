"""The audit viewer's service: filters by staff, action, member and time; XLSX with masked IDs."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from tests.case_fixtures import add_member, supervisor
from vipdesk.errors import Refused
from vipdesk.services.audit_log import AuditFilter, export_audit_xlsx, search_audit
from vipdesk.services.members import reveal_id_number


def test_filters_pages_and_the_export(db, actor, tmp_path):
    member_id, number = add_member(db, actor)
    reveal_id_number(db, actor, member_id, "客户办理业务核对")
    boss = supervisor(db)
    mine = search_audit(db, boss, staff="clerk1", action="member.reveal_id")
    assert [e.text for e in mine] == ["查看完整证件号码：用途：客户办理业务核对"]
    assert mine[0].member_id_masked.endswith(number[-4:]) and number not in mine[0].member_id_masked
    assert {e.action for e in search_audit(db, boss, action="staff.")} >= {"staff.sign_in"}
    assert [e.action for e in search_audit(db, boss, member_id=member_id)] == ["member.reveal_id"]
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    assert search_audit(db, boss, since=later) == []
    assert len(search_audit(db, boss, until=later)) == len(search_audit(db, boss))
    first, second = search_audit(db, boss, limit=1), search_audit(db, boss, limit=1, offset=1)
    assert first[0].seq == second[0].seq + 1  # newest first, paged
    count = export_audit_xlsx(db, boss, AuditFilter(member_id=member_id), tmp_path / "a.xlsx")
    rows = list(load_workbook(tmp_path / "a.xlsx").active.iter_rows(values_only=True))
    assert count == 1 and len(rows) == 2 and rows[1][5].endswith(number[-4:])
    assert all(number not in str(cell) for row in rows for cell in row)
    with pytest.raises(Refused) as refused:
        search_audit(db, actor)
    assert refused.value.code == "not_permitted"
