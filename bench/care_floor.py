"""The floor of the care calendar: hand-written per-kind SQL on bare sqlite3, literals spelled in.

The same plan as ours, without SQLAlchemy or items: each kind's SELECT over a chunk of days,
done and snoozed items removed, ordered by (day, name, member, sub-item) and cut to what the page
can still need, merged lazily with the calendar's merge (vipdesk.services.care_merge). Its rows
are (due, kind_no, name, member, tag, sub-item); `keys` spells their item keys.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from typing import Any

from vipdesk.domain.care import KINDS
from vipdesk.services import care_sql as c
from vipdesk.services.care_merge import Stream, merged

WRAP = """{with_} SELECT * FROM ({part}) AS u WHERE NOT EXISTS (SELECT 1 FROM care_marks cm
 WHERE cm.member_id = u.mid AND cm.key = {key}
   AND (cm.state = 'done' OR cm.snoozed_until > '{start}'))
 ORDER BY due, name, mid, sub {limit}"""
CUT = "SELECT * FROM ({part}) ORDER BY due, name, mid, sub LIMIT {cut}"
SPARE = """SELECT count(*) FROM care_marks WHERE kind = '{kind}'
 AND (state = 'done' OR snoozed_until > '{start}')"""
BIRTHDAY = "'birthdays:' || mid || ':' || sub || ':' || due"
OWN = """SELECT bd.due AS due, 0 AS k, m.name AS name, m.id AS mid, NULL AS tag, 0 AS sub
 FROM bd JOIN members m ON substr(m.birth_date, 6, 5) = bd.md
 WHERE m.tier IS NOT NULL AND m.birth_date < bd.due"""
KIN = """SELECT bd.due AS due, 0 AS k, m.name AS name, m.id AS mid, NULL AS tag, r.id AS sub
 FROM bd JOIN designated_relatives r ON substr(r.birth_date, 6, 5) = bd.md
 JOIN members m ON m.id = r.member_id WHERE r.status = 'active' AND r.birth_date < bd.due"""
CHECK = """SELECT ch.due AS due, 1 AS k, m.name AS name, m.id AS mid, NULL AS tag, 0 AS sub
 FROM ch JOIN service_uses u ON u.used_on = ch.used AND u.quota_code = 'health_check'
 JOIN members m ON m.id = u.member_id AND m.tier = ch.tier
 WHERE u.status != 'cancelled' AND NOT EXISTS (SELECT 1 FROM service_uses l
   WHERE l.member_id = u.member_id AND l.quota_code = 'health_check' AND l.status != 'cancelled'
     AND (l.used_on > u.used_on OR (l.used_on = u.used_on AND l.id > u.id)))"""
HELD = """SELECT '{start}' AS due, 2 AS k, m.name AS name, m.id AS mid, m.tier AS tag, 0 AS sub
 FROM members m WHERE m.vip_status = 'suspended' AND {floor} IS NOT NULL"""
DUE_WINDOW = """SELECT o.first AS due, 2 AS k, m.name AS name, m.id AS mid, m.tier AS tag, 1 AS sub
 FROM (SELECT p.member_id, sum(p.annual_premium) AS owed, min(pd.due) AS first
   FROM pd JOIN policies p ON substr(p.effective_date, 6, 5) = pd.md
  WHERE p.status = 'in_force' AND p.effective_date < pd.due GROUP BY p.member_id
 HAVING min(pd.due) BETWEEN '{lo}' AND '{hi}') o
 JOIN members m ON m.id = o.member_id
 WHERE m.vip_status = 'active' AND round(m.afyp - o.owed, 2) < {floor}"""
DUE_MEMBER = """SELECT o.first AS due, 2 AS k, m.name AS name, m.id AS mid, m.tier AS tag, 1 AS sub
 FROM (SELECT cand.member_id, cand.first, (SELECT sum(p.annual_premium) FROM pd
   JOIN policies p ON substr(p.effective_date, 6, 5) = pd.md WHERE p.member_id = cand.member_id
    AND p.status = 'in_force' AND p.effective_date < pd.due) AS owed
   FROM (SELECT p.member_id, min(cd.due) AS first FROM cd
   JOIN policies p ON substr(p.effective_date, 6, 5) = cd.md
  WHERE p.status = 'in_force' AND p.effective_date < cd.due {sooner} GROUP BY p.member_id) cand) o
 JOIN members m ON m.id = o.member_id
 WHERE m.vip_status = 'active' AND round(m.afyp - o.owed, 2) < {floor}"""
SOONER = """AND NOT EXISTS (SELECT 1 FROM bp
  JOIN policies e ON substr(e.effective_date, 6, 5) = bp.md
  WHERE e.member_id = p.member_id AND e.status = 'in_force' AND e.effective_date < bp.due)"""
UPGRADE = """SELECT '{start}' AS due, 3 AS k, m.name AS name, m.id AS mid, '{step}' AS tag,
 0 AS sub FROM members m WHERE m.afyp >= {lo} AND m.afyp < {step}
 AND m.vip_status != 'suspended'"""
FOLLOW = """SELECT fd.due AS due, 4 AS k, m.name AS name, m.id AS mid, NULL AS tag, c.id AS sub
 FROM fd JOIN case_clocks k ON k.resolved_at >= fd.lo AND k.resolved_at < fd.hi
 JOIN service_cases c ON c.id = k.case_id JOIN members m ON m.id = c.member_id
 WHERE c.status IN ('resolved', 'closed')"""
CARD = """SELECT cards.issued_on AS due, 5 AS k, m.name AS name, m.id AS mid, NULL AS tag,
 cards.id AS sub FROM card_events e JOIN cards ON cards.id = e.card_id
 JOIN members m ON m.id = cards.member_id WHERE e.cause = 'reissue'
 AND cards.status IN ('active', 'suspended') AND cards.issued_on <= '{end}'"""


def _values(rows: list[tuple[Any, ...]]) -> str:
    if not rows:
        return "(NULL, NULL)"
    return ", ".join("(" + ", ".join(f"'{v}'" for v in row) + ")" for row in rows)


def _cut(rows: list[tuple[Any, ...]], lo: dt.date, hi: dt.date) -> list[tuple[Any, ...]]:
    return [r for r in rows if lo <= r[-1] <= hi]


def per_kind_floor(
    raw: sqlite3.Connection,
    rules: Any,
    start: dt.date,
    end: dt.date,
    follow_days: list[tuple[str, str, dt.date]],
) -> Callable[..., list[Any]]:
    """`floor(limit, offset=0, kind numbers=None)`: the rows by per-kind SQL, merged."""
    bdays = c.birthday_days(start, end, "sqlite")
    pdays = c.anniversary_days(start, end, "sqlite")
    checks = [(t.code, u, n, d) for t in rules.tiers if (n := t.health_check_every_years)
              for d in c._days(start, end) for u in c._used_on_for(d, n)]  # fmt: skip
    tiers = [t for t in rules.tiers if t.min_afyp is not None]
    floor = "CASE m.tier " + " ".join(f"WHEN '{t.code}' THEN {t.min_afyp}" for t in tiers) + " END"
    steps = sorted({t.min_afyp for t in tiers if t.channel is None})
    look = start - dt.timedelta(days=c.FOLLOW_UP_LOOKBACK_DAYS)

    def birthdays(part: str) -> Callable[[dt.date, dt.date], tuple[str, str, str]]:
        return lambda lo, hi: (f"WITH bd(md, due) AS (VALUES {_values(_cut(bdays, lo, hi))})",
                               part, BIRTHDAY)  # fmt: skip

    def check(lo: dt.date, hi: dt.date) -> tuple[str, str, str]:
        return (f"WITH ch(tier, used, every, due) AS (VALUES {_values(_cut(checks, lo, hi))})",
                CHECK, "'health_check:' || mid || ':' || due")  # fmt: skip

    def due(lo: dt.date, hi: dt.date) -> tuple[str, str, str]:
        key = "'tier_at_risk:' || mid || ':' || tag || ':' || due"
        tables = f"WITH pd(md, due) AS (VALUES {_values(pdays)})"
        if (hi - lo).days >= 3 or (lo, hi) == (start, end):
            return tables, DUE_WINDOW.format(lo=lo, hi=hi, floor=floor), key
        tables += f", cd(md, due) AS (VALUES {_values(_cut(pdays, lo, hi))})"
        sooner = ""
        if before := _cut(pdays, start, lo - dt.timedelta(days=1)):
            tables += f", bp(md, due) AS (VALUES {_values(before)})"
            sooner = SOONER
        return tables, DUE_MEMBER.format(sooner=sooner, floor=floor), key

    def follow(lo: dt.date, hi: dt.date) -> tuple[str, str, str]:
        return (f"WITH fd(lo, hi, due) AS (VALUES {_values(_cut(follow_days, lo, hi))})",
                FOLLOW, "'follow_up:' || mid || ':' || sub")  # fmt: skip

    held_key = "'tier_at_risk:' || mid || ':' || tag || ':suspended'"
    parts: list[tuple[int, Callable[..., tuple[str, str, str]], Any, Any]] = [
        (0, birthdays(OWN), start, end),
        (0, birthdays(KIN), start, end),
        (1, check, start, end),
        (2, lambda lo, hi: ("", HELD.format(start=start, floor=floor), held_key), start, start),
        (2, due, start, end),
        *[(3, lambda lo, hi, s=s: ("", UPGRADE.format(start=start, step=s, lo=s * 9 / 10),
                                   "'upgrade:' || mid || ':' || tag"), start, start)
          for s in steps],
        (4, follow, look, end),
        (5, lambda lo, hi: ("", CARD.format(end=end), "'card_pickup:' || mid || ':' || sub"),
         None, None),
    ]  # fmt: skip

    def floor_rows(limit: int | None, offset: int = 0, kinds: Any = None) -> list[Any]:
        want = None if limit is None else limit + offset
        streams = []
        for kind_no, build, first, last in parts:
            if kinds is not None and kind_no not in kinds:
                continue

            def read(lo: Any, hi: Any, n: Any, build: Any = build, first: Any = first,
                     last: Any = last, kind_no: int = kind_no) -> list[Any]:  # fmt: skip
                lo, hi = lo or first or start, hi or last or end
                with_, part, key = build(lo, hi)
                if n is not None:  # cut to the page plus the items that can be hidden
                    spare_sql = SPARE.format(kind=KINDS[kind_no], start=start)
                    if kind_no in (0, 1):  # birthdays and health checks: the key holds the day
                        spare_sql += f" AND due_on BETWEEN '{lo}' AND '{hi}'"
                    spare = raw.execute(spare_sql).fetchone()[0]
                    part = CUT.format(part=part, cut=n + spare)
                sql = WRAP.format(with_=with_, part=part, key=key, start=start,
                                  limit="" if n is None else f"LIMIT {n}")  # fmt: skip
                return raw.execute(sql).fetchall()

            streams.append(Stream(kind_no, read, first, last, want))
        return merged(streams, limit, offset)

    return floor_rows


def keys(rows: list[Any]) -> list[tuple[str, str]]:
    """(day, item key) of floor rows, to compare with the calendar's items."""
    return [(str(r[0]), c.item_key(KINDS[r[1]], r[3], r[5], dt.date.fromisoformat(str(r[0])), r[4]))
            for r in rows]  # fmt: skip
