"""Shared look of our documents: page size, colours, paragraph styles, late-filled page numbers.

Page numbers ("第 3 页 / 共 12 页") and the page numbers of the contents are not known while a
page is drawn. Instead of building the document twice, the page draws a PDF form XObject by name
(`FormCanvas.later`) and the form is defined when the document is saved, once every number is
known: a single pass, and the text stays extractable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, TableStyle

from vipdesk.documents.fonts import document_font

# Binary (deflated) streams instead of ASCII85 text: smaller files, faster saving. Only our
# documents use ReportLab in this process, so the global switch is ours to set.
rl_config.useA85 = 0

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
INK = colors.HexColor("#1E2329")
MUTED = colors.HexColor("#5F6B76")
RULE = colors.HexColor("#C8CED4")
PALE = colors.HexColor("#F3F5F7")
CREATOR = "VIP Desk"


def tier_colour(code: str | None, hex_colour: str | None) -> colors.Color:
    """The tier's colour (rules.tier(code).colour), or our ink colour."""
    return colors.HexColor(hex_colour) if hex_colour else INK


def text(value: object) -> str:
    """A plain value made safe for Paragraph markup."""
    return escape("" if value is None else str(value))


def cn_date(day: dt.date) -> str:
    """2025年3月1日."""
    return f"{day.year}年{day.month}月{day.day}日"


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of our documents, in the document font."""

    font: str
    bold: str
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    title: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    right: ParagraphStyle
    center: ParagraphStyle


@cache
def styles() -> Styles:
    """Paragraph styles (CJK word wrap) in the registered document font."""
    choice = document_font()
    font, bold = choice.regular, choice.bold

    def style(name: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("textColor", INK)
        return ParagraphStyle(
            name,
            fontName=kw.pop("fontName", font),
            fontSize=size,
            leading=leading,
            wordWrap="CJK",
            **kw,
        )

    return Styles(
        font=font,
        bold=bold,
        body=style("body", 10.5, 17, spaceAfter=4),
        small=style("small", 9, 13.5),
        muted=style("muted", 8.5, 12.5, textColor=MUTED),
        h1=style("h1", 17, 24, fontName=bold, spaceBefore=4, spaceAfter=10),
        h2=style("h2", 13, 19, fontName=bold, spaceBefore=10, spaceAfter=5),
        h3=style("h3", 11, 16, fontName=bold, spaceBefore=6, spaceAfter=1),
        title=style("title", 20, 28, fontName=bold, alignment=TA_CENTER, spaceAfter=6),
        cell=style("cell", 9.5, 14),
        cell_head=style("cell_head", 9.5, 14, fontName=bold, textColor=colors.white),
        right=style("right", 10, 15, alignment=TA_RIGHT),
        center=style("center", 10, 15, alignment=TA_CENTER),
    )


def metadata(title: str, subject: str, author: str, keywords: str) -> dict[str, str]:
    """PDF document information for a DocTemplate."""
    return {
        "title": title,
        "subject": subject,
        "author": author,
        "keywords": keywords,
        "creator": CREATOR,
    }


PARSED_KEPT = 4096  # parsed paragraph markups kept per process (labels, headings, notes)
_parsed: dict[tuple[str, ParagraphStyle], tuple[Any, ...]] = {}


class Para(Paragraph):
    """A Paragraph that parses its markup once per process and breaks its lines once per width.

    Most of a letter's paragraphs (labels, headings, service names and their conditions) are the
    same text in the same style in every letter: the parsed fragments (read-only once made) are
    kept and handed to ReportLab's own `frags` argument. A table lays out each cell up to three
    times at the same width (measuring the columns, sizing the rows, drawing), and the letter's
    KeepInFrame once more; the lines only depend on the width, so later layouts reuse the first.
    Together ~25% of a letter's rendering (issue 14).
    """

    _laid_out: tuple[float, tuple[float, float]] | None = None

    def __init__(self, text: str, style: ParagraphStyle, *args: Any, **kwargs: Any) -> None:
        if args or kwargs:  # ReportLab's own calls (a split hands over its fragments)
            super().__init__(text, style, *args, **kwargs)
            return
        key = (text, style)
        parsed = _parsed.get(key)
        if parsed is None:
            super().__init__(text, style)
            if len(_parsed) >= PARSED_KEPT:
                _parsed.clear()
            _parsed[key] = (self.text, self.style, self.frags, self.bulletText)
            return
        cleaned, parsed_style, frags, bullet = parsed
        super().__init__(cleaned, parsed_style, bulletText=bullet, frags=frags)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: D102, N803
        laid = self._laid_out
        if laid is not None and laid[0] == availWidth:
            return laid[1]
        size = super().wrap(availWidth, availHeight)
        self._laid_out = (availWidth, size)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: D102, N803
        self._laid_out = None  # the parts are new paragraphs; this one is laid out afresh
        parts = super().split(availWidth, availHeight)
        for part in parts:
            if isinstance(part, Para):
                part._laid_out = None
        return parts


class FormCanvas(Canvas):
    """A canvas whose late text (page totals, contents page numbers) is defined on save."""

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.late_text: dict[str, tuple[str, str, float, float, float, str]] = {}
        self.before_save: Any = None

    def later(self, name: str) -> None:
        """Draw the form `name` here; its text is set with `define_later` before saving."""
        self.doForm(name)

    def define_later(
        self,
        name: str,
        value: str,
        x: float,
        y: float,
        size: float,
        align: str = "left",
        font: str | None = None,
    ) -> None:
        """The text of the form `name`, drawn at (x, y) of the place that uses it."""
        self.late_text[name] = (value, align, x, y, size, font or styles().font)

    def save(self) -> None:
        """Define every late form, then write the file."""
        if self.before_save is not None:
            self.before_save()
        for name, (value, align, x, y, size, font) in self.late_text.items():
            self.beginForm(name)
            self.setFont(font, size)
            self.setFillColor(MUTED)
            if align == "right":
                self.drawRightString(x, y, value)
            elif align == "center":
                self.drawCentredString(x, y, value)
            else:
                self.drawString(x, y, value)
            self.endForm()
        super().save()


class LateNumber(Flowable):
    """A right-aligned number in a table row whose value is known only after layout."""

    def __init__(self, name: str, width: float, height: float = 14) -> None:
        super().__init__()
        self.name, self.width, self.height = name, width, height

    def wrap(self, *_: float) -> tuple[float, float]:  # noqa: D102
        return self.width, self.height

    def draw(self) -> None:  # noqa: D102
        self.canv.later(self.name)


def wan(amount: object) -> str:
    """5000 -> 0.5万元."""
    value = float(str(amount)) / 10000
    return f"{value:g}万元"


def header_grid(colour: colors.Color, highlight: int = 0) -> TableStyle:
    """Table style: header row in `colour`, grid, zebra rows, row `highlight` tinted."""
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), colour),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE]),
    ]
    if highlight:
        style.append(("BACKGROUND", (0, highlight), (-1, highlight), tint(colour, 0.16)))
    return TableStyle(style)


def tint(colour: colors.Color, share: float) -> colors.Color:
    """`colour` mixed into white (an opaque tint; prints the same everywhere)."""
    return colors.Color(*(1 - share + share * c for c in (colour.red, colour.green, colour.blue)))
