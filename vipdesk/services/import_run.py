"""One import run: its outcomes (result, rejection, cancel, refusal) and its callbacks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vipdesk.errors import KnownError, Refused
from vipdesk.services import import_aside
from vipdesk.services.database import Actor, Database
from vipdesk.services.import_report import ReportDraft
from vipdesk.services.tabular import XlsxLimits

# progress(stage, rows read, problems found, fraction 0..1); stages: "校验" (reading), "写入"
# (comparing and building; cancel still honoured), "重建" (the third number is the rebuild's
# number: desks wrote meanwhile), "提交" (the lock is taken: cancel no longer honoured)
ImportProgress = Callable[[str, int, int, float], None]
DESKS_KEPT_WRITING = "desks_kept_writing"


class ImportRejected(KnownError):
    """The file has bad rows; nothing was written. `problems` lists `line N: column: problem`."""

    def __init__(self, problems: list[str], refused_rows: int | None = None) -> None:
        shown = "\n".join(problems[:50])
        total = len(problems) if refused_rows is None else max(refused_rows, len(problems))
        more = f"\n…另有 {total - 50} 处问题" if total > 50 else ""
        super().__init__(f"文件有 {total} 处问题，未写入任何数据：\n{shown}{more}")
        self.problems = problems
        self.refused_rows = total


class ImportCancelled(KnownError):
    """The import was cancelled before writing; nothing was written."""

    def __init__(self) -> None:
        super().__init__("导入已取消，未写入任何数据。")


@dataclass(frozen=True)
class ImportResult:
    """Counts of an import, its report and how long it held the database's write lock."""

    rows: int
    inserted: int
    updated: int
    unchanged: int
    report_id: int = 0
    lock_seconds: float = 0.0
    builds: int = 0  # builds aside (0: written in place)


@dataclass
class ImportRun:
    """One import run: what, from where, by whom, and its callbacks."""

    db: Database
    actor: Actor
    path: Path
    kind: str
    progress: ImportProgress
    cancel: Callable[[], bool]
    limits: XlsxLimits | None
    started: dt.datetime
    identity: tuple[int, int] | None = None
    in_place: bool = False  # the administrator accepts that desks wait for an in-place write
    checksum: str = ""
    rows_read: int = 0
    managers: list[tuple[int, str, str]] = field(default_factory=list)  # line, ID, username

    def rebuilds(self) -> import_aside.Rebuilds:
        """The rebuild budget of a load built aside, telling progress and asking cancel.

        With `in_place` the first build that desks make stale is not redone: written in place.
        """
        budget = import_aside.Rebuilds.from_environment(
            retrying=lambda n: self.progress("重建", self.rows_read, n, 1.0),
            cancelled=self.cancel,
            locking=self.locking,
        )
        if self.in_place:
            budget.attempts = 1
        return budget

    def locking(self) -> None:
        """The write lock is about to be taken: the last look at cancel."""
        if self.cancel():
            raise ImportCancelled
        self.progress("提交", self.rows_read, 0, 1.0)

    def draft(self, outcome: str, **counts: Any) -> ReportDraft:
        """The report of this run."""
        return ReportDraft(
            self.kind, self.path.name, self.checksum, outcome, self.started, **counts
        )


def desks_kept_writing(stale: import_aside.DesksKeptWriting, prepared: Any) -> Refused:
    """The refusal when desks made every build stale and writing in place would make them wait."""
    waits = max(round(import_aside.in_place_estimate(prepared)), 1)
    spent = (
        f"{max(round(stale.seconds), 1)} 秒"
        if stale.seconds < 90
        else f"{round(stale.seconds / 60)} 分钟"
    )
    return Refused(
        DESKS_KEPT_WRITING,
        f"柜台一直在办理业务：导入数据准备了 {stale.builds} 次（约 {spent}），每次都因柜台"
        f"写入而过期。直接写入需锁定数据库约 {waits} 秒，柜台业务会因等待而被拒绝，所以没有写入"
        "任何数据，数据保持原样。请在柜台下班后导入；或确认柜台可以等待后重新导入（命令行加 "
        "--in-place，导入窗口勾选“柜台可以等待，直接写入”）。",
    )
