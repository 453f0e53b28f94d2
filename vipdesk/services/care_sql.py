"""The care calendar in SQL: each kind selected by indexed window predicates, one ordered page.

The window's days are handed to the database as a small VALUES table mapping a month-day to the
day it falls on in the window (29 February birthdays on 28 February in a common year, 29 February
policy anniversaries on 1 March as `add_years` has it), so the birthday and anniversary reads are
index probes on the month-day expression indexes of migration 0010, never a scan of members or
policies. Every kind yields the same columns; the union is filtered of done or snoozed keys,
ordered (day, kind, member name, key) and cut to a page in SQL.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Date,
    DateTime,
    Integer,
    Numeric,
    String,
    and_,
    case,
    cast,
    column,
    extract,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    text,
    type_coerce,
    union_all,
    values,
)
from sqlalchemy.orm import Session, aliased

from vipdesk.db.care_models import AccountManager, CareMark, CaseClock
from vipdesk.db.models import (
    Card,
    CardEvent,
    DesignatedRelative,
    Member,
    Policy,
    ServiceCase,
    StaffUser,
)
from vipdesk.db.usage_models import ServiceUse
from vipdesk.domain import care as rules_of_care
from vipdesk.domain.care import KINDS
from vipdesk.rules import Rules
from vipdesk.services.cases import utc
from vipdesk.services.members import CURRENT_CARD_WHERE

KIND_NO = {k: n for n, k in enumerate(KINDS)}
FOLLOW_UP_LOOKBACK_DAYS = 30  # a missed 回访 stays on the list this long
COLUMNS = ("due_on", "kind_no", "member_name", "member_id", "person", "sub_id", "on_day",
           "at", "amount", "tag")  # fmt: skip


def month_day(col: Any, dialect: str) -> Any:
    """The month-day of a date column, exactly as the expression indexes of 0010 spell it."""
    if dialect == "postgresql":
        return extract("month", col) * literal_column("100") + extract("day", col)
    return func.substr(col, literal_column("6"), literal_column("5"))


def md_value(month: int, day: int, dialect: str) -> Any:
    """A month-day in the form `month_day` yields on this dialect."""
    return month * 100 + day if dialect == "postgresql" else f"{month:02d}-{day:02d}"


def _days(start: dt.date, end: dt.date) -> Iterable[dt.date]:
    day = start
    while day <= end:
        yield day
        day += dt.timedelta(days=1)


def birthday_days(start: dt.date, end: dt.date, dialect: str) -> list[tuple[Any, dt.date]]:
    """(month-day, the day it is greeted) for the window; 29 February on 28 February in common
    years; the first day when a long window holds a month-day twice."""
    seen: dict[Any, dt.date] = {}
    for day in _days(start, end):
        seen.setdefault(md_value(day.month, day.day, dialect), day)
        if (day.month, day.day) == (2, 28) and not calendar.isleap(day.year):
            seen.setdefault(md_value(2, 29, dialect), day)
    return list(seen.items())


def anniversary_days(start: dt.date, end: dt.date, dialect: str) -> list[tuple[Any, dt.date]]:
    """(month-day, the anniversary day) for the window; 29 February falls on 1 March in common
    years (as `add_years` has it)."""
    seen: dict[Any, dt.date] = {}
    for day in _days(start, end):
        seen.setdefault(md_value(day.month, day.day, dialect), day)
        if (day.month, day.day) == (3, 1) and not calendar.isleap(day.year):
            seen.setdefault(md_value(2, 29, dialect), day)
    return list(seen.items())


def _table(name: str, cols: list[Any], rows: list[tuple[Any, ...]]) -> Any:
    if not rows:  # an empty VALUES is not SQL: one row no join can match
        rows = [tuple(None for _ in cols)]
    return values(*cols, name=name).data(rows).cte(name)


def _text(*parts: Any) -> Any:
    """Parts joined with || as text (both dialects)."""
    out: Any = None
    for part in parts:
        piece = literal(part, String) if isinstance(part, str) else cast(part, String)
        out = piece if out is None else out.op("||")(piece)
    return out


def _row(kind: str, due: Any, name: Any, mid: Any, person: Any, **more: Any) -> Any:
    """The common columns of every kind, labelled."""
    day = literal(due, Date) if isinstance(due, dt.date) else type_coerce(due, Date)
    values_ = {"due_on": day,
               "kind_no": literal(KIND_NO[kind], Integer), "member_name": name,
               "member_id": mid, "person": person,
               "sub_id": more.get("sub_id", literal(0, Integer)),
               "on_day": more.get("on_day", cast(null(), Date)),
               "at": more.get("at", cast(null(), DateTime(timezone=True))),
               "amount": more.get("amount", cast(null(), Numeric(14, 2))),
               "tag": more.get("tag", cast(null(), String))}  # fmt: skip
    return [values_[c].label(c) for c in COLUMNS]


class CareQuery:
    """The SELECTs of one window, kind by kind, for one dialect."""

    def __init__(self, session: Session, rules: Rules, start: dt.date, end: dt.date,
                 manager: str | None) -> None:  # fmt: skip
        self.dialect = session.get_bind().dialect.name
        self.rules, self.start, self.end, self.manager = rules, start, end, manager
        self.tiers = [t for t in rules.tiers if t.min_afyp is not None]

    def scoped(self, stmt: Any, member_id: Any) -> Any:
        """Only the members of the account manager, when one is chosen."""
        if self.manager is None:
            return stmt
        managed = (
            select(AccountManager.member_id)
            .join(StaffUser, StaffUser.id == AccountManager.staff_id)
            .where(StaffUser.username == self.manager)
        )
        return stmt.where(member_id.in_(managed))

    def birthdays(self) -> list[Any]:
        """Members with a tier, and active designated relatives, born on a day of the window."""
        days = _table("bdays", [column("md", String if self.dialect != "postgresql" else Integer),
                                column("due_on", Date)],
                      birthday_days(self.start, self.end, self.dialect))  # fmt: skip
        m = Member
        own = select(*_row("birthdays", days.c.due_on, m.name, m.id, m.name,
                           on_day=m.birth_date)).select_from(days).join(
            m, month_day(m.birth_date, self.dialect) == days.c.md
        ).where(m.tier.is_not(None), m.birth_date < days.c.due_on)  # fmt: skip
        r = DesignatedRelative
        kin = (
            select(
                *_row(
                    "birthdays",
                    days.c.due_on,
                    m.name,
                    m.id,
                    r.name,
                    sub_id=r.id,
                    on_day=r.birth_date,
                )
            )  # fmt: skip
            .select_from(days)
            .join(r, month_day(r.birth_date, self.dialect) == days.c.md)
            .join(m, m.id == r.member_id)
            .where(r.status == "active", r.birth_date < days.c.due_on)
        )
        return [self.scoped(own, m.id), self.scoped(kin, m.id)]

    def health_checks(self) -> list[Any]:
        """Members whose last health check makes the next one available on a day of the window."""
        rows = []
        for tier in self.rules.tiers:
            if n := tier.health_check_every_years:
                for day in _days(self.start, self.end):
                    for used in _used_on_for(day, n):
                        rows.append((tier.code, used, day, n))
        cols = [
            column("tier", String),
            column("used_on", Date),
            column("due_on", Date),
            column("every", Integer),
        ]
        checks = _table("checks", cols, rows)
        u, later, m = ServiceUse, aliased(ServiceUse), Member
        newer = (
            select(later.id)
            .where(
                later.member_id == u.member_id,
                later.quota_code == "health_check",
                later.status != "cancelled",
                or_(later.used_on > u.used_on, and_(later.used_on == u.used_on, later.id > u.id)),
            )  # fmt: skip
            .exists()
        )
        stmt = (
            select(
                *_row(
                    "health_check",
                    checks.c.due_on,
                    m.name,
                    m.id,
                    m.name,
                    on_day=u.used_on,
                    amount=cast(checks.c.every, Numeric(14, 2)),
                )
            )  # fmt: skip
            .select_from(checks)
            .join(u, and_(u.used_on == checks.c.used_on, u.quota_code == "health_check"))
            .join(m, and_(m.id == u.member_id, m.tier == checks.c.tier))
            .where(u.status != "cancelled", ~newer)
        )
        return [self.scoped(stmt, m.id)]

    def _tier_table(self) -> Any:
        return _table("floors", [column("code", String), column("min_afyp", Numeric(14, 2))],
                      [(t.code, t.min_afyp) for t in self.tiers])  # fmt: skip

    def at_risk(self) -> list[Any]:
        """离网预警: suspended members with a tier, and active members whose in-force premium
        falls below the tier's floor if the policies due in the window go unpaid."""
        m, p = Member, Policy
        floors = self._tier_table()
        held = (
            select(
                *_row(
                    "tier_at_risk",
                    self.start,
                    m.name,
                    m.id,
                    m.name,
                    amount=m.afyp,
                    tag=m.tier,
                )
            )  # fmt: skip
            .select_from(m)
            .join(floors, floors.c.code == m.tier)
            .where(text("members.vip_status = 'suspended'"))  # the partial index's literal
        )
        days = _table("pdays", [column("md", String if self.dialect != "postgresql" else Integer),
                                column("due_on", Date)],
                      anniversary_days(self.start, self.end, self.dialect))  # fmt: skip
        held_due = (  # the policies due in the window, per member: read by month-day first
            select(p.member_id, func.sum(p.annual_premium).label("owed"),
                   func.min(days.c.due_on).label("first"))
            .select_from(days)
            .join(p, month_day(p.effective_date, self.dialect) == days.c.md)
            .where(p.status == "in_force", p.effective_date < days.c.due_on)
            .group_by(p.member_id)
            .subquery("owed")
        )  # fmt: skip
        remaining = func.round(m.afyp - held_due.c.owed, 2)
        due = (
            select(
                *_row(
                    "tier_at_risk",
                    held_due.c.first,
                    m.name,
                    m.id,
                    m.name,
                    sub_id=literal(1, Integer),
                    amount=remaining,
                    tag=m.tier,
                )
            )  # fmt: skip
            .select_from(held_due)
            .join(m, m.id == held_due.c.member_id)
            .join(floors, floors.c.code == m.tier)
            .where(m.vip_status == "active", remaining < floors.c.min_afyp)
        )
        return [self.scoped(held, m.id), self.scoped(due, m.id)]

    def upgrades(self) -> list[Any]:
        """Members within 10 % below the next tier's threshold (not suspended)."""
        steps = sorted({t.min_afyp for t in self.tiers if t.channel is None})
        cols = [column("lo", Numeric(14, 2)), column("hi", Numeric(14, 2)), column("tag", String)]
        near = 1 - rules_of_care.UPGRADE_MARGIN
        band = _table("bands", cols, [(s * near, s, str(s)) for s in steps])
        m = Member
        stmt = (
            select(
                *_row(
                    "upgrade",
                    self.start,
                    m.name,
                    m.id,
                    m.name,
                    amount=band.c.hi - m.afyp,
                    tag=band.c.tag,
                )
            )  # fmt: skip
            .select_from(band)
            .join(m, and_(m.afyp >= band.c.lo, m.afyp < band.c.hi))
            .where(m.vip_status != "suspended")
        )
        return [self.scoped(stmt, m.id)]

    def follow_ups(self) -> list[Any]:
        """回访 three days after a case was resolved (missed ones stay for 30 days)."""
        first = self.start - dt.timedelta(days=FOLLOW_UP_LOOKBACK_DAYS)
        rows = []
        for due in _days(first, self.end):
            resolved = due - dt.timedelta(days=rules_of_care.FOLLOW_UP_DAYS)
            lo = dt.datetime.combine(resolved, dt.time()).astimezone()
            hi = dt.datetime.combine(resolved + dt.timedelta(days=1), dt.time()).astimezone()
            rows.append((utc(lo), utc(hi), due))
        fdays = _table("fdays", [column("lo", DateTime(timezone=True)),
                                 column("hi", DateTime(timezone=True)), column("due_on", Date)],
                       rows)  # fmt: skip
        c, k, m = ServiceCase, CaseClock, Member
        stmt = (
            select(
                *_row(
                    "follow_up",
                    fdays.c.due_on,
                    m.name,
                    m.id,
                    m.name,
                    sub_id=c.id,
                    at=k.resolved_at,
                    tag=c.case_no,
                )
            )  # fmt: skip
            .select_from(fdays)
            .join(k, and_(k.resolved_at >= fdays.c.lo, k.resolved_at < fdays.c.hi))
            .join(c, c.id == k.case_id)
            .join(m, m.id == c.member_id)
            .where(c.status.in_(("resolved", "closed")))
        )
        return [self.scoped(stmt, m.id)]

    def card_pickups(self) -> list[Any]:
        """Reissued cards, still current, not yet handed over."""
        card, e, m = Card, CardEvent, Member
        stmt = (
            select(
                *_row(
                    "card_pickup",
                    card.issued_on,
                    m.name,
                    m.id,
                    m.name,
                    sub_id=card.id,
                    tag=card.number,
                )
            )  # fmt: skip
            .select_from(e)
            .join(card, card.id == e.card_id)
            .join(m, m.id == card.member_id)
            .where(
                text("card_events.cause = 'reissue'"),
                CURRENT_CARD_WHERE,
                card.issued_on <= self.end,
            )  # fmt: skip
        )
        return [self.scoped(stmt, m.id)]

    def union(self, kinds: Iterable[str]) -> Any:
        """Every wanted kind's rows as one subquery (done or snoozed keys not yet removed)."""
        reads = {"birthdays": self.birthdays, "health_check": self.health_checks,
                 "tier_at_risk": self.at_risk, "upgrade": self.upgrades,
                 "follow_up": self.follow_ups, "card_pickup": self.card_pickups}  # fmt: skip
        parts: list[Any] = []
        for kind in kinds:
            parts += reads[kind]()
        return union_all(*parts).subquery("care")

    def page(self, kinds: Iterable[str], limit: int | None, offset: int = 0) -> Any:
        """The open items, ordered (day, kind, member name, member, sub-item), one page (all
        when `limit` is None). A done or snoozed item is found through its member's marks, so
        the key is spelled only for members that have marks."""
        u = self.union(kinds)
        mark = CareMark
        hidden = (
            select(mark.id)
            .where(
                mark.member_id == u.c.member_id,
                mark.key == care_key(u.c),
                or_(mark.state == "done", mark.snoozed_until > self.start),
            )  # fmt: skip
            .exists()
        )
        name = u.c.member_name.collate("C") if self.dialect == "postgresql" else u.c.member_name
        stmt = (
            select(u)
            .where(~hidden)
            .order_by(u.c.due_on, u.c.kind_no, name, u.c.member_id, u.c.sub_id)
        )
        if limit is not None:
            stmt = stmt.limit(limit).offset(offset)
        return stmt


