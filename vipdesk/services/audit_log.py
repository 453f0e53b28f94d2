"""The audit log: verify its hash chain, search it, export it, describe records in plain Chinese.

`verify_chain` walks the chain in order and names the first record that was changed, deleted or
reordered — directly in the database, with the append-only triggers dropped first or not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import aliased

from vipdesk.db.auth_models import AuditChainHead
from vipdesk.db.models import AuditRecord, Member, StaffUser
from vipdesk.domain.audit_chain import GENESIS, walk
from vipdesk.domain.people import mask_id_number
from vipdesk.services.audit_words import action_name, describe  # noqa: F401  (API)
from vipdesk.services.database import Actor, Database
from vipdesk.services.permissions import require

START_CHECK = 1000  # records the app verifies at every start
PROBLEMS = {
    "changed": "第 {seq} 条审计记录（编号 {id}）的内容被改动过。",
    "deleted": "第 {seq} 条审计记录被删除了（其后的记录从编号 {id} 起）。",
    "reordered": "审计记录的顺序或链接被改动，第一条异常记录是第 {seq} 条（编号 {id}）。",
    "missing_tail": "最后的审计记录被删除了：从第 {seq} 条起的记录不见了。",
    "added": "有记录绕过本程序写入了审计日志（第 {seq} 条起）。",
}
_COLUMNS = (
    "id, seq, at, staff_id, action, entity, entity_id, member_id, before, after, prev_hash, hash"
)


@dataclass(frozen=True)
class ChainReport:
    """The result of walking the chain: ok, records checked, and the first break if any."""

    ok: bool
    count: int
    first_bad_id: int | None = None
    problem: str | None = None  # changed | deleted | reordered | missing_tail | added
    seq: int | None = None
    head_hash: str = ""  # the newest record's hash: note it outside the database now and then

    @property
    def message(self) -> str:
        """The plain-Chinese sentence for an administrator."""
        if self.ok:
            return f"审计记录完整：已核对 {self.count} 条。"
        template = PROBLEMS.get(self.problem or "", "审计记录被改动。")
        return template.format(seq=self.seq, id=self.first_bad_id if self.first_bad_id else "—")

    def to_json(self) -> dict[str, Any]:
        """The JSON of `vipdesk audit verify --json`."""
        return {
            "ok": self.ok,
            "count": self.count,
            "first_bad_id": self.first_bad_id,
            "first_bad_seq": self.seq,
            "problem": self.problem,
            "message": self.message,
            "head_hash": self.head_hash,
        }


def verify_chain(db: Database, last: int | None = None) -> ChainReport:
    """Walk the audit chain (all of it, or the newest `last` records) and report the first break."""
    with db.read() as session:
        head = session.get(AuditChainHead, 1)
        head_seq, head_hash = (head.last_seq, head.last_hash) if head else (0, GENESIS)
        conn = session.connection()
        top = conn.execute(text("SELECT MAX(seq) FROM audit_log")).scalar() or 0
        first = 1 if last is None else max(1, min(head_seq, top) - last + 1)
        prev = GENESIS
        if first > 1:
            prev = (
                conn.execute(
                    text("SELECT prev_hash FROM audit_log WHERE seq >= :s ORDER BY seq LIMIT 1"),
                    {"s": first},
                ).scalar()
                or GENESIS
            )
        count, broken = walk(_rows(conn, first), first, prev, head_seq, head_hash)
    if broken is None:
        return ChainReport(True, count, head_hash=head_hash)
    problem = broken.problem
    if problem == "missing_tail" and broken.seq > head_seq + 1:
        problem = "added"
    return ChainReport(False, count, broken.record_id, problem, broken.seq, head_hash)


def _rows(conn: Any, first: int) -> Iterator[Sequence[Any]]:
    """The records from seq `first` on, in order, streamed on the driver's own cursor."""
    sql = f"SELECT {_COLUMNS} FROM audit_log WHERE seq >= {int(first)} ORDER BY seq"
    if conn.dialect.name != "sqlite":
        yield from conn.execution_options(stream_results=True, yield_per=20_000).exec_driver_sql(
            sql
        )
        return
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(sql)
        while batch := cursor.fetchmany(20_000):
            yield from batch
    finally:
        cursor.close()


