"""Care calendar and dashboard (issue 12; slot, may stay a no-op)

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27 19:40:00
"""

from __future__ import annotations

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """No schema change yet."""


def downgrade() -> None:
    """No schema change yet."""
