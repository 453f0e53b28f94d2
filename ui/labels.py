"""Plain-Chinese words for the codes stored in the database (statuses, channels, relations)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "labels"

CARD_STATUS = {
    "active": QT_TRANSLATE_NOOP("labels", "有效"),
    "suspended": QT_TRANSLATE_NOOP("labels", "暂停使用"),
    "lost": QT_TRANSLATE_NOOP("labels", "已挂失"),
    "damaged": QT_TRANSLATE_NOOP("labels", "已损坏"),
    "replaced": QT_TRANSLATE_NOOP("labels", "已换卡"),
    "revoked": QT_TRANSLATE_NOOP("labels", "已注销"),
}
VIP_STATUS = {
    "active": QT_TRANSLATE_NOOP("labels", "贵宾服务正常"),
    "suspended": QT_TRANSLATE_NOOP("labels", "贵宾服务暂停（保单中止）"),
    "none": QT_TRANSLATE_NOOP("labels", "非贵宾客户"),
}
POLICY_STATUS = {
    "in_force": QT_TRANSLATE_NOOP("labels", "有效"),
    "suspended": QT_TRANSLATE_NOOP("labels", "中止"),
    "lapsed": QT_TRANSLATE_NOOP("labels", "失效"),
    "terminated": QT_TRANSLATE_NOOP("labels", "终止"),
    "expired": QT_TRANSLATE_NOOP("labels", "满期"),
}
CHANNEL = {
    "agency": QT_TRANSLATE_NOOP("labels", "个人代理"),
    "direct": QT_TRANSLATE_NOOP("labels", "直效行销"),
    "bancassurance": QT_TRANSLATE_NOOP("labels", "银行保险"),
}
RELATION = {
    "spouse": QT_TRANSLATE_NOOP("labels", "配偶"),
    "parent": QT_TRANSLATE_NOOP("labels", "父母"),
    "child": QT_TRANSLATE_NOOP("labels", "子女"),
}
PROGRAM = {
    "vip": QT_TRANSLATE_NOOP("labels", "贵宾卡"),
    "kangyue": QT_TRANSLATE_NOOP("labels", "都会康悦"),
}
RELATIVE_STATUS = {
    "active": QT_TRANSLATE_NOOP("labels", "有效"),
    "removed": QT_TRANSLATE_NOOP("labels", "已取消"),
}
GENDER = {"M": QT_TRANSLATE_NOOP("labels", "男"), "F": QT_TRANSLATE_NOOP("labels", "女")}
CARD_CAUSE = {
    "issued": QT_TRANSLATE_NOOP("labels", "发卡"),
    "tier_change": QT_TRANSLATE_NOOP("labels", "等级变更换卡"),
    "tier_lost": QT_TRANSLATE_NOOP("labels", "不再满足贵宾条件"),
    "suspension": QT_TRANSLATE_NOOP("labels", "保单中止"),
    "reinstatement": QT_TRANSLATE_NOOP("labels", "保单复效"),
    "lost": QT_TRANSLATE_NOOP("labels", "挂失"),
    "damaged": QT_TRANSLATE_NOOP("labels", "损坏"),
    "reissue": QT_TRANSLATE_NOOP("labels", "补发新卡"),
}
NO_CARD = QT_TRANSLATE_NOOP("labels", "无贵宾卡")
NO_TIER = QT_TRANSLATE_NOOP("labels", "无等级")


def label(table: dict[str, str], code: str | None, default: str = "—") -> str:
    """The translated word for `code` in `table`; the code itself when unknown."""
    if code is None:
        return default
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def text(source: str) -> str:
    """Translate one of this module's fixed texts (NO_CARD, NO_TIER)."""
    return QCoreApplication.translate(CONTEXT, source)


def money(amount: Decimal | float | int) -> str:
    """¥12,345.00"""
    return f"¥{Decimal(amount):,.2f}"


def whole_money(amount: Decimal | float | int) -> str:
    """¥12,345 (no cents, for thresholds)."""
    return f"¥{Decimal(amount):,.0f}"
