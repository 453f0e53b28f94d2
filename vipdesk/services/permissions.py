"""Who may do what: the role permission table (data) and the one check every service calls.

The table itself lives in `resources/permissions.toml`; this module only reads it and refuses.
"""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any, Protocol

from vipdesk.assets import read_text
from vipdesk.errors import Refused

NOT_PERMITTED = "not_permitted"


class HasRole(Protocol):
    """Anything with a role (an `Actor`)."""

    @property
    def role(self) -> str:
        """The staff member's role: clerk, supervisor or admin."""


@cache
def permission_table() -> dict[str, frozenset[str]]:
    """Permission name → the roles that hold it, read once from resources/permissions.toml."""
    text = read_text("permissions.toml")
    data = tomllib.loads(text)
    return {name: frozenset(spec["roles"]) for name, spec in data["permissions"].items()}


def allowed(role: str, permission: str) -> bool:
    """True when `role` holds `permission` (an unknown permission is held by nobody)."""
    return role in permission_table().get(permission, frozenset())


def require(actor: HasRole | None, permission: str, db: Any = None) -> None:
    """Refuse with `not_permitted` unless the actor's role holds the permission.

    With `db` (a Database, or a Session whose engine is used) the refusal is also written to the
    audit log, in its own transaction, so it stays recorded although the request fails. Call it
    before opening the write transaction of the request.
    """
    if actor is None:  # nobody signed in (a window before sign-in, a script without --as)
        raise Refused("not_signed_in", "请先登录。")
    if allowed(actor.role, permission):
        return
    if db is not None:
        record_refusal(db, actor, permission)
    raise Refused(NOT_PERMITTED, f"您的岗位无权进行此操作（{describe(permission)}）。")


def record_refusal(db: Any, actor: Any, permission: str) -> None:
    """Append the audit record of a permission refusal (best effort: a refusal still refuses)."""
    import logging

    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from vipdesk.db.engine import writer
    from vipdesk.errors import DatabaseError, translate_errors
    from vipdesk.services.database import audit

    bind = db.get_bind() if isinstance(db, Session) else db.engine
    engine = bind if isinstance(bind, Engine) else bind.engine
    after = {"permission": permission, "role": actor.role}
    try:
        with translate_errors(engine), Session(writer(engine)) as session:
            audit(session, actor, "permission.refused", "permission", permission, None, None, after)
            session.commit()
    except DatabaseError:
        logging.getLogger(__name__).warning("permission refusal not recorded: %s", permission)


def describe(permission: str) -> str:
    """The permission's plain-Chinese name."""
    text = read_text("permissions.toml")
    spec = tomllib.loads(text)["permissions"].get(permission, {})
    return str(spec.get("label", permission))


ROLE_COLUMNS = (("clerk", "柜员"), ("supervisor", "主管"), ("admin", "系统管理员"))


def markdown_table() -> str:
    """The permission table as Markdown (docs/staff-and-audit.md shows it; a test compares)."""
    text = read_text("permissions.toml")
    specs = tomllib.loads(text)["permissions"]
    lines = [
        "| permission | 说明 | " + " | ".join(name for _, name in ROLE_COLUMNS) + " |",
        "|---|---|" + "---|" * len(ROLE_COLUMNS),
    ]
    for name, spec in specs.items():
        marks = " | ".join("✓" if role in spec["roles"] else "—" for role, _ in ROLE_COLUMNS)
        lines.append(f"| `{name}` | {spec['label']} | {marks} |")
    return "\n".join(lines) + "\n"
