"""月度服务报告 — the branch manager's monthly service report (ReportLab): the dashboard's
figures for one month as tables and bar charts, with the version in the footer."""

from __future__ import annotations

import datetime as dt
import math
import os
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from vipdesk import __version__
from vipdesk.documents.styles import styles
from vipdesk.errors import KnownError
from vipdesk.rules import Rules
from vipdesk.services.dashboard import Dashboard, dashboard
from vipdesk.services.database import Actor, Database

BLUE = colors.HexColor("#1F3A60")
STATUS = {"active": "有效", "suspended": "暂停", "none": "非贵宾"}


def month_bounds(month: dt.date) -> tuple[dt.date, dt.date]:
    """The first day of `month` and of the month after it."""
    first = month.replace(day=1)
    after = (first + dt.timedelta(days=32)).replace(day=1)
    return first, after


NOTHING = "本月无记录"


def _table(rows: list[list[Any]], widths: list[float]) -> Any:
    """A table with its header row, or the plain line 本月无记录 when there are no rows."""
    s = styles()
    if len(rows) < 2:
        return Paragraph(NOTHING, s.body)
    table = Table([[Paragraph(str(c), s.cell_head if i == 0 else s.cell) for c in row]
                   for i, row in enumerate(rows)], colWidths=widths)  # fmt: skip
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), BLUE),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#B8C2CC")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))  # fmt: skip
    return table


def count_axis(top: float) -> tuple[int, int]:
    """(step, maximum) of a count axis: whole numbers only, about five steps, at least 1."""
    top = max(int(math.ceil(top)), 1)
    step = max(1, math.ceil(top / 5))
    return step, step * math.ceil(top / step)


def _bars(values: list[list[float]], labels: list[str]) -> Drawing:
    drawing = Drawing(170 * mm, 55 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 8 * mm, 150 * mm, 42 * mm
    chart.data = [v or [0] for v in values]
    chart.categoryAxis.categoryNames = labels or ["—"]
    chart.categoryAxis.labels.fontName = styles().font
    step, top = count_axis(max((x for v in values for x in v), default=0))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labelTextFormat = "%d"  # counts: no 0.2, 0.4 …
    for i, colour in enumerate(("#1F9FE0", "#96C84F", "#F5A623")):
        if i < len(values):
            chart.bars[i].fillColor = colors.HexColor(colour)
    drawing.add(chart)
    return drawing


def report_story(d: Dashboard, rules: Rules, month: dt.date, branch: str) -> list[Any]:
    """The flowables of the report."""
    s = styles()
    names = {t.code: t.name for t in rules.tiers}
    story: list[Any] = [
        Paragraph(f"{branch}贵宾客户服务月度报告", s.title),
        Paragraph(f"{month:%Y年%m月} · 生成于 {dt.date.today():%Y-%m-%d}", s.center),
        Spacer(1, 6 * mm),
        Paragraph("一、客户等级分布（当前）", s.h2),
        _table(
            [["等级", "贵宾状态", "客户数"]]
            + [
                [names.get(t, "未达贵宾等级") if t else "未达贵宾等级", STATUS.get(st, st), n]
                for t, st, n in d.members
            ],
            [60 * mm, 40 * mm, 30 * mm],
        ),  # fmt: skip
        Paragraph("二、每周案件与按时完成", s.h2),
    ]
    weeks = [[f"{w:%m-%d} 起", n, c, m, f"{m * 100 / n:.0f}%" if n else "—"]
             for w, n, c, m in d.weeks]  # fmt: skip
    story.append(_table([["周", "受理", "关闭", "按时", "按时率"], *weeks],
                        [40 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm]))  # fmt: skip
    if d.weeks:
        story.append(_bars([[float(n) for _, n, _, _ in d.weeks],
                            [float(m) for *_, m in d.weeks]],
                           [f"{w:%m-%d}" for w, *_ in d.weeks]))  # fmt: skip
    story.append(Paragraph("三、补发会员卡与指定亲属", s.h2))
    story.append(_table([["月份", "补卡", "指定亲属"], *[list(m) for m in d.months]],
                        [40 * mm, 30 * mm, 30 * mm]))  # fmt: skip
    story.append(Paragraph("四、客户经理关怀事项：已完成与应办", s.h2))
    story.append(_table([["客户经理", "已完成", "应办"], *[list(c) for c in d.care]],
                        [60 * mm, 30 * mm, 30 * mm]))  # fmt: skip
    if d.care:
        story.append(_bars([[float(n) for _, n, _ in d.care], [float(n) for *_, n in d.care]],
                           [m for m, *_ in d.care]))  # fmt: skip
    return story


def monthly_report_pdf(
    db: Database, actor: Actor, rules: Rules, month: dt.date, path: Path | str,
    branch: str = "",
) -> Path:  # fmt: skip
    """Write the month's report to `path` (replaced only when complete); supervisors only."""
    target = Path(path)
    if target.suffix.lower() != ".pdf" or not target.parent.is_dir():
        raise KnownError(f"请给出已存在文件夹中的 .pdf 文件：{target}")
    first, after = month_bounds(month)
    end = dt.datetime.combine(after, dt.time(), tzinfo=dt.UTC)
    with db.read() as session:
        d = dashboard(session, first, end, actor=actor, rules=rules, care_since=first)
    d = replace(d, weeks=[w for w in d.weeks if w[0] < after],
                months=[m for m in d.months if m[0] == f"{first:%Y-%m}"])  # fmt: skip

    def footer(canvas: Any, doc: Any) -> None:
        canvas.setFont(styles().font, 8)
        canvas.drawString(18 * mm, 10 * mm, f"VIP Desk {__version__} · 第 {doc.page} 页")

    fd, tmp = tempfile.mkstemp(suffix=".pdf", dir=target.parent)
    os.close(fd)
    try:
        margins = {"leftMargin": 18 * mm, "rightMargin": 18 * mm}
        doc = SimpleDocTemplate(
            tmp, pagesize=A4, title=f"月度服务报告 {first:%Y-%m}", author="VIP Desk", **margins
        )
        doc.build(report_story(d, rules, first, branch), onFirstPage=footer, onLaterPages=footer)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
