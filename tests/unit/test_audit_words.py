"""Audit records in plain Chinese: action names, from → to in words, never raw keys or full IDs."""

from __future__ import annotations

import json
import re
from types import SimpleNamespace

import pytest

from vipdesk.services.audit_words import ACTION_NAMES, describe


def record(action, before=None, after=None):
    return SimpleNamespace(action=action, before=before, after=after)


@pytest.mark.parametrize(
    ("action", "before", "after", "expected"),
    [
        (
            "relative.designate",
            {"places_left": 2},
            {"name": "李秀英", "relation": "spouse", "program": "vip", "places_left": 1},
            "指定亲属：姓名：李秀英；关系：配偶；项目：贵宾卡；剩余名额由2改为1",
        ),
        (
            "case.status",
            json.dumps({"status": "closed", "case_no": "0000-20261127-0001"}),
            json.dumps({"status": "in_progress", "case_no": "0000-20261127-0001"}),
            "案件状态变更：状态由已关闭改为处理中",
        ),
        (
            "member.reveal_id",
            None,
            {"purpose": "客户办理业务核对"},
            "查看完整证件号码：用途：客户办理业务核对",
        ),
        (
            "case.override",
            {"eligible": False, "reasons": ["trip_too_long"]},
            {
                "eligible": True,
                "override_reason": "特批",
                "requester": "柜员一",
                "approver": "主管",
            },
            "主管特批：审核结果由不予受理改为可以受理；特批理由：特批；申请人：柜员一；批准人：主管",
        ),
        ("staff.sign_in", None, None, "登录"),
        ("something.new", None, {"x_raw_key": 1}, "其他操作"),
    ],
)
def test_each_record_reads_as_one_plain_chinese_line(action, before, after, expected):
    assert describe(record(action, before, after)) == expected


def test_no_raw_keys_and_no_full_id_numbers():
    line = describe(
        record(
            "relative.remove",
            {"status": "active", "places_left": 0},
            {
                "status": "removed",
                "places_left": 1,
                "removed_reason": "证件 110105197001010012 有误",
            },
        )
    )
    assert not re.search(r"[a-z]+_[a-z]+", line)  # no places_left, removed_reason …
    assert "110105197001010012" not in line and "110***********0012" in line


def test_every_named_action_is_chinese():
    assert all(re.search(r"[\u4e00-\u9fff]", name) for name in ACTION_NAMES.values())
