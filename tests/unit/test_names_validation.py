"""Names, numbers and codes of an import: accepted, normalised, or refused with a reason."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vipdesk.domain.names import name_grams, name_initials, name_pinyin
from vipdesk.domain.validation import (
    FieldProblem,
    code_text,
    fold_latin,
    normalise_name,
    parse_number,
    plain_text,
)


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("买买提·艾力", "买买提·艾力"),  # U+00B7
        ("买买提・艾力", "买买提·艾力"),  # katakana middle dot
        ("买买提•艾力", "买买提·艾力"),  # bullet
        ("买买提‧艾力", "买买提·艾力"),  # hyphenation point
        ("买买提･艾力", "买买提·艾力"),  # half-width katakana middle dot
        ("买买提 · 艾力", "买买提·艾力"),
        ("王 建国", "王建国"),
        ("王\u3000建国", "王建国"),
        ("𠮷祥", "𠮷祥"),  # extension B, outside the BMP
        ("堃赟犇", "堃赟犇"),
        ("李〇", "李〇"),
        ("John  Smith", "John Smith"),
        ("ＪＯＨＮ ＳＭＩＴＨ", "JOHN SMITH"),
        ("José Müller", "José Müller"),
        ("Jose\u0301", "José"),  # combining accent composed
        ("王" * 64, "王" * 64),  # the column's limit
    ],
)
def test_every_name_an_id_card_or_permit_carries_is_accepted(raw, name):
    assert normalise_name(raw) == name


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("", "不能为空"),
        ("   ", "不能为空"),
        ("王1", "第 2 个字符是数字"),
        ("王١", "第 2 个字符是数字"),
        ("王建国!", "第 4 个字符"),
        ("王😀", "表情"),
        ("王\u200b建国", "不可见"),
        ("王\u200f建国", "不可见"),
        ("王\ufeff建国", "不可见"),
        ("王\x00", "NUL"),
        ("王\t建", "控制"),
        ("·王", "两段姓名之间"),
        ("王·", "两段姓名之间"),
        ("王··建", "两段姓名之间"),
        ("Ελένη", "第 1 个字符"),
        ("김민수", "第 1 个字符"),
        ("王" * 65, "不超过64个字"),
    ],
)
def test_names_with_other_characters_are_refused_with_a_reason(raw, reason):
    with pytest.raises(FieldProblem, match=reason):
        normalise_name(raw)


@pytest.mark.parametrize(
    ("name", "pinyin", "initials"),
    [
        ("买买提·艾力", "maimaitiaili", "mmtal"),
        ("王𠮷", "wangji", "wj"),
        ("张堃", "zhangkun", "zk"),
        ("John Smith", "johnsmith", "js"),
        ("José Müller", "josemuller", "jm"),
        ("尉迟恭", "yuchigong", "ycg"),
        ("单雄信", "shanxiongxin", "sxx"),
        ("王" * 64, "wang" * 64, "w" * 64),
    ],
)
def test_pinyin_of_every_accepted_name(name, pinyin, initials):
    assert (name_pinyin(name), name_initials(name)) == (pinyin, initials)
    assert len(name_pinyin(name)) <= 384 and len(name_initials(name)) <= 64


def test_name_index_grams_skip_separators():
    assert name_grams("买提·艾力") == {"买", "提", "买提", "艾", "力", "艾力"}
    assert name_grams("Li Na") == {"L", "i", "Li", "N", "a", "Na"}
    assert fold_latin("MÜLLER") == "MULLER"


@given(st.text(max_size=80))
@settings(max_examples=300)
def test_any_text_is_a_name_or_a_plain_refusal_and_every_name_has_keys(text):
    try:
        name = normalise_name(text)
    except FieldProblem as exc:
        assert str(exc)
        return
    assert 0 < len(name) <= 64
    assert len(name_pinyin(name)) <= 384 and len(name_initials(name)) <= 64
    assert all(0 < len(g) <= 2 for g in name_grams(name))


@pytest.mark.parametrize(
    ("text", "decimals", "value"),
    [
        ("0", 2, Decimal("0")),
        ("30000", 2, Decimal("30000")),
        ("30000.5", 2, Decimal("30000.5")),
        ("30000.50", 2, Decimal("30000.50")),
        ("３００００.５０", 2, Decimal("30000.50")),
        ("¥1200", 2, Decimal("1200")),
        (" 12 ", 2, Decimal("12")),
        ("9999999999999.99", 2, Decimal("9999999999999.99")),
    ],
)
def test_numbers_accepted(text, decimals, value):
    assert parse_number(text, "保费", decimals) == value


@pytest.mark.parametrize(
    "text",
    ["", "1_000", "1,000", "١٠٠٠", "१००", "1e3", "1E+3", "12.3.4", "-5", "+5", ".5", "5.",
     "12.345", "Ⅻ", "12 34", "10000000000000", "NaN", "inf"],
)  # fmt: skip
def test_numbers_refused(text):
    with pytest.raises(FieldProblem):
        parse_number(text, "保费", 2)


def test_thousands_only_where_a_column_declares_them():
    assert parse_number("1,000.50", "x", 2, thousands=True) == Decimal("1000.50")
    with pytest.raises(FieldProblem):
        parse_number("1,00", "x", 2, thousands=True)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1.10101E+17", "科学计数法"),
        ("1.38123e10", "科学计数法"),
        ("١١٠١٠١", "只能是半角"),
        ("11010\x00", "NUL"),
    ],
)
def test_codes_refused(text, reason):
    with pytest.raises(FieldProblem, match=reason):
        code_text(text, "证件号码")


def test_codes_fold_full_width():
    assert code_text("１１０１０５１９４９１２３１００２Ｘ", "证件号码") == "11010519491231002X"


def test_plain_text_limits_and_invisible_characters():
    assert plain_text(" 北京\t朝阳 ", 256, "地址") == "北京 朝阳"
    assert plain_text("北" * 256, 256, "地址") == "北" * 256
    with pytest.raises(FieldProblem, match="不超过256"):
        plain_text("北" * 257, 256, "地址")
    with pytest.raises(FieldProblem, match="NUL"):
        plain_text("北京\x00", 256, "地址")
    with pytest.raises(FieldProblem, match="不可见"):
        plain_text("北京\u202e", 256, "地址")
