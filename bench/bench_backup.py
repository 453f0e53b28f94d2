"""Backup, restore and the start-up check on the 1,000,000-member benchmark database.

    .venv/bin/python -m bench.bench_backup        (env BENCH_MEMBERS for a smaller database)

Measures: a raw sqlite3 backup (Python's Connection.backup) of the same file; VIP Desk's backup
as accepted (the same online copy, quick_check on the copy, row counts, SHA-256, manifest) against
the raw one (target ≤ 1.5×); the full integrity_check of the copy that follows off the critical
path; how long the GUI event loop is ever blocked while backup and full check run on their thread
with a busy process beside the bench (target ≤ 50 ms), and, as its floor, the same event loop
idle beside the busy process; restore into a live database; quick_check
and integrity_check at start. Run it under the shared bench lock:

    flock /work/notes/bench.lock .venv/bin/python -m bench.bench_backup
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench.dataset import DATA, member_count


def dataset() -> Path:
    """The shared benchmark database (bench.dataset), or our own copy when that one is unusable."""
    from bench.dataset import bench_db

    n = member_count()
    shared = DATA / f"members-{n}.sqlite3"
    if shared.exists() and shared.stat().st_size == 0:  # a stray empty file: build our own
        own = DATA / f"safety-members-{n}.sqlite3"
        if not own.exists():
            _build(own, n)
        return own
    if shared.exists():
        return shared  # read only: never upgraded or written to here
    return bench_db(n)


def _build(path: Path, n: int) -> None:
    from vipdesk.paths import sqlite_url
    from vipdesk.rules import load_rules
    from vipdesk.services.database import Database
    from vipdesk.services.demo import add_demo_members, create_demo_staff

    partial = path.with_suffix(".building")
    if partial.exists():
        partial.unlink()
    db = Database(sqlite_url(partial))
    db.ensure_schema()
    print(f"building a {n:,}-member database (once) …", flush=True)
    admin = create_demo_staff(db)["demo.admin"]
    add_demo_members(db, load_rules().current(), admin, n, seed=2026)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    partial.rename(path)


def raw_backup(source: Path, target: Path) -> float:
    """Seconds for a plain sqlite3 online backup of the file."""
    started = time.perf_counter()
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()
    return time.perf_counter() - started


def busy_process() -> subprocess.Popen[bytes]:
    """A process that keeps one core busy beside the bench (the parallel CPU load)."""
    import sys

    return subprocess.Popen([sys.executable, "-c", "while True: pass"])


def gui_blocking(url: str | None, folder: Path, idle_s: float = 0) -> tuple[float, float]:
    """(seconds, longest event-loop gap in ms) with backup + full check on their thread.

    With `url` None, the floor: the same event loop doing nothing for `idle_s` seconds.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.backup.jobs import BackupJob
    from vipdesk.services.backup import make_backup
    from vipdesk.services.backup_restore import full_check_backup

    app = QApplication.instance() or QApplication([])
    clock = QElapsedTimer()
    gaps: list[int] = []
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=5)
    timer.timeout.connect(tick)
    done: list[float] = []
    started = time.perf_counter()
    if url is None:
        job = BackupJob(lambda: time.sleep(idle_s))  # (the floor: a thread that does nothing)
    else:
        job = BackupJob(lambda: full_check_backup(make_backup(url, folder, kind="manual").path))
    job.done.connect(lambda _info: (done.append(time.perf_counter() - started), app.quit()))
    job.failed.connect(lambda exc: (print("backup failed:", exc), app.quit()))
    clock.start()
    timer.start()
    job.start()
    app.exec()
    timer.stop()
    return (done[0] if done else float("nan")), float(max(gaps[1:] or [0]) - 5)


ROUNDS = 3


def _secs(values: list[float]) -> str:
    return ", ".join(f"{v:.1f}" for v in values) + " s"


def _ratios(ours: list[float], raws: list[float]) -> str:
    return ", ".join(f"{o / r:.2f}×" for o, r in zip(ours, raws, strict=True))


