"""The staff accounts as a table model (a branch has tens of accounts, read in one go)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

COLUMNS = (
    QT_TRANSLATE_NOOP("staff", "账号"),
    QT_TRANSLATE_NOOP("staff", "姓名"),
    QT_TRANSLATE_NOOP("staff", "岗位"),
    QT_TRANSLATE_NOOP("staff", "网点"),
    QT_TRANSLATE_NOOP("staff", "状态"),
    QT_TRANSLATE_NOOP("staff", "最近登录"),
)
ROLES = {
    "clerk": QT_TRANSLATE_NOOP("staff", "柜员"),
    "supervisor": QT_TRANSLATE_NOOP("staff", "主管"),
    "admin": QT_TRANSLATE_NOOP("staff", "系统管理员"),
}
STATUS = {
    "disabled": QT_TRANSLATE_NOOP("staff", "已停用"),
    "active": QT_TRANSLATE_NOOP("staff", "在用"),
    "locked": QT_TRANSLATE_NOOP("staff", "锁定至 {time}"),
    "must_change": QT_TRANSLATE_NOOP("staff", "须修改密码"),
    "no_password": QT_TRANSLATE_NOOP("staff", "未设密码（请重置）"),
}
MUTED = QColor("#8A9096")
WARN = QColor("#8C1D18")
Index = QModelIndex


def tr(text: str) -> str:
    """Translate in the staff context."""
    return QCoreApplication.translate("staff", text)


def role_name(code: str) -> str:
    """The role's name in the desk's language."""
    return tr(ROLES[code]) if code in ROLES else code


def local(at: dt.datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored instant in local time ("—" when never)."""
    if at is None:
        return "—"
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return at.astimezone().strftime(fmt)


def is_locked(info: Any, now: dt.datetime | None = None) -> bool:
    """Is the account locked out (too many wrong passwords) right now?"""
    until = getattr(info, "locked_until", None)
    if until is None:
        return False
    if until.tzinfo is None:
        until = until.replace(tzinfo=dt.UTC)
    return until > (now or dt.datetime.now(dt.UTC))


def status_text(info: Any) -> str:
    """在用 / 已停用 / 已锁定 / 须修改密码, combined."""
    if not info.active:
        return tr(STATUS["disabled"])
    parts = [tr(STATUS["active"])]
    if is_locked(info):
        parts.append(tr(STATUS["locked"]).format(time=local(info.locked_until, "%H:%M")))
    if not info.has_password:
        parts.append(tr(STATUS["no_password"]))
    elif info.must_change_password:
        parts.append(tr(STATUS["must_change"]))
    return " · ".join(parts)


class StaffTableModel(QAbstractTableModel):
    """Rows of StaffInfo: username, name, role, branch, status, last sign-in."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        """Show these accounts (sorted by username)."""
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda s: s.username)
        self.endResetModel()

    def staff_at(self, row: int) -> Any:
        """The StaffInfo at `row` (None outside the table)."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, username: str) -> int:
        """The row showing `username`, or -1."""
        return next((i for i, s in enumerate(self.rows) if s.username == username), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, D102, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, D102, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: D102, N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102
        info = self.staff_at(index.row()) if index.isValid() else None
        if info is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(info, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            if not info.active:
                return QBrush(MUTED)
            if is_locked(info):
                return QBrush(WARN)
        if role == Qt.ItemDataRole.UserRole:
            return info.username
        return None

    def _display(self, info: Any, column: int) -> str:
        values = (
            info.username,
            info.display_name,
            role_name(info.role),
            info.branch_code,
            status_text(info),
            local(getattr(info, "last_sign_in_at", None)),
        )
        return values[column]
