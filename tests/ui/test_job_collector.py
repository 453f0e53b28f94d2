"""Document jobs leave the GUI thread room (issue 14): no full garbage collection and a short GIL
switch interval while a job runs; the usual settings once none runs."""

from __future__ import annotations

import gc
import sys
import threading

from PySide6.QtCore import QObject

from ui.documents import jobs


def test_no_full_collection_while_jobs_run_and_settings_restored(qtbot):
    before, interval = gc.get_threshold(), sys.getswitchinterval()
    owner = QObject()
    inside: list[tuple[int, int, int]] = []
    release = threading.Event()
    results: list[object] = []

    def first(report, _cancelled):
        report("生成", 1, 2)  # progress hands the GIL over; the job goes on
        inside.append(gc.get_threshold())
        assert sys.getswitchinterval() == jobs.JOB_SWITCH_INTERVAL
        release.wait(10)
        return "first"

    def second(_report, _cancelled):
        inside.append(gc.get_threshold())
        return "second"

    job_a = jobs.start_job(owner, first, results.append, results.append)
    qtbot.waitUntil(lambda: len(inside) == 1, timeout=10_000)
    job_b = jobs.start_job(owner, second, results.append, results.append)
    qtbot.waitUntil(lambda: "second" in results, timeout=10_000)
    assert gc.get_threshold()[2] == jobs.NO_FULL_COLLECTION  # the first job still runs
    release.set()
    qtbot.waitUntil(lambda: "first" in results, timeout=10_000)
    job_a.wait()
    job_b.wait()
    assert [t[2] for t in inside] == [jobs.NO_FULL_COLLECTION] * 2
    assert gc.get_threshold() == before  # the usual collector once no job runs
    assert sys.getswitchinterval() == interval


def test_thresholds_come_back_after_a_failing_job(qtbot):
    before = gc.get_threshold()
    failures: list[BaseException] = []

    def broken(_report, _cancelled):
        raise RuntimeError("boom")

    job = jobs.start_job(QObject(), broken, lambda _r: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    job.wait()
    assert isinstance(failures[0], RuntimeError)
    assert gc.get_threshold() == before
