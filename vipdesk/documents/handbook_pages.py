"""Page machinery of the handbook: cover, headers and footers, bookmarks, late page numbers.

One document may hold several handbooks (a combined batch); each starts with its `Cover` and
numbers its own pages. Contents entries and footers use late forms (styles.FormCanvas), so the
document is laid out once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from vipdesk.documents.styles import (
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    FormCanvas,
    cn_date,
    styles,
)


@dataclass(frozen=True)
class CoverFacts:
    """What the cover shows: titles, tier, colour, the member (if personalised), versions."""

    company: str
    company_en: str
    title: str
    tier_name: str
    tier_name_en: str
    colour: colors.Color
    member_name: str
    card_number: str
    note: str
    version_line: str
    printed_on: Any
    hotline: str = ""


@dataclass
class Run:
    """One handbook inside the document: form prefix, header, pages; `title` for its bookmark."""

    prefix: str
    header: str
    tier_name: str
    colour: colors.Color
    footer: str
    outline_level: int
    title: str = ""
    start: int = 0
    pages: list[int] = field(default_factory=list)


class Cover(Flowable):
    """The cover page in the tier's colour; fills the cover frame (the whole page)."""

    def __init__(self, facts: CoverFacts) -> None:
        super().__init__()
        self.facts = facts

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:  # noqa: D102
        self.width, self.height = avail_width, avail_height
        return avail_width, avail_height

    def draw(self) -> None:  # noqa: D102
        c, f, st = self.canv, self.facts, styles()
        band = PAGE_HEIGHT * 0.58
        c.saveState()
        c.setFillColor(f.colour)
        c.rect(0, PAGE_HEIGHT - band, PAGE_WIDTH, band, stroke=0, fill=1)
        c.setFillColor(colors.Color(1, 1, 1, alpha=0.18))
        c.rect(0, PAGE_HEIGHT - band, PAGE_WIDTH, 6 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(st.bold, 15)
        c.drawString(MARGIN, PAGE_HEIGHT - 32 * mm, f.company)
        c.setFont(st.font, 10)
        c.drawString(MARGIN, PAGE_HEIGHT - 39 * mm, f.company_en)
        c.setFont(st.bold, 34)
        c.drawString(MARGIN, PAGE_HEIGHT - band + 62 * mm, f.tier_name)
        c.setFont(st.font, 13)
        c.drawString(MARGIN, PAGE_HEIGHT - band + 50 * mm, f"{f.tier_name_en} VIP Card")
        c.setFont(st.bold, 22)
        c.drawString(MARGIN, PAGE_HEIGHT - band + 24 * mm, f.title)
        c.setFillColor(colors.HexColor("#1E2329"))
        y = PAGE_HEIGHT - band - 22 * mm
        if f.member_name:
            c.setFont(st.font, 10.5)
            c.setFillColor(MUTED)
            c.drawString(MARGIN, y, "持卡人")
            c.drawString(MARGIN + 75 * mm, y, "贵宾卡号")
            c.setFillColor(colors.HexColor("#1E2329"))
            c.setFont(st.bold, 16)
            c.drawString(MARGIN, y - 8 * mm, f.member_name)
            c.drawString(MARGIN + 75 * mm, y - 8 * mm, f.card_number or "—")
            y -= 24 * mm
        c.setStrokeColor(f.colour)
        c.setLineWidth(1.2)
        c.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)
        c.setFont(st.font, 10)
        c.setFillColor(MUTED)
        c.drawString(MARGIN, y - 7 * mm, f.note)
        if f.hotline:
            c.setFillColor(f.colour)
            c.setFont(st.bold, 12)
            c.drawString(MARGIN, y - 18 * mm, f.hotline)
        c.setFont(st.font, 8.5)
        c.drawString(MARGIN, 18 * mm, f.version_line)
        c.drawRightString(PAGE_WIDTH - MARGIN, 18 * mm, f"打印日期 {cn_date(f.printed_on)}")
        c.restoreState()


class Heading(Paragraph):
    """A heading that becomes a bookmark and, if `toc_key` is set, a contents entry."""

    def __init__(self, text: str, style: Any, run: Run, key: str, level: int, outline: str) -> None:
        super().__init__(text, style)
        self.run, self.key, self.level, self.outline = run, key, level, outline


