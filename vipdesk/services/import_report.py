"""Import reports: what each import read, added, changed and refused; the last ones listed.

Also the final check of an import: the rows are in the database that is still at the configured
path (an SQLite file deleted or replaced during the import is an error, never "新增 200000").
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from vipdesk.db.import_models import ImportReport
from vipdesk.db.models import StaffUser, utcnow
from vipdesk.errors import DatabaseError, KnownError
from vipdesk.services.database import Actor, Database
from vipdesk.services.permissions import require

OUTCOMES = {"imported": "已导入", "refused": "已拒绝", "cancelled": "已取消", "failed": "失败"}
KINDS = {"members": "客户", "policies": "保单"}


@dataclass(frozen=True)
class ReportInfo:
    """One import as listed in the import dialog and `vipdesk import history`."""

    id: int
    kind: str
    file_name: str
    checksum: str
    outcome: str
    rows_read: int
    added: int
    changed: int
    unchanged: int
    refused: int
    message: str
    staff: str
    started_at: dt.datetime
    finished_at: dt.datetime

    def to_json(self) -> dict[str, object]:
        """JSON form for `vipdesk import history --json`."""
        data = dict(self.__dict__)
        data["started_at"] = self.started_at.isoformat()
        data["finished_at"] = self.finished_at.isoformat()
        return data

    def line(self) -> str:
        """One plain line: when, who, what, counts."""
        when = self.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
        counts = (
            f"读取 {self.rows_read} 行，新增 {self.added}，更新 {self.changed}，"
            f"未变 {self.unchanged}，有问题 {self.refused}"
        )
        return (
            f"{when}  {self.staff}  {KINDS.get(self.kind, self.kind)}  {self.file_name}  "
            f"{OUTCOMES.get(self.outcome, self.outcome)}  {counts}"
        )


@dataclass(frozen=True)
class ReportDraft:
    """The facts of one import attempt, before it is written."""

    kind: str
    file_name: str
    checksum: str
    outcome: str
    started_at: dt.datetime
    rows_read: int = 0
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    refused: int = 0
    message: str = ""

    def model(self, actor: Actor) -> ImportReport:
        """The row to add in the caller's transaction."""
        return ImportReport(
            kind=self.kind,
            file_name=self.file_name[:256],
            checksum=self.checksum,
            outcome=self.outcome,
            rows_read=self.rows_read,
            added=self.added,
            changed=self.changed,
            unchanged=self.unchanged,
            refused=self.refused,
            message=self.message[:512],
            staff_id=actor.id,
            started_at=self.started_at,
            finished_at=utcnow(),
        )


def record_attempt(db: Database, actor: Actor, draft: ReportDraft) -> None:
    """Write the report of an import that wrote nothing (refused, cancelled, failed); best effort.

    A database that cannot take even this row (gone, full) must not hide the import's own error.
    """
    try:
        with db.write() as session:
            session.add(draft.model(actor))
    except KnownError:
        pass


def import_history(db: Database, actor: Actor, limit: int = 10) -> list[ReportInfo]:
    """The last `limit` imports, newest first (administrators)."""
    require(actor, "import.run")
    with db.read() as session:
        rows = session.execute(
            select(ImportReport, StaffUser.display_name)
            .join(StaffUser, StaffUser.id == ImportReport.staff_id)
            .order_by(ImportReport.id.desc())
            .limit(limit)
        ).all()
        return [
            ReportInfo(
                r.id,
                r.kind,
                r.file_name,
                r.checksum,
                r.outcome,
                r.rows_read,
                r.added,
                r.changed,
                r.unchanged,
                r.refused,
                r.message,
                staff,
                _aware(r.started_at),
                _aware(r.finished_at),
            )  # fmt: skip
            for r, staff in rows
        ]


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def database_identity(db: Database) -> tuple[int, int] | None:
    """(device, inode) of an SQLite database file; None for a server database."""
    path = _sqlite_path(db)
    if path is None:
        return None
    try:
        info = os.stat(path)
    except OSError:
        raise DatabaseError(f"数据库文件不存在：{path}") from None
    return info.st_dev, info.st_ino


def _sqlite_path(db: Database) -> Path | None:
    url = db.engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


MOVED = (
    "导入没有保存到数据库：数据库文件 {path} 在导入期间被删除或替换。"
    "请确认数据库位置后重新导入（导入文件没有改动）。"
)


def check_same_database(db: Database, identity: tuple[int, int] | None) -> None:
    """Raise DatabaseError when the SQLite file at the configured path is not the one opened."""
    path = _sqlite_path(db)
    if path is None or identity is None:
        return
    try:
        info = os.stat(path)
    except OSError:
        raise DatabaseError(MOVED.format(path=path)) from None
    if (info.st_dev, info.st_ino) != identity:
        raise DatabaseError(MOVED.format(path=path))


def confirm_saved(db: Database, identity: tuple[int, int] | None, report_id: int) -> None:
    """After commit: the report row is readable by a fresh connection at the configured place."""
    check_same_database(db, identity)
    path = _sqlite_path(db)
    if path is not None:
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
            try:
                found = conn.execute(
                    "SELECT 1 FROM import_reports WHERE id = ?", (report_id,)
                ).fetchone()
            finally:
                conn.close()
        except sqlite3.Error:
            found = None
    else:
        with db.read() as session:
            found = session.get(ImportReport, report_id)
    if not found:
        raise DatabaseError(MOVED.format(path=path or db.display_name))
