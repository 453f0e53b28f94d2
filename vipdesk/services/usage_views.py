"""Recorded service uses as the desk lists them, built from the ORM's rows (`services.usage`) and
from the driver's (`services.member_direct`): no SQLAlchemy here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class UseRecord:
    """A recorded use as the desk shows it."""

    id: int
    quota_code: str
    service_code: str
    item_code: str | None
    used_on: dt.date
    status: str
    relative_id: int | None
    case_id: int | None
    occasion: str | None


@dataclass(frozen=True)
class UseLine:
    """A recorded use with its case number, as the member view lists it."""

    record: UseRecord
    case_no: str | None
    cancel_reason: str | None

    @property
    def cancellable(self) -> bool:
        """Booked through a case and not yet delivered: the case's use may be cancelled."""
        return self.record.status == "booked" and self.record.case_id is not None
