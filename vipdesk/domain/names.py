"""Pinyin of names for search: full (wangjianguo) and initials (wjg).

Every character an accepted name can hold has a key: Han characters their reading (rare ones
pypinyin lacks from RARE_READINGS, else the character itself), Latin letters themselves (lower
case, without diacritics), and `·` and spaces separate words.
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import cache

os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")

from pypinyin import Style, lazy_pinyin  # noqa: E402

# Surnames whose reading as a surname differs from the common reading (GUIDE.md traps).
SURNAME_READINGS = {
    "单": "shan",
    "曾": "zeng",
    "解": "xie",
    "仇": "qiu",
    "区": "ou",
    "朴": "piao",
    "查": "zha",
    "覃": "qin",
    "尉迟": "yuchi",
    "万俟": "moqi",
    "长孙": "zhangsun",
    "乐": "yue",
    "缪": "miao",
    "盖": "ge",
    "燕": "yan",
    "任": "ren",
    "华": "hua",
}
# Name characters outside pypinyin's table (extension planes), read as in the name.
RARE_READINGS = {"𠮷": "ji", "𠇔": "kuai", "𡒄": "da", "𨭉": "bo"}
SEPARATORS = frozenset("· ")
COMPOUND_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
    "宇文", "司徒", "夏侯", "令狐", "万俟", "端木", "南宫", "独孤", "西门",
)  # fmt: skip

COMPOUND_SET = frozenset(COMPOUND_SURNAMES)  # every one of two characters
# the usual name: unified ideographs only (no Latin letter, separator or rarer plane)
COMMON_HAN = re.compile("[\u4e00-\u9fff]+")


def split_name(name: str) -> tuple[str, str]:
    """Split a Chinese name into surname and given name (compound surnames known)."""
    if len(name) > 2 and name[:2] in COMPOUND_SET:
        return name[:2], name[2:]
    return name[:1], name[1:]


@cache
def _char_pinyin(ch: str) -> str:
    if ch in SEPARATORS or not ch.strip():
        return ""
    if ch in RARE_READINGS:
        return RARE_READINGS[ch]
    if ch.isascii():
        return ch.lower() if ch.isalnum() else ""
    reading = lazy_pinyin(ch, style=Style.NORMAL, errors="ignore")
    if reading:
        return reading[0]
    plain = unicodedata.normalize("NFKD", ch)[:1]  # é -> e, Ａ -> A
    if plain.isascii():
        return plain.lower() if plain.isalnum() else ""
    return ch  # a character without a known reading indexes as itself


def _latin_words(name: str) -> list[str] | None:
    """A name in Latin letters as words of letters (JOHN SMITH -> john, smith), else None."""
    if not any(ch.isascii() and ch.isalpha() for ch in unicodedata.normalize("NFKD", name)):
        return None
    words = name.replace("·", " ").split()
    return ["".join(_char_pinyin(c) for c in word) for word in words]


def _syllables(name: str) -> list[str]:
    latin = None if COMMON_HAN.fullmatch(name) else _latin_words(name)
    if latin is not None:
        return [w for w in latin if w]
    surname, given = split_name(name)
    if surname in SURNAME_READINGS:
        head = [SURNAME_READINGS[surname]] if len(surname) == 1 else _compound(surname)
    else:
        head = [_char_pinyin(c) for c in surname]
    return [s for s in head + [_char_pinyin(c) for c in given] if s]


COMPOUND_READINGS = {"尉迟": ["yu", "chi"], "万俟": ["mo", "qi"], "长孙": ["zhang", "sun"]}


def _compound(surname: str) -> list[str]:
    return COMPOUND_READINGS.get(surname) or [_char_pinyin(c) for c in surname]


def name_pinyin(name: str) -> str:
    """Full pinyin without tones or spaces: 王建国 -> wangjianguo."""
    return "".join(_syllables(name)).lower()


def name_initials(name: str) -> str:
    """Pinyin initials: 王建国 -> wjg."""
    return "".join(s[0] for s in _syllables(name)).lower()


def name_keys(name: str) -> tuple[str, str]:
    """(pinyin, initials) of a name from one reading: name_pinyin and name_initials at once."""
    syllables = _syllables(name)
    return "".join(syllables).lower(), "".join(s[0] for s in syllables).lower()


def name_grams(name: str) -> set[str]:
    """Index grams of a name: each character and each pair within a word (not `·` or space)."""
    grams: set[str] = set()
    for word in name.replace("·", " ").split():
        grams.update(word)
        grams.update(word[i : i + 2] for i in range(len(word) - 1))
    return grams
