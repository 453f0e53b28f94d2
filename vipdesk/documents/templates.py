"""One-page templates for the desk: designated-relative confirmation, card-reissue receipt.

Called by the relatives and cards services with plain values; they return PDF bytes and may run on
any thread. Codes (relation, program, card status, tier) are shown by their Chinese names; an
unknown code is printed as given. ID numbers must be passed already masked.
"""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from vipdesk.documents.content import Content, fill, load_content, rule_values
from vipdesk.documents.page import BRAND, BranchInfo, LetterDoc, Marker, QrCode, label_grid
from vipdesk.documents.styles import FormCanvas, cn_date, metadata, styles, text
from vipdesk.domain.cards import format_card_number
from vipdesk.rules import Rules, load_rules


def _context(day: dt.date, rules: Rules | None, content: Content | None) -> tuple[Rules, Content]:
    return rules or load_rules().on(day), content or load_content().on(day)


def _tier_name(rules: Rules, tier: str) -> str:
    try:
        return rules.tier(tier).name
    except KeyError:
        return tier


def _build(
    title: str,
    reference: str,
    day: dt.date,
    body: list[Flowable],
    content: Content,
    rules: Rules,
    branch: BranchInfo,
    subject: str,
    signature: str,
    staff: str,
) -> bytes:
    st = styles()
    head_rows = [
        [Paragraph(f"编号　{text(reference)}", st.small)] if reference else [""],
        [Paragraph(f"日期　{cn_date(day)}", st.small)],
    ]
    left = Table(head_rows, hAlign="LEFT")
    left.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    qr: Flowable = QrCode(reference, 20 * mm) if reference else Spacer(1, 1)
    head = Table([[left, qr]], colWidths=[None, 22 * mm])
    head.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    sign = Table(
        [
            [
                Paragraph(f"{text(signature)}：", st.body),
                "",
                Paragraph(f"经办人：{text(staff)}", st.body),
            ]
        ],
        colWidths=[30 * mm, 60 * mm, None],
    )
    sign.setStyle(
        TableStyle(
            [("LINEBELOW", (1, 0), (1, 0), 0.6, BRAND), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
        )
    )
    story = [
        Marker(reference),
        Paragraph(text(title), st.title),
        head,
        Spacer(1, 3 * mm),
        *body,
        Spacer(1, 14 * mm),
        sign,
        Spacer(1, 8 * mm),
        Paragraph(f"{text(content.company)}　{text(branch.name)}", st.right),
        Paragraph(text(content.letter["seal"]), st.right),
    ]
    buffer = io.BytesIO()
    values = rule_values(rules, content)
    doc = LetterDoc(
        buffer,
        content,
        branch,
        values["customer_service"],
        rules.version,
        **metadata(
            title=title,
            subject=subject,
            author=content.company,
            keywords=f"内容版本 {content.version}, 规则版本 {rules.version}",
        ),
    )
    doc.build(story, canvasmaker=FormCanvas)
    return buffer.getvalue()


def render_relative_confirmation(
    *,
    member_name: str,
    member_id_masked: str,
    relative_name: str,
    relation: str,
    program: str,
    designated_on: dt.date,
    waiting_until: dt.date | None = None,
    relative_id_masked: str = "",
    reference: str = "",
    staff: str = "",
    branch: BranchInfo | None = None,
    rules: Rules | None = None,
    content: Content | None = None,
) -> bytes:
    """指定亲属确认书: the member designated this relative (program "vip" or "kangyue")."""
    rules, content = _context(designated_on, rules, content)
    st, c = styles(), content.relative_confirmation
    values = rule_values(rules, content)
    grid = label_grid([
        ("被保险人", text(member_name), "证件号码", text(member_id_masked)),
        ("亲属姓名", text(relative_name), "证件号码", text(relative_id_masked or "—")),
        ("关　　系", text(content.name("relation", relation)),
         "类　　别", text(content.name("program", program))),
        ("指定日期", cn_date(designated_on), "等待期至",
         cn_date(waiting_until) if waiting_until else "无等待期"),
    ])  # fmt: skip
    notes = [c["vip_note"] if program == "vip" else c["kangyue_note"]]
    if waiting_until:
        notes.append(c["waiting_note"])
    body: list[Flowable] = [Paragraph(text(c["opening"]), st.body), grid, Spacer(1, 4 * mm)]
    body += [Paragraph(f"• {text(fill(n, values))}", st.body) for n in notes]
    return _build(
        c["title"],
        reference,
        designated_on,
        body,
        content,
        rules,
        branch or BranchInfo(),
        f"{c['title']}（{relative_name}）",
        c["signature"],
        staff,
    )


def render_card_reissue_receipt(
    *,
    member_name: str,
    member_id_masked: str,
    old_card_number: str,
    old_card_status: str,
    new_card_number: str,
    new_tier: str,
    reason: str,
    staff: str,
    at: dt.datetime,
    reference: str = "",
    branch: BranchInfo | None = None,
    rules: Rules | None = None,
    content: Content | None = None,
) -> bytes:
    """贵宾卡补发回执: the old card (now blocked) and the new card issued on the same tier."""
    rules, content = _context(at.date(), rules, content)
    st, c = styles(), content.card_reissue
    grid = label_grid([
        ("被保险人", text(member_name), "证件号码", text(member_id_masked)),
        ("原卡号", text(format_card_number(old_card_number)), "原卡状态",
         text(content.name("card_status", old_card_status))),
        ("新卡号", f"<b>{text(format_card_number(new_card_number))}</b>", "贵宾等级",
         text(_tier_name(rules, new_tier))),
        ("补发原因", text(reason), "办理时间", f"{cn_date(at.date())} {at:%H:%M}"),
    ])  # fmt: skip
    body: list[Flowable] = [
        Paragraph(text(c["opening"]), st.body),
        grid,
        Spacer(1, 4 * mm),
        Paragraph(f"• {text(c['old_card_note'])}", st.body),
    ]
    return _build(
        c["title"],
        reference,
        at.date(),
        body,
        content,
        rules,
        branch or BranchInfo(),
        f"{c['title']}（{member_name}）",
        c["signature"],
        staff,
    )
