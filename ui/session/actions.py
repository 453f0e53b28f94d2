"""Menu actions of the session: change password, sign out / switch user, idle-lock minutes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.actions import ActionContext, ActionSpec, register_action


def signed_in(ctx: ActionContext) -> bool:
    """Enabled while a staff member is signed in."""
    return ctx.connected and ctx.actor is not None


def is_admin(ctx: ActionContext) -> bool:
    """Enabled for a signed-in administrator."""
    return signed_in(ctx) and ctx.actor.role == "admin"


def _session(ctx: ActionContext) -> Any:
    return getattr(ctx.window, "session", None)


def change_password(ctx: ActionContext) -> None:
    """Open the change-password dialog."""
    session = _session(ctx)
    if session is not None:
        session.change_password()


def sign_out(ctx: ActionContext) -> None:
    """Sign out; the sign-in dialog asks who works next."""
    session = _session(ctx)
    if session is not None:
        session.sign_out()


def lock_now(ctx: ActionContext) -> None:
    """Lock the desk at once (leaving the counter)."""
    session = _session(ctx)
    if session is not None:
        session.lock.lock()


def idle_minutes_dialog(ctx: ActionContext) -> None:
    """Settings → idle lock minutes (administrators; saved in the database for every desk)."""
    from ui.session.idle_settings import IdleMinutesDialog

    dialog = IdleMinutesDialog(ctx.window)
    ctx.window.idle_dialog = dialog
    dialog.load()


def tr(text: str) -> str:
    """Translate in the actions context."""
    return QCoreApplication.translate("actions", text)


for spec in (
    ActionSpec(
        "file.lock",
        QT_TRANSLATE_NOOP("actions", "锁定屏幕"),
        lock_now,
        menu="file",
        shortcut="Ctrl+L",
        enabled_when=signed_in,
        order=60,
    ),
    ActionSpec(
        "file.change_password",
        QT_TRANSLATE_NOOP("actions", "修改密码…"),
        change_password,
        menu="file",
        enabled_when=signed_in,
        order=70,
    ),
    ActionSpec(
        "file.sign_out",
        QT_TRANSLATE_NOOP("actions", "退出登录 / 切换用户"),
        sign_out,
        menu="file",
        enabled_when=signed_in,
        order=80,
    ),
    ActionSpec(
        "settings.idle_minutes",
        QT_TRANSLATE_NOOP("actions", "自动锁屏时间…"),
        idle_minutes_dialog,
        menu="settings",
        enabled_when=is_admin,
        order=7,
        tip=QT_TRANSLATE_NOOP("actions", "无操作多少分钟后锁定屏幕（1–30 分钟，管理员设置）"),
    ),
):
    register_action(spec, replace=True)
