"""Walk the whole case wizard (real widgets, real worker thread, real SQLite file) and find the
case in the queue: one eligible request, one refused, one supervisor override."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPushButton
from sqlalchemy import select

from tests.case_fixtures import add_member, add_relative, supervisor
from tests.staff_helpers import TEST_PASSWORD
from ui.cases.queue_view import CaseQueueWidget
from ui.cases.wizard import CONFIRM, DECISION, LOCATION, NEED, CaseWizard
from vipdesk.db.models import AuditRecord, ServiceCase
from vipdesk.rules import load_rules

TODAY = dt.date.today()
WAIT = 10_000


def make_wizard(qtbot, worker, actor):
    wizard = CaseWizard(worker.op, actor, load_rules().current(), today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.catalog is not None, timeout=WAIT)
    return wizard


def type_text(widget, text):
    """Type into a line edit as the clerk would (an input method commits whole words)."""
    widget.setFocus()
    widget.insert(text)


def find(wizard, cls, name):
    return wizard.findChild(cls, name)


def choose_caller(qtbot, wizard, text, answer, row=0):
    type_text(find(wizard, QLineEdit, "callerSearch"), text)
    results = find(wizard, QListWidget, "callerResults")
    qtbot.waitUntil(lambda: results.count() > row, timeout=WAIT)
    results.setCurrentRow(row)
    qtbot.keyClicks(find(wizard, QLineEdit, "identityAnswer"), answer)
    qtbot.mouseClick(find(wizard, QPushButton, "verifyIdentity"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=WAIT)
    wizard.next()
    assert wizard.currentId() == NEED


def choose_need(
    wizard, family, item, description="突发腹痛，需要就医", phone="13900139000", stay=None
):
    families = find(wizard, QComboBox, "family")
    families.setCurrentIndex(families.findData(family))
    items = find(wizard, QComboBox, "item")
    items.setCurrentIndex(items.findData(item))
    if stay is not None:  # a relative's hospital visit: the stay it is for
        type_text(find(wizard, QLineEdit, "hospitalStay"), stay)
    wizard.findChild(type(wizard.pages[NEED].description), "description").setPlainText(description)
    find(wizard, QLineEdit, "callbackPhone").setText(phone)
    wizard.next()


def give_location(qtbot, wizard, place, days_ago):
    assert wizard.currentId() == LOCATION
    type_text(find(wizard, QLineEdit, "location"), place)
    wizard.pages[LOCATION].departed.setDate(QDate(TODAY - dt.timedelta(days=days_ago)))
    distance = find(wizard, QLabel, "distance")
    qtbot.waitUntil(lambda: "公里" in distance.text(), timeout=WAIT)
    wizard.next()
    assert wizard.currentId() == DECISION


def wait_decision(qtbot, wizard):
    verdict = find(wizard, QLabel, "verdict")
    qtbot.waitUntil(lambda: "受理" in verdict.text(), timeout=WAIT)
    return verdict.text()


def commit(qtbot, wizard):
    wizard.next()
    assert wizard.currentId() == CONFIRM
    case_no = find(wizard, QLabel, "caseNumber")
    qtbot.waitUntil(lambda: case_no.text() != "…", timeout=WAIT)
    return case_no.text()


def queue_rows(qtbot, worker):
    queue = CaseQueueWidget(worker.op)
    qtbot.addWidget(queue)
    queue.show()
    qtbot.waitUntil(lambda: not queue.model.loading and queue.model.rowCount() > 0, timeout=WAIT)
    return queue


def test_an_eligible_rescue_request_from_first_call_to_the_queue(qtbot, worker, desk):
    member_id, number = add_member(desk.db, desk.actor, "gold", name="王建国")
    wizard = make_wizard(qtbot, worker, desk.actor)
    choose_caller(qtbot, wizard, "王建国", number[-4:])
    choose_need(wizard, "domestic_rescue", "dom_relative_visit", stay="ZY20261120")
    give_location(qtbot, wizard, "石家庄", days_ago=4)
    assert find(wizard, QLabel, "tripDay").text() == "第 5 天"
    assert 240 < float(find(wizard, QLabel, "distance").text().split()[0]) < 290
    assert "可以受理" in wait_decision(qtbot, wizard)
    assert find(wizard, QListWidget, "reasons").count() == 0
    assert "经济舱往返机票" in find(wizard, QLabel, "costNotes").text()
    questions = find(wizard, QListWidget, "questions")
    assert questions.count() == 1 and "超过7天" in questions.item(0).text()
    questions.item(0).setCheckState(Qt.CheckState.Checked)
    case_no = commit(qtbot, wizard)
    assert case_no.startswith(f"{desk.actor.branch_code}-")
    assert find(wizard, QLabel, "callback").text() == "139****9000"
    qtbot.mouseClick(find(wizard, QPushButton, "printSummary"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages[CONFIRM].pdf is not None, timeout=WAIT)
    import io

    text = PdfReader(io.BytesIO(wizard.pages[CONFIRM].pdf)).pages[0].extract_text()
    assert case_no in text and "王建国" in text and "协助亲友探病" in text
    with desk.db.read() as session:
        stored = session.scalars(select(ServiceCase).where(ServiceCase.case_no == case_no)).one()
        assert (stored.eligible, stored.member_id, stored.trip_day) == (True, member_id, 5)
        assert "[核实]" in stored.description and "是" in stored.description
    queue = queue_rows(qtbot, worker)
    assert queue.select_case(case_no)
    detail = queue.detail
    qtbot.waitUntil(lambda: detail.detail is not None, timeout=WAIT)
    assert detail.detail.row.case_no == case_no


def test_a_refused_request_is_recorded_and_found_in_the_queue(qtbot, worker, desk):
    _, number = add_member(desk.db, desk.actor, "gold", name="赵敏")
    wizard = make_wizard(qtbot, worker, desk.actor)
    choose_caller(qtbot, wizard, "赵敏", number[-4:])
    choose_need(wizard, "domestic_rescue", "dom_evacuation")
    give_location(qtbot, wizard, "天津", days_ago=2)
    assert "不能受理" in wait_decision(qtbot, wizard)
    reasons = find(wizard, QListWidget, "reasons")
    assert reasons.count() == 1
    assert reasons.item(0).data(Qt.ItemDataRole.UserRole) == "too_close_to_residence"
    assert "150公里以上" in reasons.item(0).text()
    override = wizard.pages[DECISION].override
    assert override.isVisible() and override.isEnabled()  # a clerk may ask for an override
    case_no = commit(qtbot, wizard)
    assert "拒绝" in find(wizard, QLabel, "outcome").text()
    queue = queue_rows(qtbot, worker)
    row = queue.model.row_of(case_no)
    assert row >= 0 and queue.model.case_at(row).eligible is False


def test_a_clerk_asks_and_a_supervisor_signs_in_to_override_for_a_relative(qtbot, worker, desk):
    """Four eyes: the case opens refused, then a supervisor approves in the override dialog."""
    member_id, _ = add_member(desk.db, desk.actor, "diamond", name="钱学森")
    _, relative = add_relative(desk.db, member_id, name="蒋英", born=dt.date(1950, 1, 1))
    boss = supervisor(desk.db)  # another staff member, signs in inside the dialog
    wizard = make_wizard(qtbot, worker, desk.actor)
    choose_caller(qtbot, wizard, "蒋英", relative[-4:])
    choose_need(wizard, "domestic_rescue", "dom_evacuation")
    give_location(qtbot, wizard, "成都", days_ago=1)
    assert "不能受理" in wait_decision(qtbot, wizard)  # 蒋英 is over 65
    page = wizard.pages[DECISION]
    page.override.setChecked(True)
    assert not page.isComplete()  # no written reason yet
    page.override_reason.setPlainText("病情危重，主管特批")
    assert page.isComplete()
    case_no = commit(qtbot, wizard)
    confirm = wizard.pages[CONFIRM]
    qtbot.waitUntil(lambda: confirm.override_dialog is not None, timeout=WAIT)
    dialog = confirm.override_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    assert dialog.reason.toPlainText() == "病情危重，主管特批"
    with desk.db.read() as session:  # the refusal is on record before anyone approves
        stored = session.scalars(select(ServiceCase).where(ServiceCase.case_no == case_no)).one()
        assert stored.eligible is False
    qtbot.keyClicks(dialog.username, boss.username)
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    with qtbot.waitSignal(dialog.approved, timeout=WAIT):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    outcome = find(wizard, QLabel, "outcome").text()
    assert desk.actor.display_name in outcome and boss.display_name in outcome
    with desk.db.read() as session:
        stored = session.scalars(select(ServiceCase).where(ServiceCase.case_no == case_no)).one()
        assert stored.eligible is True and stored.override_reason == "病情危重，主管特批"
        assert stored.relative_id is not None
        after = session.scalars(
            select(AuditRecord.after).where(AuditRecord.action == "case.override")
        ).one()
    assert desk.actor.username in after and boss.username in after


def test_a_wrong_identity_answer_keeps_the_wizard_on_the_first_page(qtbot, worker, desk):
    _, number = add_member(desk.db, desk.actor, "gold", name="孙悟空")
    wizard = make_wizard(qtbot, worker, desk.actor)
    type_text(find(wizard, QLineEdit, "callerSearch"), "孙悟空")
    results = find(wizard, QListWidget, "callerResults")
    qtbot.waitUntil(lambda: results.count() == 1, timeout=WAIT)
    results.setCurrentRow(0)
    wrong = "0000" if number[-4:] != "0000" else "1111"
    qtbot.keyClicks(find(wizard, QLineEdit, "identityAnswer"), wrong)
    qtbot.mouseClick(find(wizard, QPushButton, "verifyIdentity"), Qt.MouseButton.LeftButton)
    status = find(wizard, QLabel, "identityStatus")
    qtbot.waitUntil(lambda: "不符" in status.text(), timeout=WAIT)
    assert not wizard.currentPage().isComplete()
