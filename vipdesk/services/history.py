"""A member's history for the member view: the audit records about them, newest first."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipdesk.db.models import AuditRecord, StaffUser
from vipdesk.services.database import Actor, Database

ACTION_NAMES = {
    "relative.designate": "指定亲属",
    "relative.remove": "移除指定亲属",
    "card.reissue": "补发贵宾卡",
    "member.reveal_id": "查看完整证件号码",
    "case.open": "新建服务案件",
    "case.status": "案件状态变更",
    "case.note": "案件备注",
    "case.override": "主管特批",
}


@dataclass(frozen=True)
class HistoryEntry:
    """One audit record of a member: who, when, what, before and after."""

    at: dt.datetime
    staff_name: str
    action: str
    action_name: str
    entity: str
    entity_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def member_history(
    db: Database, member_id: int, limit: int = 200, *, actor: Actor
) -> list[HistoryEntry]:
    """The member's audit records, newest first (for the member view's history tab)."""
    from vipdesk.services.permissions import require

    require(actor, "member.view", db)
    with db.read() as session:
        return history_in(session, member_id, limit)


def history_in(session: Session, member_id: int, limit: int = 200) -> list[HistoryEntry]:
    """The member's audit records, newest first, read in the caller's session."""
    rows = session.execute(
        select(AuditRecord, StaffUser.display_name)
        .join(StaffUser, StaffUser.id == AuditRecord.staff_id)
        .where(AuditRecord.member_id == member_id)
        .order_by(AuditRecord.at.desc(), AuditRecord.id.desc())
        .limit(limit)
    ).tuples()
    return [
        HistoryEntry(
            r.at,
            staff,
            r.action,
            ACTION_NAMES.get(r.action, r.action),
            r.entity,
            r.entity_id,
            _json(r.before),
            _json(r.after),
        )
        for r, staff in rows
    ]


def _json(text: str | None) -> dict[str, Any] | None:
    return None if text is None else json.loads(text)
