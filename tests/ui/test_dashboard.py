"""统计看板 on the demo database: the charts show the SQL figures; saves the screenshot."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCharts import QChartView
from sqlalchemy import text

from tests.ui.walk import WAIT
from vipdesk.services.database import Database

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def test_the_dashboard_tab_draws_the_sql_figures(qtbot, make_window, demo_url):
    """A supervisor gets the 统计看板 tab (Ctrl+Shift+D brings it forward); a clerk does not.
    The charts and the care table show the SQL figures, care done and due per manager."""
    from tests.staff_helpers import actor_for

    window = make_window(demo_url, resize=False)
    window.resize(1366, 768)
    assert window.dashboard_tab is None and window.tabs.count() == 1  # clerk1: no dashboard
    assert not window.actions_by_id["admin.dashboard"].isEnabled()
    db = Database(demo_url)
    try:
        boss = actor_for(db, "dash.super", "看板主管", "supervisor")
        _some_work(db, boss)
        with db.read() as session:
            members = session.scalar(text("SELECT count(*) FROM members"))
            opened = session.scalar(text("SELECT count(*) FROM service_cases"))
    finally:
        db.dispose()
    window.set_actor(boss)
    qtbot.waitUntil(window.worker.is_idle, timeout=WAIT)
    assert window.tabs.count() == 2 and window.tabs.currentIndex() == 0
    assert window.actions_by_id["admin.dashboard"].shortcut().toString() == "Ctrl+Shift+D"
    window.actions_by_id["admin.dashboard"].trigger()
    view = window.dashboard_tab
    assert window.tabs.currentWidget() is view and not view.close_button.isVisible()
    qtbot.waitUntil(lambda: view.data is not None and window.worker.is_idle(), timeout=WAIT)
    qtbot.wait(50)  # the charts of an earlier refresh are deleted
    assert sum(n for *_, n in view.data.members) == members
    assert sum(n for _, n, _, _ in view.data.weeks) == opened
    charts = view.findChildren(QChartView)
    assert len(charts) == 4
    tier_chart = charts[0].chart()
    drawn = sum(sum(b.at(i) for i in range(b.count())) for b in tier_chart.series()[0].barSets())
    assert drawn == members
    table = view.care_table
    shown = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    assert shown == [(m, str(done), str(due)) for m, done, due in view.data.care]
    assert sum(due for *_, due in view.data.care) > 0  # the demo data has care items this month
    care_chart = charts[3].chart()
    assert [b.label() for b in care_chart.series()[0].barSets()] == ["已完成", "应办"]
    if os.environ.get("VIPDESK_SCREENSHOTS"):
        qtbot.wait(300)
        window.grab().save(str(SHOTS / "dashboard.png"))
    window.set_actor(None)  # signed out: the tab goes
    assert window.dashboard_tab is None and window.tabs.count() == 1


def _some_work(db, boss):
    """Cases over the last weeks (some answered late), reissues and a care item done."""
    import datetime as dt

    from vipdesk.rules import load_rules
    from vipdesk.services import cases
    from vipdesk.services.cards import reissue_card
    from vipdesk.services.sla import respond

    rules = load_rules().current()
    now = dt.datetime.now(dt.UTC)
    with db.read() as session:
        ids = session.scalars(
            text("SELECT id FROM members WHERE vip_status = 'active' ORDER BY id LIMIT 30")
        ).all()
    for i, member in enumerate(ids[:24]):
        at = now - dt.timedelta(days=3 * i + 1)
        kind = ("complaint", "enquiry", "card_reissue")[i % 3]
        case = cases.open_case(db, rules, boss, cases.CaseRequest(kind, member, "看板"), at)
        answer = at + dt.timedelta(hours=30 if i % 4 == 0 else 3)
        if answer < now:
            respond(db, boss, case.id, answer + dt.timedelta(days=2), now=answer)
        if i % 2:
            for status in ("resolved", "closed"):
                cases.change_status(db, boss, case.id, status, now=min(answer, now))
    for member in ids[24:28]:
        reissue_card(db, boss, member, "lost")
