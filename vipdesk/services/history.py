"""A member's history for the member view: the audit records about them, newest first."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipdesk.db.models import AuditRecord, StaffUser
from vipdesk.services.database import Actor, Database
from vipdesk.services.history_views import ACTION_NAMES as ACTION_NAMES
from vipdesk.services.history_views import HistoryEntry, history_entry


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
        history_entry(r.at, staff, r.action, r.entity, r.entity_id, r.before, r.after)
        for r, staff in rows
    ]
