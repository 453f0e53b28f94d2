"""The eligibility letter (贵宾客户资格确认函): one page per member, plain values in, PDF out."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from vipdesk.documents.content import Content, fill, rule_values
from vipdesk.documents.page import BranchInfo, LetterDoc, Marker, QrCode, grid, label_grid
from vipdesk.documents.styles import FormCanvas, Para, cn_date, metadata, styles, text, tier_colour
from vipdesk.domain.cards import format_card_number, luhn_digit
from vipdesk.domain.quotas import PERIOD_NAMES, QuotaState, usage_text
from vipdesk.errors import Refused
from vipdesk.rules import Rules

if TYPE_CHECKING:
    from vipdesk.services.members import MemberDetail

__all__ = [
    "BranchInfo",
    "LetterData",
    "letter_data",
    "letter_reference",
    "render_letter",
    "render_letters",
]


@dataclass(frozen=True)
class EntitlementLine:
    """A service the member holds and the condition under which it is given."""

    service: str
    condition: str


@dataclass(frozen=True)
class RelativeLine:
    """A designated relative as printed (ID masked, labels in Chinese)."""

    name: str
    relation: str
    id_masked: str
    designated_on: dt.date
    program: str


@dataclass(frozen=True)
class UsageLine:
    """A service with a quota as printed: name, used, limit, period, next available, summary."""

    service: str
    used: int
    limit: str
    period: str
    next_available: dt.date | None
    summary: str


@dataclass(frozen=True)
class LetterData:
    """Everything an eligibility letter shows, as plain values (safe to pass between threads)."""

    reference: str
    printed_on: dt.date
    member_name: str
    salutation: str
    id_masked: str
    tier_name: str
    tier_colour: str
    vip_status: str
    vip_status_label: str
    card_number: str
    card_status: str
    card_issued_on: dt.date | None
    entitlements: tuple[EntitlementLine, ...]
    relatives: tuple[RelativeLine, ...]
    content_version: str
    rules_version: str
    usage: tuple[UsageLine, ...] = ()


COMPACT_FROM = 2  # more relatives than this: compact table rows


def letter_reference(member_id: int, on: dt.date) -> str:
    """The letter's reference number: VL, date, member number, check digit."""
    body = f"{on:%Y%m%d}{member_id:08d}"
    return f"VL{body}{luhn_digit(body)}"


def letter_data(d: MemberDetail, rules: Rules, content: Content, on: dt.date) -> LetterData:
    """The letter of a member from their detail; Refused("no_vip_tier") without a VIP tier."""
    if d.tier is None:
        raise Refused("no_vip_tier", f"{d.name}目前没有贵宾等级，不能出具贵宾资格确认函。")
    tier = rules.tier(d.tier)
    values = rule_values(rules, content, tier)
    lines = tuple(
        EntitlementLine(rules.service_names[code], fill(content.conditions.get(code, ""), values))
        for code in d.entitlements
    )
    relatives = tuple(
        RelativeLine(
            r.name,
            content.name("relation", r.relation),
            r.id_number_masked,
            r.designated_on,
            content.name("program", r.program),
        )
        for r in d.relatives
    )
    card = d.card
    usage = tuple(_usage_line(u, rules) for u in getattr(d, "usage", ()))
    return LetterData(
        reference=letter_reference(d.id, on),
        printed_on=on,
        member_name=d.name,
        salutation=content.name("gender", d.gender),
        id_masked=d.id_number_masked,
        tier_name=tier.name,
        tier_colour=tier.colour,
        vip_status=d.vip_status,
        vip_status_label=content.name("vip_status", d.vip_status),
        card_number=format_card_number(card.number) if card else "",
        card_status=content.name("card_status", card.status) if card else "未发卡",
        card_issued_on=card.issued_on if card else None,
        entitlements=lines,
        relatives=relatives,
        content_version=content.label,
        rules_version=rules.version,
        usage=usage,
    )


def _usage_line(state: QuotaState, rules: Rules) -> UsageLine:
    from vipdesk.services.member_views import quota_name

    if state.limit is None:
        limit = "待确认"
    elif state.every_years:
        limit = f"每{'' if state.every_years == 1 else state.every_years}年{state.limit}次"
    elif state.period == "occasion":
        limit = f"每次住院{state.limit}次"
    else:
        limit = f"每个服务期{state.limit}次"
    period = PERIOD_NAMES[state.period].format(n=state.every_years or "")
    summary = usage_text(state)
    return UsageLine(quota_name(rules, state.code), state.used, limit, period,
                     state.next_available, summary)  # fmt: skip


