"""The care calendar's SQL building blocks: window day tables, the common columns, item keys.

The window's days are handed to the database as small VALUES tables mapping a month-day to the
day it falls on in the window (29 February birthdays on 28 February in a common year, 29 February
policy anniversaries on 1 March as `add_years` has it), so the birthday and anniversary reads are
index probes on the month-day expression indexes of migration 0010, never a scan of members or
policies. Every kind's SELECT (vipdesk.services.care_kinds, care_premium) yields the same
columns; vipdesk.services.care_query filters, orders, pages and merges them.
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
    case,
    cast,
    extract,
    func,
    literal,
    literal_column,
    null,
    type_coerce,
    values,
)

from vipdesk.domain.care import KINDS

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


def care_key(c: Any, kind: str) -> Any:
    """The key of an item of `kind` in SQL, as `item_key` spells it (kind:member:...)."""
    due = cast(c.due_on, String)
    if kind == "birthdays":
        return _text("birthdays:", c.member_id, ":", c.sub_id, ":", due)
    if kind == "health_check":
        return _text("health_check:", c.member_id, ":", due)
    if kind == "tier_at_risk":
        day = case((c.sub_id == 0, literal("suspended", String)), else_=due)
        return _text("tier_at_risk:", c.member_id, ":", c.tag, ":").op("||")(day)
    if kind == "upgrade":
        return _text("upgrade:", c.member_id, ":", c.tag)
    return _text(f"{kind}:", c.member_id, ":", c.sub_id)


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