def care_key(c: Any) -> Any:
    """The item's key in SQL, as `item_key` spells it (kind:member:...)."""
    due = cast(c.due_on, String)
    return case(
        (c.kind_no == 0, _text("birthdays:", c.member_id, ":", c.sub_id, ":", due)),
        (c.kind_no == 1, _text("health_check:", c.member_id, ":", due)),
        (c.kind_no == 2, _text("tier_at_risk:", c.member_id, ":", c.tag, ":")
         .op("||")(case((c.sub_id == 0, literal("suspended", String)), else_=due))),
        (c.kind_no == 3, _text("upgrade:", c.member_id, ":", c.tag)),
        (c.kind_no == 4, _text("follow_up:", c.member_id, ":", c.sub_id)),
        else_=_text("card_pickup:", c.member_id, ":", c.sub_id),
    )  # fmt: skip


def item_key(kind: str, member_id: int, sub_id: int, due: dt.date, tag: str | None) -> str:
    """The key naming a care item (kept in care_marks when it is ticked or snoozed)."""
    if kind == "birthdays":
        return f"birthdays:{member_id}:{sub_id}:{due}"
    if kind == "health_check":
        return f"health_check:{member_id}:{due}"
    if kind == "tier_at_risk":
        return f"tier_at_risk:{member_id}:{tag}:{'suspended' if sub_id == 0 else due}"
    if kind == "upgrade":
        return f"upgrade:{member_id}:{tag}"
    return f"{kind}:{member_id}:{sub_id}"


def _used_on_for(day: dt.date, years: int) -> list[dt.date]:
    """The last-check days whose next check (`add_years(last, years)`) falls on `day`."""
    found = []
    with contextlib.suppress(ValueError):  # 29 February: only a 29 February `years` earlier
        found.append(day.replace(year=day.year - years))
    back = day.year - years
    if (day.month, day.day) == (3, 1) and calendar.isleap(back) and not calendar.isleap(day.year):
        found.append(dt.date(back, 2, 29))  # add_years moves 29 February to 1 March
    return found


def money(value: Any) -> Decimal | None:
    """A money value from either dialect as a 2-place Decimal."""
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))