class TocRow(Flowable):
    """A contents line: title, dotted leader, and the page number filled in late."""

    def __init__(self, title: str, form: str, level: int, width: float) -> None:
        super().__init__()
        self.title, self.form, self.level = title, form, level
        self.width, self.height = width, 22 if level == 0 else 18

    def wrap(self, *_: float) -> tuple[float, float]:  # noqa: D102
        return self.width, self.height

    def draw(self) -> None:  # noqa: D102
        c, st = self.canv, styles()
        indent = 0 if self.level == 0 else 8 * mm
        size = 11.5 if self.level == 0 else 10
        font = st.bold if self.level == 0 else st.font
        c.setFont(font, size)
        c.setFillColor(colors.HexColor("#1E2329"))
        c.drawString(indent, 5, self.title)
        start = indent + stringWidth(self.title, font, size) + 4
        c.setStrokeColor(RULE)
        c.setDash(1, 2.5)
        c.line(start, 6, self.width - 18, 6)
        c.setDash()
        c.later(self.form)


class HandbookDoc(BaseDocTemplate):
    """A4 document of one or more handbooks: a cover template and a body template."""

    def __init__(self, buffer: Any, **meta: Any) -> None:
        super().__init__(
            buffer,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 8 * mm,
            bottomMargin=MARGIN + 4 * mm,
            **meta,
        )
        cover = Frame(0, 0, PAGE_WIDTH, PAGE_HEIGHT, 0, 0, 0, 0, id="cover")
        body = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates(
            [
                PageTemplate("cover", [cover], onPage=self._cover_page),
                PageTemplate("body", [body], onPage=self._body_page),
            ]
        )
        self.runs: list[Run] = []
        self.current: Run | None = None
        self.on_item: Any = None

    def beforeDocument(self) -> None:  # noqa: D102
        self.canv.showOutline()
        self.canv.before_save = self.define_page_numbers

    def _cover_page(self, canv: FormCanvas, doc: Any) -> None:
        """A cover page begins the next handbook of the document."""
        index = 0 if self.current is None else self.runs.index(self.current) + 1
        self.current = self.runs[index]
        self.current.start = canv.getPageNumber()
        self.current.pages.append(self.current.start)

    def _body_page(self, canv: FormCanvas, doc: Any) -> None:
        run = self.current
        if run is None:
            return
        page = canv.getPageNumber()
        run.pages.append(page)
        st = styles()
        top = PAGE_HEIGHT - MARGIN + 2 * mm
        canv.saveState()
        canv.setFont(st.font, 8.5)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN, top, run.header)
        canv.setFillColor(run.colour)
        canv.setFont(st.bold, 9)
        canv.drawRightString(PAGE_WIDTH - MARGIN, top, run.tier_name)
        canv.setStrokeColor(run.colour)
        canv.setLineWidth(0.8)
        canv.line(MARGIN, top - 2.5 * mm, PAGE_WIDTH - MARGIN, top - 2.5 * mm)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, MARGIN + 2 * mm, PAGE_WIDTH - MARGIN, MARGIN + 2 * mm)
        canv.setFont(st.font, 8)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN, MARGIN - 3 * mm, run.footer)
        canv.later(f"{run.prefix}pg{page}")
        canv.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: D102, N802
        if isinstance(flowable, Cover):
            if self.on_item is not None and self.current is not None:
                self.on_item(self.runs.index(self.current) + 1)
            run = self.current
            if run is not None and run.title:
                self.canv.bookmarkPage(f"{run.prefix}cover")
                self.canv.addOutlineEntry(run.title, f"{run.prefix}cover", 0, closed=True)
            return
        if isinstance(flowable, Heading):
            run = flowable.run
            rel = self.page - run.start + 1
            self.canv.define_later(
                f"{run.prefix}toc{flowable.key}", str(rel), self.width - 2, 5, 10.5, "right"
            )
            key = f"{run.prefix}{flowable.key}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(
                flowable.outline, key, run.outline_level + flowable.level, closed=flowable.level > 0
            )

    def define_page_numbers(self) -> None:
        """Set the late footer text of every page: 第 n 页 / 共 N 页 within its handbook."""
        for run in self.runs:
            total = len(run.pages)
            for page in run.pages:
                rel = page - run.start + 1
                self.canv.define_later(
                    f"{run.prefix}pg{page}",
                    f"第 {rel} 页 / 共 {total} 页",
                    PAGE_WIDTH - MARGIN,
                    MARGIN - 3 * mm,
                    8,
                    "right",
                )
