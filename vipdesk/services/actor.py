"""The acting staff member as a plain value (no SQLAlchemy: the command line's SQLite path)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """The staff member acting (a plain value, safe to pass between threads)."""

    id: int
    username: str
    display_name: str
    role: str
    branch_code: str
    must_change_password: bool = False
