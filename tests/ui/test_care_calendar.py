"""关怀日历 on real data: the list is the service's list, done leaves it (audited), the plan
groups by month and week, the export opens in openpyxl. Saves the screenshot."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from tests.case_fixtures import add_member, add_relative
from tests.staff_helpers import actor_for
from ui.care.window import CareCalendar
from ui.worker import DbWorker
from vipdesk.db.models import AuditRecord
from vipdesk.rules import load_rules
from vipdesk.services.account_managers import set_account_manager
from vipdesk.services.care import care_items

WAIT = 15_000
TODAY = dt.date(2026, 5, 4)  # a Monday
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
D = dt.date


@pytest.fixture
def desk(db_url):
    from vipdesk.services.database import Database

    db = Database(db_url)
    db.ensure_schema()
    clerk = actor_for(db, "li.am", "李经理", "clerk")
    boss = actor_for(db, "wang.super", "王主管", "supervisor")
    people = [
        ("赵敏", "platinum", D(1968, 5, 5), ()),
        ("钱学森", "gold", D(1975, 5, 12), ()),
        ("孙俪", "gold", D(1982, 5, 20), ()),
        (
            "李娜",
            "silver",
            D(1990, 8, 1),
            [("都会安享两全保险", "3000", "in_force", D(2019, 1, 1), None)],
        ),  # fmt: skip
        ("周杰伦", "gold", D(1979, 1, 18), "suspended"),  # 离网预警
        ("吴敬琏", "diamond", D(1950, 5, 16), ()),
    ]
    ids = []
    for name, tier, born, extra in people:
        status = extra if isinstance(extra, str) else "in_force"
        policies = () if isinstance(extra, str) else extra
        member, _ = add_member(
            db, clerk, tier, name=name, born=born, policies=policies, status=status
        )
        ids.append(member)
        set_account_manager(db, boss, member, "li.am")
    add_relative(db, ids[0], name="李秀英", born=D(1972, 5, 8))
    state = SimpleNamespace(db=db, actor=clerk, book=load_rules(), online_geocoder=None)
    state.ids = ids
    yield state
    db.dispose()


@pytest.fixture
def worker(desk, qtbot):
    w = DbWorker(desk)
    w.start()
    yield w
    qtbot.waitUntil(w.is_idle, timeout=WAIT)
    w.stop()


def test_the_calendar_lists_plans_marks_done_and_exports(qtbot, desk, worker, tmp_path):
    view = CareCalendar(worker.op, "li.am", TODAY)
    qtbot.addWidget(view)
    view.resize(1180, 620)
    view.show()
    qtbot.waitUntil(lambda: not view.loading and view.manager.count() > 2, timeout=WAIT)
    with desk.db.read() as session:
        expected = care_items(session, desk.book.current(), TODAY, 14, "li.am", actor=desk.actor)
    assert [i.key for i in view.model.items] == [i.key for i in expected]
    kinds = {i.kind for i in expected}
    assert {"birthdays", "upgrade", "tier_at_risk"} <= kinds
    months = [view.plan.topLevelItem(i).text(0) for i in range(view.plan.topLevelItemCount())]
    assert months[0].startswith("2026年5月")
    weeks = view.plan.topLevelItem(0)
    assert weeks.child(0).text(0).startswith("第19周（05-04–05-10）")
    if os.environ.get("VIPDESK_SCREENSHOTS") and "sqlite" in desk.db.url:
        view.table.selectRow(0)
        qtbot.wait(100)
        view.grab().save(str(SHOTS / "care-calendar.png"))
        view.tabs.setCurrentIndex(1)
        qtbot.wait(100)
        view.grab().save(str(SHOTS / "care-plan.png"))
        view.tabs.setCurrentIndex(0)
    first = view.model.items[0]
    view.table.selectRow(0)
    view.note.setText("已电话问候")
    view.mark("done")
    qtbot.waitUntil(lambda: first.key not in [i.key for i in view.model.items], timeout=WAIT)
    assert len(view.model.items) == len(expected) - 1
    with desk.db.read() as session:
        done = session.scalar(select(func.count()).where(AuditRecord.action == "care.done"))
    assert done == 1
    path = str(tmp_path / "care.xlsx")
    view.export_to(path)
    qtbot.waitUntil(lambda: view.exported is not None, timeout=WAIT)
    ws = load_workbook(path).active
    assert ws["A1"].value == "日期" and ws.max_row == len(expected)  # header + the rest


def test_the_member_view_shows_the_account_manager(qtbot, desk):
    from ui.member_view import MemberView
    from vipdesk.services.members import member_detail

    view = MemberView()
    qtbot.addWidget(view)
    with desk.db.read() as session:
        detail = member_detail(session, desk.book, desk.ids[0], TODAY, actor=desk.actor)
    view.show_member(detail, desk.book.on(TODAY))
    assert detail.account_manager == "李经理" and view.manager_label.text() == "李经理"
    assert detail.to_json()["account_manager"] == "李经理"


def test_an_administrator_is_warned_when_next_years_holidays_are_missing(qtbot):
    from PySide6.QtWidgets import QLabel, QMainWindow

    from ui.care.calendar_check import LABEL_NAME, warn_admin_about_calendar
    from vipdesk.services.sla import calendar_last_year

    window = QMainWindow()
    qtbot.addWidget(window)
    window.statusBar()  # a desk window has its status bar before it shows
    window.show()
    admin, clerk = SimpleNamespace(role="admin"), SimpleNamespace(role="clerk")
    late = D(calendar_last_year(), 12, 1)
    assert warn_admin_about_calendar(window, clerk, late) is None
    assert window.statusBar().findChild(QLabel, LABEL_NAME) is None
    warning = warn_admin_about_calendar(window, admin, late)
    assert warning and str(calendar_last_year() + 1) in warning
    label = window.statusBar().findChild(QLabel, LABEL_NAME)
    assert str(calendar_last_year() + 1) in label.text() and "周一至周五" in label.text()
    assert label.toolTip() == warning and label.isVisible()  # the whole warning, with what to do
    window.statusBar().showMessage("已自动备份并校验：desk.sqlite3", 10_000)  # a passing message …
    assert not label.isVisible()
    window.statusBar().clearMessage()  # … and the warning is back when it has passed
    assert label.isVisible()
    warn_admin_about_calendar(window, admin, late)  # signed in again: still one label
    assert len(window.statusBar().findChildren(QLabel, LABEL_NAME)) == 1
    assert warn_admin_about_calendar(window, clerk, late) is None  # a clerk signs in: gone
    assert not label.isVisible()
    assert warn_admin_about_calendar(window, admin, D(calendar_last_year() - 1, 6, 1)) is None


def test_the_calendar_loads_a_page_and_more_on_scroll(qtbot, desk, worker, monkeypatch):
    """The window reads one page; scrolling to the end reads the next, until all are there."""
    import vipdesk.services.care as care

    monkeypatch.setattr(care, "PAGE", 2)
    with desk.db.read() as session:
        expected = care_items(session, desk.book.current(), TODAY, 14, "li.am", actor=desk.actor)
    assert len(expected) > 4
    view = CareCalendar(worker.op, "li.am", TODAY)
    qtbot.addWidget(view)
    view.resize(1180, 300)
    view.show()
    qtbot.waitUntil(lambda: not view.loading, timeout=WAIT)
    assert [i.key for i in view.model.items] == [i.key for i in expected[:2]]
    assert view.model.has_more and "向下滚动" in view.count.text()
    for _ in range(10):
        if not view.model.has_more:
            break
        view.table.scrollToBottom()  # the view asks the model for more at the end
        view.model.fetchMore()
        qtbot.waitUntil(lambda: not view.model.fetching, timeout=WAIT)
    assert [i.key for i in view.model.items] == [i.key for i in expected]
    assert "待办" in view.count.text()


def test_the_calendar_warning_and_the_database_path_fit_the_status_bar_at_1366(
    make_window, demo_url, qtbot
):
    """At 1366 px the warning is not cut off by the permanent labels; a long path is shortened."""
    from ui.care.calendar_check import warn_admin_about_calendar
    from vipdesk.services.sla import calendar_last_year

    window = make_window(demo_url)
    qtbot.waitUntil(lambda: not window.backup_watch.job.running(), timeout=60_000)
    window.statusBar().clearMessage()  # the day's backup said it is done: a passing message
    window.resize(1366, 740)
    window.db_label.setText("演示数据：/tmp/newcomer/demo.sqlite3")
    qtbot.wait(50)
    assert window.db_label.shown_text() == window.db_label.text()  # a short path whole
    window.db_label.setText("数据库：" + "/很长的文件夹名" * 30 + "/desk.sqlite3")
    warn_admin_about_calendar(window, SimpleNamespace(role="admin"), D(calendar_last_year(), 12, 1))
    qtbot.wait(50)
    from PySide6.QtWidgets import QLabel

    from ui.care.calendar_check import LABEL_NAME

    label = window.statusBar().findChild(QLabel, LABEL_NAME)
    room = min(w.geometry().left() for w in (window.db_label, window.actor_label))
    needed = label.fontMetrics().horizontalAdvance(label.text())
    assert label.isVisible() and label.geometry().left() + needed < room, (label.text(), room)
    assert label.width() >= needed  # not cut off
    assert window.db_label.shown_text() != window.db_label.text()  # shortened in the middle …
    assert "…" in window.db_label.shown_text() and window.db_label.text().endswith("desk.sqlite3")
    assert window.db_label.toolTip() == window.db_label.text()  # … the whole path on hover
    assert window.db_label.width() <= 360


def test_the_kind_column_shows_the_longest_kind_whole_in_the_desk_font(qtbot, worker):
    """离网预警（等级将下降） is not cut off in the font the desk uses (ui/look.FONT_POINTS)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QStyle

    from ui.care.model import kind_name
    from ui.look import FONT_POINTS

    app = QApplication.instance()
    before = app.font()
    font = app.font()
    font.setPointSizeF(FONT_POINTS)
    app.setFont(font)
    try:
        view = CareCalendar(worker.op, "li.am", TODAY)
        qtbot.addWidget(view)
        margin = 2 * (view.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        room = view.table.horizontalHeader().sectionSize(1) - margin
        text = kind_name("tier_at_risk")
        shown = view.table.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
        assert shown == text
        qtbot.waitUntil(lambda: not view.loading, timeout=WAIT)
    finally:
        app.setFont(before)
