"""Sign-in and audit-chain benchmark: one Argon2id verification (target 0.2–0.5 s) and
`audit verify` over 1,000,000 records (target < 10 s) beside a bare hashlib loop over the same
bytes (its final hash checked equal to the chain head first).

Run: `.venv/bin/python -m bench.bench_auth`. Env BENCH_AUDIT sets the record count (default
1,000,000); the database is built once under bench/data/.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, text

DATA = Path("bench/data")


def sign_in_figures() -> None:
    """One Argon2id verification with the production parameters, and a whole sign-in."""
    from vipdesk.services import passwords, staff
    from vipdesk.services.database import Database

    hashed = passwords.hash_password("bench-password-1")
    times, cpu = [], []
    for _ in range(7):
        start, start_cpu = time.perf_counter(), time.process_time()
        assert passwords.check(hashed, "bench-password-1")
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    median, low, high = statistics.median(times), min(times), max(times)
    print(f"Argon2id {passwords.parameters()}: one verification {median:.3f} s wall "
          f"(min {low:.3f} s, max {high:.3f} s), {statistics.median(cpu):.3f} s CPU "
          f"(median of 7; target 0.2–0.5 s); load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{folder}/s.sqlite3")
        db.ensure_schema()
        staff.create_first_admin(db, "bench", "压测", "bench-password-1")
        start = time.perf_counter()
        staff.sign_in(db, "bench", "bench-password-1")
        whole = time.perf_counter() - start
        start = time.perf_counter()
        with contextlib.suppress(staff.SignInFailed):
            staff.sign_in(db, "nobody", "bench-password-1")
        unknown = time.perf_counter() - start
        db.dispose()
    print(f"sign_in through the service: {whole:.3f} s; unknown username: {unknown:.3f} s "
          "(the same work: the time says nothing about which usernames exist)")  # fmt: skip


def build(n: int) -> Path:
    """An SQLite database with n chained audit records (built once)."""
    from vipdesk.db.auth_models import AuditChainHead
    from vipdesk.db.models import AuditRecord, table_of
    from vipdesk.domain.audit_chain import GENESIS, canonical, link
    from vipdesk.services.database import Database
    from vipdesk.services.demo import create_demo_staff

    path = DATA / f"audit_{n}.sqlite3"
    if path.exists():
        return path
    DATA.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    db = Database(f"sqlite:///{partial}")
    db.ensure_schema()
    staff_id = create_demo_staff(db)["demo.clerk"].id
    prev, seq, base = GENESIS, 0, dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    with db.write() as session:
        head = session.get(AuditChainHead, 1)
        seq, prev = head.last_seq, head.last_hash
        while seq < n:
            rows = []
            for _ in range(min(50_000, n - seq)):
                seq += 1
                at = base + dt.timedelta(seconds=seq)
                after = json.dumps({"purpose": "客户办理业务核对"}, ensure_ascii=False)
                eid = str(seq % 5000 + 1)
                h = link(prev, canonical(seq, at, staff_id, "member.reveal_id", "member", eid,
                                         None, None, after))  # fmt: skip
                rows.append({"at": at, "staff_id": staff_id, "action": "member.reveal_id",
                             "entity": "member", "entity_id": eid, "member_id": None,
                             "before": None, "after": after, "seq": seq, "prev_hash": prev,
                             "hash": h})  # fmt: skip
                prev = h
            session.execute(insert(table_of(AuditRecord)), rows)
        head.last_seq, head.last_hash = seq, prev
    db.dispose()
    partial.rename(path)
    return path


def verify_figures(n: int) -> None:
    """Time `verify_chain` on n records beside the bare hashlib loop over the same bytes."""
    from vipdesk.domain.audit_chain import canonical
    from vipdesk.services.audit_log import verify_chain
    from vipdesk.services.database import Database

    path = build(n)
    db = Database(f"sqlite:///{path}")
    start, start_cpu = time.perf_counter(), time.process_time()
    report = verify_chain(db)
    ours, ours_cpu = time.perf_counter() - start, time.process_time() - start_cpu
    assert report.ok and report.count >= n, report
    with db.read() as session:
        conn = session.connection()
        head = conn.execute(text("SELECT last_hash FROM audit_chain_head")).scalar()
        start = time.perf_counter()
        rows = conn.exec_driver_sql(
            "SELECT seq, at, staff_id, action, entity, entity_id, member_id, before, after, "
            "prev_hash FROM audit_log ORDER BY seq"
        ).all()
        read = time.perf_counter() - start
        payloads = [r[9].encode() + b"\n" + canonical(*r[:9]) for r in rows]
    db.dispose()
    sha = hashlib.sha256
    start, start_cpu = time.perf_counter(), time.process_time()
    last = ""
    for payload in payloads:
        last = sha(payload).hexdigest()
    floor, floor_cpu = time.perf_counter() - start, time.process_time() - start_cpu
    assert last == head, "the bare loop must end at the chain head"  # floor checked equal
    print(f"audit verify, {report.count:,} records: {ours:.2f} s wall, {ours_cpu:.2f} s CPU "
          f"(target < 10 s); bare hashlib loop over the same bytes {floor:.2f} s wall, "
          f"{floor_cpu:.2f} s CPU ({ours_cpu / floor_cpu:.1f}× in CPU); bare read of the rows "
          f"{read:.2f} s; load average {os.getloadavg()[0]:.1f}")  # fmt: skip


def main() -> None:
    """Print the sign-in and audit-verify figures."""
    sign_in_figures()
    verify_figures(int(os.environ.get("BENCH_AUDIT", "1000000")))


if __name__ == "__main__":
    main()
