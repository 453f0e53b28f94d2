"""指定客户经理 — a supervisor gives the member on screen an account manager (non-modal)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from ui.care import ops


def tr(text: str) -> str:
    """Translate in the AccountManagerDialog context."""
    return QCoreApplication.translate("AccountManagerDialog", text)


def ask_account_manager(ctx: Any) -> None:
    """Fetch the staff list on the worker, then ask (non-modal) and save on the worker."""
    member = ctx.member
    window = ctx.window

    def ask(people: list[tuple[str, str]]) -> None:
        none = tr("（不指定）")
        labels = [none, *[f"{name}（{username}）" for username, name in people]]
        dialog = QInputDialog(window)
        dialog.setObjectName("accountManagerDialog")
        dialog.setWindowTitle(tr("指定客户经理"))
        dialog.setLabelText(tr("{name} 的客户经理：").format(name=member.name))
        dialog.setComboBoxItems(labels)
        dialog.setComboBoxEditable(False)

        def chosen(text: str) -> None:
            index = labels.index(text)
            username = None if index == 0 else people[index - 1][0]
            ctx.run(lambda desk: set_manager(desk, member.id, username)).success(
                lambda _changed: ctx.reload_member()
            ).failure(lambda exc: _failed(window, exc)).run()

        dialog.textValueSelected.connect(chosen)
        dialog.open()
        window.account_manager_dialog = dialog

    ctx.run(ops.managers).success(ask).failure(lambda exc: _failed(window, exc)).run()


def set_manager(desk: Any, member_id: int, username: str | None) -> bool:
    """On the worker: set or clear the member's account manager (audited)."""
    from vipdesk.services.account_managers import set_account_manager

    return set_account_manager(desk.db, desk.actor, member_id, username)


def _failed(window: Any, exc: BaseException) -> None:
    from ui.messages import explain_failure

    text = explain_failure(window, exc)
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 10_000)
