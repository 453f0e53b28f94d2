"""Import benchmark: N-row members CSV and XLSX (default 1,000,000) and a policies CSV.

For each file: wall time, peak memory (max RSS of a child process that only imports) and the
longest writer-lock hold, beside the floor: a raw `executemany` of the same prepared rows
(members and name index) into an empty database with the same schema, checked equal to ours.
Memory beside two floors, each a bare sqlite3 process writing the same rows: with the prepared
rows held in Python lists (the time floor's way, as issue 14 measured it), and streamed from a
cursor (the leanest way).
Targets: <= 2x the floor's time, <= 200 MB, <= 2 s lock. A big first load is built in a side
copy and copied in (vipdesk.services.import_aside): its lock is the copy in.

    .venv/bin/python -m bench.bench_import [ROWS] [--xlsx] [--policies]
    .venv/bin/python -m bench.bench_import ROWS --desks 4

Files are built once under bench/data/ and reused. `--desks N` (bench_import_desks): a first
load of ROWS new members while N desks reissue cards throughout (every build aside goes stale):
how many builds, each rebuild's seconds, written in place or refused, the lock, the desks'
actions, refusals and longest wait. The rebuild budget comes from VIPDESK_IMPORT_REBUILDS and
VIPDESK_IMPORT_REBUILD_MINUTES as on a desk.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.dataset import DATA

MEMBER_COLS = (
    "id_number", "id_reversed", "name", "given_name", "name_pinyin", "name_initials",
    "birth_date", "gender", "phone", "address",
)  # fmt: skip


def members_csv(rows: int) -> Path:
    """bench/data/import-members-N.csv (and its policies file), built once."""
    from vipdesk.services.demo import DemoGenerator

    DATA.mkdir(exist_ok=True)
    path = DATA / f"import-members-{rows}.csv"
    policies = DATA / f"import-policies-{rows}.csv"
    if path.exists() and policies.exists():
        return path
    gen = DemoGenerator(16, dt.date(2026, 11, 1), set(), 880_000_000_000)
    with (
        path.open("w", encoding="utf-8", newline="") as fh,
        policies.open("w", encoding="utf-8", newline="") as ph,
    ):
        out, pout = csv.writer(fh), csv.writer(ph)
        out.writerow(["证件号码", "姓名", "手机号码", "通讯地址"])
        pout.writerow(["policy_no", "id_number", "product", "channel", "status",
                       "effective_date", "annual_premium", "reinstated_date"])  # fmt: skip
        for i in range(rows):
            m = gen.member()
            out.writerow([m["id_number"], m["name"], m["phone"], m["address"]])
            if i < rows // 5:  # a policy file of a fifth of the size (200,000 for 1M)
                p = gen.policies(0)[0]
                pout.writerow([p["policy_no"], m["id_number"], p["product"], p["channel"],
                               p["status"], p["effective_date"].isoformat(),
                               p["annual_premium"], ""])  # fmt: skip
    return path


def daily_csv(rows: int) -> Path:
    """Tomorrow's export of the same book: every 25th address changed, 2% new customers."""
    from vipdesk.services.demo import DemoGenerator

    path = DATA / f"import-members-{rows}-daily.csv"
    if path.exists():
        return path
    with members_csv(rows).open(encoding="utf-8", newline="") as fh:
        taken = {r[0] for r in csv.reader(fh)}  # new customers never repeat an existing ID
    gen = DemoGenerator(17, dt.date(2026, 11, 1), taken, 990_000_000_000)
    with (
        members_csv(rows).open(encoding="utf-8", newline="") as fh,
        path.open("w", encoding="utf-8", newline="") as out,
    ):
        writer = csv.writer(out)
        for i, row in enumerate(csv.reader(fh)):
            if i and i % 25 == 0:
                row[3] += "A座"
            writer.writerow(row)
        for _ in range(rows // 50):
            m = gen.member()
            writer.writerow([m["id_number"], m["name"], m["phone"], m["address"]])
    return path


def members_xlsx(rows: int) -> Path:
    """The same members as an XLSX with text cells, built once (write-only mode)."""
    from openpyxl import Workbook

    path = DATA / f"import-members-{rows}.xlsx"
    if path.exists():
        return path
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    with members_csv(rows).open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh):
            sheet.append(row)
    book.save(path)
    return path


