"""The results model: Qt's model tester, paging through the worker, stale results dropped."""

from __future__ import annotations

import threading
import time

from tests.staff_helpers import actor_for
from tests.ui.conftest import find_member
from ui.desk import Desk
from ui.results_model import PAGE_SIZE, MemberResultsModel, default_search
from ui.worker import DbWorker
from vipdesk.db.models import Member
from vipdesk.services.database import Database


def worker_on(url, qtbot):
    desk = Desk()
    desk.db = Database(url)
    desk.actor = actor_for(desk.db, "clerk1", "柜员一")  # the signed-in clerk searches
    worker = DbWorker(desk)
    worker.start()
    return worker


def wait_idle(qtbot, model):
    qtbot.waitUntil(lambda: not model.is_searching(), timeout=5000)


def test_results_page_from_the_database(qtbot, demo_url):
    worker = worker_on(demo_url, qtbot)
    try:
        model = MemberResultsModel(worker)
        model.set_query("w")  # many pinyin matches: more than one page
        wait_idle(qtbot, model)
        assert model.rowCount() == PAGE_SIZE  # one page, not every match
        assert model.canFetchMore(model.index(-1, -1))
        model.fetchMore(model.index(-1, -1))
        wait_idle(qtbot, model)
        assert model.rowCount() == 2 * PAGE_SIZE
        assert len({row.id for row in model.rows}) == 2 * PAGE_SIZE  # no row twice
    finally:
        worker.stop()
        worker.desk.close()


def test_qtmodeltester_passes_while_paging(qtbot, qtmodeltester, demo_url):
    worker = worker_on(demo_url, qtbot)
    try:
        model = MemberResultsModel(worker)
        model.set_tier_names({"gold": "金卡", "platinum": "白金卡"})
        model.set_query("w")
        wait_idle(qtbot, model)
        qtmodeltester.check(model, force_py=True)  # the tester itself fetches more pages
        wait_idle(qtbot, model)
        while model.canFetchMore(model.index(-1, -1)):  # page to the end under the tester
            model.fetchMore(model.index(-1, -1))
            wait_idle(qtbot, model)
        assert model.rowCount() > PAGE_SIZE
        assert len({row.id for row in model.rows}) == model.rowCount()
        assert all(row.name for row in model.rows)
        model.set_query("liu")  # a reset under the tester's eyes
        wait_idle(qtbot, model)
        assert model.rowCount() > 0
    finally:
        worker.stop()
        worker.desk.close()


def test_a_slow_older_query_never_overwrites_a_newer_one(qtbot, demo_url, demo_db):
    wanted = find_member(demo_db, Member.tier == "diamond")
    started = threading.Event()

    def search(session, query, limit, offset):
        if query == "zhang":
            started.set()
            time.sleep(0.4)  # the old query is still running when the new one is typed
        return default_search(session, query, limit, offset)

    worker = worker_on(demo_url, qtbot)
    try:
        model = MemberResultsModel(worker, search=search)
        seen = []
        model.rowsInserted.connect(lambda *_: seen.append([r.id for r in model.rows]))
        model.set_query("zhang")
        assert started.wait(5)
        model.set_query(wanted.id_number[-6:])
        qtbot.waitUntil(lambda: worker.is_idle(), timeout=5000)
        assert [r.id for r in model.rows][0] == wanted.id
        assert all(r.id_number_masked.endswith(wanted.id_number[-4:]) for r in model.rows)
        assert all(ids[0] == wanted.id for ids in seen)  # "zhang" rows never appeared
    finally:
        worker.stop()
        worker.desk.close()


def test_queued_searches_collapse_to_the_newest(qtbot, demo_url):
    worker = worker_on(demo_url, qtbot)
    release = threading.Event()
    try:
        worker.op(lambda _desk: release.wait(5)).run()  # hold the worker
        model = MemberResultsModel(worker)
        ran = []
        model.search = lambda s, q, n, o: ran.append(q) or default_search(s, q, n, o)
        for text in ("l", "li", "liu"):
            model.set_query(text)
        release.set()
        qtbot.waitUntil(lambda: worker.is_idle(), timeout=5000)
        assert ran == ["liu"]
        assert model.query == "liu" and model.rowCount() > 0
    finally:
        worker.stop()
        worker.desk.close()
