"""The customer handbook of a tier (optionally personalised): plain values in, PDF bytes out."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from vipdesk import __version__
from vipdesk.documents.content import Content
from vipdesk.documents.handbook_builder import HandbookBuilder
from vipdesk.documents.handbook_pages import Cover, CoverFacts, HandbookDoc, Run
from vipdesk.documents.styles import FormCanvas, metadata, tier_colour
from vipdesk.domain.cards import format_card_number
from vipdesk.rules import Rules


@dataclass(frozen=True)
class HandbookMember:
    """The member a handbook is personalised for: name and card number."""

    name: str
    card_number: str | None = None


@dataclass(frozen=True)
class HandbookRequest:
    """One handbook of a (combined) document: the tier and the member, if personalised."""

    tier: str
    member: HandbookMember | None = None


def _story(
    rules: Rules,
    content: Content,
    request: HandbookRequest,
    index: int,
    combined: bool,
    printed_on: dt.date,
    doc: HandbookDoc,
) -> list[Flowable]:
    tier = rules.tier(request.tier)
    member = request.member
    title = f"{member.name} · {tier.name}" if combined and member else ""
    if combined and not title:
        title = tier.name
    run = Run(
        prefix=f"h{index}_",
        header=f"{content.company_short} · {content.handbook_title}",
        tier_name=tier.name,
        colour=tier_colour(tier.code, tier.colour),
        footer=f"VIP Desk {__version__} · 内容版本 {content.version} · 规则版本 {rules.version}",
        outline_level=1 if combined else 0,
        title=title,
    )
    doc.runs.append(run)
    b = HandbookBuilder(rules, content, tier, run)
    b.width = doc.width
    chapters = (
        b.definitions()
        + b.tier_table()
        + b.service_chapters()
        + b.other_services()
        + b.relatives()
        + b.costs()
        + b.hotline()
        + b.statements()
    )
    facts = CoverFacts(
        company=content.company, company_en=content.company_en,
        title=content.handbook_title, tier_name=tier.name, tier_name_en=tier.name_en,
        colour=run.colour, member_name=member.name if member else "",
        card_number=format_card_number(member.card_number) if member and member.card_number
        else "", note=content.cover_note,
        version_line=f"内容版本 {content.label} · 规则版本 {rules.version}",
        printed_on=printed_on,
        hotline=f"24小时服务热线　{b.values['hotline_1']}　{b.values['hotline_2']}",
    )  # fmt: skip
    lead: list[Flowable] = [NextPageTemplate("cover")]
    if index:
        lead.append(PageBreak())
    return [
        *lead,
        Cover(facts),
        NextPageTemplate("body"),
        PageBreak(),
        *b.contents_page(),
        PageBreak(),
        *chapters,
    ]


def render_handbooks(
    rules: Rules,
    content: Content,
    requests: Sequence[HandbookRequest],
    printed_on: dt.date | None = None,
    on_item: Callable[[int], None] | None = None,
) -> bytes:
    """One PDF holding a handbook per request (each numbered on its own), as bytes.

    `on_item(n)` is called when the n-th handbook begins (progress; may raise to stop).
    """
    day = printed_on or dt.date.today()
    first = rules.tier(requests[0].tier)
    single = len(requests) == 1
    name = requests[0].member.name if single and requests[0].member else ""
    title = f"{first.name}{content.handbook_title}" if single else content.handbook_title
    buffer = io.BytesIO()
    doc = HandbookDoc(buffer, **metadata(
        title=f"{title}（{name}）" if name else title,
        subject=f"{content.handbook_title}，内容版本 {content.version}",
        author=content.company,
        keywords=f"贵宾服务手册, 内容版本 {content.version}, 规则版本 {rules.version}",
    ))  # fmt: skip
    doc.on_item = on_item
    story: list[Flowable] = []
    for i, request in enumerate(requests):
        story += _story(rules, content, request, i, not single, day, doc)
    doc.build(story, canvasmaker=FormCanvas)
    return buffer.getvalue()


def render_handbook(
    rules: Rules,
    content: Content,
    tier: str,
    member: HandbookMember | None = None,
    printed_on: dt.date | None = None,
) -> bytes:
    """The handbook of `tier` (personalised for `member` if given) as PDF bytes."""
    return render_handbooks(rules, content, [HandbookRequest(tier, member)], printed_on)
