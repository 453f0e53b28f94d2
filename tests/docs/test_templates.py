"""Designated-relative confirmation and card-reissue receipt: plain values in, PDF out."""

from __future__ import annotations

import datetime as dt

from tests.docs.pdftools import all_text, reader
from vipdesk.documents.page import BranchInfo
from vipdesk.documents.templates import render_card_reissue_receipt, render_relative_confirmation


def test_relative_confirmation_holds_the_values():
    pdf = render_relative_confirmation(
        member_name="王芳",
        member_id_masked="110***********002X",
        relative_name="李建国",
        relation="parent",
        program="kangyue",
        designated_on=dt.date(2025, 3, 1),
        waiting_until=dt.date(2025, 3, 31),
        relative_id_masked="320***********1234",
        reference="RC2025030100001",
        staff="柜员一",
        branch=BranchInfo("北京分公司", "北京市朝阳区建国路79号"),
    )
    text = all_text(pdf)
    for expected in (
        "指定亲属确认书",
        "王芳",
        "110***********002X",
        "李建国",
        "父母",
        "都会康悦亲属",
        "2025年3月1日",
        "2025年3月31日",
        "320***********1234",
        "RC2025030100001",
        "柜员一",
        "北京分公司",
        "一经指定不可更换",
        "内容版本 2020.1",
    ):
        assert expected in text, expected
    assert len(reader(pdf).pages) == 1
    assert reader(pdf).metadata.title == "指定亲属确认书"


def test_vip_relative_confirmation_states_the_age_limit():
    pdf = render_relative_confirmation(
        member_name="王芳",
        member_id_masked="110***********002X",
        relative_name="李伟",
        relation="child",
        program="vip",
        designated_on=dt.date(2025, 3, 1),
    )
    text = all_text(pdf)
    assert "子女" in text and "贵宾卡指定亲属" in text and "65周岁" in text
    assert "无等待期" in text


def test_card_reissue_receipt_holds_the_values():
    pdf = render_card_reissue_receipt(
        member_name="王芳",
        member_id_masked="110***********002X",
        old_card_number="8868000000000012",
        old_card_status="lost",
        new_card_number="8868000000000020",
        new_tier="platinum",
        reason="遗失",
        staff="柜员一",
        at=dt.datetime(2025, 3, 1, 10, 30),
        reference="CR2025030100001",
    )
    text = all_text(pdf)
    for expected in (
        "贵宾卡补发回执",
        "8868 0000 0000 0012",
        "已挂失",
        "8868 0000 0000 0020",
        "都会白金卡",
        "遗失",
        "柜员一",
        "2025年3月1日 10:30",
        "CR2025030100001",
        "原卡已即时停用",
    ):
        assert expected in text, expected
