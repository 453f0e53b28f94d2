"""The eligibility letter: masked ID, tier, card, entitlements, relatives, QR, refusal."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from sqlalchemy import update

from tests.docs.pdftools import add_relative, all_text, first_member, flat_text, pages_text, reader
from tests.staff_helpers import actor_for
from vipdesk.db.models import Member, Policy
from vipdesk.documents.letter import letter_data, letter_reference, render_letter
from vipdesk.documents.page import BranchInfo
from vipdesk.domain.people import mask_id_number
from vipdesk.errors import Refused
from vipdesk.rules import load_rules
from vipdesk.services.members import member_detail

TODAY = dt.date.today()


def _letter(db, content, member_id, branch=None):
    book = load_rules()
    rules = book.on(TODAY)
    with db.read() as session:
        detail = member_detail(session, book, member_id, TODAY, actor=actor_for(db, "clerk1"))
    data = letter_data(detail, rules, content, TODAY)
    return data, render_letter(data, content, rules, branch)


def test_letter_shows_the_masked_id_and_never_the_full_one(demo, content):
    member_id, id_number = first_member(demo, Member.tier == "diamond")
    branch = BranchInfo("北京分公司", "北京市朝阳区建国路79号", "010-12345678")
    data, pdf = _letter(demo, content, member_id, branch)
    text = all_text(pdf)
    assert mask_id_number(id_number) in text
    assert id_number not in flat_text(pdf) and id_number[6:14] not in flat_text(pdf)
    assert len(reader(pdf).pages) == 1
    for expected in (
        "贵宾客户资格确认函",
        "都会钻石卡",
        data.card_number,
        data.reference,
        "北京分公司",
        "北京市朝阳区建国路79号",
        "010-12345678",
        "内容版本 2020.1",
        "国际旅行及医疗救援",
        "全球贵宾礼遇",
        "每年一次",
    ):
        assert expected in text, expected


def test_entitlements_carry_their_conditions(demo, content):
    member_id, _ = first_member(demo, Member.tier == "silver")
    _, pdf = _letter(demo, content, member_id)
    text = flat_text(pdf)
    assert "离开居住地150公里以外" in text and "不超过90天" in text
    assert "国际旅行及医疗救援" not in text and "12小时电话医生" not in text


def test_designated_relatives_are_listed_masked(demo, content):
    member_id, _ = first_member(demo, Member.tier == "platinum")
    number = add_relative(demo, member_id, "赵建华", "spouse")
    _, pdf = _letter(demo, content, member_id)
    text = all_text(pdf)
    assert "赵建华" in text and "配偶" in text and "2024-05-06" in text
    assert mask_id_number(number) in text and number not in flat_text(pdf)


def test_member_without_a_tier_is_refused(demo, content):
    member_id, _ = first_member(demo, Member.tier.is_(None))
    with pytest.raises(Refused) as refused:
        _letter(demo, content, member_id)
    assert refused.value.code == "no_vip_tier"
    assert "没有贵宾等级" in refused.value.message


def test_suspended_member_gets_the_suspension_notice(demo, content):
    member_id, _ = first_member(demo, Member.tier == "gold")
    with demo.write() as session:
        session.execute(
            update(Policy).where(Policy.member_id == member_id).values(status="suspended")
        )
    data, pdf = _letter(demo, content, member_id)
    assert data.vip_status == "suspended"
    assert "贵宾服务暂停" in flat_text(pdf)


def test_reference_has_a_check_digit():
    from vipdesk.domain.cards import luhn_digit

    ref = letter_reference(12, dt.date(2025, 3, 1))
    assert ref.startswith("VL2025030100000012") and len(ref) == 19
    assert luhn_digit(ref[2:-1]) == ref[-1]


def test_qr_code_carries_the_reference(demo, content):
    zxingcpp = pytest.importorskip("zxingcpp")
    pdfium = pytest.importorskip("pypdfium2")
    member_id, _ = first_member(demo, Member.tier == "gold")
    data, pdf = _letter(demo, content, member_id)
    page = pdfium.PdfDocument(io.BytesIO(pdf))[0]
    image = page.render(scale=200 / 72).to_pil()
    decoded = [r.text for r in zxingcpp.read_barcodes(image)]
    assert data.reference in decoded


def test_letter_lines_wrap_without_leading_punctuation(demo, content):
    member_id, _ = first_member(demo, Member.tier == "diamond")
    _, pdf = _letter(demo, content, member_id)
    for line in pages_text(pdf)[0].splitlines():
        assert not line.startswith(("，", "。", "；", "）")), line


def test_letter_with_many_relatives_stays_on_one_page(demo, content):
    """A suspended diamond member with 2 VIP and 2 康悦 relatives: still one page, all names."""
    from sqlalchemy import select

    member_id, _ = first_member(demo, Member.tier == "diamond")
    with demo.write() as session:
        session.execute(
            update(Policy).where(Policy.member_id == member_id).values(status="suspended")
        )
        policy_id = session.scalar(select(Policy.id).where(Policy.member_id == member_id))
    names = ["赵建华", "钱秀英", "孙志强", "李桂兰"]
    add_relative(demo, member_id, names[0], "spouse", slot=1)
    add_relative(demo, member_id, names[1], "parent", slot=2)
    add_relative(demo, member_id, names[2], "child", program="kangyue", slot=1, policy_id=policy_id)
    add_relative(
        demo, member_id, names[3], "parent", program="kangyue", slot=2, policy_id=policy_id
    )
    data, pdf = _letter(demo, content, member_id)
    assert data.vip_status == "suspended" and len(data.relatives) == 4
    assert len(reader(pdf).pages) == 1
    text = flat_text(pdf)
    for name in names:
        assert name in text, name
    assert "贵宾服务暂停" in text and data.reference in text
