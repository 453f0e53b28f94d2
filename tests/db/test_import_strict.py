"""Issue 16: every wrongly accepted or crashing file is refused with its line and column.

Each case runs on a real SQLite file and on PostgreSQL (the `db` fixture), with the same outcome.
"""

from __future__ import annotations

import re

import pytest

from tests.db.import_helpers import (
    MEMBER_HEADER,
    POLICY_HEADER,
    counts,
    id_number,
    write_csv,
    write_xlsx,
)
from vipdesk.errors import Refused
from vipdesk.services.import_report import import_history
from vipdesk.services.import_rows import ROUNDED_ID
from vipdesk.services.importer import ImportRejected, import_members, import_policies
from vipdesk.services.tabular import FileProblem, XlsxLimits

A, B, C = id_number(1), id_number(2), id_number(3)
PROBLEM = re.compile(r"^line \d+: \w+: .+|^line \d+: .+")


@pytest.fixture
def admin(db):
    """An administrator (imports are an admin action)."""
    from tests.staff_helpers import test_admin

    return test_admin(db)


def refused(db, rules, admin, path, policies=False) -> list[str]:
    """The problems of a refused import; asserts nothing was written."""
    before = counts(db)
    run = import_policies if policies else import_members
    with pytest.raises(ImportRejected) as caught:
        run(db, rules, admin, path)
    assert counts(db) == before
    assert all(PROBLEM.match(p) for p in caught.value.problems), caught.value.problems
    return caught.value.problems


def members_file(tmp_path, *rows: str):
    return write_csv(tmp_path, "m.csv", MEMBER_HEADER, rows)


def test_unbalanced_quote_never_merges_the_next_customers(db, rules, admin, tmp_path):
    path = members_file(
        tmp_path,
        f'{A},王建国,13812345678,"北京市朝阳区',
        f"{B},李四,13900001111,上海市",
        f'{C},赵五,13700002222,广州市"',
    )
    problems = refused(db, rules, admin, path)
    assert [p.split(":")[0] for p in problems] == ["line 2", "line 4"]
    assert "引号" in problems[0]


def test_a_quoted_line_break_is_refused_even_when_quotes_balance(db, rules, admin, tmp_path):
    path = members_file(tmp_path, f'{A},王建国,13812345678,"北京市', f'朝阳区",{B}')
    assert [p.split(":")[0] for p in refused(db, rules, admin, path)] == ["line 2", "line 3"]


def test_rows_with_another_number_of_fields_are_refused(db, rules, admin, tmp_path):
    path = members_file(tmp_path, f"{A},王建国,13812345678", f"{B},李四,13900001111,上海,多余")
    problems = refused(db, rules, admin, path)
    assert problems[0].startswith("line 2:") and "3 个字段" in problems[0]
    assert problems[1].startswith("line 3:") and "5 个字段" in problems[1]


@pytest.mark.parametrize("second", ["id_number", "身份证号码"])
def test_two_columns_for_the_same_field_are_refused_naming_both(db, rules, admin, tmp_path, second):
    path = write_csv(
        tmp_path, "m.csv", f"证件号码,姓名,{second},手机号码", [f"{A},王建国,{B},13812345678"]
    )
    with pytest.raises(FileProblem) as caught:
        import_members(db, rules, admin, path)
    assert "“证件号码”" in str(caught.value) and f"“{second}”" in str(caught.value)
    assert counts(db) == (0, 0)


def test_numeric_id_cells_in_xlsx_are_refused_never_rebuilt(db, rules, admin, tmp_path):
    rounded = float("110101196804170131")  # Excel keeps 15 significant digits
    path = write_xlsx(
        tmp_path,
        "m.xlsx",
        [["证件号码", "姓名", "手机号码"], [rounded, "王建国", 13812345678], [A, "李四", None]],
    )
    problems = refused(db, rules, admin, path)
    assert problems == [f"line 2: id_number: {ROUNDED_ID}"]


@pytest.mark.parametrize(
    ("row", "column"),
    [
        ("1.10101E+17,王建国,13812345678,北京", "id_number"),
        (f"{A},王建国,1.38123E+10,北京", "phone"),
    ],
)
def test_exponent_forms_are_refused(db, rules, admin, tmp_path, row, column):
    problems = refused(db, rules, admin, members_file(tmp_path, row))
    assert problems[0].startswith(f"line 2: {column}:") and "科学计数法" in problems[0]


@pytest.mark.parametrize(
    "premium", ["١٠٠٠", "1_000", "1,000", "1e3", "１２.３４５", "12.3.4", "-5", "१००", "Ⅻ"]
)
def test_digits_that_are_not_ascii_digits_are_refused(db, rules, admin, tmp_path, premium):
    import_members(db, rules, admin, members_file(tmp_path, f"{A},王建国,13812345678,北京"))
    row = f'P1,{A},都会安享终身寿险,agency,in_force,2020-01-01,"{premium}",'
    path = write_csv(tmp_path, "p.csv", POLICY_HEADER, [row])
    problems = refused(db, rules, admin, path, policies=True)
    assert problems[0].startswith("line 2: annual_premium:")


