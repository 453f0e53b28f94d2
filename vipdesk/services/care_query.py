"""The care calendar's reads: one window's SELECTs, each filtered of done or snoozed items,
ordered and cut in SQL, then merged (vipdesk.services.care_merge); and the count of items due
per account manager for the dashboard.

Each kind is read in its own order (day, member name, member, sub-item) with a LIMIT of the
rows the page can still need, over a chunk of its days; the merge reads a kind only when the
page reaches its next day. The whole list reads every SELECT once, without a LIMIT.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from vipdesk.db.care_models import AccountManager, CareMark
from vipdesk.db.models import StaffUser
from vipdesk.domain import care as rules_of_care
from vipdesk.rules import Rules
from vipdesk.services import care_kinds, care_premium
from vipdesk.services.care_merge import Stream, merged
from vipdesk.services.care_sql import (
    FOLLOW_UP_LOOKBACK_DAYS,
    KIND_NO,
    _days,
    _used_on_for,
    anniversary_days,
    birthday_days,
    care_key,
)
from vipdesk.services.cases import utc

Build = Callable[[dt.date, dt.date], Any]
UNASSIGNED = "（未指定）"
DAY_KEYED = ("birthdays", "health_check")  # the mark's due_on is the item's day


class CareQuery:
    """The SELECTs of one window (kind by kind) for one dialect, and their pages."""

    def __init__(self, session: Session, rules: Rules, start: dt.date, end: dt.date,
                 manager: str | None) -> None:  # fmt: skip
        self.session = session
        self.dialect = session.get_bind().dialect.name
        self.rules, self.start, self.end, self.manager = rules, start, end, manager
        self.staff_id: int | None = None  # the manager's, read when first needed
        self.tiers = [t for t in rules.tiers if t.min_afyp is not None]
        self.bdays = birthday_days(start, end, self.dialect)  # (month-day, due day)
        self.pdays = anniversary_days(start, end, self.dialect)
        self.checks = [(tier.code, used, n, day) for tier in rules.tiers
                       if (n := tier.health_check_every_years)
                       for day in _days(start, end) for used in _used_on_for(day, n)]  # fmt: skip
        self.fdays = []  # (resolved from, resolved before, due day) in UTC
        for due in _days(start - dt.timedelta(days=FOLLOW_UP_LOOKBACK_DAYS), end):
            resolved = due - dt.timedelta(days=rules_of_care.FOLLOW_UP_DAYS)
            lo = dt.datetime.combine(resolved, dt.time()).astimezone()
            hi = dt.datetime.combine(resolved + dt.timedelta(days=1), dt.time()).astimezone()
            self.fdays.append((utc(lo), utc(hi), due))

    @staticmethod
    def cut(rows: list[tuple[Any, ...]], lo: dt.date, hi: dt.date) -> list[tuple[Any, ...]]:
        """The rows of a window table whose due day (last column) is in [lo, hi]."""
        return [r for r in rows if lo <= r[-1] <= hi]

    def scoped(self, stmt: Any, member_id: Any) -> Any:
        """Only the members of the account manager, when one is chosen."""
        if self.manager is None:
            return stmt
        if self.staff_id is None:
            self.staff_id = self.session.scalar(
                select(StaffUser.id).where(StaffUser.username == self.manager)
            ) or 0  # fmt: skip
        a = AccountManager  # probed per candidate by its key (no list of the manager's members)
        mine = select(a.member_id).where(a.member_id == member_id, a.staff_id == self.staff_id)
        return stmt.where(mine.exists())

    def parts(self, kind: str) -> list[tuple[Build, dt.date | None, dt.date | None]]:
        """A kind's SELECTs: (build for due days [lo, hi], first day, last day; None: any)."""
        s, e = self.start, self.end

        def one(fn: Callable[..., list[Any]], n: int) -> Build:
            return lambda lo, hi: fn(self, lo, hi)[n]

        def fixed(stmt: Any) -> Build:
            return lambda lo, hi: stmt

        if kind == "birthdays":
            return [(one(care_kinds.birthdays, n), s, e) for n in (0, 1)]
        if kind == "health_check":
            return [(one(care_kinds.health_checks, 0), s, e)]
        if kind == "tier_at_risk":
            due: Build = lambda lo, hi: care_premium.at_risk_due(self, lo, hi)  # noqa: E731
            return [(fixed(care_premium.at_risk_held(self)), s, s), (due, s, e)]
        if kind == "upgrade":
            return [(fixed(u), s, s) for u in care_premium.upgrades(self)]
        if kind == "follow_up":
            return [(one(care_kinds.follow_ups, 0), s - dt.timedelta(FOLLOW_UP_LOOKBACK_DAYS), e)]
        return [(one(care_kinds.card_pickups, 0), None, None)]

    def _order(self, u: Any) -> list[Any]:
        name = u.c.member_name.collate("C") if self.dialect == "postgresql" else u.c.member_name
        return [u.c.due_on, name, u.c.member_id, u.c.sub_id]

    def hidden_marks(self, kind: str, lo: dt.date, hi: dt.date) -> int:
        """How many items of a kind in [lo, hi] can be done or snoozed at most (the marks of
        the kind; of the days, for kinds whose key holds the day)."""
        mark = CareMark
        stmt = select(func.count()).where(
            mark.kind == kind, or_(mark.state == "done", mark.snoozed_until > self.start)
        )
        if kind in DAY_KEYED:
            stmt = stmt.where(mark.due_on.between(lo, hi))
        return int(self.session.execute(stmt).scalar_one())

    def open_items(self, kind: str, stmt: Any, limit: int | None, spare: int = 0) -> Any:
        """A kind's SELECT without done or snoozed items, in its order, cut to `limit`. The
        SELECT is cut first to `limit` + `spare` rows (`spare`: how many can be hidden), so only
        those are checked against the marks; a hidden item is found through its member's marks
        (the key is spelled only for members that have marks)."""
        u = stmt.subquery("part")
        if limit is not None:
            u = select(u).order_by(*self._order(u)).limit(limit + spare).subquery("top")
        mark = CareMark
        hidden = (
            select(mark.id)
            .where(
                mark.member_id == u.c.member_id,
                mark.key == care_key(u.c, kind),
                or_(mark.state == "done", mark.snoozed_until > self.start),
            )  # fmt: skip
            .exists()
        )
        out = select(u).where(~hidden).order_by(*self._order(u))
        return out if limit is None else out.limit(limit)

    def streams(self, kinds: Iterable[str], want: int | None) -> list[Stream]:
        """One stream per SELECT of the wanted kinds."""
        out = []
        for kind in kinds:
            for build, first, last in self.parts(kind):

                def read(lo: Any, hi: Any, n: int | None, build: Build = build, first: Any = first,
                         last: Any = last, kind: str = kind) -> list[Any]:  # fmt: skip
                    lo, hi = lo or first or self.start, hi or last or self.end
                    spare = 0 if n is None else self.hidden_marks(kind, lo, hi)
                    stmt = self.open_items(kind, build(lo, hi), n, spare)
                    return list(self.session.connection().execute(stmt))

                out.append(Stream(KIND_NO[kind], read, first, last, want))
        return out

    def rows(self, kinds: Iterable[str], limit: int | None, offset: int = 0) -> list[Any]:
        """The open items' rows, ordered (day, kind, member name, member, sub-item), one page
        (all when `limit` is None)."""
        want = None if limit is None else offset + limit
        return merged(self.streams(kinds, want), limit, offset)

    def due_counts(self, kinds: Iterable[str]) -> dict[str, int]:
        """Items due in the window per account manager's name, done or not (each SELECT over
        the whole window counted per manager in the database; names looked up once)."""
        per_staff: dict[int | None, int] = {}
        a = AccountManager
        for kind in kinds:
            for build, _, _ in self.parts(kind):
                u = build(self.start, self.end).subquery("part")
                counts = self.session.execute(
                    select(a.staff_id, func.count())
                    .select_from(u)
                    .outerjoin(a, a.member_id == u.c.member_id)
                    .where(u.c.due_on >= self.start, u.c.due_on <= self.end)
                    .group_by(a.staff_id)
                )
                for staff, n in counts:
                    per_staff[staff] = per_staff.get(staff, 0) + int(n)
        ids = [i for i in per_staff if i is not None]
        names = dict(self.session.execute(
            select(StaffUser.id, StaffUser.display_name).where(StaffUser.id.in_(ids))
        ).tuples().all()) if ids else {}  # fmt: skip
        found: dict[str, int] = {}
        for staff, n in per_staff.items():
            who = names.get(staff) or UNASSIGNED if staff is not None else UNASSIGNED
            found[who] = found.get(who, 0) + n
        return found
