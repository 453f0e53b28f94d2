"""Documents in the app: print preview of letters and handbooks, batch printing.

Entry points for the main window (each returns the dialog it opened; keep a reference while it
is open — a preview deletes itself once closed and its jobs have ended)::

    open_letter_preview(parent, source, member_id)       # 资格确认函
    open_handbook_preview(parent, source, tier, member_id=None)   # 服务手册
    open_batch_print(parent, source, member_ids=None)    # 批量打印
    show_pdf(parent, pdf_bytes, title)                   # any PDF already made (receipts …)

`source` is the desk's DbWorker, the main window (its `.worker`), or a vipdesk Database. Reading
and rendering run on a job thread of their own, never on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.files import document_name

if TYPE_CHECKING:  # the preview and the jobs load QtPdf and QtPrintSupport: when first used
    from ui.documents.preview import PreviewDialog


def tr(text: str) -> str:
    """Translate in this package's context."""
    return QCoreApplication.translate("documents", text)


def branch_from_settings(parent: Any = None) -> Any:
    """The branch on the letterhead, from the desk's settings (设置 → 网点信息)."""
    from ui.settings import BRANCH, DeskSettings
    from vipdesk.documents.page import BranchInfo

    settings = getattr(_window(parent), "settings", None) or DeskSettings()
    default = BranchInfo()
    name, address, phone = (str(settings.get(s) or "") for s in BRANCH)
    return BranchInfo(name or default.name, address or default.address, phone or default.phone)


def _window(parent: Any) -> Any:
    while parent is not None and not hasattr(parent, "settings"):
        parent = parent.parent() if hasattr(parent, "parent") else None
    return parent


def show_pdf(
    parent: QWidget | None, pdf: bytes, title: str, file_name: str | None = None
) -> PreviewDialog:
    """Preview a PDF that is already made (e.g. a receipt from another dialog).

    `file_name` is what 另存为PDF proposes (`document_name(...)`); default: the title and today.
    """
    from ui.documents.preview import PreviewDialog

    name = file_name or document_name(title, day=dt.date.today())
    dialog = PreviewDialog(title, parent, pdf, file_name=name)
    dialog.open()
    return dialog


def _tier_name(book: Any, tier: str | None, day: dt.date) -> str:
    """The tier's Chinese name for a file name (`钻石卡`); empty when unknown."""
    try:
        return book.on(day).tier(tier).short_name if tier else ""
    except Exception:  # an unknown code: the file is simply called 服务手册.pdf
        return ""


def letter_pdf(
    db: Any, book: Any, member_id: int, on: dt.date, branch: Any, actor: Any = None
) -> bytes:
    """Read the member and render their eligibility letter (runs on a job thread)."""
    from vipdesk.documents.content import load_content
    from vipdesk.documents.letter import letter_data, render_letter
    from vipdesk.services.members import member_detail
    from vipdesk.services.permissions import require

    require(actor, "document.print", db)
    rules, content = book.on(on), load_content().on(on)
    with db.read() as session:
        detail = member_detail(session, book, member_id, on, actor=actor, for_letter=True)
    return render_letter(letter_data(detail, rules, content, on), content, rules, branch)


def handbook_pdf(
    db: Any, book: Any, tier: str | None, member_id: int | None, on: dt.date, actor: Any = None
) -> bytes:
    """Render a tier's handbook, personalised when a member is given (runs on a job thread)."""
    from vipdesk.documents.content import load_content
    from vipdesk.documents.handbook import HandbookMember, render_handbook
    from vipdesk.errors import Refused
    from vipdesk.services.members import member_detail
    from vipdesk.services.permissions import require

    require(actor, "document.print", db)
    member = None
    if member_id is not None:
        with db.read() as session:
            detail = member_detail(session, book, member_id, on, actor=actor)
        if detail.tier is None:
            raise Refused("no_vip_tier", f"{detail.name}目前没有贵宾等级，没有对应的服务手册。")
        tier = detail.tier
        member = HandbookMember(detail.name, detail.card.number if detail.card else None)
    if tier is None:
        raise ValueError("a tier or a member is needed")
    return render_handbook(book.on(on), load_content().on(on), tier, member, on)


def open_letter_preview(
    parent: QWidget | None,
    source: Any,
    member_id: int,
    branch: Any = None,
    on: dt.date | None = None,
    member_name: str = "",
    actor: Any = None,
) -> PreviewDialog:
    """Preview the eligibility letter of a member (refusal shown in the dialog if no tier)."""
    from ui.documents.jobs import resolve_source, source_actor
    from ui.documents.preview import PreviewDialog

    db, book = resolve_source(source)
    actor = actor or source_actor(source)
    branch = branch or branch_from_settings(parent)
    day = on or dt.date.today()
    dialog = PreviewDialog(
        QCoreApplication.translate("documents", "贵宾客户资格确认函"),
        parent,
        file_name=document_name("资格确认函", member_name, day=day),
    )
    dialog.render(lambda: letter_pdf(db, book, member_id, day, branch, actor))
    dialog.open()
    return dialog


def open_handbook_preview(
    parent: QWidget | None,
    source: Any,
    tier: str | None = None,
    member_id: int | None = None,
    on: dt.date | None = None,
    member_name: str = "",
    actor: Any = None,
) -> PreviewDialog:
    """Preview a tier's handbook, or the personalised handbook of a member."""
    from ui.documents.jobs import resolve_source, source_actor
    from ui.documents.preview import PreviewDialog

    db, book = resolve_source(source)
    actor = actor or source_actor(source)
    day = on or dt.date.today()
    name = document_name("服务手册", member_name or _tier_name(book, tier, day))
    dialog = PreviewDialog(
        QCoreApplication.translate("documents", "贵宾客户服务手册"), parent, file_name=name
    )
    dialog.render(lambda: handbook_pdf(db, book, tier, member_id, day, actor))
    dialog.open()
    return dialog


def open_batch_print(
    parent: QWidget | None, source: Any, member_ids: Sequence[int] | None = None, branch: Any = None
) -> Any:
    """The batch printing dialog (a selection of members, or a filter)."""
    from ui.documents.batch_dialog import BatchPrintDialog
    from ui.documents.jobs import resolve_source, source_actor

    db, book = resolve_source(source)
    dialog = BatchPrintDialog(
        db,
        book,
        parent,
        member_ids=member_ids,
        branch=branch or branch_from_settings(parent),
        actor=source_actor(source),
    )
    dialog.open()
    return dialog
