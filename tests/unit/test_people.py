"""Resident ID numbers, ages in completed years, mobiles, card numbers, masking, pinyin."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.domain.cards import (
    InvalidCardNumber,
    card_number,
    format_card_number,
    validate_card_number,
)
from vipdesk.domain.names import name_initials, name_pinyin
from vipdesk.domain.people import (
    InvalidIdNumber,
    InvalidPhone,
    age_on,
    mask_id_number,
    mask_phone,
    parse_id_number,
    validate_mobile,
)


def test_standard_example_is_valid_with_birth_date_and_gender():
    person = parse_id_number("11010519491231002X")
    assert person.birth_date == dt.date(1949, 12, 31)
    assert person.gender == "F"


@pytest.mark.parametrize(
    "text",
    ["11010519491231002x", " 110105 19491231 002X ", "１１０１０５１９４９１２３１００２Ｘ"],
)
def test_input_is_normalised(text):
    assert parse_id_number(text).number == "11010519491231002X"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("110105194912310021", "校验位"),
        ("11010519491331002X", "出生日期"),
        ("1101051949123100", "18位"),
        ("11010519491231002Y", "18位"),
        ("110105290012310024", "不合理"),
    ],
)
def test_bad_id_numbers_say_why(text, fragment):
    with pytest.raises(InvalidIdNumber, match=fragment):
        parse_id_number(text, today=dt.date(2026, 11, 25))


def test_legacy_15_digit_number_is_converted():
    person = parse_id_number("110105491231002")
    assert person.number == "11010519491231002X"
    assert person.birth_date == dt.date(1949, 12, 31)


@pytest.mark.parametrize(
    ("born", "day", "age"),
    [
        ("1961-11-25", "2026-11-25", 65),
        ("1961-11-26", "2026-11-25", 64),
        ("1960-11-25", "2026-11-25", 66),
        ("2000-02-29", "2023-02-28", 22),
        ("2000-02-29", "2023-03-01", 23),
        ("2000-02-29", "2024-02-29", 24),
    ],
)
def test_age_in_completed_years(born, day, age):
    assert age_on(dt.date.fromisoformat(born), dt.date.fromisoformat(day)) == age


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("13812345678", "13812345678"),
        ("+86 138-1234-5678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
    ],
)
def test_mobiles(text, number):
    assert validate_mobile(text) == number


@pytest.mark.parametrize("text", ["12812345678", "1381234567", "010-64105700", "abc"])
def test_bad_mobiles(text):
    with pytest.raises(InvalidPhone):
        validate_mobile(text)


def test_masks_hide_the_middle():
    assert mask_id_number("11010519491231002X") == "110***********002X"
    assert mask_phone("13812345678") == "138****5678"


def test_card_numbers_carry_a_check_digit():
    number = card_number(17)
    assert validate_card_number(format_card_number(number)) == number
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    with pytest.raises(InvalidCardNumber, match="校验位"):
        validate_card_number(wrong)
    swapped = number[:5] + number[6] + number[5] + number[7:]
    if swapped != number:
        with pytest.raises(InvalidCardNumber):
            validate_card_number(swapped)


@pytest.mark.parametrize(
    ("name", "full", "initials"),
    [
        ("王建国", "wangjianguo", "wjg"),
        ("单雄信", "shanxiongxin", "sxx"),
        ("曾国藩", "zengguofan", "zgf"),
        ("解缙", "xiejin", "xj"),
        ("区志强", "ouzhiqiang", "ozq"),
        ("朴正", "piaozheng", "pz"),
        ("查良", "zhaliang", "zl"),
        ("覃芳", "qinfang", "qf"),
        ("仇英", "qiuying", "qy"),
        ("欧阳娜娜", "ouyangnana", "oynn"),
    ],
)
def test_pinyin_of_names_including_surname_readings(name, full, initials):
    assert (name_pinyin(name), name_initials(name)) == (full, initials)
