"""The handbook: per tier the right services, contents and bookmarks, page numbers, metadata."""

from __future__ import annotations

import re

import pytest

from tests.docs.pdftools import DAY, all_text, flat_text, outline_titles, pages_text, reader
from vipdesk.documents.handbook import (
    HandbookMember,
    HandbookRequest,
    render_handbook,
    render_handbooks,
)

# A phrase only the chapter of each service prints, and the tiers holding that service.
MARKERS = {
    "国际旅行救援服务": {"gold", "health_gold", "platinum", "diamond"},
    "护照遗失援助": {"gold", "health_gold", "platinum", "diamond"},
    "国际医疗救援服务": {"gold", "health_gold", "platinum", "diamond"},
    "六、指定亲属": {"platinum", "diamond"},
    "可指定的亲属为您的配偶、父母、子女": {"platinum", "diamond"},
    "体检机构和时间": {"health_gold", "platinum", "diamond"},
    "专属礼遇服务": {"diamond"},
    "健康讲座": {"platinum", "diamond"},
    "电话医生不提供诊断": {"gold", "health_gold", "platinum", "diamond"},
}
TIERS = ("silver", "gold", "health_gold", "platinum", "diamond")


@pytest.fixture(scope="module")
def handbooks():
    from vipdesk.documents.content import load_content
    from vipdesk.rules import load_rules

    rules, content = load_rules().on(DAY), load_content().on(DAY)
    member = HandbookMember("欧阳娜娜", "8868000000000012")
    return {t: render_handbook(rules, content, t, member, DAY) for t in TIERS}


@pytest.mark.parametrize("tier", TIERS)
def test_each_tier_shows_its_services_and_not_the_others(handbooks, tier):
    text = flat_text(handbooks[tier])
    assert "国内医疗救援服务" in text and "电话医疗咨询" in text
    for marker, tiers in MARKERS.items():
        if tier in tiers:
            assert marker in text, f"{tier} handbook lacks {marker}"
        else:
            assert marker not in text, f"{tier} handbook shows {marker}"


def test_silver_handbook_has_no_international_section(handbooks):
    text = all_text(handbooks["silver"])
    assert "国际医疗救援服务" not in text and "国际救援范围" not in text
    assert not any("国际" in t for t in outline_titles(handbooks["silver"]))


def test_hotline_page_uses_the_rules_numbers(handbooks, today_rules):
    text = all_text(handbooks["silver"])
    hot = today_rules.hotlines
    for number in [*hot["rescue"], *hot["rescue_abroad"], hot["customer_service"]]:
        assert number in text
    assert "国际接入码" in text and "证件号码" in text


def test_cover_is_personalised_and_records_the_versions(handbooks):
    cover = pages_text(handbooks["diamond"])[0]
    assert "欧阳娜娜" in cover and "8868 0000 0000 0012" in cover
    assert "都会钻石卡" in cover and "内容版本 2020.1" in cover and "规则版本" in cover


def test_contents_bookmarks_and_page_numbers(handbooks):
    pdf = handbooks["platinum"]
    pages = pages_text(pdf)
    total = len(pages)
    titles = outline_titles(pdf)
    assert titles[0] == "一、名词释义" and "八、服务热线与求助方法" in titles
    assert "国际旅行救援服务" in titles  # a level-two bookmark
    for n, text in enumerate(pages[1:], start=2):
        assert f"第 {n} 页 / 共 {total} 页" in text
    contents = pages[1]
    assert "目 录" in contents or "目　录" in contents
    # each contents entry names the page its chapter really starts on
    for title in ("一、名词释义", "六、指定亲属", "八、服务热线与求助方法"):
        listed = int(re.search(re.escape(title) + r"\s*(\d+)", contents).group(1))
        assert title in pages[listed - 1], f"{title} is not on page {listed}"


def test_metadata_is_set(handbooks):
    info = reader(handbooks["gold"]).metadata
    assert info.title == "都会金卡贵宾客户服务手册（欧阳娜娜）"
    assert info.author == "中美联泰大都会人寿保险有限公司"
    assert "内容版本 2020.1" in info.subject


def test_chinese_lines_never_start_with_closing_punctuation(handbooks):
    for text in pages_text(handbooks["diamond"]):
        for line in text.splitlines():
            assert not line.startswith(("，", "。", "；", "、", "）", "：")), line


def test_combined_handbooks_number_their_own_pages(today_rules, content):
    requests = [
        HandbookRequest("silver", HandbookMember("张伟", None)),
        HandbookRequest("diamond", HandbookMember("李娜", "8868000000000020")),
    ]
    pdf = render_handbooks(today_rules, content, requests, DAY)
    pages = pages_text(pdf)
    covers = [i for i, t in enumerate(pages) if "打印日期" in t]
    assert len(covers) == 2
    second = covers[1]
    silver_total = second
    assert f"第 2 页 / 共 {silver_total} 页" in pages[1]
    assert f"第 2 页 / 共 {len(pages) - second} 页" in pages[second + 1]
    titles = outline_titles(pdf)
    assert "张伟 · 都会银卡" in titles and "李娜 · 都会钻石卡" in titles
