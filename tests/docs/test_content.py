"""The handbook content: versioned, every placeholder known, numbers taken from the rules."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import tomllib

import pytest

from tests.docs.pdftools import DAY, all_text
from vipdesk.documents.content import (
    CONTENT_FILE,
    PLACEHOLDERS,
    ContentError,
    every_years,
    fill,
    parse_content,
    rule_values,
)
from vipdesk.documents.handbook import render_handbook
from vipdesk.rules import RULES_FILE, parse_rules

# Digits allowed as literal text: 第1天, 24小时热线, 120/911 emergency numbers, version/date fields.
ALLOWED_NUMBERS = {"1", "24", "120", "911"}


def _strings(value, path=""):
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _strings(v, f"{path}[{i}]")


def test_content_text_holds_no_business_numbers():
    raw = tomllib.loads(CONTENT_FILE.read_text(encoding="utf-8"))
    for version in raw["versions"]:
        for path, text in _strings({k: v for k, v in version.items() if k != "version"}):
            for number in re.findall(r"\d+", text):
                assert number in ALLOWED_NUMBERS, f"{path}: literal {number} — use a placeholder"


def test_every_placeholder_of_the_content_is_filled(content, today_rules):
    values = rule_values(today_rules, content, today_rules.tier("diamond"))
    assert set(values) == PLACEHOLDERS
    for _, text in _strings(dataclasses.asdict(content)):
        filled = fill(text, values)
        assert "{" not in filled and "}" not in filled


def test_unknown_placeholder_is_refused():
    text = CONTENT_FILE.read_text(encoding="utf-8").replace(
        "为{max_age}周岁", "为{max_agee}周岁", 1
    )
    with pytest.raises(ContentError, match="max_agee"):
        parse_content(text)


def test_a_later_version_applies_from_its_effective_date():
    text = CONTENT_FILE.read_text(encoding="utf-8")
    block = text[text.index("\n[[versions]]") :]
    later = (
        block.replace('version = "2020.1"', 'version = "2026.1"')
        .replace("effective_from = 2020-01-01", "effective_from = 2026-01-01")
        .replace("感谢您选择大都会人寿", "欢迎您成为大都会人寿贵宾")
    )
    book = parse_content(text + "\n" + later)
    assert book.on(dt.date(2025, 12, 31)).version == "2020.1"
    assert book.on(dt.date(2026, 1, 1)).version == "2026.1"
    assert "欢迎您成为" in book.on(dt.date(2026, 6, 1)).welcome


def test_handbook_numbers_follow_the_rules_file(content):
    """Change the age limit and the hotline in the rules: the printed handbook follows."""
    text = RULES_FILE.read_text(encoding="utf-8")
    text = text.replace("max_age = 65", "max_age = 70").replace("400-650-0621", "400-111-2222")
    rules = parse_rules(text).on(DAY)
    pdf_text = all_text(render_handbook(rules, content, "gold", printed_on=DAY))
    assert "70周岁" in pdf_text and "65周岁" not in pdf_text
    assert "400-111-2222" in pdf_text and "400-650-0621" not in pdf_text


def test_every_years_in_chinese():
    assert every_years(1) == "每年一次"
    assert every_years(2) == "每两年一次"
    assert every_years(None) == ""