def _letter(data: LetterData, content: Content) -> list[Flowable]:
    st = styles()
    c = content.letter
    colour = tier_colour(None, data.tier_colour)
    ref_rows = [
        [Para("编　　号", st.muted), Para(text(data.reference), st.small)],
        [Para("出具日期", st.muted), Para(cn_date(data.printed_on), st.small)],
        [Para("内容版本", st.muted), Para(text(data.content_version), st.small)],
    ]
    refs = Table(ref_rows, colWidths=[18 * mm, None], hAlign="LEFT")
    refs.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    qr = QrCode(data.reference, 24 * mm)
    head = Table([[refs, qr]], colWidths=[None, 26 * mm])
    head.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    issued = f"（{cn_date(data.card_issued_on)}发卡）" if data.card_issued_on else ""
    member = label_grid([
        ("姓　　名", text(data.member_name), "证件号码", text(data.id_masked)),
        ("贵宾等级", f'<font color="#{colour.hexval()[2:]}"><b>{text(data.tier_name)}</b></font>',
         "贵宾状态", text(data.vip_status_label)),
        ("贵宾卡号", text(data.card_number or "—"), "卡片状态", text(data.card_status) + issued),
    ])  # fmt: skip
    story: list[Flowable] = [
        Para(text(c["title"]), st.title),
        head,
        Spacer(1, 3 * mm),
        Para(f"尊敬的 {text(data.member_name)} {text(data.salutation)}：", st.body),
        Para(text(c["opening"]), st.body),
        member,
    ]
    if data.vip_status == "suspended":
        story.append(Spacer(1, 2 * mm))
        story.append(Para(f'<font color="#B4463C">{text(c["suspended_notice"])}</font>', st.body))
    story += [Spacer(1, 2 * mm), Para("可享服务及使用条件", st.h3)]
    rows = [["服务", "使用条件"]]
    rows += [[text(e.service), text(e.condition)] for e in data.entitlements]
    # Many relatives: tighter rows, so that shrinking to one page is rarely needed.
    padding = 1.5 if len(data.relatives) > COMPACT_FROM else 3
    story.append(grid(rows, [40 * mm, None], colour, padding))
    if data.usage:
        story.append(Para("服务使用情况", st.h3))
        rows = [["服务", "次数", "使用情况"]]
        rows += [[text(u.service), text(u.limit), text(u.summary)] for u in data.usage]
        story.append(grid(rows, [40 * mm, 30 * mm, None], colour, padding))
    story.append(Para("指定亲属", st.h3))
    if data.relatives:
        rows = [["姓名", "关系", "证件号码", "指定日期", "类别"]] + [
            [
                text(r.name),
                text(r.relation),
                text(r.id_masked),
                r.designated_on.isoformat(),
                text(r.program),
            ]
            for r in data.relatives
        ]
        widths = [26 * mm, 18 * mm, 44 * mm, 26 * mm, None]
        story.append(grid(rows, widths, colour, padding))
    else:
        story.append(Para(text(c["no_relatives"]), st.body))
    values = {"handbook_title": content.handbook_title}
    story += [Spacer(1, 4 * mm), Para(text(fill(c["closing"], values)), st.small)]
    return story


def _signature(branch: BranchInfo, on: dt.date, content: Content) -> list[Flowable]:
    st = styles()
    return [
        Spacer(1, 8 * mm),
        Para(f"{text(content.company)}　{text(branch.name)}", st.right),
        Para(text(content.letter["seal"]), st.right),
        Para(cn_date(on), st.right),
    ]


def render_letters(
    letters: Sequence[LetterData],
    content: Content,
    rules: Rules,
    branch: BranchInfo | None = None,
    on_item: Callable[[int], None] | None = None,
) -> bytes:
    """One PDF with one page per letter, as bytes; `on_item(n)` after the n-th letter."""
    branch = branch or BranchInfo()
    values = rule_values(rules, content)
    buffer = io.BytesIO()
    single = len(letters) == 1
    title = content.letter["title"]
    doc = LetterDoc(buffer, content, branch, values["customer_service"], rules.version, **metadata(
        title=f"{title}（{letters[0].member_name}）" if single else f"{title}（{len(letters)}份）",
        subject=f"{title}，内容版本 {content.version}",
        author=content.company,
        keywords=f"贵宾资格确认函, 内容版本 {content.version}, 规则版本 {rules.version}",
    ))  # fmt: skip
    doc.on_item = on_item
    story: list[Flowable] = []
    # The frame's own padding (6 pt a side) is taken off what a letter may fill.
    width, height = doc.width - 12, doc.height - 12
    for i, data in enumerate(letters):
        if i:
            story.append(PageBreak())
        body = _letter(data, content) + _signature(branch, data.printed_on, content)
        # One page per letter, always: a long letter is scaled down rather than split.
        story += [Marker(data.reference), KeepInFrame(width, height, body, mode="shrink")]
    doc.build(story, canvasmaker=FormCanvas)
    return buffer.getvalue()


def render_letter(
    data: LetterData, content: Content, rules: Rules, branch: BranchInfo | None = None
) -> bytes:
    """One eligibility letter as PDF bytes."""
    return render_letters([data], content, rules, branch)
