"""Import speed (issue 16; slot, may stay a no-op)

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27 19:40:00
"""

from __future__ import annotations

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """No schema change yet."""


def downgrade() -> None:
    """No schema change yet."""
