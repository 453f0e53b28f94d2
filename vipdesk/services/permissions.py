"""Who may do what: the role permission table (data) and the one check every service calls.

The table itself lives in `resources/permissions.toml`; this module only reads it and refuses.
"""

from __future__ import annotations

import tomllib
from functools import cache
from vipdesk.assets import read_text
from typing import Protocol

from vipdesk.errors import Refused

NOT_PERMITTED = "not_permitted"


class HasRole(Protocol):
    """Anything with a role (an `Actor`)."""

    role: str


@cache
def permission_table() -> dict[str, frozenset[str]]:
    """Permission name → the roles that hold it, read once from resources/permissions.toml."""
    text = read_text("permissions.toml")
    data = tomllib.loads(text)
    return {name: frozenset(spec["roles"]) for name, spec in data["permissions"].items()}


def allowed(role: str, permission: str) -> bool:
    """True when `role` holds `permission` (an unknown permission is held by nobody)."""
    return role in permission_table().get(permission, frozenset())


def require(actor: HasRole, permission: str) -> None:
    """Refuse with `not_permitted` unless the actor's role holds the permission."""
    if not allowed(actor.role, permission):
        raise Refused(NOT_PERMITTED, f"您的岗位无权进行此操作（{describe(permission)}）。")


def describe(permission: str) -> str:
    """The permission's plain-Chinese name."""
    text = read_text("permissions.toml")
    spec = tomllib.loads(text)["permissions"].get(permission, {})
    return str(spec.get("label", permission))
