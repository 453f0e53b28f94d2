"""员工账号 — the administrator's staff screen: list, add, disable, reset, unlock, role, branch.

Every change runs on the database worker through vipdesk.services.staff, which checks the
`staff.manage` permission and writes the audit record; the screen only shows what came back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.staff import ops
from ui.staff.forms import AddStaffDialog, ResetPasswordDialog, labelled
from ui.staff.model import ROLES, StaffTableModel, is_locked, role_name

ERROR_STYLE = "color: #B3261E;"


class StaffAdminDialog(QDialog):
    """The list of staff accounts with what an administrator may do to the selected one."""

    def __init__(self, run: Any, actor: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.actor = actor
        self.loaded = False
        self.form_dialog: QDialog | None = None
        self.setObjectName("staffAdmin")
        self.setWindowTitle(self.tr("员工账号"))
        self.resize(960, 560)
        self.model = StaffTableModel(self)
        self.table = QTableView(objectName="staffTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("员工账号列表"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("新增员工(&N)…"), objectName="addStaff")
        self.message = QLabel(objectName="staffMessage", wordWrap=True)
        self.close_button = QPushButton(self.tr("关闭"), objectName="closeStaff")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self._build_panel(), 2)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("停用的账号保留在列表中，审计记录仍指向它们。")), 1)
        top.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.close_button)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        self.add_button.clicked.connect(self.add_staff)
        self.close_button.clicked.connect(self.reject)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.branch.returnPressed.connect(self.save_role_and_branch)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in the branch field saves, never opens a form
        self._tab_order()
        self._selected()
        self.reload()

    def _build_panel(self) -> QGroupBox:
        box = QGroupBox(self.tr("所选员工"), objectName="staffPanel")
        self.who = QLabel("—", objectName="selectedStaff", wordWrap=True)
        self.role = QComboBox(objectName="staffRole")
        for code in ROLES:
            self.role.addItem(role_name(code), code)
        self.branch = QLineEdit(objectName="staffBranch")
        self.save_button = QPushButton(self.tr("保存岗位与网点(&S)"), objectName="saveStaff")
        self.active_button = QPushButton(objectName="toggleActive")
        self.reset_button = QPushButton(self.tr("重置密码(&R)…"), objectName="resetPassword")
        self.unlock_button = QPushButton(self.tr("解除锁定(&L)"), objectName="unlockStaff")
        form = QFormLayout(box)
        form.addRow(self.who)
        labelled(form, self.tr("岗位(&O)"), self.role)
        labelled(form, self.tr("网点代码(&B)"), self.branch)
        form.addRow(self.save_button)
        form.addRow(self.active_button)
        form.addRow(self.reset_button)
        form.addRow(self.unlock_button)
        self.save_button.clicked.connect(self.save_role_and_branch)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        return box

    def _tab_order(self) -> None:
        chain = (
            self.add_button,
            self.table,
            self.role,
            self.branch,
            self.save_button,
            self.active_button,
            self.reset_button,
            self.unlock_button,
            self.close_button,
        )
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    # reading -----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the accounts again (on the worker)."""
        self.run(ops.staff_list).success(self.show_rows).failure(self._failed).run()

    def show_rows(self, rows: list[Any]) -> None:
        """Show the accounts, keeping the selected one selected."""
        current = self.selected()
        self.model.set_rows(rows)
        self.loaded = True
        self.select(current.username if current else None)

    def selected(self) -> Any:
        """The StaffInfo of the selected row, or None."""
        return self.model.staff_at(self.table.currentIndex().row())

    def select(self, username: str | None) -> bool:
        """Select the row of `username` (the first row when None); False when not listed."""
        row = self.model.row_of(username) if username else (0 if self.model.rows else -1)
        if row < 0:
            self._selected()
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._selected()
        return True

    def _selected(self) -> None:
        info = self.selected()
        for widget in (
            self.role,
            self.branch,
            self.save_button,
            self.active_button,
            self.reset_button,
        ):
            widget.setEnabled(info is not None)
        self.unlock_button.setEnabled(info is not None and is_locked(info))
        if info is None:
            self.who.setText("—")
            self.active_button.setText(self.tr("停用账号(&D)"))
            return
        self.who.setText(f"<b>{info.display_name}</b>（{info.username}）")
        self.role.setCurrentIndex(max(0, self.role.findData(info.role)))
        self.branch.setText(info.branch_code)
        self.active_button.setText(
            self.tr("停用账号(&D)") if info.active else self.tr("重新启用(&E)")
        )
        self_selected = self.actor is not None and info.username == self.actor.username
        self.active_button.setEnabled(not self_selected)  # the service refuses it anyway

    # changes -----------------------------------------------------------------------------------

    def _start(self, fn: Any, done: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("正在保存…"))
        self.run(fn).success(lambda rows: self._changed(rows, done)).failure(self._failed).run()

    def _changed(self, rows: list[Any], done: str) -> None:
        self.show_rows(rows)
        self.message.setStyleSheet("")
        self.message.setText(done)

    def _failed(self, exc: BaseException) -> None:
        from ui.messages import explain_failure

        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(explain_failure(self, exc))

    def add_staff(self) -> AddStaffDialog:
        """Open the add form; the new account is selected after it is saved."""
        branch = getattr(self.actor, "branch_code", "0000") or "0000"
        dialog = AddStaffDialog(self.run, branch, self)
        dialog.saved.connect(lambda rows: self._added(rows, dialog.username.text().strip()))
        self.form_dialog = dialog
        dialog.open()
        return dialog

    def _added(self, rows: list[Any], username: str) -> None:
        self.model.set_rows(rows)
        self.select(username)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("已新增员工 {username}。").format(username=username))

    def toggle_active(self) -> None:
        """Disable the selected account, or enable it again."""
        info = self.selected()
        if info is None:
            return
        username, active = info.username, not info.active
        done = (
            self.tr("已重新启用 {username}。") if active else self.tr("已停用 {username}。")
        ).format(username=username)
        self._start(lambda desk: ops.set_active(desk, username, active), done)

    def reset_password(self) -> ResetPasswordDialog | None:
        """Open the reset form for the selected account."""
        info = self.selected()
        if info is None:
            return None
        dialog = ResetPasswordDialog(self.run, info, self)
        done = self.tr("已重置 {username} 的密码，对方下次登录时须修改。").format(
            username=info.username
        )
        dialog.saved.connect(lambda rows: self._changed(rows, done))
        self.form_dialog = dialog
        dialog.open()
        return dialog

    def unlock(self) -> None:
        """Lift the lockout of the selected account."""
        info = self.selected()
        if info is not None:
            username = info.username
            done = self.tr("已解除 {username} 的锁定。").format(username=username)
            self._start(lambda desk: ops.unlock(desk, username), done)

    def save_role_and_branch(self) -> None:
        """Save the role and branch chosen for the selected account."""
        info = self.selected()
        branch = self.branch.text().strip()
        if info is None:
            return
        if not branch:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("请填写网点代码。"))
            self.branch.setFocus()
            return
        username, role = info.username, self.role.currentData()
        done = self.tr("已保存 {username} 的岗位与网点。").format(username=username)
        self._start(lambda desk: ops.set_role_and_branch(desk, username, role, branch), done)


def open_staff_admin(ctx: Any) -> StaffAdminDialog:
    """系统管理 → 员工账号 (one screen per window, non-blocking)."""
    dialog = getattr(ctx.window, "staff_admin", None)
    if dialog is None:
        dialog = StaffAdminDialog(ctx.run, ctx.actor, ctx.window)
        ctx.window.staff_admin = dialog
        dialog.finished.connect(lambda _r: setattr(ctx.window, "staff_admin", None))
    else:
        dialog.reload()
    dialog.open()
    return dialog
