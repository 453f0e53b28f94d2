"""Field rules of an import: names, numbers, money and plain text, each refused with a reason.

Pure functions: every refusal is a `FieldProblem` with a plain-Chinese reason (and, for names,
the 1-based position of the offending character). Nothing here raises anything else on any input.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

MIDDLE_DOT = "\u00b7"
# Characters people and systems type for the separator of a minority or foreign name.
DOT_LOOKALIKES = frozenset(
    "\u00b7\u0387\u2022\u2027\u2219\u22c5\u30fb\uff65\u2e31\u16eb\u318d\ua78f\u10fb\u2981"
)
HAN_RANGES = (
    (0x3400, 0x4DBF),  # extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0x20000, 0x2A6DF),  # extension B (𠮷)
    (0x2A700, 0x2EE5F),  # extensions C, D, E, F, I
    (0x2F800, 0x2FA1F),  # compatibility supplement
    (0x30000, 0x323AF),  # extensions G, H
)
IDEOGRAPHIC_ZERO = "\u3007"  # 〇, found in real given names
EXPONENT = re.compile(r"^[+-]?\d+(\.\d*)?[eE][+-]?\d+$")
# the usual name: unified ideographs only, which NFC and NFKC leave as they are
COMMON_HAN = re.compile("[\u4e00-\u9fff]+")


class FieldProblem(ValueError):
    """A field refused, with its plain reason."""


def is_han(ch: str) -> bool:
    """True for a Han character of any plane (and 〇)."""
    code = ord(ch)
    return ch == IDEOGRAPHIC_ZERO or any(lo <= code <= hi for lo, hi in HAN_RANGES)


def is_latin_letter(ch: str) -> bool:
    """True for a Latin letter (A–Z, also with diacritics: José, Müller)."""
    return ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN ")


def _describe(ch: str) -> str:
    category = unicodedata.category(ch)
    code = f"U+{ord(ch):04X}"
    if ch.isdigit() or category == "Nd":
        return f"数字“{ch}”"
    if ch == "\x00":
        return "空字符（NUL）"
    if category == "Cc":
        return f"控制字符（{code}）"
    if category in ("Cf", "Zl", "Zp", "Co", "Cn", "Cs") or ch in "\u3164\u115f\u1160\uffa0":
        return f"不可见字符（{code}）"
    if category == "So" or 0x1F000 <= ord(ch) <= 0x1FAFF:
        return f"表情或符号“{ch}”（{code}）"
    if category.startswith("Z"):
        return f"特殊空格（{code}）"
    return f"字符“{ch}”（{code}）"


def normalise_name(text: str, limit: int = 64) -> str:
    """A person's name as printed on a resident ID card or a foreigner's permit, or FieldProblem.

    Accepted: Han characters of every plane, the separator `·` (look-alikes become U+00B7),
    Latin letters and single spaces between Latin words. Spaces in an all-Han name are dropped.
    Refused with the 1-based position: digits, emoji, control and invisible characters, other
    punctuation.
    """
    if len(text) <= limit and COMMON_HAN.fullmatch(text):
        return text  # nothing to fold or refuse (the same as full_name_check, faster)
    return full_name_check(text, limit)


def full_name_check(text: str, limit: int = 64) -> str:
    """normalise_name without its shortcut for the usual all-ideograph name."""
    text = unicodedata.normalize("NFC", text)
    folded = "".join(MIDDLE_DOT if ch in DOT_LOOKALIKES else ch for ch in text)
    for position, ch in enumerate(folded, start=1):
        if ch in (MIDDLE_DOT, " ") or is_han(ch):
            continue
        # NFKC folds full-width Latin to ASCII; the letter itself must be Latin
        if ch.isalpha() and is_latin_letter(unicodedata.normalize("NFKC", ch)[:1] or ch):
            continue
        if ch == "\u3000" or (ch.isspace() and unicodedata.category(ch) == "Zs"):
            continue  # any visible space counts as a space
        raise FieldProblem(f"姓名第 {position} 个字符是{_describe(ch)}，姓名中不能有")
    name = unicodedata.normalize("NFKC", folded)
    name = "".join(MIDDLE_DOT if ch in DOT_LOOKALIKES else ch for ch in name)
    words = name.split()
    name = " ".join(words) if any(is_latin_letter(ch) for ch in name) else "".join(words)
    name = re.sub(r"\s*·\s*", MIDDLE_DOT, name)
    if not name:
        raise FieldProblem("姓名不能为空")
    if name[0] == MIDDLE_DOT or name[-1] == MIDDLE_DOT or MIDDLE_DOT * 2 in name:
        raise FieldProblem("姓名中的“·”只能在两段姓名之间")
    if len(name) > limit:
        raise FieldProblem(f"姓名不超过{limit}个字（此处 {len(name)} 个）")
    return name


def plain_text(text: str, limit: int, what: str) -> str:
    """A one-line text field (address, product): no control or invisible characters, ≤ limit."""
    if not text.isprintable():  # a control, invisible or tab character somewhere
        return full_text_check(text, limit, what)
    cleaned = text.strip()  # the same as full_text_check, faster
    if len(cleaned) > limit:
        raise FieldProblem(f"{what}不超过{limit}个字（此处 {len(cleaned)} 个）")
    return cleaned


def full_text_check(text: str, limit: int, what: str) -> str:
    """plain_text without its shortcut for text of printable characters only."""
    for position, ch in enumerate(text, start=1):
        category = unicodedata.category(ch)
        if category in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn") and ch != "\t":
            raise FieldProblem(f"{what}第 {position} 个字符是{_describe(ch)}，不能导入")
    cleaned = text.replace("\t", " ").strip()
    if len(cleaned) > limit:
        raise FieldProblem(f"{what}不超过{limit}个字（此处 {len(cleaned)} 个）")
    return cleaned


def code_text(text: str, what: str) -> str:
    """An identifier written as text (ID, phone, policy number): NFKC, ASCII only, no exponent."""
    if text.isascii():
        plain = text.strip()
        if plain.isalnum() and "e" not in plain and "E" not in plain:
            return plain  # ASCII letters and digits, no exponent: as full_code_check, faster
    return full_code_check(text, what)


def full_code_check(text: str, what: str) -> str:
    """code_text without its shortcut for plain ASCII letters and digits."""
    folded = unicodedata.normalize("NFKC", text).strip()
    if EXPONENT.match(folded.replace(" ", "")):
        raise FieldProblem(
            f"{what}“{folded}”是科学计数法，原号码已丢失；请把该列设为文本后重新导出"
        )
    for position, ch in enumerate(folded, start=1):
        if not ch.isascii():
            raise FieldProblem(f"{what}第 {position} 个字符是{_describe(ch)}，只能是半角数字或字母")
        if unicodedata.category(ch) == "Cc":
            raise FieldProblem(f"{what}第 {position} 个字符是{_describe(ch)}，不能导入")
    return folded


def parse_number(text: str, what: str, decimals: int, thousands: bool = False) -> Decimal:
    """A non-negative decimal: ASCII digits after NFKC, at most one point and `decimals` places.

    Other scripts' digits, underscores, exponents, signs and (unless `thousands`) separators
    are refused.
    """
    folded = unicodedata.normalize("NFKC", text).strip()
    if folded.startswith("¥") or folded.startswith("￥"):
        folded = folded[1:].strip()
    body = folded
    if thousands and re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", body):
        body = body.replace(",", "")
    if not re.fullmatch(r"[0-9]+(\.[0-9]+)?", body, flags=re.ASCII):
        raise FieldProblem(
            f"{what}“{text[:40]}”不是数字：只能用半角数字 0-9 和一个小数点"
            + ("" if thousands else "，不能有千位分隔符")
        )
    whole, _, fraction = body.partition(".")
    if len(fraction) > decimals:
        raise FieldProblem(f"{what}最多 {decimals} 位小数（此处 {len(fraction)} 位）")
    if len(whole.lstrip("0")) > 13:
        raise FieldProblem(f"{what}数值过大")
    return Decimal(body)


def fold_latin(text: str) -> str:
    """Latin letters without diacritics (Müller -> Muller), for searching by a typed name."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