CHILD = """
import json, resource, sys, time
from pathlib import Path
from vipdesk.rules import load_rules
from vipdesk.services.database import Database
from vipdesk.services.demo import create_demo_staff
from vipdesk.services.importer import import_members, import_policies
from vipdesk.services.tabular import XlsxLimits
def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
db = Database(sys.argv[1]); db.ensure_schema()
with db.read() as s:
    from vipdesk.db.models import StaffUser
    have = s.query(StaffUser).filter_by(username="demo.admin").first()
if have is None:
    admin = create_demo_staff(db)["demo.admin"]
else:
    from vipdesk.services.staff import sign_in
    from vipdesk.services.demo import DEMO_PASSWORD
    admin = sign_in(db, "demo.admin", DEMO_PASSWORD)
run = import_policies if sys.argv[3] == "policies" else import_members
import gc; gc.collect()
with open("/proc/self/clear_refs", "w") as fh:  # peak RSS from here: the import, not the sign-in
    fh.write("5")
t = time.perf_counter()
steps = []
def progress(stage, rows, n, fraction):
    if stage != "校验":
        steps.append((stage, n, time.perf_counter() - t))
from vipdesk.errors import Refused
try:
    r = run(db, load_rules().current(), admin, Path(sys.argv[2]), progress=progress,
            limits=XlsxLimits(max_mb=500, max_rows=2_000_000))
except Refused as exc:
    print(json.dumps({"seconds": time.perf_counter() - t, "refused": exc.code, "steps": steps,
                      "rss_mb": peak_mb()}))
    raise SystemExit(0)
print(json.dumps({"seconds": time.perf_counter() - t, "rows": r.rows, "inserted": r.inserted,
                  "lock": r.lock_seconds, "builds": r.builds, "steps": steps,
                  "rss_mb": peak_mb()}))
"""


