"""Plain terminal output: fully in Chinese (English when LANG says so), columns aligned by width.

Stored codes (active, in_force, spouse …) are never printed as they are: `word(kind, code)` gives
the word in the terminal's language. Chinese characters take two terminal columns; `table()` pads
by display width (wcwidth), so rows line up whatever the mix of Chinese, digits and dashes.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

NONE = "—"
WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "vip_status": {
        "active": ("贵宾服务正常", "VIP services active"),
        "suspended": ("贵宾服务暂停（保单中止）", "VIP services suspended (policy suspended)"),
        "none": ("非贵宾客户", "not a VIP member"),
    },
    "card_status": {
        "active": ("有效", "valid"),
        "suspended": ("暂停使用", "suspended"),
        "lost": ("已挂失", "reported lost"),
        "damaged": ("已损坏", "damaged"),
        "replaced": ("已换卡", "replaced"),
        "revoked": ("已注销", "revoked"),
    },
    "policy_status": {
        "in_force": ("有效", "in force"),
        "suspended": ("中止", "suspended"),
        "lapsed": ("失效", "lapsed"),
        "terminated": ("终止", "terminated"),
        "expired": ("满期", "matured"),
    },
    "relation": {
        "spouse": ("配偶", "spouse"),
        "parent": ("父母", "parent"),
        "child": ("子女", "child"),
    },
    "program": {"vip": ("贵宾卡", "VIP card"), "kangyue": ("都会康悦", "Metro Kangyue")},
    "relative_status": {"active": ("有效", "active"), "removed": ("已取消", "removed")},
    "gender": {"M": ("男", "male"), "F": ("女", "female")},
}


def english() -> bool:
    """True when the terminal's language is English (LC_ALL, LC_MESSAGES or LANG)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return value.lower().startswith("en")
    return False


def t(zh: str, en: str) -> str:
    """The Chinese or the English text, by the terminal's language."""
    return en if english() else zh


def word(kind: str, code: str | None) -> str:
    """The plain word for a stored code (`in_force` → 有效 / in force); — for none."""
    if not code:
        return NONE
    pair = WORDS.get(kind, {}).get(code)
    if pair is None:
        return code
    return pair[1] if english() else pair[0]


def width(text: str) -> int:
    """Display width in terminal columns (Chinese characters count two)."""
    from wcwidth import wcswidth  # ~12 ms: imported by commands that print a table, not --json

    measured = wcswidth(text)
    return measured if measured >= 0 else len(text)


def pad(text: str, columns: int, align: str = "<") -> str:
    """`text` padded with spaces to `columns` display columns (`>` pads on the left)."""
    fill = " " * max(columns - width(text), 0)
    return fill + text if align == ">" else text + fill


def table(rows: Sequence[Sequence[str]], aligns: str = "", gap: int = 2) -> list[str]:
    """Rows as lines with every column lined up; `aligns` per column, `<` or `>`.

    None prints as —; an empty string stays blank (padded like the rest of its column).
    """
    if not rows:
        return []
    count = max(len(r) for r in rows)
    cells = [[NONE if c is None else str(c) for c in r] + [""] * (count - len(r)) for r in rows]
    widths = [max(width(r[i]) for r in cells) for i in range(count)]
    lines = []
    for row in cells:
        parts = [
            pad(cell, widths[i], aligns[i] if i < len(aligns) else "<")
            for i, cell in enumerate(row)
        ]
        lines.append((" " * gap).join(parts).rstrip())
    return lines


def money(amount: Any) -> str:
    """¥12,345.00 (Decimal kept exact)."""
    return f"¥{amount:,.2f}"