def test_full_width_digits_are_read_after_nfkc(db, rules, admin, tmp_path):
    import_members(db, rules, admin, members_file(tmp_path, f"{A},王建国,13812345678,北京"))
    row = f"P1,{A},都会安享终身寿险,agency,in_force,２０２０-０１-０１,３００００.５０,"
    result = import_policies(db, rules, admin, write_csv(tmp_path, "p.csv", POLICY_HEADER, [row]))
    assert result.inserted == 1


@pytest.mark.parametrize(
    ("name", "position", "what"),
    [
        ("王1", 2, "数字"),
        ("王建国!", 4, "字符"),
        ("王😀", 2, "表情"),
        ("王\u200b建国", 2, "不可见"),
        ("王\u202e建国", 2, "不可见"),
        ("王\x00建国", 2, "NUL"),
        ("王\x07", 2, "控制"),
    ],
)
def test_names_with_digits_emoji_or_invisible_characters_are_refused(
    db, rules, admin, tmp_path, name, position, what
):
    path = members_file(tmp_path, f"{A},{name},13812345678,北京")
    problems = refused(db, rules, admin, path)
    assert problems[0].startswith("line 2: name:")
    assert f"第 {position} 个字符" in problems[0] and what in problems[0]


def test_a_field_over_128_kb_is_a_line_problem_not_a_traceback(db, rules, admin, tmp_path):
    huge = "北" * 140_000
    path = members_file(tmp_path, f"{A},王建国,13812345678,{huge}", f"{B},李四,13900001111,上海")
    problems = refused(db, rules, admin, path)
    assert [p.split(":")[0] for p in problems] == ["line 2"]


def test_the_same_limits_on_both_databases(db, rules, admin, tmp_path):
    import_members(db, rules, admin, members_file(tmp_path, f"{A},王建国,13812345678,北京"))
    long_product = "产" * 10_000
    rows = [
        f"P1,{A},{long_product},agency,in_force,2020-01-01,100,",
        f"P2,{A},都会安享终身寿险,agency,in_force,2020-01-01,100,",
    ]
    path = write_csv(tmp_path, "p.csv", POLICY_HEADER, rows)
    problems = refused(db, rules, admin, path, policies=True)
    assert problems[0].startswith("line 2: product:") and "128" in problems[0]
    nul = members_file(tmp_path, f"{B},李四,13900001111,上海\x00市")
    problems = refused(db, rules, admin, nul)
    assert problems[0].startswith("line 2: address:") and "NUL" in problems[0]
    too_long = members_file(tmp_path, f"{B},{'李' * 65},13900001111,上海")
    assert refused(db, rules, admin, too_long)[0].startswith("line 2: name:")


def test_xlsx_over_the_configured_size_or_rows_is_refused_up_front(db, rules, admin, tmp_path):
    rows = [["证件号码", "姓名"]] + [[id_number(i), "王建国"] for i in range(20)]
    path = write_xlsx(tmp_path, "m.xlsx", rows)
    with pytest.raises(FileProblem, match="20 行数据，超过上限 10 行"):
        import_members(db, rules, admin, path, limits=XlsxLimits(max_mb=10, max_rows=10))
    with pytest.raises(FileProblem, match="超过上限 0 MB"):
        import_members(db, rules, admin, path, limits=XlsxLimits(max_mb=0, max_rows=100))
    assert counts(db) == (0, 0)


def test_progress_cancel_and_reports(db, rules, admin, tmp_path):
    from vipdesk.services.importer import ImportCancelled

    rows = [f"{id_number(i)},王建国,13812345678,北京" for i in range(30)]
    path = members_file(tmp_path, *rows)
    seen: list[tuple[str, int, int]] = []
    with pytest.raises(ImportCancelled):
        import_members(db, rules, admin, path, cancel=lambda: True)
    assert counts(db) == (0, 0)
    result = import_members(
        db, rules, admin, path, progress=lambda s, n, bad, f: seen.append((s, n, bad))
    )
    assert (result.rows, result.inserted) == (30, 30)
    assert seen[-2:] == [("写入", 30, 0), ("提交", 30, 0)]  # comparing, then the lock
    refused(db, rules, admin, members_file(tmp_path, f"{A},王1,13812345678,北京"))
    history = import_history(db, admin)
    assert [h.outcome for h in history] == ["refused", "imported", "cancelled"]
    assert (history[1].rows_read, history[1].added, history[1].file_name) == (30, 30, "m.csv")
    assert len(history[1].checksum) == 64 and history[0].refused == 1
    assert history[1].staff == "测试管理员"


def test_import_is_an_administrators_action(db, rules, actor, tmp_path):
    with pytest.raises(Refused) as caught:
        import_members(db, rules, actor, members_file(tmp_path, f"{A},王建国,13812345678,北京"))
    assert caught.value.code == "not_permitted"
    assert counts(db) == (0, 0)
