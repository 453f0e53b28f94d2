"""What makes a batch of letters fast (issue 14) changes nothing a letter shows."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate
from sqlalchemy import event, select

from tests.docs.pdftools import all_text, pages_text
from vipdesk.db.models import Member
from vipdesk.documents import styles as styles_module
from vipdesk.documents.batch import print_batch
from vipdesk.documents.content import load_content
from vipdesk.documents.letter import letter_data, render_letter
from vipdesk.documents.styles import Para, styles
from vipdesk.rules import load_rules
from vipdesk.services.members import member_detail

LONG = "贵宾客户可在全国各地享受健康体检、门诊绿色通道与住院探视服务。" * 40


def test_a_paragraph_breaks_its_lines_once_per_width():
    para = Para(LONG, styles().body)
    breaks = []
    real = para.breakLinesCJK

    def counted(widths):
        breaks.append(widths)
        return real(widths)

    para.breakLinesCJK = counted  # type: ignore[method-assign]
    first = para.wrap(300, 800)
    assert para.wrap(300, 800) == first and len(breaks) == 1
    narrower = para.wrap(200, 800)
    assert len(breaks) == 2 and narrower[1] > first[1]  # a new width: laid out afresh
    assert para.wrap(300, 800) == first and len(breaks) == 3


def test_a_paragraph_split_over_pages_keeps_every_character():
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([Para(LONG * 3, styles().body)])
    pages = pages_text(buffer.getvalue())
    assert len(pages) > 1
    assert "".join("".join(p.split()) for p in pages) == LONG * 3


def test_parsed_markup_is_reused_and_renders_the_same(demo, actor):
    styles_module._parsed.clear()
    book = load_rules()
    day = book.current().effective_from
    rules, content = book.on(day), load_content().on(day)
    with demo.read() as session:
        member_id = session.scalar(select(Member.id).where(Member.tier.is_not(None)))
        detail = member_detail(session, book, member_id, day, actor=actor)
    data = letter_data(detail, rules, content, day)
    cold = render_letter(data, content, rules)
    kept = len(styles_module._parsed)
    warm = render_letter(data, content, rules)
    assert kept > 20 and len(styles_module._parsed) == kept  # the second letter parsed nothing
    assert all_text(warm) == all_text(cold)
    assert Para("<b>贵宾</b>", styles().body).frags is Para("<b>贵宾</b>", styles().body).frags


def test_a_letter_reads_only_what_it_shows(demo, actor, tmp_path):
    book = load_rules()
    day = book.current().effective_from
    with demo.read() as session:
        ids = list(session.scalars(select(Member.id).where(Member.tier.is_not(None)).limit(3)))
        full = member_detail(session, book, ids[0], day, actor=actor)
        light = member_detail(session, book, ids[0], day, actor=actor, for_letter=True)
    rules, content = book.on(day), load_content().on(day)
    assert letter_data(light, rules, content, day) == letter_data(full, rules, content, day)
    statements: list[str] = []
    event.listen(demo.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    result = print_batch(demo, book, "letters", ids, tmp_path, on=day, actor=actor)
    assert result.written == 3
    read = " ".join(statements).lower()
    assert "from policies" in read and "from cards" in read  # what a letter shows is read
    for unused in ("card_events", "tier_changes", "member_account_managers"):
        assert unused not in read, unused
    uses = [s for s in statements if "from service_uses" in s.lower()]
    assert len(uses) == len(ids)  # one read of a member's service use, not one per quota