def _remove_backup(path: Path) -> None:
    path.unlink()
    path.with_name(path.name + ".json").unlink()


def main() -> None:
    """Run every measurement once and print the figures."""
    from vipdesk.paths import sqlite_url
    from vipdesk.services.backup import make_backup
    from vipdesk.services.backup_restore import full_check_backup, restore_file
    from vipdesk.services.integrity import check_file

    source = dataset()
    url = sqlite_url(source)
    size = source.stat().st_size
    print(f"database: {source.name}, {size / 1024 / 1024:,.0f} MB; load {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory(dir=DATA) as tmp:
        work = Path(tmp)
        os.environ["VIPDESK_HOME"] = str(work / "home")
        raws, copies, ourses = [], [], []
        from vipdesk.services.backup import _copy_online

        for _round in range(ROUNDS):  # alternating, medians: the shared machine's load varies
            target = work / "raw.sqlite3"
            target.unlink(missing_ok=True)
            raws.append(raw_backup(source, target))
            started = time.perf_counter()
            _copy_online(source, work / "copy.sqlite3")
            copies.append(time.perf_counter() - started)
            (work / "copy.sqlite3").unlink()
            started = time.perf_counter()
            info = make_backup(url, work / "backups", kind="manual")
            ourses.append(time.perf_counter() - started)
            if _round < ROUNDS - 1:
                _remove_backup(info.path)
        raw, copy, ours = (statistics.median(x) for x in (raws, copies, ourses))
        print(f"raw sqlite3 backup (Python API):  {raw:6.1f} s  (median of {_secs(raws)})")
        cli = shutil.which("sqlite3")
        if cli:
            started = time.perf_counter()
            subprocess.run([cli, str(source), f".backup {work / 'cli.sqlite3'}"], check=True)
            shell = time.perf_counter() - started
            print(f"raw sqlite3 shell .backup:        {shell:6.1f} s")
            (work / "cli.sqlite3").unlink()
        print(f"  our online copy alone (fsynced): {copy:6.1f} s  ({copy / raw:.2f}× raw)")
        print(f"VIP Desk backup, accepted:        {ours:6.1f} s  ({ours / raw:.2f}× raw; ≤ 1.5×)")
        print(f"  (median of {_secs(ourses)}; per round: {_ratios(ourses, raws)})")
        print("  (online copy, then quick_check + counts beside SHA-256, manifest)")
        started = time.perf_counter()
        checked = full_check_backup(info.path)
        full = time.perf_counter() - started
        print(f"full integrity_check after it:    {full:6.1f} s  full_check={checked.full_check}")
        print(
            f"  backup + full check:            {ours + full:6.1f} s  ({(ours + full) / raw:.2f}×)"
        )
        info.path.unlink()
        for _round in range(2):
            load = busy_process()
            try:
                seconds, gap = gui_blocking(url, work / "backups")
            finally:
                load.kill()
            print(
                f"backup + full check on a thread:  {seconds:6.1f} s, longest GUI event-loop gap "
                f"{gap:.0f} ms (≤ 50 ms; one busy process beside; load {os.getloadavg()[0]:.1f})"
            )
            load = busy_process()
            try:
                _idle, floor = gui_blocking(None, work, idle_s=min(seconds, 60))
            finally:
                load.kill()
            print(
                f"  floor, the idle event loop beside the busy process ({min(seconds, 60):.0f} s): "
                f"longest gap {floor:.0f} ms (load {os.getloadavg()[0]:.1f})"
            )
        target = work / "raw.sqlite3"  # a live database to restore into
        started = time.perf_counter()
        restore_file(sqlite_url(target), next((work / "backups").glob("vipdesk-*.sqlite3")))
        print(f"restore (checked, kept, swapped): {time.perf_counter() - started:6.1f} s")
        for full in (False, True):
            started = time.perf_counter()
            report = check_file(source, full=full)
            name = "integrity_check" if full else "quick_check at start"
            print(f"{name + ':':34s}{time.perf_counter() - started:6.1f} s  ok={report.ok}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
