"""Closing the desk signs the staff member out: the same audit record as 退出登录, written on the
worker thread before the database closes (window closed, 文件 → 退出, the application quitting)."""

from __future__ import annotations

import threading

from sqlalchemy import select

from tests.staff_helpers import TEST_PASSWORD, actor_for
from tests.ui.start_helpers import make_desk, sign_in
from vipdesk.db.models import AuditRecord, StaffUser
from vipdesk.services.database import Database

WAIT = 15_000


def _sign_outs(db: Database, username: str) -> list[str]:
    """The entity of every sign-out record of this staff member."""
    with db.read() as session:
        query = select(AuditRecord.entity).join(StaffUser, AuditRecord.staff_id == StaffUser.id)
        query = query.where(AuditRecord.action == "staff.sign_out", StaffUser.username == username)
        return list(session.scalars(query))


def _signed_in_desk(qtbot, db: Database, url: str, username: str):
    actor_for(db, username, "柜员")
    window, session = make_desk(qtbot, url)
    sign_in(qtbot, session.dialog, username, TEST_PASSWORD)
    qtbot.waitUntil(window.isVisible, timeout=WAIT)
    qtbot.waitUntil(window.worker.is_idle, timeout=WAIT)
    return window, session


def test_closing_the_window_signs_out_on_sqlite_and_postgresql(qtbot, db, db_url):
    window, _session = _signed_in_desk(qtbot, db, db_url, "clerk.close")
    assert _sign_outs(db, "clerk.close") == []
    threads: list[threading.Thread] = []
    window.worker.at_stop(lambda desk: threads.append(threading.current_thread()))
    window.close()
    records = _sign_outs(db, "clerk.close")
    assert len(records) == 1  # written before close() returned, nothing lost at exit
    assert records == ["staff_user"]
    assert threads and threads[0] is not threading.main_thread()  # on the worker thread
    window.close()  # a second close (the application quitting after it) writes no second one
    assert len(_sign_outs(db, "clerk.close")) == 1


def test_file_quit_signs_out(qtbot, demo_url, demo_db):
    window, _session = _signed_in_desk(qtbot, demo_db, demo_url, "clerk.quit")
    window.actions_by_id["file.quit"].trigger()
    assert not window.isVisible()
    assert len(_sign_outs(demo_db, "clerk.quit")) == 1


def test_the_application_quitting_signs_out(qtbot, demo_url, demo_db):
    """ui.app stops the worker on aboutToQuit, even when the window never closed."""
    window, _session = _signed_in_desk(qtbot, demo_db, demo_url, "clerk.exit")
    window.worker.stop()  # what QApplication.aboutToQuit runs
    assert len(_sign_outs(demo_db, "clerk.exit")) == 1


def test_signed_out_or_never_signed_in_desks_write_no_second_record(qtbot, demo_url, demo_db):
    window, session = _signed_in_desk(qtbot, demo_db, demo_url, "clerk.twice")
    window.actions_by_id["file.sign_out"].trigger()  # explicit sign-out: one record
    qtbot.waitUntil(window.worker.is_idle, timeout=WAIT)
    assert len(_sign_outs(demo_db, "clerk.twice")) == 1
    session.dialog.reject()  # nobody signs in next: the desk closes
    assert not window.isVisible()
    assert len(_sign_outs(demo_db, "clerk.twice")) == 1
    with demo_db.read() as s:
        assert s.scalars(select(AuditRecord.action).order_by(AuditRecord.id.desc())).first() == (
            "staff.sign_out"
        )
