"""Entitlements in plain words: what the tier grants and the conditions a clerk must tell."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.labels import RELATION, label, money, whole_money
from ui.wording import CLAUSES, joined


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("entitlements", text)


@dataclass(frozen=True)
class Entitlement:
    """One service the member may use, with the conditions that apply."""

    code: str
    title: str
    conditions: str


def _conditions(code: str, rules: Any, tier: Any) -> str:
    rescue = rules.rescue
    if code == "domestic_rescue":
        return QCoreApplication.translate(
            "entitlements",
            "被救助人不超过{age}周岁；距居住地超过{km}公里；单次行程前{days}天内（出发当日为第1天）",
        ).format(
            age=rescue.max_age,
            km=f"{rescue.domestic_min_distance_km:g}",
            days=rescue.domestic_max_trip_days,
        )
    if code == "international_rescue":
        return QCoreApplication.translate(
            "entitlements",
            "中国大陆以外（含港澳台）；单次行程不超过{days}天；被救助人不超过{age}周岁",
        ).format(days=rescue.international_max_trip_days, age=rescue.max_age)
    if code == "phone_doctor":
        return QCoreApplication.translate(
            "entitlements", "电话医疗咨询，不作诊断；危急情况请直接拨打120"
        )
    if code == "health_check":
        years = tier.health_check_every_years if tier else None
        if years == 1:
            return QCoreApplication.translate("entitlements", "每年一次")
        if years:
            return QCoreApplication.translate("entitlements", "每{years}年一次").format(years=years)
        return ""
    return ""


def entitlements_of(detail: Any, rules: Any) -> list[Entitlement]:
    """The member's services in plain words, with the conditions from the rules."""
    tier = rules.tier(detail.tier) if detail.tier else None
    items = [
        Entitlement(code, rules.service_names.get(code, code), _conditions(code, rules, tier))
        for code in detail.entitlements
        if code != "kangyue_health"  # shown below with its waiting period
    ]
    program = rules.relatives.get("vip")
    if tier is not None and tier.relatives and program is not None:
        relations = joined(label(RELATION, r) for r in program.relations)
        items.append(
            Entitlement(
                "designated_relatives",
                QCoreApplication.translate("entitlements", "指定亲属共享救援"),
                QCoreApplication.translate(
                    "entitlements",
                    "可指定{n}位亲属（{relations}），指定时未满{age}周岁；共享国内及国际救援",
                ).format(n=tier.relatives, relations=relations, age=program.younger_than),
            )
        )
    kangyue = kangyue_entitlement(detail, rules, dt.date.today())
    if kangyue is not None:
        items.append(kangyue)
    return [_with_usage(detail, i) for i in items]


def _with_usage(detail: Any, item: Entitlement) -> Entitlement:
    """The entitlement with the member's use of it (已用 1 次 · … 起可再次使用 / 可用)."""
    from ui.usage_view import usage_span

    span = usage_span(detail, item.code)
    if not span:
        return item
    joined = f"{item.conditions}<br>{span}" if item.conditions else span
    return Entitlement(item.code, item.title, joined)


def kangyue_entitlement(detail: Any, rules: Any, today: dt.date) -> Entitlement | None:
    """都会康悦 service while such a policy is in force, with its waiting period."""
    starts = [
        p.reinstated_date or p.effective_date
        for p in detail.policies
        if p.product in rules.kangyue_products and p.status == "in_force"
    ]
    if not starts:
        return None
    days = rules.kangyue_waiting_days
    waiting_ends = max(starts) + dt.timedelta(days=days)
    if today < waiting_ends:
        note = QCoreApplication.translate("entitlements", "等待期{days}天，{day}起可用").format(
            days=days, day=waiting_ends.isoformat()
        )
    else:
        note = QCoreApplication.translate(
            "entitlements", "已过{days}天等待期（生效或复效后重新计算）"
        ).format(days=days)
    name = rules.service_names.get("kangyue_health", "kangyue_health")
    return Entitlement("kangyue_health", name, note)


def hotline_text(rules: Any) -> str:
    """The 24-hour hotlines, at home and from abroad."""
    lines = rules.hotlines
    home = " / ".join(lines.get("rescue", []))
    abroad = " / ".join(lines.get("rescue_abroad", []))
    text = QCoreApplication.translate("entitlements", "24小时救援热线（中英文）：{home}").format(
        home=home
    )
    if abroad:
        text += QCoreApplication.translate("entitlements", "；境外拨打 {abroad}").format(
            abroad=abroad
        )
    return text


def tier_distance_text(detail: Any, rules: Any) -> str:
    """How far the member is from the next tier, and the margin before losing this one."""
    parts = []
    if detail.next_tier and detail.to_next_tier is not None:
        nxt = rules.tier(detail.next_tier).short_name
        parts.append(
            QCoreApplication.translate("entitlements", "还差 {amount} 升至{tier}").format(
                amount=money(detail.to_next_tier), tier=nxt
            )
        )
    if detail.tier and detail.above_floor is not None:
        tier = rules.tier(detail.tier)
        parts.append(
            QCoreApplication.translate(
                "entitlements", "高出门槛 {margin}（{tier}门槛 {floor}，低于即失去{tier}）"
            ).format(
                tier=tier.short_name,
                margin=money(detail.above_floor),
                floor=whole_money(tier.min_afyp),
            )
        )
    return joined(parts, CLAUSES)
