"""Service use and tier history in plain words, for the member view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidget

from ui.labels import VIP_STATUS, label, money
from ui.member_tables import fill

TIER_HISTORY_COLUMNS = (
    QT_TRANSLATE_NOOP("tables", "日期"),
    QT_TRANSLATE_NOOP("tables", "等级变化"),
    QT_TRANSLATE_NOOP("tables", "年化保费"),
    QT_TRANSLATE_NOOP("tables", "原因"),
)
USAGE_COLUMNS = (
    QT_TRANSLATE_NOOP("tables", "服务"),
    QT_TRANSLATE_NOOP("tables", "使用情况"),
    QT_TRANSLATE_NOOP("tables", "上次使用"),
    QT_TRANSLATE_NOOP("tables", "次数"),
)
REASONS = {
    "import": QT_TRANSLATE_NOOP("usage", "导入保单数据"),
    "recompute": QT_TRANSLATE_NOOP("usage", "重新计算等级"),
    "reinstatement": QT_TRANSLATE_NOOP("usage", "保单复效"),
    "suspension": QT_TRANSLATE_NOOP("usage", "保单中止"),
    "lapse": QT_TRANSLATE_NOOP("usage", "失去贵宾资格"),
}


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("usage", text)


def usage_text(state: Any) -> str:
    """可用 / 已用 1 次 · 2027-03-02 起可再次使用 / 次数待确认 (one quota's standing)."""
    if state.limit is None:
        if state.used:
            return tr("已用 {n} 次 · 次数待确认").format(n=state.used)
        return tr("次数待确认")
    if not state.exhausted:
        return tr("可用")
    if state.next_available is not None:
        return tr("已用 {n} 次 · {day} 起可再次使用").format(
            n=state.used, day=state.next_available.isoformat()
        )
    if state.period == "occasion":
        return tr("本次住院已安排（每次住院限 {n} 次）").format(n=state.limit)
    return tr("已用 {n} 次 · 本服务期内已用完").format(n=state.used)


def service_name(code: str, rules: Any, catalog: Any = None) -> str:
    """The plain name of a quota's service (a family of the rules or a catalog item)."""
    if rules is not None and code in rules.service_names:
        return rules.service_names[code]
    names = {
        "kangyue_service": tr("都会康悦健康增值服务"),
        "dom_relative_visit": tr("国内住院亲属探视"),
        "intl_relative_visit": tr("境外住院亲属探视"),
    }
    return names.get(code, code)


ENTITLEMENT_QUOTAS = {
    "health_check": ("health_check",),
    "kangyue_health": ("kangyue_service",),
    "domestic_rescue": ("dom_relative_visit",),
    "international_rescue": ("intl_relative_visit",),
}


def usage_span(detail: Any, entitlement: str) -> str:
    """The usage of an entitlement's quotas, coloured (red when used up), or "" when none."""
    parts = []
    for state in getattr(detail, "usage", ()):
        if state.code not in ENTITLEMENT_QUOTAS.get(entitlement, ()):
            continue
        colour = "#C62828" if state.exhausted else "#2E7D32"
        prefix = (
            ""
            if state.code == entitlement or entitlement == "kangyue_health"
            else (service_name(state.code, None) + "：")
        )
        parts.append(f"<span style='color:{colour}'><b>{prefix}{usage_text(state)}</b></span>")
    return "<br>".join(parts)


def usage_html(detail: Any, rules: Any) -> str:
    """The 服务使用 rows under the entitlements (empty when no service has a quota)."""
    usage = getattr(detail, "usage", ())
    if not usage:
        return ""
    rows = "".join(
        f"<tr><td style='padding:2px 12px 2px 0'>{service_name(u.code, rules)}</td>"
        f"<td style='padding:2px 0; color:{'#C62828' if u.exhausted else '#2E7D32'}'>"
        f"{usage_text(u)}</td></tr>"
        for u in usage
    )
    return f"<p style='margin-top:8px'><b>{tr('服务使用')}</b></p><table>{rows}</table>"


def _tier(code: str | None, rules: Any) -> str:
    if code is None:
        return tr("无等级")
    try:
        return rules.tier(code).short_name
    except KeyError:
        return code


def _change(c: Any, rules: Any) -> str:
    old, new = _tier(c.old_tier, rules), _tier(c.new_tier, rules)
    text = f"{old} → {new}" if old != new else new
    if c.old_status != c.new_status:
        text += f"（{label(VIP_STATUS, c.old_status)} → {label(VIP_STATUS, c.new_status)}）"
    return text


def fill_tier_history(table: QTableWidget, changes: Any, rules: Any) -> None:
    """Tier history, newest first: date, change, AFYP (old → new), reason."""
    fill(
        table,
        [
            (
                c.changed_on.isoformat(),
                _change(c, rules),
                f"{money(c.old_afyp)} → {money(c.afyp)}",
                QCoreApplication.translate("usage", REASONS.get(c.reason, c.reason)),
            )
            for c in changes
        ],
    )


def _limit(state: Any) -> str:
    if state.limit is None:
        return tr("次数待确认")
    if state.every_years == 1:
        return tr("每年{k}次").format(k=state.limit)
    if state.every_years:
        return tr("每{n}年{k}次").format(n=state.every_years, k=state.limit)
    if state.period == "occasion":
        return tr("每次住院{k}次").format(k=state.limit)
    return tr("每个服务期{k}次").format(k=state.limit)


def fill_usage(table: QTableWidget, usage: Any, rules: Any) -> None:
    """One row per service with a quota: name, 可用 / 已用…起可再次使用, last use, the limit."""
    fill(
        table,
        [
            (
                service_name(u.code, rules),
                usage_text(u),
                u.last_used.isoformat() if u.last_used else "—",
                _limit(u),
            )
            for u in usage
        ],
    )
    for row, state in enumerate(usage):
        item = table.item(row, 1)
        if item is not None:
            item.setForeground(QColor("#C62828" if state.exhausted else "#2E7D32"))
            item.setToolTip(item.text())  # the whole line, should a narrow pane elide it