def run_import(db_path: Path, file: Path, kind: str = "members") -> dict[str, float]:
    """Import `file` in a child process: its time, lock hold and peak memory."""
    out = subprocess.run(
        [sys.executable, "-c", CHILD, f"sqlite:///{db_path}", str(file), kind],
        capture_output=True,
        text=True,
    )
    if out.returncode:
        raise SystemExit(f"import of {file.name} failed: {out.stderr.strip()[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


GRAMS = "SELECT ch, member_id FROM member_name_chars ORDER BY rowid"


def floor(ours: Path) -> tuple[float, bool]:
    """Raw executemany of our prepared member and name-index rows into an empty database.

    Same schema (every index), the import's page cache, WAL, synchronous FULL (ours syncs the
    WAL before reporting success), foreign keys off like ours on a big first load (ours checks
    them set-based instead); member rows in id order and name-index rows in our order. The
    result is checked equal to ours (both tables).
    """
    from vipdesk.services.database import Database
    from vipdesk.services.import_sqlite import APPLY_CACHE_KB

    src = sqlite3.connect(ours)
    members = src.execute(
        f"SELECT id, {', '.join(MEMBER_COLS)} FROM members ORDER BY id"
    ).fetchall()
    grams = src.execute(GRAMS).fetchall()
    src.close()
    with tempfile.TemporaryDirectory(dir=DATA) as tmp:
        path = Path(tmp) / "floor.sqlite3"
        db = Database(f"sqlite:///{path}")
        db.ensure_schema()
        db.dispose()
        conn = sqlite3.connect(path, isolation_level=None)
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=OFF"):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute(f"PRAGMA cache_size=-{APPLY_CACHE_KB}")
        marks = ", ".join("?" * (len(MEMBER_COLS) + 1))
        sql = (
            f"INSERT INTO members (id, {', '.join(MEMBER_COLS)}, vip_status, afyp, created_at, "
            f"updated_at) VALUES ({marks}, 'none', 0, '2026-11-27', '2026-11-27')"
        )
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(sql, members)
        conn.executemany("INSERT INTO member_name_chars (ch, member_id) VALUES (?, ?)", grams)
        conn.execute("COMMIT")
        seconds = time.perf_counter() - started
        same = (
            conn.execute(f"SELECT id, {', '.join(MEMBER_COLS)} FROM members ORDER BY id").fetchall()
            == members
            and conn.execute(
                "SELECT ch, member_id FROM member_name_chars ORDER BY rowid"
            ).fetchall()
            == grams
        )
        conn.close()
    return seconds, same


FLOOR_MEMORY = """
import sqlite3, sys
src = sqlite3.connect(sys.argv[1]); dst = sqlite3.connect(sys.argv[2], isolation_level=None)
for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=OFF"):
    dst.execute(f"PRAGMA {pragma}")
dst.execute(f"PRAGMA cache_size=-{sys.argv[3]}")
members, grams = src.execute(sys.argv[5]), src.execute(sys.argv[6])
if sys.argv[7] == "held":  # the prepared rows in memory, as the time floor has them
    members, grams = members.fetchall(), grams.fetchall()
dst.execute("BEGIN IMMEDIATE")
dst.executemany(sys.argv[4], members)
dst.executemany("INSERT INTO member_name_chars (ch, member_id) VALUES (?, ?)", grams)
dst.execute("COMMIT")
print([l for l in open("/proc/self/status") if l.startswith("VmHWM:")][0].split()[1])
"""


def floor_mb(ours: Path, mode: str) -> float:
    """Peak memory of a bare sqlite3 process writing the same rows into an empty database of
    the same schema with the import's page cache: `held`, the prepared rows in Python lists
    first, as the time floor has them; `streamed`, executemany straight over a cursor."""
    from vipdesk.services.database import Database
    from vipdesk.services.import_sqlite import APPLY_CACHE_KB

    with tempfile.TemporaryDirectory(dir=DATA) as tmp:
        path = Path(tmp) / "floor-memory.sqlite3"
        db = Database(f"sqlite:///{path}")
        db.ensure_schema()
        db.dispose()
        marks = ", ".join("?" * (len(MEMBER_COLS) + 1))
        sql = (
            f"INSERT INTO members (id, {', '.join(MEMBER_COLS)}, vip_status, afyp, created_at, "
            f"updated_at) VALUES ({marks}, 'none', 0, '2026-11-27', '2026-11-27')"
        )
        select = f"SELECT id, {', '.join(MEMBER_COLS)} FROM members ORDER BY id"
        out = subprocess.run(
            [sys.executable, "-c", FLOOR_MEMORY, str(ours), str(path), str(APPLY_CACHE_KB), sql,
             select, GRAMS, mode],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        return int(out.stdout.strip()) / 1024


def row(label: str, result: dict[str, float], floor_s: float | None = None) -> str:
    """One table row for README."""
    base = "—" if floor_s is None else f"{floor_s:.1f} s"
    ratio = "—" if floor_s is None else f"{result['seconds'] / floor_s:.1f}x"
    memory = f"{result['rss_mb']:.0f} MB"
    if "floor_mb" in result:
        memory += (
            f" (floor {result['floor_mb']:.0f} MB, {result['rss_mb'] / result['floor_mb']:.2f}x; "
            f"streamed {result['streamed_mb']:.0f} MB, "
            f"{result['rss_mb'] / result['streamed_mb']:.1f}x)"
        )
    return (
        f"| {label} | {int(result['rows']):,} | {result['seconds']:.1f} s | {base} | {ratio} "
        f"| {memory} | {result['lock']:.2f} s |"
    )


def main() -> None:
    """Print the table for README."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    rows = int(args[0]) if args else 1_000_000
    if "--desks" in sys.argv:
        from bench.bench_import_desks import with_desks

        with_desks(rows, int(sys.argv[sys.argv.index("--desks") + 1]))
        return
    files = [] if "--xlsx-only" in sys.argv else [("CSV", members_csv(rows))]
    if "--xlsx" in sys.argv or "--xlsx-only" in sys.argv:
        files.append(("XLSX", members_xlsx(rows)))
    print("| file | rows | ours | floor | ratio | peak memory | longest write lock |")
    print("|---|---|---|---|---|---|---|")
    for label, file in files:
        with tempfile.TemporaryDirectory(dir=DATA) as tmp:
            db_path = Path(tmp) / "ours.sqlite3"
            ours = run_import(db_path, file)
            if "--no-floor" in sys.argv:
                print(row(f"members {label}, new", ours), flush=True)
            else:
                base, same = floor(db_path)
                assert same, "floor rows differ from ours"
                ours["floor_mb"] = floor_mb(db_path, "held")
                ours["streamed_mb"] = floor_mb(db_path, "streamed")
                print(row(f"members {label}, new", ours, base), flush=True)
            if "--daily" in sys.argv and label == "CSV":
                day = run_import(db_path, daily_csv(rows))
                print(row("members CSV, next day (4% changed, 2% new)", day), flush=True)
            if "--policies" in sys.argv and label == "CSV":
                pol = run_import(db_path, DATA / f"import-policies-{rows}.csv", "policies")
                print(row("policies CSV, new (tiers and cards after)", pol), flush=True)


if __name__ == "__main__":
    main()
