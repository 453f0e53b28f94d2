"""Strict imports: import reports and column limits (issue 16)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 17:00:00
"""

from __future__ import annotations

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing yet."""


def downgrade() -> None:
    """Nothing yet."""
