"""The care calendar (关怀日历): who needs attention in a window, and done / snoozed marks.

Each kind is selected, filtered of done or snoozed items, ordered and cut to the page in SQL,
and the kinds merged (vipdesk.services.care_query); only the rows of the page become items here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipdesk.db.care_models import AccountManager, CareMark
from vipdesk.db.models import Member, StaffUser
from vipdesk.domain import care as rules_of_care
from vipdesk.domain.care import KIND_NAMES, KINDS
from vipdesk.errors import KnownError
from vipdesk.rules import Rules
from vipdesk.services.care_query import CareQuery
from vipdesk.services.care_sql import item_key, money
from vipdesk.services.cases import local_day, utc
from vipdesk.services.database import ROW_LOCK, Actor, Database, audit
from vipdesk.services.permissions import require

CHUNK = 500
PAGE = 200  # rows the calendar window loads at a time


@dataclass(frozen=True)
class CareItem:
    """One entry of the care calendar."""

    kind: str
    due_on: dt.date
    member_id: int
    member_name: str
    person: str  # the member, or the designated relative whose birthday it is
    detail: str
    amount: Decimal | None = None  # premium short (at risk) or missing (upgrade)
    ref: str | None = None  # case number or card number
    key: str = ""
    manager: str | None = None

    def to_json(self) -> dict[str, Any]:
        """JSON form for `vipdesk care list --json`."""
        return {
            "kind": self.kind,
            "kind_name": KIND_NAMES[self.kind],
            "due_on": self.due_on.isoformat(),
            "member_id": self.member_id,
            "member": self.member_name,
            "person": self.person,
            "detail": self.detail,
            "amount": None if self.amount is None else str(self.amount),
            "ref": self.ref,
            "key": self.key,
            "manager": self.manager,
        }


def _chunks(values: list[Any]) -> Iterator[list[Any]]:
    for i in range(0, len(values), CHUNK):
        yield values[i : i + CHUNK]


def _rows(s: Session, stmt: Any) -> Any:
    """Rows through the session's connection (Core: no ORM overhead per row)."""
    return s.connection().execute(stmt)


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _item(row: Any, rules: Rules, manager: str | None) -> CareItem:
    """A CareItem from one row of the calendar's SQL (the wording is made here, per page)."""
    due, kind_no, name, mid, person, sub_id, on_day, at, amount, tag = row
    kind, due = KINDS[kind_no], _day(due)
    key = item_key(kind, mid, sub_id, due, tag)
    money_: Decimal | None = None
    ref: str | None = None
    if kind == "birthdays":
        age = due.year - _day(on_day).year
        detail = f"{age} 岁生日" if not sub_id else f"指定亲属 {age} 岁生日"
    elif kind == "health_check":
        detail = f"上次体检 {_day(on_day):%Y-%m-%d}，每 {int(amount)} 年一次"
    elif kind == "tier_at_risk":
        rule = rules.tier(tag)
        held = money(amount) or Decimal(0)  # amount: premium still held
        money_ = max(rule.min_afyp - held, Decimal(0))
        why = "保单中止，贵宾服务暂停" if key.endswith(":suspended") else "保单续期保费到期"
        detail = f"{rule.short_name}：{why}，距门槛尚差 {money_:,.2f} 元"
    elif kind == "upgrade":
        names = {str(t.min_afyp): t.short_name for t in rules.tiers if t.channel is None}
        money_ = money(amount)
        detail = f"距{names[tag]}门槛尚差 {money_:,.2f} 元"
    elif kind == "follow_up":
        resolved = local_day(at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(at))
        detail, ref = f"案件 {tag} 于 {resolved:%Y-%m-%d} 解决，请回访", tag
    else:
        detail, ref = f"补发卡 {tag[-4:]} 待客户领取", tag
    return CareItem(kind, due, mid, name, person, detail, money_, ref, key, manager)


def _checked(kinds: Iterable[str] | None, days: int) -> tuple[str, ...]:
    wanted = tuple(kinds or KINDS)
    unknown = [k for k in wanted if k not in KINDS]
    if unknown:
        raise KnownError(f"未知的关怀事项类型：{', '.join(unknown)}（可选：{', '.join(KINDS)}）")
    if not 1 <= days <= 366:
        raise KnownError("天数须在 1 到 366 之间。")
    return wanted


def _managers(s: Session, member_ids: Iterable[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    for part in _chunks(sorted(set(member_ids))):
        rows = _rows(
            s,
            select(AccountManager.member_id, StaffUser.display_name)
            .join(StaffUser, StaffUser.id == AccountManager.staff_id)
            .where(AccountManager.member_id.in_(part)),
        )
        names.update({m: n for m, n in rows})
    return names


def care_page(
    s: Session,
    rules: Rules,
    start: dt.date,
    days: int = rules_of_care.DEFAULT_DAYS,
    manager: str | None = None,
    kinds: Iterable[str] | None = None,
    *,
    actor: Actor,
    limit: int | None = PAGE,
    offset: int = 0,
) -> list[CareItem]:
    """One page of the care calendar for [start, start + days): open items, soonest first
    (each kind selected, filtered of done and snoozed items, ordered and cut in SQL, merged)."""
    require(actor, "member.view", s)
    wanted = _checked(kinds, days)
    start, end = rules_of_care.window(start, days)
    query = CareQuery(s, rules, start, end, manager)
    rows = query.rows(wanted, limit, offset)
    managers = _managers(s, (r[3] for r in rows))
    return [_item(r, rules, managers.get(r[3])) for r in rows]


def care_items(
    s: Session,
    rules: Rules,
    start: dt.date,
    days: int = rules_of_care.DEFAULT_DAYS,
    manager: str | None = None,
    kinds: Iterable[str] | None = None,
    *,
    actor: Actor,
) -> list[CareItem]:
    """The whole care calendar for [start, start + days): open items, soonest first."""
    return care_page(s, rules, start, days, manager, kinds, actor=actor, limit=None)


def mark_care(
    db: Database,
    actor: Actor,
    key: str,
    state: str,
    note: str = "",
    until: dt.date | None = None,
    *,
    today: dt.date | None = None,
) -> None:
    """Tick an item done (with a note) or snooze it until a later day; audited."""
    require(actor, "member.view", db)
    parts = key.split(":")
    if len(parts) < 3 or parts[0] not in KINDS or not parts[1].isdigit():
        raise KnownError(f"关怀事项编号有误：{key}")
    if state not in ("done", "snoozed"):
        raise KnownError(f"未知的处理方式：{state}")
    today = today or dt.date.today()
    if state == "snoozed" and (until is None or until <= today):
        raise KnownError("推迟须指定今天以后的日期。")
    due = next((dt.date.fromisoformat(p) for p in parts[2:] if len(p) == 10 and p[4] == "-"), today)
    with db.write() as s:
        if s.get(Member, int(parts[1])) is None:
            raise KnownError("客户不存在")
        mark = s.scalars(
            select(CareMark).where(CareMark.key == key).with_for_update(**ROW_LOCK)
        ).first()
        before = None if mark is None else {"state": mark.state, "note": mark.note}
        if mark is None:
            mark = CareMark(key=key, kind=parts[0], member_id=int(parts[1]), due_on=due)
            s.add(mark)
        mark.state, mark.note, mark.snoozed_until = state, note.strip(), until
        mark.staff_id, mark.at = actor.id, utc()
        s.flush()
        after = {"key": key, "state": state, "note": mark.note, "until": until}
        audit(s, actor, f"care.{'done' if state == 'done' else 'snooze'}", "care_mark", mark.id,
              mark.member_id, before, after)  # fmt: skip
