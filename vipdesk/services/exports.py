"""What leaves the desk as Excel: the case queue, the care calendar and search results.

Every row is masked the way the desk shows it; `vipdesk export …` and the windows call these.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from vipdesk.domain.care import KIND_NAMES
from vipdesk.domain.sla import STATE_NAMES
from vipdesk.rules import Rules
from vipdesk.services.care import CareItem, care_items
from vipdesk.services.case_queue import CaseRow, QueueFilter, case_queue
from vipdesk.services.cases import STATUS_NAMES, TYPE_NAMES
from vipdesk.services.database import Actor, Database
from vipdesk.services.permissions import require
from vipdesk.services.search import MemberSummary, search_members
from vipdesk.services.xlsx_export import Column, write_xlsx

Progress = Callable[[int], None] | None
Cancelled = Callable[[], bool] | None
PAGE = 5000

CASE_COLUMNS = (
    Column("案件号", width=22), Column("类型", width=12), Column("状态", width=10),
    Column("客户", width=10), Column("服务对象", width=10), Column("受理时间", "datetime", 17),
    Column("首次响应时限", "datetime", 17), Column("解决时限", "datetime", 17),
    Column("时效状态", width=14), Column("经办人", width=10),
)  # fmt: skip
CARE_COLUMNS = (
    Column("日期", "date", 12), Column("事项", width=18), Column("客户", width=10),
    Column("对象", width=10), Column("说明", width=40), Column("金额（元）", "money", 14),
    Column("案件/卡号", width=22), Column("客户经理", width=10),
)  # fmt: skip
SEARCH_COLUMNS = (
    Column("姓名", width=10), Column("证件号码（脱敏）", width=22),
    Column("手机（脱敏）", width=15),
    Column("等级"), Column("贵宾状态", width=10), Column("年化保费（元）", "money", 16),
    Column("卡号", width=18), Column("卡状态", width=10),
)  # fmt: skip


def case_cells(r: CaseRow) -> tuple[Any, ...]:
    """One queue row as export cells."""
    sla = r.sla
    return (
        r.case_no, TYPE_NAMES.get(r.case_type, r.case_type), STATUS_NAMES.get(r.status, r.status),
        r.member_name, r.person_name, r.opened_at,
        sla.first_response_due if sla else r.due_at, sla.resolution_due if sla else None,
        STATE_NAMES[sla.state] if sla else "", r.assignee or "",
    )  # fmt: skip


def care_cells(i: CareItem) -> tuple[Any, ...]:
    """One care item as export cells."""
    return (i.due_on, KIND_NAMES[i.kind], i.member_name, i.person, i.detail, i.amount,
            i.ref or "", i.manager or "")  # fmt: skip


VIP_STATUS_NAMES = {"active": "有效", "suspended": "暂停", "none": "非贵宾"}


def search_cells(m: MemberSummary, tier_names: dict[str, str]) -> tuple[Any, ...]:
    """One search result as export cells (masked as the results list shows them)."""
    tier = tier_names.get(m.tier, m.tier) if m.tier else ""
    return (m.name, m.id_number_masked, m.phone_masked, tier,
            VIP_STATUS_NAMES.get(m.vip_status, m.vip_status), m.afyp,
            m.card_number or "", m.card_status or "")  # fmt: skip


def export_cases(
    db: Database,
    actor: Actor,
    path: Path | str,
    f: QueueFilter | None = None,
    now: dt.datetime | None = None,
    *,
    progress: Progress = None,
    cancelled: Cancelled = None,
) -> int:
    """The case queue (the actor's scope, in queue order) to XLSX; returns the row count."""
    require(actor, "case.work", db)
    moment = now or dt.datetime.now(dt.UTC)

    def rows() -> Iterator[tuple[Any, ...]]:
        offset = 0
        while True:
            with db.read() as session:
                page = case_queue(session, moment, f, PAGE, offset, actor=actor)
            yield from (case_cells(r) for r in page)
            if len(page) < PAGE:
                return
            offset += PAGE

    return write_xlsx(path, "案件队列", CASE_COLUMNS, rows(), progress=progress,
                      cancelled=cancelled)  # fmt: skip


def export_care(
    db: Database,
    actor: Actor,
    rules: Rules,
    path: Path | str,
    start: dt.date,
    days: int = 14,
    manager: str | None = None,
    kinds: Iterable[str] | None = None,
    *,
    progress: Progress = None,
    cancelled: Cancelled = None,
) -> int:
    """The care calendar of the window to XLSX; returns the row count."""
    with db.read() as session:
        found = care_items(session, rules, start, days, manager, kinds, actor=actor)
    return write_xlsx(path, "关怀日历", CARE_COLUMNS, (care_cells(i) for i in found),
                      progress=progress, cancelled=cancelled)  # fmt: skip


def export_search(
    db: Database,
    actor: Actor,
    rules: Rules,
    text: str,
    path: Path | str,
    limit: int = 1000,
    *,
    progress: Progress = None,
    cancelled: Cancelled = None,
) -> int:
    """Search results (masked) to XLSX; returns the row count."""
    with db.read() as session:
        found = search_members(session, text, limit, actor=actor)
    names = {t.code: t.name for t in rules.tiers}
    return write_xlsx(path, "查询结果", SEARCH_COLUMNS, (search_cells(m, names) for m in found),
                      progress=progress, cancelled=cancelled)  # fmt: skip
