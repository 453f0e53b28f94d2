"""docs/staff-and-audit.md shows the permission table exactly as the toml has it."""

from __future__ import annotations

from pathlib import Path

from vipdesk.services.permissions import markdown_table, permission_table


def test_the_documented_table_is_the_toml():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "staff-and-audit.md").read_text("utf-8")
    assert markdown_table() in doc
    assert len(permission_table()) == markdown_table().count("\n| `")
