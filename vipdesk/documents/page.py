"""One-page documents on branch letterhead: letters, confirmations, receipts."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby
from typing import Any

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Table,
    TableStyle,
)

from vipdesk import __version__
from vipdesk.documents.content import Content
from vipdesk.documents.styles import (
    INK,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PALE,
    RULE,
    FormCanvas,
    Para,
    styles,
)

BRAND = colors.HexColor("#1F3A60")


@dataclass(frozen=True)
class BranchInfo:
    """The branch printing the document (from the desk's settings): name, address, phone."""

    name: str = "客户服务中心"
    address: str = ""
    phone: str = ""


class Marker(Flowable):
    """Zero-size flowable: the document on this page is `reference` (for the footer)."""

    def __init__(self, reference: str) -> None:
        super().__init__()
        self.reference = reference
        self.width = self.height = 0

    def wrap(self, *_: float) -> tuple[float, float]:  # noqa: D102
        return 0, 0

    def draw(self) -> None:  # noqa: D102
        self.canv.current_reference = self.reference


class LetterDoc(BaseDocTemplate):
    """A4 with the branch letterhead on top and the versions and reference in the footer."""

    def __init__(
        self,
        buffer: Any,
        content: Content,
        branch: BranchInfo,
        hotline: str,
        rules_version: str,
        **meta: Any,
    ) -> None:
        super().__init__(
            buffer,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 22 * mm,
            bottomMargin=MARGIN + 6 * mm,
            **meta,
        )
        self.content, self.branch = content, branch
        self.on_item: Any = None
        self.items_done = 0
        self.phone = branch.phone or hotline
        self.rules_version = rules_version
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates(
            [PageTemplate("letter", [frame], onPage=self._head, onPageEnd=self._foot)]
        )

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: D102, N802
        if isinstance(flowable, Marker):
            self.items_done += 1
            if self.on_item is not None:
                self.on_item(self.items_done)

    def _head(self, canv: FormCanvas, doc: Any) -> None:
        st = styles()
        top = PAGE_HEIGHT - MARGIN
        canv.saveState()
        canv.setFillColor(BRAND)
        canv.rect(MARGIN, top - 11 * mm, 2.2 * mm, 11 * mm, stroke=0, fill=1)
        canv.setFont(st.bold, 15)
        canv.drawString(MARGIN + 5 * mm, top - 5 * mm, self.content.company)
        canv.setFont(st.font, 9.5)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN + 5 * mm, top - 10.5 * mm, self.branch.name)
        canv.setFont(st.font, 8.5)
        right = PAGE_WIDTH - MARGIN
        if self.branch.address:
            canv.drawRightString(right, top - 5 * mm, f"地址：{self.branch.address}")
        canv.drawRightString(right, top - 10.5 * mm, f"电话：{self.phone}")
        canv.setStrokeColor(BRAND)
        canv.setLineWidth(1)
        canv.line(MARGIN, top - 14 * mm, right, top - 14 * mm)
        canv.restoreState()

    def _foot(self, canv: FormCanvas, doc: Any) -> None:
        st = styles()
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, MARGIN + 3 * mm, PAGE_WIDTH - MARGIN, MARGIN + 3 * mm)
        canv.setFont(st.font, 7.5)
        canv.setFillColor(MUTED)
        canv.drawString(
            MARGIN,
            MARGIN - 1 * mm,
            f"VIP Desk {__version__} · 内容版本 {self.content.label}"
            f" · 规则版本 {self.rules_version}",
        )
        reference = getattr(canv, "current_reference", "")
        if reference:
            canv.drawRightString(PAGE_WIDTH - MARGIN, MARGIN - 1 * mm, f"编号 {reference}")
        canv.restoreState()


def grid(
    rows: list[list[str]], widths: list[Any], colour: colors.Color, padding: float = 3
) -> Table:
    """A table with a coloured header row; cells are markup strings (`padding` above and below)."""
    st = styles()
    data = [[Para(c, st.cell_head) for c in rows[0]]]
    data += [[Para(c, st.cell) for c in row] for row in rows[1:]]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colour),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE]),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
    ]))  # fmt: skip
    return table


def label_grid(rows: list[tuple[str, str, str, str]]) -> Table:
    """A two-pair-per-row table of label/value cells (labels muted, values dark)."""
    st = styles()
    data = [
        [
            Para(a, st.muted),
            Para(b, st.cell),
            Para(c, st.muted),
            Para(d, st.cell),
        ]
        for a, b, c, d in rows
    ]
    table = Table(data, colWidths=[20 * mm, 58 * mm, 20 * mm, None])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
        ("BACKGROUND", (0, 0), (0, -1), PALE), ("BACKGROUND", (2, 0), (2, -1), PALE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ]))  # fmt: skip
    return table


class QrCode(Flowable):
    """A QR code (reportlab.graphics.barcode's encoder) drawn as one filled path of row runs."""

    def __init__(self, value: str, size: float, border: int = 2) -> None:
        super().__init__()
        qr = QRCode(None, QRErrorCorrectLevel.M)
        qr.addData(value)
        # one fixed mask instead of trying all eight (make() scores each: ~30 ms a letter);
        # every mask is valid and named in the code's format bits, so readers decode it alike
        qr.version = qr.calculate_version()
        qr.makeImpl(False, 0)
        self.modules = qr.modules
        self.value, self.width, self.height, self.border = value, size, size, border

    def wrap(self, *_: float) -> tuple[float, float]:  # noqa: D102
        return self.width, self.height

    def draw(self) -> None:  # noqa: D102
        count = len(self.modules)
        box = self.width / (count + 2 * self.border)
        path = self.canv.beginPath()
        for r, row in enumerate(self.modules):
            y = self.height - (r + self.border + 1) * box
            c = 0
            for dark, run in groupby(bool(m) for m in row):
                n = len(list(run))
                if dark:
                    path.rect((c + self.border) * box, y, n * box, box)
                c += n
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)
