"""The import report: one row per import attempt (issue 16)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from vipdesk.db.models import Base, utcnow


class ImportReport(Base):
    """What one import read, added, changed and refused, by whom and when."""

    __tablename__ = "import_reports"
    __table_args__ = (Index("ix_import_reports_started_at", "started_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # members | policies
    file_name: Mapped[str] = mapped_column(String(256))
    checksum: Mapped[str] = mapped_column(String(64))  # sha256 of the file's bytes
    outcome: Mapped[str] = mapped_column(String(16))  # imported | refused | cancelled | failed
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    added: Mapped[int] = mapped_column(Integer, default=0)
    changed: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    refused: Mapped[int] = mapped_column(Integer, default=0)  # rows with a problem
    message: Mapped[str] = mapped_column(String(512), default="")
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
