"""The printed handbook holds every service item of the source handbook's catalogue.

The catalogue below is read item by item from the source handbook (seeds/vip-service-handbooks.txt,
the 国内国际救援服务 handbook): each title as the source prints it. A few titles carry a number the
rules file owns (未满十八周岁): those are looked for as printed, with the rules' number in the text.
"""

from __future__ import annotations

import pytest

from tests.docs.pdftools import DAY, flat_text
from vipdesk.documents.handbook import HandbookMember, render_handbook

DOMESTIC = (
    "电话医疗咨询",
    "医疗机构推荐、介绍和建议",
    "协助安排就医住院",
    "住院期间医疗费用的担保和/或垫付",
    "递送必需药物和医疗用品",
    "紧急医疗转送",
    "医疗转送回国内居住地",
    "安排骨灰运送回国内居住地",
    "协助送返未成年同行子女",  # source: 协助送返未满十八周岁的同行子女 (18 from the rules)
    "协助亲友探病",
    "亲友探病住宿安排",
    "亲属处理后事",
    "紧急口讯传递",
    "旅行信息咨询服务",
)
INTERNATIONAL_TRAVEL = (
    "旅行信息咨询服务",
    "大使馆、领事馆信息",
    "行李延误、遗失援助",
    "护照遗失援助",
    "重新安排旅行计划",
    "协助安排酒店住宿",
    "翻译服务",
)
INTERNATIONAL_MEDICAL = (
    "电话医疗咨询",
    "医疗机构推荐、介绍和建议",
    "协助安排就医住院",
    "医疗翻译服务",
    "住院期间医疗费用的担保和/或垫付",
    "递送必需药物和医疗用品",
    "紧急医疗转送",
    "医疗转送回国内居住地",
    "安排骨灰运送回国内居住地",
    "协助亲友探病",
    "亲友探病住宿安排",
)
PROVIDER = "思奥思国际旅行援助服务（北京）有限公司"


@pytest.fixture(scope="module")
def diamond_text() -> str:
    from vipdesk.documents.content import load_content
    from vipdesk.rules import load_rules

    rules, content = load_rules().on(DAY), load_content().on(DAY)
    member = HandbookMember("欧阳娜娜", "8868000000000012")
    return flat_text(render_handbook(rules, content, "diamond", member, DAY))


def chapter(text: str, title: str, next_title: str | None) -> str:
    start = text.index(title, text.index("救援中心"))  # after the contents page
    end = text.index(next_title, start + len(title)) if next_title else len(text)
    return text[start:end]


@pytest.mark.parametrize(
    ("title", "next_title", "items"),
    [
        ("国内医疗救援服务", "国际旅行救援服务", DOMESTIC),
        ("国际旅行救援服务", "国际医疗救援服务", INTERNATIONAL_TRAVEL),
        ("国际医疗救援服务", None, INTERNATIONAL_MEDICAL),
    ],
)
def test_every_source_item_is_printed_in_its_chapter(diamond_text, title, next_title, items):
    body = chapter(diamond_text, title, next_title)
    missing = [item for item in items if item not in body]
    assert not missing, f"{title} lacks {missing}"


def test_the_rescue_center_is_named_as_the_source_names_it(diamond_text):
    assert PROVIDER in diamond_text
    assert "未满18周岁" in diamond_text  # the returning-children number comes from the rules