def verify_at_start(db: Database) -> ChainReport:
    """The check the app runs at every start: the newest 1,000 records."""
    return verify_chain(db, last=START_CHECK)


@dataclass(frozen=True)
class AuditFilter:
    """Filters of the audit viewer: staff username, action code (or prefix "staff."), member,
    time range [since, until)."""

    staff: str | None = None
    action: str | None = None
    member_id: int | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None


@dataclass(frozen=True)
class AuditEntry:
    """One audit record for the viewer: who, when, what in plain words; member ID masked."""

    id: int
    seq: int
    at: dt.datetime
    staff_username: str
    staff_name: str
    action: str
    action_name: str
    member_id: int | None
    member_name: str
    member_id_masked: str
    before: str | None
    after: str | None
    text: str

    def to_json(self) -> dict[str, Any]:
        """The JSON of `vipdesk audit list --json` (no raw before/after)."""
        return {
            "id": self.id,
            "at": self.at.isoformat(),
            "staff": self.staff_username,
            "staff_name": self.staff_name,
            "action": self.action,
            "action_name": self.action_name,
            "member": self.member_name,
            "member_id_masked": self.member_id_masked,
            "text": self.text,
        }


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


def search_audit(
    db: Database,
    actor: Actor,
    staff: str | None = None,
    action: str | None = None,
    member_id: int | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[AuditEntry]:
    """Audit records matching the filters, newest first, a page of `limit` from `offset`
    (`audit.view`: supervisors)."""
    require(actor, "audit.view", db)
    who = aliased(StaffUser)
    query = (
        select(AuditRecord, who.username, who.display_name, Member.name, Member.id_number)
        .outerjoin(who, who.id == AuditRecord.staff_id)
        .outerjoin(Member, Member.id == AuditRecord.member_id)
        .order_by(AuditRecord.seq.desc())
        .limit(limit)
        .offset(offset)
    )
    if staff:
        query = query.where(who.username == staff.strip())
    if action:
        code = action.strip()
        if code.endswith("."):
            query = query.where(AuditRecord.action.startswith(code, autoescape=True))
        else:
            query = query.where(AuditRecord.action == code)
    if member_id is not None:
        query = query.where(AuditRecord.member_id == member_id)
    if since is not None:
        query = query.where(AuditRecord.at >= _utc(since).astimezone(dt.UTC))
    if until is not None:
        query = query.where(AuditRecord.at < _utc(until).astimezone(dt.UTC))
    with db.read() as session:
        rows = session.execute(query).tuples().all()
        return [
            AuditEntry(
                r.id,
                r.seq,
                _utc(r.at),
                username or "（未知用户）",
                display or "（未知用户）",
                r.action,
                action_name(r.action),
                r.member_id,
                name or "",
                mask_id_number(id_number) if id_number else "",
                r.before,
                r.after,
                describe(r),
            )
            for r, username, display, name, id_number in rows
        ]


def export_audit_xlsx(
    db: Database, actor: Actor, filters: AuditFilter | None, path: str | Path
) -> int:
    """Write the filtered records to an XLSX file (ID numbers masked); how many rows."""
    from openpyxl import Workbook

    f = filters or AuditFilter()
    entries = search_audit(
        db, actor, f.staff, f.action, f.member_id, f.since, f.until, limit=1_000_000
    )
    book = Workbook(write_only=True)
    sheet = book.create_sheet("操作记录")
    sheet.append(["时间", "员工", "用户名", "操作", "客户", "证件号码（脱敏）", "内容"])
    for e in entries:
        local = e.at.astimezone().replace(tzinfo=None)
        sheet.append(
            [local, e.staff_name, e.staff_username, e.action_name, e.member_name,
             e.member_id_masked, e.text]
        )  # fmt: skip
    book.save(str(path))
    return len(entries)
