"""A member's history entries (the member view's 操作记录), built the same way from the ORM's
rows (`services.history`) and from the driver's (`services.member_direct`): no SQLAlchemy here."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from vipdesk.services.audit_words import ACTION_NAMES  # every action in words, never its key


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


def history_entry(
    at: dt.datetime,
    staff_name: str,
    action: str,
    entity: str,
    entity_id: str | None,
    before: str | None,
    after: str | None,
) -> HistoryEntry:
    """One entry from an audit record's columns (before and after as stored: JSON text)."""
    return HistoryEntry(
        at,
        staff_name,
        action,
        ACTION_NAMES.get(action, action),
        entity,
        entity_id,
        _json(before),
        _json(after),
    )


def _json(text: str | None) -> dict[str, Any] | None:
    return None if text is None else json.loads(text)
