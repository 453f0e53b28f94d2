"""The import's shortcuts for the usual row give exactly what the full checks give, on any text."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.cn import ric

from vipdesk.domain.names import _syllables, name_initials, name_keys, name_pinyin, split_name
from vipdesk.domain.people import InvalidIdNumber, check_digit, normalise, parse_id_number
from vipdesk.domain.validation import (
    FieldProblem,
    code_text,
    full_code_check,
    full_name_check,
    full_text_check,
    normalise_name,
    plain_text,
)

COMMON = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=70)
# printable and not, ASCII and not: every branch of the shortcuts
ANY = st.text(
    st.one_of(
        st.characters(),
        st.sampled_from("0123456789eEXx +-.\t\u3000\u200b\x00\x1f·"),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    ),
    max_size=30,
)


def outcome(fn, *args):
    """The value, or the refusal's message."""
    try:
        return ("ok", fn(*args))
    except FieldProblem as exc:
        return ("refused", str(exc))


@settings(max_examples=300, deadline=None)
@given(st.one_of(COMMON, ANY), st.sampled_from([1, 4, 64]))
def test_names_as_the_full_check(text, limit):
    assert outcome(normalise_name, text, limit) == outcome(full_name_check, text, limit)


@settings(max_examples=300, deadline=None)
@given(ANY, st.sampled_from([3, 256]))
def test_text_as_the_full_check(text, limit):
    assert outcome(plain_text, text, limit, "地址") == outcome(full_text_check, text, limit, "地址")


@settings(max_examples=300, deadline=None)
@given(st.one_of(ANY, st.from_regex(r"\s*[0-9A-Za-z]{1,20}\s*", fullmatch=True)))
def test_codes_as_the_full_check(text):
    assert outcome(code_text, text, "证件号码") == outcome(full_code_check, text, "证件号码")


@pytest.mark.parametrize("text", ["1E5", "1e17", "1.10101E+17", " 110101196804E17 "])
def test_an_exponent_never_takes_the_shortcut(text):
    with pytest.raises(FieldProblem, match="科学计数法"):
        code_text(text, "证件号码")


def test_check_digit_equals_the_standard_library_of_gb_11643():
    rng = random.Random(11643)
    for _ in range(20_000):
        body = "".join(rng.choice("0123456789") for _ in range(17))
        assert check_digit(body) == str(ric.calc_check_digit(body + "0")), body
    assert check_digit("11010519491231002") == "X"


@settings(max_examples=300, deadline=None)
@given(ANY)
def test_id_numbers_parse_as_through_the_full_normalisation(text):
    """The shortcut for a plain 18-character number reads what normalise() would have read."""

    def parsed(value):
        try:
            person = parse_id_number(value)
            return (person.number, person.birth_date, person.gender)
        except InvalidIdNumber as exc:
            return str(exc)

    assert parsed(text) == parsed(normalise(text))


@pytest.mark.parametrize(
    "name",
    [
        "王建国",
        "欧阳娜娜",
        "欧阳",
        "尉迟恭",
        "长孙无忌",
        "买买提·艾力",
        "John Smith",
        "王𠮷",
        "单雄信",
    ],
)
def test_pinyin_and_initials_from_one_reading(name):
    assert name_keys(name) == (name_pinyin(name), name_initials(name))
    assert "".join(_syllables(name)).lower() == name_pinyin(name)


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("欧阳娜娜", ("欧阳", "娜娜")),
        ("欧阳", ("欧", "阳")),
        ("王建国", ("王", "建国")),
        ("", ("", "")),
    ],
)
def test_compound_surnames_split_only_when_a_given_name_follows(name, parts):
    assert split_name(name) == parts
