"""Batch printing: letters or handbooks for a selection or a filter, combined or one file each.

Runs on any thread (the CLI's, or a GUI worker): reads members through the services in chunks,
renders with the pure renderers, reports progress and stops when `cancelled()` says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipdesk.db.models import Card, Member
from vipdesk.documents.content import Content, load_content
from vipdesk.documents.files import make_folder, write_file
from vipdesk.documents.handbook import HandbookMember, HandbookRequest, render_handbooks
from vipdesk.documents.letter import LetterData, letter_data, render_letters
from vipdesk.documents.page import BranchInfo
from vipdesk.errors import KnownError
from vipdesk.rules import RuleBook, Rules
from vipdesk.services.database import Actor, Database
from vipdesk.services.members import CURRENT_CARD_WHERE, member_detail
from vipdesk.services.permissions import require

KINDS = ("letters", "handbooks")
CHUNK = 200
Progress = Callable[[str, int, int], None]
Item = LetterData | HandbookRequest


class BatchCancelled(Exception):
    """The user cancelled the batch."""


@dataclass(frozen=True)
class BatchResult:
    """What a batch produced: documents written, members skipped (no tier), files, cancelled."""

    kind: str
    written: int
    skipped_no_tier: int
    files: tuple[Path, ...]
    cancelled: bool = False


def select_members(
    session: Session, tier: str | None = None, issued_since: dt.date | None = None
) -> list[int]:
    """Members of a tier and/or whose current card was issued on or after `issued_since`."""
    query = select(Member.id).order_by(Member.id)
    if tier:
        query = query.where(Member.tier == tier)
    if issued_since:
        query = query.join(Card, Card.member_id == Member.id).where(
            CURRENT_CARD_WHERE, Card.issued_on >= issued_since
        )
    return list(session.scalars(query))


def _chunks(ids: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


class _Job:
    """State of one batch run."""

    def __init__(
        self,
        db: Database,
        book: RuleBook,
        kind: str,
        ids: Sequence[int],
        on: dt.date,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
        actor: Actor,
    ) -> None:
        require(actor, "document.print", db)
        self.actor = actor
        if kind not in KINDS:
            raise KnownError(f"未知的批量打印类型：{kind}")
        self.db, self.book, self.kind, self.ids, self.on = db, book, kind, ids, on
        self.rules: Rules = book.on(on)
        self.content: Content = load_content().on(on)
        self.report = progress or (lambda *_: None)
        self.cancelled = cancelled or (lambda: False)
        self.skipped = 0

    def check(self) -> None:
        """Raise BatchCancelled when the user asked to stop."""
        if self.cancelled():
            raise BatchCancelled

    def read(self, ids: Sequence[int]) -> list[tuple[int, Item]]:
        """(member id, printable values) of these members; those without a tier are skipped."""
        found: list[tuple[int, Item]] = []
        with self.db.read() as session:
            for member_id in ids:
                detail = member_detail(
                    session,
                    self.book,
                    member_id,
                    self.on,
                    actor=self.actor,
                    for_letter=self.kind == "letters",
                )
                if detail.tier is None:
                    self.skipped += 1
                elif self.kind == "letters":
                    found.append(
                        (member_id, letter_data(detail, self.rules, self.content, self.on))
                    )
                else:
                    card = detail.card.number if detail.card else None
                    member = HandbookMember(detail.name, card)
                    found.append((member_id, HandbookRequest(detail.tier, member)))
        return found

    def render(
        self,
        items: Sequence[Item],
        branch: BranchInfo,
        on_item: Callable[[int], None] | None = None,
    ) -> bytes:
        """One PDF of these items."""
        if self.kind == "letters":
            letters = cast(Sequence[LetterData], items)
            return render_letters(letters, self.content, self.rules, branch, on_item=on_item)
        books = cast(Sequence[HandbookRequest], items)
        return render_handbooks(self.rules, self.content, books, self.on, on_item=on_item)


def file_name(item: Item, member_id: int) -> str:
    """The file name of one member's document."""
    if isinstance(item, LetterData):
        return f"letter_{item.reference}.pdf"
    return f"handbook_{member_id:08d}_{item.tier}.pdf"


def _kept(files: Sequence[Path]) -> str:
    """What is left on disk when a batch stops on a write error."""
    return f"已生成的 {len(files)} 个文件已保留。" if files else ""


def print_batch(
    db: Database,
    book: RuleBook,
    kind: str,
    member_ids: Sequence[int],
    out_dir: Path,
    *,
    on: dt.date | None = None,
    combined: bool = False,
    branch: BranchInfo | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    actor: Actor,
) -> BatchResult:
    """Print `kind` ("letters" or "handbooks") for the members into `out_dir` (`document.print`)."""
    day = on or dt.date.today()
    job = _Job(db, book, kind, member_ids, day, progress, cancelled, actor)
    branch = branch or BranchInfo()
    make_folder(out_dir)
    total = len(member_ids)
    files: list[Path] = []
    written = 0
    try:
        if combined:
            items: list[Item] = []
            for part in _chunks(member_ids, CHUNK):
                job.check()
                items += [item for _, item in job.read(part)]
                job.report("读取", len(items) + job.skipped, total)
            if items:

                def step(done: int) -> None:
                    job.check()
                    job.report("生成", done, len(items))

                path = out_dir / f"{kind}_{day.isoformat()}.pdf"
                write_file(path, job.render(items, branch, on_item=step))
                files.append(path)
                written = len(items)
        else:
            for part in _chunks(member_ids, CHUNK):
                job.check()
                for member_id, item in job.read(part):
                    job.check()
                    path = out_dir / file_name(item, member_id)
                    write_file(path, job.render([item], branch), _kept(files))
                    files.append(path)
                    written += 1
                    job.report("生成", written + job.skipped, total)
    except BatchCancelled:
        return BatchResult(kind, written, job.skipped, tuple(files), cancelled=True)
    job.report("完成", total, total)
    return BatchResult(kind, written, job.skipped, tuple(files))
