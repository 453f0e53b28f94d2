"""The window's own actions, registered like any other module's (see ui.actions)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from ui import settings as keys
from ui.actions import (
    ActionContext,
    ActionSpec,
    needs_member,
    register_action,
)
from ui.settings import LANGUAGES

REVEAL_PURPOSES = (
    QT_TRANSLATE_NOOP("actions", "核实客户身份"),
    QT_TRANSLATE_NOOP("actions", "办理补卡"),
    QT_TRANSLATE_NOOP("actions", "登记救援服务"),
    QT_TRANSLATE_NOOP("actions", "指定亲属"),
)


def tr(text: str) -> str:
    """Translate in the actions context."""
    return QCoreApplication.translate("actions", text)


def ask_reveal(ctx: ActionContext) -> QInputDialog:
    """Ask why the full ID number is needed, then reveal it (audited). Non-blocking."""
    dialog = QInputDialog(ctx.window)
    dialog.setObjectName("revealDialog")
    dialog.setWindowTitle(QCoreApplication.translate("actions", "显示完整证件号"))
    dialog.setLabelText(
        QCoreApplication.translate("actions", "查看完整证件号会记入审计日志。请选择或填写用途：")
    )
    dialog.setComboBoxItems([tr(p) for p in REVEAL_PURPOSES])
    dialog.setComboBoxEditable(True)
    dialog.textValueSelected.connect(
        lambda purpose: ctx.window.reveal_id(purpose.strip()) if purpose.strip() else None
    )
    dialog.open()
    ctx.window.reveal_dialog = dialog
    return dialog


def set_language(ctx: ActionContext, code: str) -> None:
    """Save the language; it applies when the desk is started again."""
    ctx.window.settings.set(keys.LANGUAGE, code)
    ctx.window.refresh_actions()
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("actions", "界面语言"),
        QCoreApplication.translate("actions", "界面语言已改为 {name}，重新启动程序后生效。").format(
            name=LANGUAGES[code]
        ),
        QMessageBox.StandardButton.Ok,
        ctx.window,
    )
    box.open()


def about(ctx: ActionContext) -> None:
    """What this program is and which rules are in force."""
    from vipdesk import __version__

    rules = ctx.rules
    version = "\n" + QCoreApplication.translate("actions", "版本 {version}").format(
        version=__version__
    )
    version += f"\n{rules.label}（{rules.version}）" if rules else ""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("actions", "关于 VIP Desk"),
        QCoreApplication.translate("actions", "VIP Desk 贵宾客户柜面服务") + version,
        QMessageBox.StandardButton.Ok,
        ctx.window,
    )
    box.open()


def _language_is(code: str):  # noqa: ANN202
    return lambda ctx: ctx.window.settings.get(keys.LANGUAGE) == code


def _may(permission: str):  # noqa: ANN202
    """Enabled for a signed-in role that holds `permission` (the services refuse anyway)."""

    def check(ctx: ActionContext) -> bool:
        from vipdesk.services.permissions import allowed

        role = getattr(ctx.actor, "role", None)
        return ctx.connected and role is not None and allowed(role, permission)

    return check


def _open_staff_admin(ctx: ActionContext) -> None:
    from ui.staff.dialog import open_staff_admin

    open_staff_admin(ctx)


def _choose_geocoder(window: object) -> None:
    from ui.geocoder_choice import choose_geocoder

    choose_geocoder(window)


def _open_audit_viewer(ctx: ActionContext) -> None:
    from ui.audit.viewer import open_audit_viewer

    open_audit_viewer(ctx)


def _open_care_calendar(ctx: ActionContext) -> None:
    from ui.care.window import open_care_calendar

    open_care_calendar(ctx)


def _open_dashboard(ctx: ActionContext) -> None:
    from ui.dashboard.tab import show_dashboard_tab

    show_dashboard_tab(ctx)


def _export_search(ctx: ActionContext) -> None:
    from ui.search_export import export_search_results

    export_search_results(ctx)


def _ask_manager(ctx: ActionContext) -> None:
    from ui.care.manager import ask_account_manager

    ask_account_manager(ctx)


for spec in (
    ActionSpec(
        "file.connect_server",
        QT_TRANSLATE_NOOP("actions", "连接 PostgreSQL 服务器…"),
        lambda ctx: ctx.window.connect_server(),
        menu="file",
        order=10,
    ),
    ActionSpec(
        "file.local_database",
        QT_TRANSLATE_NOOP("actions", "使用本机数据库"),
        lambda ctx: ctx.window.switch_database(""),
        menu="file",
        order=20,
    ),
    ActionSpec(
        "file.quit",
        QT_TRANSLATE_NOOP("actions", "退出"),
        lambda ctx: ctx.window.close(),
        menu="file",
        order=90,  # no shortcut: Alt+F4 or 文件 → 退出; it asks when work would be lost
    ),
    ActionSpec(
        "search.focus",
        QT_TRANSLATE_NOOP("actions", "查找客户"),
        lambda ctx: ctx.window.search.focus_search(),
        menu="search",
        shortcut="Ctrl+F",
        order=10,
    ),
    ActionSpec(
        "search.clear",
        QT_TRANSLATE_NOOP("actions", "清除查找"),
        lambda ctx: ctx.window.search.clear(),
        menu="search",
        order=20,
    ),
    ActionSpec(
        "search.export",
        QT_TRANSLATE_NOOP("actions", "导出查询结果 Excel…"),
        _export_search,
        menu="search",
        shortcut="Ctrl+Shift+E",
        enabled_when=_may("member.search"),
        order=30,
        tip=QT_TRANSLATE_NOOP("actions", "把当前查询结果导出为 Excel（证件号已遮蔽）"),
    ),
    ActionSpec(
        "member.reveal_id",
        QT_TRANSLATE_NOOP("actions", "显示完整证件号"),
        ask_reveal,
        menu="member",
        enabled_when=needs_member,
        order=10,
        tip=QT_TRANSLATE_NOOP("actions", "查看完整证件号（记入审计日志）"),
    ),
    ActionSpec(
        "member.reload",
        QT_TRANSLATE_NOOP("actions", "刷新客户信息"),
        lambda ctx: ctx.reload_member(),
        menu="member",
        shortcut="F5",
        enabled_when=needs_member,
        order=20,
    ),
    ActionSpec(
        "member.close",
        QT_TRANSLATE_NOOP("actions", "关闭客户"),
        lambda ctx: ctx.window.show_nothing(),
        menu="member",
        shortcut="Ctrl+W",
        enabled_when=needs_member,
        order=30,
    ),
    ActionSpec(
        "member.care_calendar",
        QT_TRANSLATE_NOOP("actions", "关怀日历…"),
        _open_care_calendar,
        menu="member",
        enabled_when=_may("member.view"),
        order=40,
        tip=QT_TRANSLATE_NOOP("actions", "生日、体检、离网预警、升级潜力、回访、补发卡领取"),
    ),
    ActionSpec(
        "member.account_manager",
        QT_TRANSLATE_NOOP("actions", "指定客户经理…"),
        _ask_manager,
        menu="member",
        enabled_when=lambda ctx: needs_member(ctx) and _may("member.assign_manager")(ctx),
        order=50,
    ),
    ActionSpec(
        "settings.geocoder",
        QT_TRANSLATE_NOOP("actions", "在线地理编码…"),
        lambda ctx: _choose_geocoder(ctx.window),
        menu="settings",
        order=6,
        tip=QT_TRANSLATE_NOOP("actions", "默认只用离线地名库；联网的网点可另选 geopy 的在线服务"),
    ),
    ActionSpec(
        "settings.branch",
        QT_TRANSLATE_NOOP("actions", "网点信息…"),
        lambda ctx: ctx.window.edit_branch(),
        menu="settings",
        order=5,
        tip=QT_TRANSLATE_NOOP("actions", "打印在确认函和回执抬头上的网点名称、地址、电话"),
    ),
    ActionSpec(
        "settings.lang_zh",
        "简体中文",
        lambda ctx: set_language(ctx, "zh_CN"),
        menu="settings",
        checkable=True,
        checked_when=_language_is("zh_CN"),
        order=10,
    ),
    ActionSpec(
        "settings.lang_en",
        "English",
        lambda ctx: set_language(ctx, "en"),
        menu="settings",
        checkable=True,
        checked_when=_language_is("en"),
        order=20,
    ),
    ActionSpec(
        "admin.staff",
        QT_TRANSLATE_NOOP("actions", "员工账号…"),
        _open_staff_admin,
        menu="admin",
        enabled_when=_may("staff.manage"),
        order=10,
        tip=QT_TRANSLATE_NOOP("actions", "新增、停用员工账号，重置密码、解除锁定，调整岗位与网点"),
    ),
    ActionSpec(
        "admin.audit",
        QT_TRANSLATE_NOOP("actions", "审计记录…"),
        _open_audit_viewer,
        menu="admin",
        enabled_when=_may("audit.view"),
        order=20,
        tip=QT_TRANSLATE_NOOP("actions", "按经办人、操作、客户、日期查看操作记录并导出"),
    ),
    ActionSpec(
        "admin.dashboard",
        QT_TRANSLATE_NOOP("actions", "统计看板…"),
        _open_dashboard,
        menu="admin",
        shortcut="Ctrl+Shift+D",
        enabled_when=_may("case.view_all"),
        order=25,
        tip=QT_TRANSLATE_NOOP("actions", "等级分布、每周案件与按时率、补卡、指定亲属、关怀完成"),
    ),
    ActionSpec(
        "help.about", QT_TRANSLATE_NOOP("actions", "关于 VIP Desk"), about, menu="help", order=90
    ),
):
    register_action(spec, replace=True)
