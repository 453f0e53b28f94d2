"""A clerk who signs in, searches and views members never loads SQLAlchemy, its ORM or our models
(issue 14: the desk's memory); the first write loads them, on the worker.

The real start (`ui.app.run`) in a fresh interpreter, driven from inside its event loop as a clerk
would: sign in through the dialog, search, open the first member found, reveal their ID number
(a write), quit. The reveal and the sign-out at quit are then in the file's audit log, on an
intact chain.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest

from tests.db.direct_twins import rows
from tests.staff_helpers import TEST_PASSWORD, actor_for
from ui.desk import DEMO_FILE
from vipdesk.services import passwords
from vipdesk.services.audit_log import verify_chain
from vipdesk.services.database import Database

CLERK = """
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.app as desk_app
from ui.main_window import DeskWindow
from ui.session.signin_dialog import SignInDialog
from vipdesk.services import passwords

cost, where, user, password, *texts = sys.argv[1:]
passwords.configure(**json.loads(cost))  # the suite's cost: the hash is not renewed (the ORM's)
state = {"step": "sign in", "done": [], "i": 0}


def loaded():
    heavy = {"sqlalchemy", "sqlalchemy.orm", "vipdesk.db.models", "_hashlib"}
    return sorted(heavy & set(sys.modules))


def visible(kind):
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind)
                 and w.isVisible()), None)


def drive():
    window = visible(DeskWindow)
    if state["step"] == "sign in" and (dialog := visible(SignInDialog)) is not None:
        if dialog.username.isEnabled():
            dialog.username.setText(user); dialog.password.setText(password)
            dialog.submit(); state["step"] = "opening"
    elif state["step"] == "opening" and window is not None and window.actor is not None:
        watch, opened = window.backup_watch, window.opened  # the day's backup: not for a demo
        due = opened is not None and (opened.demo or watch.timer.isActive())
        if due and (watch.job is None or not watch.job.running()):
            window.model.results_arrived.connect(lambda q, n: state["done"].append((q, n)))
            state["step"] = "search"
    elif state["step"] == "search":
        i = state["i"]
        if i == 0 or [q for q, _n in state["done"][-1:]] == [texts[i - 1]]:
            if i == len(texts):
                print("SEARCHED", len(state["done"]), sum(n for _q, n in state["done"]))
                print("LOADED", ",".join(loaded()) or "-", flush=True)
                window.open_member(window.model.member_id(0)); state["step"] = "member"  # last
                return
            window.search.search_now(texts[i]); state["i"] = i + 1
    elif state["step"] == "member" and window.member is not None:
        state["step"], state["until"] = "viewed", time.monotonic() + 1.5  # its tabs fill in
    elif state["step"] == "viewed" and time.monotonic() > state["until"]:
        if not window.worker.is_idle():
            return
        print("MEMBER", window.member.name)
        print("LOADED", ",".join(loaded()) or "-", flush=True)
        window.reveal_id("客户来电核实"); state["step"] = "reveal"  # a write
    elif state["step"] == "reveal" and window.worker.is_idle():
        print("LOADED", ",".join(loaded()) or "-", flush=True)
        QApplication.quit()


made = desk_app.create_app
def create_app(argv):
    app = made(argv)
    timer = QTimer(app); timer.timeout.connect(drive); timer.start(20)
    return app
desk_app.create_app = create_app
sys.exit(desk_app.run([sys.argv[0], *(["--demo"] if where == "demo" else ["--db", where])]))
"""


@pytest.mark.parametrize("start", ["--db", "--demo"])  # a desk's file; `make run`'s demo file
def test_a_clerk_who_searches_and_views_never_loads_the_orm(start, demo_url, demo_db, tmp_path):
    actor_for(demo_db, "lean.clerk", "柜员")
    names = [n for (n,) in rows(demo_url, "SELECT name FROM members ORDER BY id LIMIT 3")]
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIPDESK_HOME=str(home))
    where, used = demo_url, demo_url
    if start == "--demo":  # the demo file exists already: the second `make run`
        home.mkdir()
        src = sqlite3.connect(demo_url.removeprefix("sqlite:///"))
        with closing(src), closing(sqlite3.connect(home / DEMO_FILE)) as dst:
            src.backup(dst)  # what is still in the WAL file included
        where, used = "demo", f"sqlite:///{home / DEMO_FILE}"
    cost = json.dumps(passwords.parameters())
    texts = [*names[1:], "王", "13", names[0]]  # the member opened: the first of the last search
    args = [sys.executable, "-c", CLERK, cost, where, "lean.clerk", TEST_PASSWORD, *texts]
    try:
        run = subprocess.run(args, capture_output=True, text=True, timeout=120, env=env)
    except subprocess.TimeoutExpired as late:
        raise AssertionError(f"{late.stdout!r}\n{late.stderr!r}"[-3000:]) from late
    lines = [line.split(" ", 1) for line in run.stdout.splitlines() if line[:1].isupper()]
    assert run.returncode == 0, run.stderr[-3000:]
    found = dict(lines[:2]), dict(lines[2:4]), dict(lines[4:])
    searched, hits = map(int, found[0]["SEARCHED"].split())
    assert searched == 5 and hits >= 3  # every search answered, the three names found
    assert found[0]["LOADED"] == "-"  # signed in, searched: no SQLAlchemy, models or OpenSSL
    assert found[1]["MEMBER"] == names[0]  # the first member of the last search, opened …
    assert found[1]["LOADED"] == "-"  # … with its uses and 操作记录: still none of them
    assert "sqlalchemy,sqlalchemy.orm,vipdesk.db.models" in found[2]["LOADED"]  # the first write
    last = rows(used, "SELECT s.username, a.action FROM audit_log a "
                "JOIN staff_users s ON s.id = a.staff_id ORDER BY a.seq DESC LIMIT 2")  # fmt: skip
    assert last == [("lean.clerk", "staff.sign_out"), ("lean.clerk", "member.reveal_id")]
    assert verify_chain(Database(used)).ok  # the sign-out at quit, on the driver, chained
