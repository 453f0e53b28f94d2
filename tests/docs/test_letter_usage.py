"""The eligibility letter prints the member's service use (服务使用情况) as the desk shows it."""

from __future__ import annotations

import datetime as dt
import os

from tests.docs.pdftools import all_text, first_member, flat_text, reader
from vipdesk.db.models import Member
from vipdesk.documents.letter import letter_data, render_letter
from vipdesk.domain.catalog import load_catalog
from vipdesk.domain.quotas import add_years
from vipdesk.rules import load_rules
from vipdesk.services import usage
from vipdesk.services.members import member_detail

TODAY = dt.date.today()


def test_letter_prints_usage_with_the_first_day_again(demo, content, actor):
    member_id, _ = first_member(demo, Member.tier == "diamond", Member.vip_status == "active")
    book = load_rules()
    rules = book.on(TODAY)
    used_on = TODAY - dt.timedelta(days=30)
    usage.record_use(
        demo, rules, load_catalog().on(TODAY), actor, member_id, "health_check", used_on
    )
    with demo.read() as session:
        detail = member_detail(session, book, member_id, TODAY, actor=actor)
    data = letter_data(detail, rules, content, TODAY)
    [line] = [u for u in data.usage if u.service == "贵宾健康体检"]
    again = add_years(used_on, 1)
    assert line.used == 1 and line.next_available == again and line.limit == "每年1次"
    pdf = render_letter(data, content, rules)
    out = os.environ.get("VIPDESK_SCREENSHOTS")
    if out:
        with open(os.path.join(out, "letter-usage.pdf"), "wb") as fh:
            fh.write(pdf)
    text = flat_text(pdf)
    assert "服务使用情况" in text
    assert f"已用 1 次 · {again.isoformat()} 起可再次使用" in all_text(pdf)
    assert len(reader(pdf).pages) == 1
    assert detail.to_json()["usage"][0]["next_available"] == again.isoformat()
