"""Audit records in plain Chinese: the action's name and what changed, from and to, in words.

Never raw keys (`places_left: 2 → name: …`): every field has a Chinese name, every code value a
word; fields without a name are left out rather than shown as keys.
"""

from __future__ import annotations

import json
import re
from typing import Any

from vipdesk.domain.people import mask_id_number

ID_NUMBER = re.compile(r"(?<!\d)(\d{17}[\dXx]|\d{15})(?!\d)")  # never shown whole
ACTION_NAMES = {
    "relative.designate": "指定亲属",
    "relative.remove": "移除指定亲属",
    "card.reissue": "补发贵宾卡",
    "member.reveal_id": "查看完整证件号码",
    "case.open": "新建服务案件",
    "case.status": "案件状态变更",
    "case.note": "案件备注",
    "case.follow_up": "案件跟进",
    "case.override": "主管特批",
    "case.assign": "案件转派",
    "case.reopen": "重新打开案件",
    "import.members": "导入客户",
    "import.policies": "导入保单",
    "tiers.recompute": "重算会员等级",
    "demo.add": "添加演示客户",
    "backup.run": "备份数据库",
    "backup.restore": "恢复数据库",
    "settings.change": "修改系统设置",
    "permission.refused": "越权操作被拒绝",
    "staff.first_admin": "创建第一位系统管理员",
    "staff.add": "添加员工账号",
    "staff.disable": "停用员工账号",
    "staff.enable": "启用员工账号",
    "staff.reset_password": "重置员工密码",
    "staff.unlock": "解锁员工账号",
    "staff.role": "更改员工岗位",
    "staff.branch": "更改员工机构",
    "staff.sign_in": "登录",
    "staff.sign_out": "退出登录",
    "staff.sign_in_failed": "登录失败",
    "staff.sign_in_refused": "登录被拒绝",
    "staff.locked": "账号因连续输错密码被锁定",
    "staff.idle_lock": "无操作自动锁屏",
    "staff.idle_unlock": "锁屏后输入密码解锁",
    "staff.password_checked": "验证原密码",
    "staff.password_change": "修改本人密码",
}

FIELD_NAMES = {
    "name": "姓名",
    "display_name": "姓名",
    "username": "用户名",
    "id_number_masked": "证件号码",
    "relation": "关系",
    "program": "项目",
    "policy_no": "保单号",
    "slot": "名额序号",
    "status": "状态",
    "designated_on": "指定日期",
    "places_left": "剩余名额",
    "removed_reason": "移除原因",
    "number": "卡号",
    "old_number": "原卡号",
    "new_number": "新卡号",
    "tier": "等级",
    "reason": "原因",
    "purpose": "用途",
    "case_no": "案件号",
    "case_type": "案件类型",
    "text": "内容",
    "eligible": "审核结果",
    "override_reason": "特批理由",
    "requester": "申请人",
    "approver": "批准人",
    "role": "岗位",
    "branch_code": "机构",
    "active": "账号状态",
    "permission": "所需权限",
    "why": "原因",
    "failures": "连续失败次数",
    "minutes": "锁定分钟数",
    "file": "文件",
    "members": "客户数",
    "rows": "行数",
    "inserted": "新增",
    "updated": "更新",
    "unchanged": "未变",
    "idle_minutes": "无操作锁屏分钟数",
    "lockout_failures": "锁定前允许输错次数",
    "lockout_minutes": "账号锁定分钟数",
    "assignee": "负责人",
    "members_changed": "等级变化人数",
    "cards_issued": "发卡数",
    "old": "原卡",
    "new": "新卡",
    "member_name": "客户",
}

