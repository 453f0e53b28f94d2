"""The command line's plain output: all Chinese (or all English under an English LANG), never a
stored code, columns lined up by display width; `check` exits 3 when the answer is a refusal."""

from __future__ import annotations

import re

import pytest

from tests.case_fixtures import add_member, add_relative
from vipdesk.cli import main
from vipdesk.cli.text import pad, table, width

CODES = re.compile(r"\b(active|in_force|suspended|lapsed|spouse|parent|child|vip|kangyue|"
                   r"silver|gold|platinum|diamond|none)\b")  # fmt: skip
CHINESE_PUNCTUATION = re.compile("[（）：；、，。]")
PHONE = "13700137000"


def run(capsys, db, *args) -> tuple[int, list[str]]:
    status = main(["--db", db.url, "--as", "clerk1", *args])
    out, _err = capsys.readouterr()
    return status, out.rstrip("\n").splitlines()


@pytest.fixture
def members(db, actor):
    """A platinum member with a spouse and a member without a tier or card (same phone)."""
    platinum, number = add_member(db, actor, "platinum", name="王建国", phone=PHONE)
    add_relative(db, platinum, name="李秀英")
    _, lapsed = add_member(db, actor, "silver", name="欧阳娜娜", phone=PHONE, status="lapsed")
    return number, lapsed


def test_search_rows_line_up_with_and_without_a_card(db, members, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    status, lines = run(capsys, db, "search", PHONE)
    assert status == 0 and len(lines) == 2
    assert not CODES.search("\n".join(lines)), lines
    assert any("无贵宾卡" in line for line in lines) and any("白金卡" in line for line in lines)
    assert len({width(line) for line in lines}) == 1, lines  # AFYP right-aligned at one edge
    starts = {width(line[: line.index("137****7000")]) for line in lines}
    assert len(starts) == 1, lines  # the phone column starts at one place after the names


def test_member_in_plain_chinese(db, members, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    number, _ = members
    status, lines = run(capsys, db, "member", number)
    text = "\n".join(lines)
    assert status == 0
    assert "贵宾服务正常" in text and "配偶" in text and "有效" in text
    assert not CODES.search(text), text


def test_member_in_english_under_an_english_lang(db, members, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    number, _ = members
    status, lines = run(capsys, db, "member", number)
    text = "\n".join(lines)
    assert status == 0
    assert "VIP services active" in text and "spouse" in text and "in force" in text
    assert "岁" not in text and "保单" not in text
    assert not CHINESE_PUNCTUATION.search(text), text  # names and products stay Chinese
    status, lines = run(capsys, db, "search", "no-such-person")
    assert lines == ["No matching member found"]


def test_check_exits_3_when_the_answer_is_a_refusal(db, members, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    number, _ = members
    args = ("check", number, "--service", "domestic_rescue", "--location", "天津",
            "--departed", "2024-06-10", "--on", "2024-06-15")  # fmt: skip
    status, lines = run(capsys, db, *args)
    assert status == 3
    assert "不能受理" in lines[0] and not CODES.search("\n".join(lines))
    assert not any("too_close" in line for line in lines)  # reasons in words, not codes
    status, _lines = run(capsys, db, *args[:5], "石家庄", *args[6:])
    assert status == 0


@pytest.mark.parametrize(
    "cells, aligns, expected",
    [
        ([("王建国", "1"), ("欧阳娜娜", "22")], "<>", ["王建国     1", "欧阳娜娜  22"]),
        ([("a", None), ("bb", "")], "", ["a   —", "bb"]),
    ],
)
def test_table_pads_by_display_width(cells, aligns, expected):
    assert table(cells, aligns) == expected
    assert width("杜文琳") == 6 and pad("杜", 4) == "杜  " and pad("1", 3, ">") == "  1"
