"""Audit operations run on the database worker (each gets the Desk; returns plain values).

vipdesk.services.audit_log checks `audit.view` and masks personal data; nothing here does SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class AuditQuery:
    """The viewer's filters: staff username, action code, member id, local date range."""

    staff: str | None = None
    action: str | None = None
    member_id: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None

    def bounds(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        """The date range as UTC instants: from the start of `since` to the end of `until`."""

        def start(day: dt.date) -> dt.datetime:
            return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)

        since = start(self.since) if self.since else None
        until = start(self.until + dt.timedelta(days=1)) if self.until else None
        return since, until

    def service_filters(self) -> dict[str, Any]:
        """Keyword arguments for `search_audit` / `export_audit_xlsx`."""
        since, until = self.bounds()
        return {
            "staff": self.staff,
            "action": self.action,
            "member_id": self.member_id,
            "since": since,
            "until": until,
        }


def audit_page(desk: Any, query: AuditQuery, limit: int, offset: int) -> list[Any]:
    """One page of the audit records matching `query`, newest first (AuditEntry)."""
    from vipdesk.services.audit_log import search_audit

    filters = query.service_filters()
    return list(search_audit(desk.db, desk.actor, **filters, limit=limit, offset=offset))


def export(desk: Any, query: AuditQuery, path: str) -> int:
    """Write the records matching `query` to an XLSX file (ID numbers masked); how many."""
    from vipdesk.services.audit_log import AuditFilter, export_audit_xlsx

    return int(export_audit_xlsx(desk.db, desk.actor, AuditFilter(**query.service_filters()), path))


def filter_choices(desk: Any) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(username, label) of every staff member and (code, Chinese name) of every action."""
    from vipdesk.services.audit_choices import action_choices, staff_choices

    return staff_choices(desk.db, desk.actor), action_choices()


def member_history(desk: Any, member_id: int) -> list[Any]:
    """The member's audit records for the 操作记录 tab, newest first."""
    from ui.desk import view_on_direct
    from vipdesk.services import member_direct

    def usual() -> list[Any]:
        from vipdesk.services.history import member_history

        return member_history(desk.db, member_id, actor=desk.actor)

    return view_on_direct(desk, lambda conn: member_direct.history(conn, member_id), usual)


def chain_report(desk: Any, last: int = 1000) -> Any:
    """Verify the hash chain of the newest `last` audit records (ChainReport)."""
    from vipdesk.services.audit_log import verify_chain

    return verify_chain(desk.db, last=last)
