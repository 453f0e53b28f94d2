"""Issue 11: a relative's hospital visit (住院探视) is once per hospital stay, from the wizard too.

The need page asks for the stay (住院号或医院+入院日期) when the item is the visit, and the
decision page refuses a second visit for the same stay (`quota_used`); another stay is allowed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QWizard
from sqlalchemy import select

from tests.case_fixtures import add_member
from tests.ui.test_wizard_flow import (
    choose_caller,
    choose_need,
    commit,
    find,
    give_location,
    make_wizard,
    type_text,
    wait_decision,
)
from ui.cases.wizard import DECISION, NEED
from vipdesk.db.usage_models import ServiceUse

VISIT = ("domestic_rescue", "dom_relative_visit")


def visit(qtbot, worker, desk, number, stay):
    """Walk the wizard to the decision page for a relative's visit during `stay`."""
    wizard = make_wizard(qtbot, worker, desk.actor)
    choose_caller(qtbot, wizard, "王建国", number[-4:])
    choose_need(wizard, *VISIT, stay=stay)
    give_location(qtbot, wizard, "石家庄", days_ago=4)
    assert wizard.currentId() == DECISION
    return wizard, wait_decision(qtbot, wizard)


def reason_codes(wizard):
    reasons = find(wizard, QListWidget, "reasons")
    return [reasons.item(i).data(Qt.ItemDataRole.UserRole) for i in range(reasons.count())]


def uses(desk):
    with desk.db.read() as session:
        return [
            (u.item_code, u.occasion)
            for u in session.scalars(select(ServiceUse).order_by(ServiceUse.id))
        ]


def test_the_stay_is_asked_for_the_visit_only_and_required(qtbot, worker, desk):
    _member_id, number = add_member(desk.db, desk.actor, "gold", name="王建国")
    wizard = make_wizard(qtbot, worker, desk.actor)
    choose_caller(qtbot, wizard, "王建国", number[-4:])
    need, stay = wizard.pages[NEED], find(wizard, QLineEdit, "hospitalStay")
    need.family.setCurrentIndex(need.family.findData("domestic_rescue"))
    need.item.setCurrentIndex(need.item.findData("dom_evacuation"))
    assert not stay.isVisible() and need.isComplete()
    need.item.setCurrentIndex(need.item.findData("dom_relative_visit"))
    assert stay.isVisible()
    assert stay.accessibleName() and stay.accessibleDescription()
    assert "住院号" in find(wizard, QLabel, "stayHint").text()
    assert not need.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    type_text(stay, "   ")
    assert not need.isComplete()  # blanks are no stay
    stay.clear()
    type_text(stay, "ZY-A")
    assert need.isComplete() and wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.state.occasion == "ZY-A"
    need.item.setCurrentIndex(need.item.findData("dom_evacuation"))
    assert not stay.isVisible() and wizard.state.occasion is None


def test_a_second_visit_for_the_same_stay_is_refused_another_stay_allowed(qtbot, worker, desk):
    _member_id, number = add_member(desk.db, desk.actor, "gold", name="王建国")

    first, verdict = visit(qtbot, worker, desk, number, "ZY-A 河北医大二院 2026-11-20")
    assert "可以受理" in verdict and reason_codes(first) == []
    commit(qtbot, first)
    assert uses(desk) == [("dom_relative_visit", "ZY-A 河北医大二院 2026-11-20")]
    first.close()

    second, verdict = visit(qtbot, worker, desk, number, "ZY-A 河北医大二院 2026-11-20")
    assert "不能受理" in verdict
    assert "quota_used" in reason_codes(second)
    assert commit(qtbot, second)  # recorded as refused: nothing more is booked for stay A
    assert len(uses(desk)) == 1
    second.close()

    third, verdict = visit(qtbot, worker, desk, number, "ZY-B 石家庄市人民医院 2026-11-25")
    assert "可以受理" in verdict and "quota_used" not in reason_codes(third)
    commit(qtbot, third)
    assert [u[1] for u in uses(desk)] == [
        "ZY-A 河北医大二院 2026-11-20",
        "ZY-B 石家庄市人民医院 2026-11-25",
    ]
