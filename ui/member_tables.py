"""Small read-only tables of the member view: policies, designated relatives, card history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from ui.labels import (
    CARD_CAUSE,
    CARD_STATUS,
    CHANNEL,
    POLICY_STATUS,
    PROGRAM,
    RELATION,
    RELATIVE_STATUS,
    label,
    money,
)

MUTED = QColor("#8A9096")
POLICY_COLUMNS = (
    QT_TRANSLATE_NOOP("tables", "保单号"),
    QT_TRANSLATE_NOOP("tables", "产品"),
    QT_TRANSLATE_NOOP("tables", "渠道"),
    QT_TRANSLATE_NOOP("tables", "状态"),
    QT_TRANSLATE_NOOP("tables", "生效日"),
    QT_TRANSLATE_NOOP("tables", "年化保费"),
)
RELATIVE_COLUMNS = (
    QT_TRANSLATE_NOOP("tables", "姓名"),
    QT_TRANSLATE_NOOP("tables", "关系"),
    QT_TRANSLATE_NOOP("tables", "年龄"),
    QT_TRANSLATE_NOOP("tables", "项目"),
    QT_TRANSLATE_NOOP("tables", "状态"),
    QT_TRANSLATE_NOOP("tables", "指定日期"),
)
HISTORY_COLUMNS = (
    QT_TRANSLATE_NOOP("tables", "时间"),
    QT_TRANSLATE_NOOP("tables", "卡号"),
    QT_TRANSLATE_NOOP("tables", "状态变化"),
    QT_TRANSLATE_NOOP("tables", "原因"),
)
AUDIT_COLUMNS = (
    QT_TRANSLATE_NOOP("tables", "时间"),
    QT_TRANSLATE_NOOP("tables", "经办人"),
    QT_TRANSLATE_NOOP("tables", "操作"),
    QT_TRANSLATE_NOOP("tables", "内容"),
)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def make_table(columns: Sequence[str], name: str) -> QTableWidget:
    """A calm, read-only table with translated headers."""
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels([QCoreApplication.translate("tables", c) for c in columns])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(28)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[Any]], muted: Sequence[bool] = ()) -> None:
    """Replace the table's rows; a cell is text, or (text, alignment); muted rows are grey."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            text, align = cell if isinstance(cell, tuple) else (cell, None)
            item = QTableWidgetItem(str(text))
            if align is not None:
                item.setTextAlignment(align)
            if r < len(muted) and muted[r]:
                item.setForeground(MUTED)
            table.setItem(r, c, item)


def fill_policies(table: QTableWidget, policies: Sequence[Any]) -> None:
    """Policies that make up the AFYP; those not in force are grey (they do not count)."""
    fill(
        table,
        [
            (
                p.policy_no,
                p.product,
                label(CHANNEL, p.channel),
                label(POLICY_STATUS, p.status),
                p.effective_date.isoformat(),
                (money(p.annual_premium), RIGHT),
            )
            for p in policies
        ],
        [p.status != "in_force" for p in policies],
    )


def fill_relatives(table: QTableWidget, relatives: Sequence[Any]) -> None:
    """Designated relatives: name, relation, age, program, status, since."""
    fill(
        table,
        [
            (
                r.name,
                label(RELATION, r.relation),
                QCoreApplication.translate("tables", "{n}岁").format(n=r.age),
                label(PROGRAM, r.program),
                label(RELATIVE_STATUS, r.status),
                r.designated_on.isoformat(),
            )
            for r in relatives
        ],
        [r.status != "active" for r in relatives],
    )


def fill_history(table: QTableWidget, events: Sequence[Any]) -> None:
    """Card history, newest first."""
    from vipdesk.domain.cards import format_card_number

    fill(
        table,
        [
            (
                _when(e.at),
                format_card_number(e.card_number),
                _change(e.status_from, e.status_to),
                label(CARD_CAUSE, e.cause),
            )
            for e in events
        ],
    )


def fill_audit(table: QTableWidget, entries: Sequence[Any]) -> None:
    """The member's 操作记录 in plain Chinese: when, who, the action's name, what changed
    from and to (never raw keys; ID numbers masked), newest first."""
    from vipdesk.services.audit_words import action_name, changes

    fill(
        table,
        [
            (
                _when(e.at),
                e.staff_name,
                action_name(e.action),
                "；".join(changes(e.before, e.after)) or "—",
            )
            for e in entries
        ],
    )
    for row, entry in enumerate(entries):
        item = table.item(row, 3)
        item.setToolTip(item.text())
        item.setData(Qt.ItemDataRole.UserRole, entry.action)


def _when(at: dt.datetime) -> str:
    """Local time of a stored instant (SQLite gives naive UTC)."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def _change(before: str | None, after: str) -> str:
    if before is None:
        return label(CARD_STATUS, after)
    return f"{label(CARD_STATUS, before)} → {label(CARD_STATUS, after)}"
