"""The chapters of one tier's handbook: glossary, tiers, services, relatives, costs, hotline,
statements and the contents page, as reportlab flowables (assembled by `handbook`)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from vipdesk.documents.content import Content, Section, every_years, fill, rule_values
from vipdesk.documents.handbook_pages import Heading, Run, TocRow
from vipdesk.documents.styles import (
    PALE,
    RULE,
    header_grid,
    styles,
    text,
    tier_colour,
    tint,
    wan,
)
from vipdesk.rules import Rules, TierRule

CN_NUMBERS = "一二三四五六七八九十"


class HandbookBuilder:
    """Builds the chapters (flowables) of one tier's handbook."""

    def __init__(self, rules: Rules, content: Content, tier: TierRule, run: Run) -> None:
        self.rules, self.content, self.tier, self.run = rules, content, tier, run
        self.values = rule_values(rules, content, tier)
        self.colour = tier_colour(tier.code, tier.colour)
        self.hex = "#" + self.colour.hexval()[2:]
        self.st = styles()
        self.chapters: list[tuple[str, str, int]] = []  # key, title, level
        self.width = 0.0

    def t(self, value: str) -> str:
        """Content text with its rule placeholders filled, safe for markup."""
        return text(fill(value, self.values))

    def heading(self, title: str, level: int) -> Heading:
        """A chapter (level 0) or section (level 1) heading, numbered, bookmarked, in contents."""
        key = f"c{len(self.chapters)}"
        if level == 0:
            count = sum(1 for _, _, lv in self.chapters if lv == 0)
            shown = f"{CN_NUMBERS[count]}、{title}"
        else:
            shown = title
        self.chapters.append((key, shown, level))
        style = self.st.h1 if level == 0 else self.st.h2
        markup = f'<font color="{self.hex}">{text(shown)}</font>' if level == 0 else text(shown)
        return Heading(markup, style, self.run, key, level, shown)

    def sections_of(self, service: str) -> list[Section]:
        """The content sections of a service."""
        return [s for s in self.content.sections if s.service == service]

    def definitions(self) -> list[Flowable]:
        """Chapter: the glossary (terms that apply to this tier)."""
        has_relatives = self.tier.relatives > 0
        story: list[Flowable] = [self.heading("名词释义", 0)]
        terms_done: set[str] = set()
        for d in self.content.definitions:
            if d.requires == "relatives" and not has_relatives:
                continue
            if d.requires and d.requires != "relatives" and d.requires not in self.tier.services:
                continue
            same = [x for x in self.content.definitions if x.term == d.term]
            if len(same) > 1 and not d.requires and has_relatives:
                continue  # a tier-specific wording of this term exists
            if d.term in terms_done:
                continue
            terms_done.add(d.term)
            term = f'<font color="{self.hex}"><b>{text(d.term)}</b></font>'
            story.append(Paragraph(f"{term}：{self.t(d.text)}", self.st.body))
        return story

    def tier_table(self) -> list[Flowable]:
        """Chapter: every tier, its AFYP band and services; this tier highlighted."""
        st = self.st
        rows = [[Paragraph(h, st.cell_head) for h in ("贵宾等级", "入围标准（AFYP）", "服务内容")]]
        mine = 0
        for i, tier in enumerate(self.rules.tiers, start=1):
            band = f"{wan(tier.min_afyp)} ≤ AFYP"
            if tier.max_afyp is not None:
                band += f" &lt; {wan(tier.max_afyp)}"
            if tier.channel:
                band += f"<br/>（{text(self.content.name('channel', tier.channel))}）"
            services = []
            for code in tier.services:
                name = self.rules.service_names[code]
                if code == "health_check":
                    name += f"（{every_years(tier.health_check_every_years)}）"
                services.append(text(name))
            if tier.relatives:
                services.append(f"指定亲属{tier.relatives}名")
            name = text(tier.name)
            if tier.code == self.tier.code:
                mine, name = i, f"<b>{name}</b><br/>（您的等级）"
            rows.append(
                [
                    Paragraph(name, st.cell),
                    Paragraph(band, st.cell),
                    Paragraph("、".join(services), st.cell),
                ]
            )
        table = Table(rows, colWidths=[34 * mm, 52 * mm, None], repeatRows=1)
        table.setStyle(header_grid(self.colour, highlight=mine))
        intro = "贵宾等级由您作为被保险人的累计年化标准保费（AFYP）决定，保费变化时等级随之调整。"
        return [
            self.heading("贵宾等级与服务内容", 0),
            Paragraph(intro, st.body),
            Spacer(1, 3 * mm),
            table,
        ]

    def items(self, section: Section) -> list[Flowable]:
        """The numbered items of a section, each with who bears the cost."""
        st, story = self.st, []
        if section.intro:
            story.append(Paragraph(self.t(section.intro), st.body))
        for n, item in enumerate(section.items, start=1):
            parts: list[Flowable] = [
                Paragraph(f"{n}．{text(item.title)}", st.h3),
                Paragraph(self.t(item.text), st.body),
            ]
            payer = text(self.content.name("payer", item.payer))
            tone = "#B4463C" if item.payer != "company" else "#2E7D4F"
            if item.note:
                parts.append(Paragraph(f"※ {self.t(item.note)}", st.muted))
            line = f'<font color="{tone}">费用：{payer}</font>　{self.t(item.cost)}'
            parts.append(Paragraph(line, st.muted))
            story.append(KeepTogether(parts))
        return story

    def service_chapters(self) -> list[Flowable]:
        """Chapters for the rescue services of this tier (domestic; international if held)."""
        story: list[Flowable] = []
        for service in ("domestic_rescue", "international_rescue"):
            if service not in self.tier.services:
                continue
            sections = self.sections_of(service)
            story.append(CondPageBreak(80 * mm))
            if len(sections) == 1:
                story += [self.heading(sections[0].title, 0), *self.items(sections[0])]
                continue
            story.append(self.heading(self.rules.service_names[service] + "服务", 0))
            for section in sections:
                story += [self.heading(section.title, 1), *self.items(section)]
        return story

    def other_services(self) -> list[Flowable]:
        """Chapter: phone doctor, health check, courtesy, activities — those this tier has."""
        codes = [
            c
            for c in ("phone_doctor", "health_check", "global_courtesy", "customer_activities")
            if c in self.tier.services
        ]
        if not codes:
            return []
        story: list[Flowable] = [CondPageBreak(60 * mm), self.heading("其他贵宾服务", 0)]
        for code in codes:
            for section in self.sections_of(code):
                title = section.title or self.rules.service_names[code]
                story += [self.heading(title, 1), Paragraph(self.t(section.intro), self.st.body)]
        return story

    def relatives(self) -> list[Flowable]:
        """Chapter: designated relatives (tiers with relatives only)."""
        if self.tier.relatives <= 0:
            return []
        rel = self.content.relatives
        story: list[Flowable] = [CondPageBreak(50 * mm), self.heading(rel["title"], 0)]
        story += [Paragraph(f"• {self.t(p)}", self.st.body) for p in rel["paragraphs"]]
        return story

    def costs(self) -> list[Flowable]:
        """Chapter: who bears which cost, for every item of this tier's rescue services."""
        st = self.st
        rows = [[Paragraph(h, st.cell_head) for h in ("项目", "费用承担", "说明")]]
        groups = []
        for service in ("domestic_rescue", "international_rescue"):
            if service not in self.tier.services:
                continue
            for section in self.sections_of(service):
                groups.append(len(rows))
                rows.append([Paragraph(f"<b>{text(section.title)}</b>", st.cell), "", ""])
                for item in section.items:
                    tone = "#B4463C" if item.payer != "company" else "#2E7D4F"
                    payer = text(self.content.name("payer", item.payer))
                    rows.append(
                        [
                            Paragraph(text(item.title), st.cell),
                            Paragraph(f'<font color="{tone}">{payer}</font>', st.cell),
                            Paragraph(self.t(item.cost), st.cell),
                        ]
                    )
        table = Table(rows, colWidths=[58 * mm, 26 * mm, None], repeatRows=1)
        style = header_grid(self.colour)
        for row in groups:
            style.add("SPAN", (0, row), (-1, row))
            style.add("BACKGROUND", (0, row), (-1, row), tint(self.colour, 0.16))
        table.setStyle(style)
        note = "下表列出各救援项目的费用由谁承担；申请服务前，柜面或救援中心也会向您说明。"
        return [
            CondPageBreak(90 * mm),
            self.heading("费用承担一览", 0),
            Paragraph(note, st.body),
            table,
        ]

    def hotline(self) -> list[Flowable]:
        """Chapter: the hotline page — numbers, calling from home and abroad, what to say."""
        st, h, v = self.st, self.content.hotline, self.values
        big = styles().title.clone(
            "hotline", alignment=0, fontSize=19, leading=26, textColor=self.colour
        )
        rows = [
            [
                Paragraph(text(h["domestic_label"]), st.h3),
                Paragraph(f"{text(v['hotline_1'])}<br/>{text(v['hotline_2'])}", big),
            ],
            [
                Paragraph(text(h["abroad_label"]), st.h3),
                [
                    Paragraph(f"{text(h['abroad_hint'])}：", st.small),
                    Paragraph(f"{text(v['abroad_1'])}<br/>{text(v['abroad_2'])}", big),
                ],
            ],
        ]
        box = Table(rows, colWidths=[34 * mm, None])
        box.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 1.2, self.colour),
            ("BACKGROUND", (0, 0), (-1, -1), PALE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ("LEFTPADDING", (0, 0), (0, -1), 10),
        ]))  # fmt: skip
        cells = [Paragraph(f"{i}．{text(x)}", st.body) for i, x in enumerate(h["tell_us"], 1)]
        cells += [""] * (-len(cells) % 4)
        tell = Table([cells[i : i + 4] for i in range(0, len(cells), 4)], hAlign="LEFT")
        tell.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return [
            PageBreak(), self.heading(h["title"], 0), Paragraph(self.t(h["intro"]), st.body),
            Spacer(1, 3 * mm), box, Spacer(1, 5 * mm),
            Paragraph(text(h["tell_us_title"]), st.h3), tell,
            Spacer(1, 3 * mm), Paragraph(self.t(h["reminder"]), st.body),
            Paragraph(self.t(h["card_lost"]), st.body),
        ]  # fmt: skip

    def statements(self) -> list[Flowable]:
        """Chapter: special statements."""
        story: list[Flowable] = [Spacer(1, 6 * mm), self.heading("特别声明", 0)]
        for n, s in enumerate(self.content.statements, start=1):
            story.append(Paragraph(f"{n}．{self.t(s)}", self.st.body))
        return story

    def contents_page(self) -> list[Flowable]:
        """The welcome text and the contents (filled from the chapters built so far)."""
        story: list[Flowable] = [
            Paragraph("致贵宾客户", self.st.h1),
            Paragraph(self.t(self.content.welcome), self.st.body),
            Spacer(1, 6 * mm),
            Paragraph("目　录", self.st.h1),
        ]
        for key, title, level in self.chapters:
            story.append(TocRow(title, f"{self.run.prefix}toc{key}", level, self.width))
        return story