VALUE_NAMES: dict[str, dict[Any, str]] = {
    "relation": {"spouse": "配偶", "parent": "父母", "child": "子女"},
    "program": {"vip": "贵宾卡", "kangyue": "都会康悦"},
    "status": {
        "active": "有效",
        "removed": "已移除",
        "suspended": "暂停",
        "lost": "挂失",
        "damaged": "损坏",
        "replaced": "已更换",
        "revoked": "已注销",
        "new": "新建",
        "in_progress": "处理中",
        "waiting_customer": "等待客户",
        "resolved": "已解决",
        "closed": "已关闭",
    },
    "reason": {"lost": "挂失", "damaged": "损坏"},
    "case_type": {
        "rescue": "救援/服务申请",
        "complaint": "投诉",
        "enquiry": "咨询",
        "card_reissue": "补卡",
    },
    "tier": {
        "silver": "都会银卡",
        "gold": "都会金卡",
        "health_gold": "都会健康金卡",
        "platinum": "都会白金卡",
        "diamond": "都会钻石卡",
    },
    "eligible": {True: "可以受理", False: "不予受理"},
    "active": {True: "启用", False: "停用"},
    "role": {"clerk": "柜员", "supervisor": "主管", "admin": "系统管理员"},
    "why": {
        "wrong": "密码错误",
        "unknown": "用户名不存在",
        "no_password": "账号尚未设置密码",
        "locked": "账号已锁定",
        "disabled": "账号已停用",
    },
}
# what to say about a record that only has "after" values (a new thing): the fields worth naming
SHOWN_NEW = (
    "name", "display_name", "username", "relation", "program", "policy_no", "case_no",
    "case_type", "number", "new_number", "tier", "reason", "purpose", "text", "override_reason",
    "requester", "approver", "role", "branch_code", "permission", "why", "failures", "minutes",
    "file", "members", "rows", "inserted", "updated", "unchanged", "members_changed", "new",
    "removed_reason",
)  # fmt: skip


def action_name(action: str) -> str:
    """The action's plain-Chinese name (a code nobody named is shown as 其他操作)."""
    return ACTION_NAMES.get(action, "其他操作")


def value_text(field: str, value: Any) -> str:
    """One value in words: codes through VALUE_NAMES, booleans as 是/否, lists joined."""
    names = VALUE_NAMES.get(field)
    if names is not None and value in names:
        return names[value]
    if isinstance(value, bool):
        return "是" if value else "否"
    if value is None or value == "":
        return "（无）"
    if isinstance(value, list):
        return "、".join(value_text(field, v) for v in value) or "（无）"
    if isinstance(value, dict):
        named = [(FIELD_NAMES[k], value_text(k, v)) for k, v in value.items() if k in FIELD_NAMES]
        return "，".join(f"{label} {text}" for label, text in named)
    return ID_NUMBER.sub(lambda m: mask_id_number(m.group(0)), str(value))


def _as_dict(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if isinstance(value, str):
        loaded = json.loads(value)
        return loaded if isinstance(loaded, dict) else {}
    return dict(value)


def changes(before: Any, after: Any) -> list[str]:
    """What changed, in words: "剩余名额由 2 改为 1", new facts as "关系：配偶"."""
    old, new = _as_dict(before), _as_dict(after)
    parts: list[str] = []
    for key, value in new.items():
        label = FIELD_NAMES.get(key)
        if label is None:
            continue
        if key in old:
            if old[key] != value:
                parts.append(f"{label}由{value_text(key, old[key])}改为{value_text(key, value)}")
        elif key in SHOWN_NEW and value not in (None, ""):
            parts.append(f"{label}：{value_text(key, value)}")
    for key, value in old.items():
        label = FIELD_NAMES.get(key)
        if label is not None and key not in new and new:
            parts.append(f"{label}原为{value_text(key, value)}")
    return parts


def describe(record: Any) -> str:
    """One audit record as a plain Chinese line: action name, then what changed (from → to).

    `record` is anything with `action`, `before` and `after` (an AuditRecord, a HistoryEntry, an
    AuditEntry); before/after may be dicts or their JSON text.
    """
    action = str(record.action)
    parts = changes(getattr(record, "before", None), getattr(record, "after", None))
    name = action_name(action)
    return f"{name}：{'；'.join(parts)}" if parts else name
