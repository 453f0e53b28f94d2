"""The printed case summary (案件摘要): one A4 page, ReportLab, the document font embedded."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from vipdesk.domain.catalog import Catalog
from vipdesk.domain.eligibility import REASON_LABELS
from vipdesk.rules import Rules
from vipdesk.services.case_queue import CaseDetail
from vipdesk.services.cases import STATUS_NAMES, TYPE_NAMES


def _when(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def case_summary_pdf(detail: CaseDetail, rules: Rules, catalog: Catalog) -> bytes:
    """The case summary as PDF bytes (personal data masked)."""
    from vipdesk.documents.styles import styles, text

    s = styles()
    row = detail.row
    service = rules.service_names.get(row.service_code or "", "")
    try:
        item = catalog.item(row.item_code).name if row.item_code else ""
    except KeyError:
        item = row.item_code or ""
    if row.eligible is None:
        verdict = "无需资格审核"
    elif detail.override_reason:
        verdict = f"主管推翻拒绝决定：{detail.override_reason}"
    else:
        verdict = "符合服务条件" if row.eligible else "不符合服务条件"
    lines = [
        ("案件号", row.case_no),
        ("类型", TYPE_NAMES[row.case_type]),
        ("状态", STATUS_NAMES[row.status]),
        ("客户", f"{row.member_name}（{detail.member_id_masked}）"),
        ("被服务人", row.person_name),
        ("服务", " / ".join(x for x in (service, item) if x) or "—"),
        ("所在地", detail.location or "—"),
        ("距居住地", "—" if detail.distance_km is None else f"{detail.distance_km:g} 公里"),
        ("旅行天数", "—" if detail.trip_day is None else f"第 {detail.trip_day} 天"),
        ("审核结果", verdict),
        ("受理时间", _when(row.opened_at)),
        ("回复期限", _when(row.due_at)),
        ("回拨电话", detail.callback_phone_masked or "—"),
        ("经办人", row.assignee or "—"),
    ]
    table = Table(
        [[Paragraph(text(k), s.cell), Paragraph(text(v), s.cell)] for k, v in lines],
        colWidths=[28 * mm, 140 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#C8CED4")),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F3F5F7")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story = [Paragraph("服务案件摘要", s.title), Spacer(1, 4 * mm), table, Spacer(1, 4 * mm)]
    if detail.reasons:
        story.append(
            Paragraph(
                "不符合条件的原因："
                + text("、".join(f"{REASON_LABELS.get(r, r)}（{r}）" for r in detail.reasons)),
                s.body,
            )
        )
    if detail.description:
        story += [Paragraph("情况描述", s.h3), Paragraph(text(detail.description), s.body)]
    hotline = "、".join(rules.hotlines.get("rescue", []))
    story += [
        Spacer(1, 6 * mm),
        Paragraph(
            text(
                f"24小时救援热线：{hotline}　客服热线：{rules.hotlines.get('customer_service', '')}"
            ),
            s.muted,
        ),
    ]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"服务案件摘要 {row.case_no}",
        creator="VIP Desk",
    )
    doc.build(story)
    return buffer.getvalue()
