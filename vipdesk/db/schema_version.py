"""The newest schema version, known from the migration file names (no SQLAlchemy, no Alembic)."""

from __future__ import annotations

import re
from functools import cache


@cache
def head_revision() -> str:
    """The newest migration's id, from the file names alone (revision id = the NNNN prefix, a
    straight line of migrations; tests/db/test_schema_version.py checks it equals Alembic's head).
    """
    from importlib.resources import files

    versions = files("vipdesk.db.migrations").joinpath("versions")
    return max(e.name[:4] for e in versions.iterdir() if re.match(r"\d{4}_.*\.py$", e.name))


def is_head(found: list[str]) -> bool:
    """Whether the versions read from `alembic_version` are exactly the newest migration."""
    return list(found) == [head_revision()]
