"""Exports opened back with openpyxl: headers, cell types, masking, formula text; care CLI."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from tests.case_fixtures import BOOK, add_member, supervisor
from tests.db.relative_helpers import run
from vipdesk.domain.people import mask_id_number
from vipdesk.errors import KnownError
from vipdesk.services import cases
from vipdesk.services.exports import export_care, export_cases, export_search
from vipdesk.services.xlsx_export import Column, ExportCancelled, write_xlsx

D = dt.date


def sheet(path):
    ws = load_workbook(path).active
    return ws, [[c for c in row] for row in ws.iter_rows()]


def test_formula_looking_text_stays_text_and_cells_have_types(tmp_path):
    path = tmp_path / "t.xlsx"
    cols = [
        Column("说明"),
        Column("日期", "date"),
        Column("金额", "money"),
        Column("时间", "datetime"),
    ]
    rows = [("=HYPERLINK(\"x\")", D(2026, 3, 1), Decimal("1234.5"),
             dt.datetime(2026, 3, 1, 1, 2, tzinfo=dt.UTC)),
            ("+86", None, "0", None), ("-1", None, None, None),
            ("@SUM(A1)", None, None, None)]  # fmt: skip
    assert write_xlsx(path, "测试", cols, rows) == 4
    ws, cells = sheet(path)
    assert [c.value for c in cells[0]] == ["说明", "日期", "金额", "时间"]
    assert cells[0][0].font.b and ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:D5"
    assert [r[0].data_type for r in cells[1:]] == ["s"] * 4  # no formula
    assert cells[1][0].value == '=HYPERLINK("x")'
    assert cells[1][1].is_date and cells[1][1].number_format == "yyyy-mm-dd"
    assert cells[1][2].value == 1234.5 and cells[1][2].number_format == "#,##0.00"
    assert cells[1][3].is_date


def test_cancel_leaves_no_file_and_bad_names_are_refused(tmp_path):
    path = tmp_path / "big.xlsx"
    with pytest.raises(ExportCancelled):
        write_xlsx(path, "x", [Column("a")], ((i,) for i in range(5000)), cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(KnownError):
        write_xlsx(tmp_path / "x.csv", "x", [Column("a")], [])
    with pytest.raises(KnownError):
        write_xlsx(tmp_path / "no" / "x.xlsx", "x", [Column("a")], [])


def test_cases_care_and_search_exports_are_masked(db, actor, tmp_path):
    member, number = add_member(db, actor, "gold", born=D(1970, 5, 6))
    case = cases.open_case(
        db, BOOK.current(), actor, cases.CaseRequest("complaint", member, "=1+1")
    )
    ws, cells = (
        sheet(tmp_path / "c.xlsx") if export_cases(db, actor, tmp_path / "c.xlsx") else (0, [])
    )
    assert [c.value for c in cells[0]][:3] == ["案件号", "类型", "状态"]
    assert cells[1][0].value == case.case_no and cells[1][1].value == "投诉"
    assert cells[1][6].is_date and cells[1][8].value in ("按时", "即将到期")
    assert export_care(db, actor, BOOK.current(), tmp_path / "k.xlsx", D(2026, 5, 1)) == 1
    _, cells = sheet(tmp_path / "k.xlsx")
    assert cells[1][0].value.date() == D(2026, 5, 6) and cells[1][1].value == "生日问候"
    assert export_search(db, actor, BOOK.current(), number, tmp_path / "s.xlsx") == 1
    _, cells = sheet(tmp_path / "s.xlsx")
    values = [str(c.value) for row in cells for c in row]
    assert number not in values and any("*" in v for v in values)  # masked ID only
    assert cells[1][3].value == "都会金卡" and cells[1][5].value == 12000


def test_care_commands_list_done_assign_and_export(db, actor, capsys, tmp_path):
    add_member(db, actor, "gold", born=D(1970, 5, 6))
    member, number = add_member(db, actor, "gold", born=D(1970, 5, 7))
    supervisor(db)
    base = ("--db", db.url, "--as", "clerk1")
    listing = (*base, "care", "list", "--from", "2026-05-01", "--kind", "birthdays", "--json")
    code, out, _ = run(capsys, *listing)
    assert code == 0 and len(json.loads(out)) == 2
    code, out, _ = run(capsys, *base, "care", "assign", number, "clerk1", "--json")
    assert code == 3 and json.loads(out)["refused"] == "not_permitted"  # clerks may not
    code, _, _ = run(capsys, "--db", db.url, "--as", "boss", "care", "assign", number, "clerk1")
    assert code == 0
    code, out, _ = run(capsys, *listing, "--manager", "clerk1")
    [item] = json.loads(out)
    assert item["member_id"] == member and item["manager"] == "柜员一"
    code, out, _ = run(capsys, *base, "care", "members", "clerk1", "--json")
    assert [m["id_number"] for m in json.loads(out)] == [mask_id_number(number)]
    assert number not in out
    assert run(capsys, *base, "care", "done", item["key"], "--note", "已问候")[0] == 0
    code, out, _ = run(capsys, *listing, "--manager", "clerk1")
    assert json.loads(out) == []
    code, _, err = run(capsys, *base, "care", "list", "--days", "0")
    assert code == 2 and "天数" in err
    out_file = tmp_path / "care.xlsx"
    code, out, _ = run(capsys, *base, "export", "care", "--from", "2026-05-01", "-o",
                       str(out_file), "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["rows"] >= 1 and out_file.exists()
