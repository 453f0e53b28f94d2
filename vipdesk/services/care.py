"""The care calendar (关怀日历): who needs attention in a window, and done / snoozed marks.

Every list is read in SQL over the window's month-days (birthdays, anniversaries) or ranges
(AFYP bands, resolution times), then the pure rules of vipdesk.domain.care decide.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.orm import Session

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
from vipdesk.domain.care import KIND_NAMES, KINDS, HeldPolicy
from vipdesk.errors import KnownError
from vipdesk.rules import Rules
from vipdesk.services.cases import local_day, utc
from vipdesk.services.database import Actor, Database, audit
from vipdesk.services.members import CURRENT_CARD_WHERE
from vipdesk.services.permissions import require

CHUNK = 500
FOLLOW_UP_LOOKBACK_DAYS = 30  # a missed 回访 stays on the list this long


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


def _month_day(column: Any) -> Any:
    """'MM-DD' of a date column (SQLite stores ISO text; PostgreSQL casts to ISO text)."""
    return func.substr(cast(column, String), 6, 5)


def _scope(stmt: Any, manager: str | None) -> Any:
    if manager is None:
        return stmt
    managed = (
        select(AccountManager.member_id)
        .join(StaffUser, StaffUser.id == AccountManager.staff_id)
        .where(StaffUser.username == manager)
    )
    return stmt.where(Member.id.in_(managed))


def _birthdays(s: Session, start: dt.date, end: dt.date, manager: str | None) -> list[CareItem]:
    days = rules_of_care.month_days(start, end)
    out: list[CareItem] = []
    members = _scope(
        select(Member.id, Member.name, Member.birth_date).where(
            Member.tier.is_not(None), _month_day(Member.birth_date).in_(days)
        ),
        manager,
    )
    for mid, name, born in _rows(s, members):
        if day := rules_of_care.birthday_in(born, start, end):
            age = day.year - born.year
            out.append(CareItem("birthdays", day, mid, name, name, f"{age} 岁生日",
                                key=f"birthdays:{mid}:0:{day}"))  # fmt: skip
    relatives = _scope(
        select(
            Member.id,
            Member.name,
            DesignatedRelative.id,
            DesignatedRelative.name,
            DesignatedRelative.birth_date,
        )  # fmt: skip
        .join(Member, Member.id == DesignatedRelative.member_id)
        .where(
            DesignatedRelative.status == "active",
            _month_day(DesignatedRelative.birth_date).in_(days),
        ),
        manager,
    )
    for mid, name, rid, rname, born in _rows(s, relatives):
        if day := rules_of_care.birthday_in(born, start, end):
            out.append(CareItem("birthdays", day, mid, name, rname,
                                f"指定亲属 {day.year - born.year} 岁生日",
                                key=f"birthdays:{mid}:{rid}:{day}"))  # fmt: skip
    return out


def _health_checks(
    s: Session, rules: Rules, start: dt.date, end: dt.date, manager: str | None
) -> list[CareItem]:
    every = {t.code: t.health_check_every_years for t in rules.tiers if t.health_check_every_years}
    last = (
        select(ServiceUse.member_id, func.max(ServiceUse.used_on).label("last"))
        .where(ServiceUse.quota_code == "health_check", ServiceUse.status != "cancelled")
        .group_by(ServiceUse.member_id)
        .subquery()
    )
    stmt = _scope(
        select(Member.id, Member.name, Member.tier, last.c.last)
        .join(last, last.c.member_id == Member.id)
        .where(Member.tier.in_(list(every))),
        manager,
    )
    out = []
    for mid, name, tier, used in _rows(s, stmt):
        if day := rules_of_care.health_check_due(used, every[tier], start, end):
            out.append(CareItem("health_check", day, mid, name, name,
                                f"上次体检 {used:%Y-%m-%d}，每 {every[tier]} 年一次",
                                key=f"health_check:{mid}:{day}"))  # fmt: skip
    return out


def _at_risk(
    s: Session, rules: Rules, start: dt.date, end: dt.date, manager: str | None
) -> list[CareItem]:
    due_policies = select(Policy.member_id, Policy.annual_premium, Policy.effective_date).where(
        Policy.status == "in_force",
        _month_day(Policy.effective_date).in_(rules_of_care.month_days(start, end)),
    )
    stmt = _scope(
        select(Member.id, Member.name, Member.tier, Member.vip_status, Member.afyp).where(
            Member.tier.is_not(None),
            or_(
                Member.vip_status == "suspended",
                Member.id.in_(due_policies.with_only_columns(Policy.member_id)),
            ),
        ),
        manager,
    )
    members = {r[0]: r for r in _rows(s, stmt)}
    due: dict[int, list[HeldPolicy]] = {}
    for mid, premium, effective in _rows(s, due_policies):
        if mid in members:
            due.setdefault(mid, []).append(HeldPolicy("in_force", Decimal(premium), effective))
    out = []
    for mid, (_, name, tier, status, afyp) in members.items():
        rule = rules.tier(tier)
        held = due.get(mid, [])
        rest = Decimal(afyp) - sum((p.annual_premium for p in held), Decimal(0))
        # the in-force premium not due in the window (Member.afyp is the in-force AFYP)
        policies = [*held, HeldPolicy("in_force", rest, end)]
        risk = rules_of_care.tier_risk(status, rule.min_afyp, policies, start, end)
        if risk is None:
            continue
        why = "保单中止，贵宾服务暂停" if risk.reason == "suspended" else "保单续期保费到期"
        when = risk.due_on.isoformat() if risk.reason == "due" else "suspended"
        out.append(CareItem("tier_at_risk", risk.due_on, mid, name, name,
                            f"{rule.short_name}：{why}，距门槛尚差 {risk.short:,.2f} 元",
                            risk.short, key=f"tier_at_risk:{mid}:{tier}:{when}"))  # fmt: skip
    return out


def _upgrades(s: Session, rules: Rules, start: dt.date, manager: str | None) -> list[CareItem]:
    steps = sorted({t.min_afyp for t in rules.tiers if t.channel is None})
    names = {t.min_afyp: t.short_name for t in rules.tiers if t.channel is None}
    bands = [Member.afyp.between(m * (1 - rules_of_care.UPGRADE_MARGIN), m) for m in steps]
    stmt = _scope(
        select(Member.id, Member.name, Member.afyp).where(
            Member.vip_status != "suspended", or_(*bands)
        ),
        manager,
    )
    out = []
    for mid, name, afyp in _rows(s, stmt):
        for m in steps:
            if gap := rules_of_care.upgrade_gap(Decimal(afyp), m):
                out.append(CareItem("upgrade", start, mid, name, name,
                                    f"距{names[m]}门槛尚差 {gap:,.2f} 元", gap,
                                    key=f"upgrade:{mid}:{m}"))  # fmt: skip
    return out


def _follow_ups(s: Session, start: dt.date, end: dt.date, manager: str | None) -> list[CareItem]:
    lo = dt.datetime.combine(start - dt.timedelta(days=FOLLOW_UP_LOOKBACK_DAYS + 4), dt.time())
    hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    stmt = _scope(
        select(ServiceCase.id, ServiceCase.case_no, Member.id, Member.name, CaseClock.resolved_at)
        .join(CaseClock, CaseClock.case_id == ServiceCase.id)
        .join(Member, Member.id == ServiceCase.member_id)
        .where(
            ServiceCase.status.in_(("resolved", "closed")),
            CaseClock.resolved_at.between(utc(lo), utc(hi)),
        ),
        manager,
    )
    out = []
    earliest = start - dt.timedelta(days=FOLLOW_UP_LOOKBACK_DAYS)
    for cid, case_no, mid, name, resolved in _rows(s, stmt):
        day = rules_of_care.follow_up_day(local_day(resolved))
        if earliest <= day <= end:
            out.append(CareItem("follow_up", day, mid, name, name,
                                f"案件 {case_no} 于 {local_day(resolved):%Y-%m-%d} 解决，请回访",
                                ref=case_no, key=f"follow_up:{mid}:{cid}"))  # fmt: skip
    return out


def _card_pickups(s: Session, end: dt.date, manager: str | None) -> list[CareItem]:
    stmt = _scope(
        select(Card.id, Card.number, Card.issued_on, Member.id, Member.name)
        .join(Member, Member.id == Card.member_id)
        .join(CardEvent, CardEvent.card_id == Card.id)
        .where(
            CardEvent.cause == "reissue",
            CURRENT_CARD_WHERE,  # a literal, so the partial index of current cards serves it
            Card.issued_on <= end,
        ),
        manager,
    )
    return [
        CareItem(
            "card_pickup",
            issued,
            mid,
            name,
            name,
            f"补发卡 {number[-4:]} 待客户领取",
            ref=number,
            key=f"card_pickup:{mid}:{cid}",
        )  # fmt: skip
        for cid, number, issued, mid, name in _rows(s, stmt)
    ]


def _marked_off(s: Session, items: list[CareItem], start: dt.date) -> set[str]:
    """Keys done, or snoozed beyond the window's first day."""
    hidden: set[str] = set()
    for part in _chunks([i.key for i in items]):
        rows = _rows(
            s,
            select(CareMark.key, CareMark.state, CareMark.snoozed_until).where(
                CareMark.key.in_(part)
            ),
        )
        for key, state, until in rows:
            if state == "done" or (until is not None and until > start):
                hidden.add(key)
    return hidden


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
    """The care calendar for [start, start + days): open items, soonest first."""
    require(actor, "member.view", s)
    wanted = tuple(kinds or KINDS)
    unknown = [k for k in wanted if k not in KINDS]
    if unknown:
        raise KnownError(f"未知的关怀事项类型：{', '.join(unknown)}（可选：{', '.join(KINDS)}）")
    if not 1 <= days <= 366:
        raise KnownError("天数须在 1 到 366 之间。")
    start, end = rules_of_care.window(start, days)
    found: list[CareItem] = []
    if "birthdays" in wanted:
        found += _birthdays(s, start, end, manager)
    if "health_check" in wanted:
        found += _health_checks(s, rules, start, end, manager)
    if "tier_at_risk" in wanted:
        found += _at_risk(s, rules, start, end, manager)
    if "upgrade" in wanted:
        found += _upgrades(s, rules, start, manager)
    if "follow_up" in wanted:
        found += _follow_ups(s, start, end, manager)
    if "card_pickup" in wanted:
        found += _card_pickups(s, end, manager)
    hidden = _marked_off(s, found, start)
    open_items = [i for i in found if i.key not in hidden]
    managers = _managers(s, (i.member_id for i in open_items))
    order = {k: n for n, k in enumerate(KINDS)}
    open_items = [
        CareItem(**{**i.__dict__, "manager": managers.get(i.member_id)}) for i in open_items
    ]
    return sorted(open_items, key=lambda i: (i.due_on, order[i.kind], i.member_name, i.key))


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
        mark = s.scalars(select(CareMark).where(CareMark.key == key).with_for_update()).first()
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
