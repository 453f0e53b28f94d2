"""Service-menu actions of this package: 新建服务案件 and 案件队列 (loaded by ui.actions)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ui.actions import ActionContext, ActionSpec, needs_database, register_action


def open_case_wizard(ctx: ActionContext) -> Any:
    """Open the case wizard; the member on screen (if any) is looked up as the caller."""
    from ui.cases.wizard import CALLER, CaseWizard

    wizard = CaseWizard(
        ctx.run,
        ctx.actor,
        ctx.rules,
        ctx.window,
        show_document=getattr(ctx.window, "show_document", None),
    )
    if ctx.member is not None:
        page = wizard.pages[CALLER]
        page.search.setText(ctx.member.name)
        page.find()
    queue = getattr(ctx.window, "case_queue", None)
    if queue is not None:
        wizard.case_opened.connect(lambda _case: queue.model.refresh())
    wizard.open()
    ctx.window.case_wizard = wizard  # keep a reference while it is open
    return wizard


def open_case_queue(ctx: ActionContext) -> Any:
    """Show the case queue in its own window (one per desk window)."""
    from ui.cases.queue_view import CaseQueueWidget

    queue = getattr(ctx.window, "case_queue", None)
    if queue is None:
        queue = CaseQueueWidget(ctx.run, ctx.window)
        queue.setWindowFlag(Qt.WindowType.Window, True)
        ctx.window.case_queue = queue
    else:
        queue.model.refresh()
    queue.show()
    queue.raise_()
    return queue


register_action(
    ActionSpec(
        id="case.new",
        text=QT_TRANSLATE_NOOP("actions", "新建服务案件…"),
        menu="service",
        handler=open_case_wizard,
        enabled_when=needs_database,
        shortcut="Ctrl+N",
        toolbar=True,
        order=10,
        tip=QT_TRANSLATE_NOOP("actions", "登记救援或服务申请、投诉、咨询，并审核服务资格"),
    )
)
register_action(
    ActionSpec(
        id="case.queue",
        text=QT_TRANSLATE_NOOP("actions", "案件队列"),
        menu="service",
        handler=open_case_queue,
        enabled_when=needs_database,
        shortcut="Ctrl+Shift+C",  # not next to a quit key (Ctrl+Q no longer quits)
        order=20,
        tip=QT_TRANSLATE_NOOP("actions", "查看并跟进所有服务案件，超时案件醒目显示"),
    )
)
