"""审计记录 for supervisors: the filters give the rows a direct SQL query gives, the table pages
(never all rows), the export opens in openpyxl with masked ID numbers (real SQLite file)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import text

from tests.case_fixtures import add_member
from tests.staff_helpers import actor_for
from tests.ui.walk import fit_problems
from ui.audit.model import PAGE
from ui.audit.viewer import AuditViewer
from vipdesk.errors import Refused
from vipdesk.rules import load_rules
from vipdesk.services.audit_log import search_audit
from vipdesk.services.database import Database, audit
from vipdesk.services.demo import DEMO_PASSWORD, create_demo_staff
from vipdesk.services.members import reveal_id_number
from vipdesk.services.staff import sign_in

WAIT = 15_000
MANY = PAGE * 2 + 37


@pytest.fixture
def desk(db_url):
    """A real SQLite file, then a real PostgreSQL database (tests/conftest.py)."""
    db = Database(db_url)
    db.ensure_schema()
    clerk = actor_for(db, "zhang.clerk", "张柜员", "clerk")
    other = actor_for(db, "li.clerk", "李柜员", "clerk")
    boss = actor_for(db, "wang.super", "王主管", "supervisor")
    first, first_number = add_member(db, clerk, "gold", name="赵敏")
    second, second_number = add_member(db, clerk, "diamond", name="钱学森")
    for _ in range(3):
        reveal_id_number(db, clerk, first, "核实客户身份")
    reveal_id_number(db, other, second, "办理补卡")
    with db.write() as session:  # many records through the real chained audit()
        for i in range(MANY):
            audit(
                session, other, "case.note", "service_case", i, second, None, {"text": f"跟进{i}"}
            )
    state = SimpleNamespace(db=db, actor=boss, book=load_rules(), online_geocoder=None)
    state.clerk, state.members, state.numbers = (
        clerk,
        (first, second),
        (first_number, second_number),
    )
    yield state
    db.dispose()


@pytest.fixture
def viewer(qtbot, worker):
    view = AuditViewer(worker.op)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.staff.count() > 1 and not view.model.loading, timeout=WAIT)
    return view


def sql_ids(desk, where="1=1", **params):
    with desk.db.read() as session:
        rows = session.execute(
            text(
                "SELECT a.id FROM audit_log a JOIN staff_users s ON s.id = a.staff_id "
                f"WHERE {where} ORDER BY a.seq DESC"
            ),
            params,
        )
        return [r[0] for r in rows]


def shown_ids(qtbot, view):
    model = view.model
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT)
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
        qtbot.waitUntil(lambda: not model.loading, timeout=WAIT)
    return [model.entry_at(r).id for r in range(model.rowCount())]


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_filters_give_the_rows_of_a_direct_sql_query(qtbot, desk, viewer):
    first, second = desk.members
    assert shown_ids(qtbot, viewer) == sql_ids(desk)
    choose(viewer.staff, "zhang.clerk")
    assert shown_ids(qtbot, viewer) == sql_ids(desk, "s.username = 'zhang.clerk'")
    choose(viewer.action, "member.reveal_id")
    expected = sql_ids(desk, "s.username = 'zhang.clerk' AND a.action = 'member.reveal_id'")
    assert len(expected) == 3 and shown_ids(qtbot, viewer) == expected
    choose(viewer.staff, None)
    viewer.member.setText(str(second))
    viewer.apply()
    expected = sql_ids(desk, "a.action = 'member.reveal_id' AND a.member_id = :m", m=second)
    assert len(expected) == 1 and shown_ids(qtbot, viewer) == expected
    model = viewer.model
    assert model.index(0, 2).data() == "查看完整证件号码"
    assert "钱学森" in model.index(0, 3).data() and desk.numbers[1] not in model.index(0, 3).data()
    assert "用途：办理补卡" in model.index(0, 4).data()
    choose(viewer.action, "staff.")  # every staff action: accounts made by the fixtures
    viewer.member.clear()
    viewer.apply()
    assert shown_ids(qtbot, viewer) == sql_ids(desk, "a.action LIKE 'staff.%'")


def test_the_date_range_is_whole_local_days(qtbot, desk, viewer):
    today = dt.date.today()
    viewer.since.setDate(today - dt.timedelta(days=3))
    viewer.until.setDate(today - dt.timedelta(days=1))
    viewer.apply()
    assert shown_ids(qtbot, viewer) == []
    viewer.until.setDate(today)
    viewer.apply()
    assert shown_ids(qtbot, viewer) == sql_ids(desk)
    viewer.use_dates.setChecked(False)
    assert shown_ids(qtbot, viewer) == sql_ids(desk)


def test_the_table_pages_and_passes_the_model_tester(qtbot, qtmodeltester, desk, viewer):
    model = viewer.model
    assert model.rowCount() == PAGE  # the first page only, not every record
    assert model.canFetchMore(model.index(-1, -1))
    qtmodeltester.check(model)
    total = len(shown_ids(qtbot, viewer))
    assert total == len(sql_ids(desk)) > 2 * PAGE
    assert "已显示" in viewer.count.text()


def test_export_writes_the_filtered_list_with_masked_id_numbers(qtbot, tmp_path, desk, viewer):
    choose(viewer.action, "member.reveal_id")
    path = tmp_path / "audit.xlsx"
    viewer.export_to(str(path))
    qtbot.waitUntil(lambda: viewer.exported is not None, timeout=WAIT)
    assert viewer.exported == (str(path), 4) and "4" in viewer.message.text()
    sheet = load_workbook(path, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 1 + 4
    cells = " ".join(str(c) for row in rows for c in row if c is not None)
    for number in desk.numbers:
        assert number not in cells
    masked = {row[5] for row in rows[1:]}
    assert all(m and "*" in m for m in masked)
    assert {row[3] for row in rows[1:]} == {"查看完整证件号码"}


def test_a_clerk_is_refused_by_the_service(desk):
    with pytest.raises(Refused) as refused:
        search_audit(desk.db, desk.clerk)
    assert refused.value.code == "not_permitted"


def test_keyboard_only_fit_and_escape(qtbot, viewer):
    assert not fit_problems(viewer)
    fields = (viewer.staff, viewer.action, viewer.member, viewer.since, viewer.until, viewer.table)
    for widget in fields:
        assert widget.accessibleName(), widget.objectName()
    assert not viewer.current_member.isVisible()  # no member on screen: no such filter
    assert "&" in viewer.export_button.text()
    viewer.staff.setFocus()
    qtbot.keyClick(viewer.staff, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not viewer.isVisible(), timeout=WAIT)


def break_the_chain(url: str) -> int:
    """What a tamperer with the database file does: drop the triggers, rewrite one record."""
    path = url.removeprefix("sqlite:///")
    conn = sqlite3.connect(path)
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
    ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    record = conn.execute("SELECT MAX(id) FROM audit_log").fetchone()[0]
    conn.execute("UPDATE audit_log SET after = '{}' WHERE id = ?", (record,))
    conn.commit()
    conn.close()
    return record


def signed_in(qtbot, make_window, url, db, username):
    window = make_window(url, staff="")
    window.set_actor(sign_in(db, username, DEMO_PASSWORD))
    qtbot.waitUntil(window.worker.is_idle, timeout=WAIT)
    return window


def test_an_administrator_is_warned_at_start_when_the_chain_is_broken(
    qtbot, make_window, demo_url, demo_db
):
    create_demo_staff(demo_db)
    intact = signed_in(qtbot, make_window, demo_url, demo_db, "demo.admin")
    assert getattr(intact, "chain_banner", None) is None  # a whole chain: no warning
    intact.close()
    record = break_the_chain(demo_url)
    clerk = signed_in(qtbot, make_window, demo_url, demo_db, "demo.clerk")
    assert getattr(clerk, "chain_banner", None) is None  # only administrators are told
    clerk.close()
    window = signed_in(qtbot, make_window, demo_url, demo_db, "demo.admin")
    qtbot.waitUntil(lambda: getattr(window, "chain_banner", None) is not None, timeout=WAIT)
    banner = window.chain_banner
    qtbot.waitUntil(banner.isVisible, timeout=WAIT)
    assert not window.findChildren(QDialog)  # a banner, not a modal box
    assert "未通过" in banner.label.text() and str(record) in banner.label.text()
    # administrators keep the system, supervisors read the log: no viewer button for them
    assert banner.view_button.isVisible() is window.actions_by_id["admin.audit"].isEnabled()
    qtbot.mouseClick(banner.dismiss, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_the_member_on_screen_can_be_the_filter(qtbot, worker, desk):
    first, _second = desk.members
    member = SimpleNamespace(id=first, name="赵敏")
    view = AuditViewer(worker.op, member)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view.model.loading, timeout=WAIT)
    box = view.current_member
    assert box.isVisible() and box.window() is view and "赵敏" in box.text()
    box.setChecked(True)
    expected = sql_ids(desk, "a.member_id = :m", m=first)
    assert expected and shown_ids(qtbot, view) == expected
