"""What the audit viewer's filters offer: staff members and actions (for supervisors, admins)."""

from __future__ import annotations

from sqlalchemy import select

from vipdesk.db.models import StaffUser
from vipdesk.services.audit_words import ACTION_NAMES
from vipdesk.services.database import Actor, Database
from vipdesk.services.permissions import require


def staff_choices(db: Database, actor: Actor) -> list[tuple[str, str]]:
    """(username, display name) of every staff account, disabled ones too (the log names them)."""
    require(actor, "audit.view", db)
    with db.read() as session:
        rows = session.execute(
            select(StaffUser.username, StaffUser.display_name).order_by(StaffUser.username)
        ).tuples()
        return [(username, f"{name}（{username}）") for username, name in rows]


def action_choices() -> list[tuple[str, str]]:
    """(action code, plain name) of every named action; "staff." groups every staff action."""
    named = sorted(ACTION_NAMES.items(), key=lambda item: item[0])
    return [("staff.", "员工账号与登录（全部）"), *named]
