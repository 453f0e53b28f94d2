"""Separators inside translated sentences: 、 and ； in Chinese, ", " and "; " in English.

A list joined with a Chinese separator inside an English sentence ("spouse、parent") reads wrong;
`joined()` takes the separator from the translations like any other text.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

LIST = QT_TRANSLATE_NOOP("wording", "、")  # English: ", "
CLAUSES = QT_TRANSLATE_NOOP("wording", "；")  # English: "; "


def joined(items: Iterable[str], separator: str = LIST) -> str:
    """The items joined with the list (or clause) separator of the interface language."""
    return QCoreApplication.translate("wording", separator).join(items)
