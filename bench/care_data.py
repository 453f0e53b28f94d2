"""A copy of the 1,000,000-member benchmark database with the rows the care calendar and the
dashboard read (the shared file has none): account managers, designated relatives, health
checks, resolved cases, reissued cards and done care marks. Built once, by copying (the shared
file is never written), as bench/data/care-<N>.sqlite3; run it under the bench lock."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
import time
from pathlib import Path

MANAGERS = 20
NOW = "2026-05-04 09:00:00.000000"


def care_db(source: Path) -> Path:
    """The care copy beside `source` (copied, upgraded and filled on first use)."""
    target = source.with_name(source.name.replace("members-", "care-"))
    if target.exists():
        return target
    partial = target.with_suffix(".building")
    started = time.perf_counter()
    print(f"copying {source.name} for the care rows (once) …", flush=True)
    shutil.copyfile(source, partial)
    from sqlalchemy import create_engine

    from vipdesk.db.engine import upgrade

    engine = create_engine(f"sqlite:///{partial}")
    upgrade(engine)
    engine.dispose()
    conn = sqlite3.connect(partial)
    _fill(conn, random.Random(2026))
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()
    partial.rename(target)
    print(f"care copy ready in {time.perf_counter() - started:.0f} s: {target}", flush=True)
    return target


def _day(rng: random.Random, first: dt.date, last: dt.date) -> str:
    return (first + dt.timedelta(days=rng.randrange((last - first).days + 1))).isoformat()


def _fill(conn: sqlite3.Connection, rng: random.Random) -> None:
    """Managers for every VIP, a relative for a third, a check for half, cases, cards, marks."""
    first = conn.execute("SELECT max(id) FROM staff_users").fetchone()[0] + 1
    conn.executemany(
        "INSERT INTO staff_users (id, username, display_name, role, branch_code, created_at, "
        "active, must_change_password, failed_count) VALUES (?, ?, ?, 'clerk', '0000', ?, 1, 0, 0)",
        [(first + i, f"am{i + 1:02d}", f"客户经理{i + 1:02d}", NOW) for i in range(MANAGERS)],
    )
    vip = conn.execute("SELECT id, tier FROM members WHERE tier IS NOT NULL").fetchall()
    conn.executemany(
        "INSERT INTO member_account_managers (member_id, staff_id, set_at) VALUES (?, ?, ?)",
        [(m, first + m % MANAGERS, NOW) for m, _ in vip],
    )
    conn.executemany(
        "INSERT INTO designated_relatives (member_id, program, slot, name, id_number, relation, "
        "birth_date, gender, designated_on, status) VALUES (?, 'vip', 1, '李秀英', ?, 'spouse', ?, "
        "'F', ?, 'active')",
        [
            (m, f"R{m:017d}", _day(rng, dt.date(1940, 1, 1), dt.date(2000, 12, 31)),
             _day(rng, dt.date(2025, 5, 1), dt.date(2026, 5, 3)))
            for m, _ in vip if m % 3 == 0
        ],
    )  # fmt: skip
    checked = {"health_gold", "platinum", "diamond"}
    conn.executemany(
        "INSERT INTO service_uses (member_id, service_code, quota_code, used_on, status, "
        "staff_id, recorded_at) VALUES (?, 'health_check', 'health_check', ?, 'delivered', 1, ?)",
        [(m, _day(rng, dt.date(2023, 5, 1), dt.date(2026, 5, 3)), NOW)
         for m, tier in vip if tier in checked and m % 2 == 0],
    )  # fmt: skip
    cases = []
    clocks = []
    for n in range(30_000):
        opened = dt.datetime(2026, 2, 1, 1) + dt.timedelta(minutes=rng.randrange(130_000))
        resolved = opened + dt.timedelta(hours=rng.randrange(1, 72))
        status = "closed" if n % 2 else "resolved"
        member = vip[n * 29 % len(vip)][0]
        cases.append((n + 1, f"0000-{opened:%Y%m%d}-{n:06d}", "enquiry", status, member,
                      "", "[]", 1, f"{opened:%Y-%m-%d %H:%M:%S}.000000",
                      f"{opened + dt.timedelta(hours=24):%Y-%m-%d %H:%M:%S}.000000"))  # fmt: skip
        clocks.append((n + 1, f"{resolved:%Y-%m-%d %H:%M:%S}.000000", int(n % 17 == 0)))
    conn.executemany(
        "INSERT INTO service_cases (id, case_no, case_type, status, member_id, description, "
        "reasons, opened_by_id, opened_at, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        cases,
    )
    conn.executemany(
        "INSERT INTO case_clocks (case_id, responded_at, resolved_at, paused_seconds, "
        "response_breached, resolution_breached) VALUES (?, ?2, ?2, 0, ?3, 0)",
        clocks,
    )
    cards = conn.execute(
        "SELECT id, member_id FROM cards WHERE status IN ('active', 'suspended') AND id % 300 = 0"
    ).fetchall()
    conn.executemany(
        "INSERT INTO card_events (card_id, member_id, at, status_to, cause, staff_id) "
        "VALUES (?, ?, ?, 'active', 'reissue', 1)",
        [(c, m, f"{_day(rng, dt.date(2026, 3, 1), dt.date(2026, 5, 3))} 02:00:00.000000")
         for c, m in cards],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO care_marks (key, kind, member_id, due_on, state, note, staff_id, at) "
        "VALUES (?, 'birthdays', ?, ?, 'done', '已电话问候', 1, ?)",
        [(f"birthdays:{m}:0:2026-04-{1 + m % 28:02d}", m, f"2026-04-{1 + m % 28:02d}",
          f"2026-04-{1 + m % 28:02d} 03:00:00.000000") for m, _ in vip[::87]],
    )  # fmt: skip
