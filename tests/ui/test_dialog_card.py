"""The card reissue dialog, driven with qtbot; and both actions inside the real desk window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select, update

from tests.ui.test_dialog_relative import ON, add_member, pdf_text, rid, start_worker
from ui.dialogs.card_reissue import CardReissueDialog
from vipdesk.db.models import Card, DesignatedRelative, Member, Policy
from vipdesk.domain.cards import format_card_number
from vipdesk.rules import load_rules
from vipdesk.services.cards import reissue_card
from vipdesk.services.database import Database
from vipdesk.services.tiers import recompute_tiers


@pytest.fixture
def worker(qtbot, sqlite_url):
    """A worker on the test's own migrated SQLite file."""
    db = Database(sqlite_url)
    db.ensure_schema()
    w = start_worker(db)
    yield w
    qtbot.waitUntil(w.is_idle, timeout=10_000)
    w.stop()
    db.dispose()


def cards(db, member_id: int) -> list[tuple[str, str, str]]:
    with db.read() as session:
        return [
            (c.number, c.tier, c.status)
            for c in session.scalars(
                select(Card).where(Card.member_id == member_id).order_by(Card.id)
            )
        ]


def open_dialog(qtbot, worker, member_id: int, shown: list | None = None) -> CardReissueDialog:
    shown = [] if shown is None else shown
    show = lambda pdf, title: shown.append((title, pdf))  # noqa: E731  (the print preview)
    dialog = CardReissueDialog(worker.op, member_id, today=ON, show_document=show)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(
        lambda: "卡" in dialog.card_label.text() and "读取" not in dialog.card_label.text(),
        timeout=10_000,
    )
    return dialog


def test_confirm_needs_reason_and_verified_identity(qtbot, worker):
    member = add_member(worker.desk.db, worker.desk.actor, 30000)
    [(number, _, _)] = cards(worker.desk.db, member)
    dialog = open_dialog(qtbot, worker, member)
    assert format_card_number(number) in dialog.card_label.text()
    assert "都会白金卡" in dialog.card_label.text()
    assert not dialog.confirm.isEnabled()
    qtbot.mouseClick(dialog.lost, Qt.MouseButton.LeftButton)
    assert not dialog.confirm.isEnabled()  # identity not verified yet
    dialog.verified.setChecked(True)
    assert dialog.confirm.isEnabled()
    dialog.verified.setChecked(False)
    assert not dialog.confirm.isEnabled()


def test_typed_card_number_with_wrong_check_digit_is_caught(qtbot, worker):
    member = add_member(worker.desk.db, worker.desk.actor, 30000)
    [(number, _, _)] = cards(worker.desk.db, member)
    dialog = open_dialog(qtbot, worker, member)
    qtbot.mouseClick(dialog.damaged, Qt.MouseButton.LeftButton)
    dialog.verified.setChecked(True)
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    qtbot.keyClicks(dialog.number_edit, wrong)
    assert "卡号校验位不正确" in dialog.number_info.text()
    assert not dialog.confirm.isEnabled()
    dialog.number_edit.clear()
    qtbot.keyClicks(dialog.number_edit, format_card_number(number))
    assert "一致" in dialog.number_info.text()
    assert dialog.confirm.isEnabled()


def test_reissue_blocks_old_card_and_prints_receipt(qtbot, worker):
    db = worker.desk.db
    member = add_member(db, worker.desk.actor, 50000)
    [(old, _, _)] = cards(db, member)
    shown: list = []
    dialog = open_dialog(qtbot, worker, member, shown)
    qtbot.mouseClick(dialog.lost, Qt.MouseButton.LeftButton)
    dialog.verified.setChecked(True)
    with (
        qtbot.waitSignal(dialog.receipt_ready, timeout=15_000),
        qtbot.waitSignal(dialog.reissued, timeout=10_000) as done,
    ):
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    new = done.args[0].new.number
    assert cards(db, member) == [(old, "diamond", "lost"), (new, "diamond", "active")]
    assert not dialog.confirm.isEnabled()
    assert shown and shown[0][0] == "贵宾卡补发回执"
    text = pdf_text(dialog.receipt)
    assert new in text.replace(" ", "") or format_card_number(new).replace(" ", "") in text
    assert old in text
    assert "挂失" in text and "张伟" in text


def test_reissue_by_another_desk_meanwhile_is_refused(qtbot, worker):
    db = worker.desk.db
    member = add_member(db, worker.desk.actor, 30000)
    dialog = open_dialog(qtbot, worker, member)
    first = reissue_card(db, worker.desk.actor, member, "damaged", ON)  # the other desk
    qtbot.mouseClick(dialog.lost, Qt.MouseButton.LeftButton)
    dialog.verified.setChecked(True)
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert "已不是客户当前的卡" in failed.args[0]
    qtbot.waitUntil(
        lambda: format_card_number(first.new.number) in dialog.card_label.text(), timeout=10_000
    )
    assert [c[2] for c in cards(db, member)] == ["damaged", "active"]


def test_suspended_card_says_the_new_card_stays_suspended(qtbot, worker):
    db, actor = worker.desk.db, worker.desk.actor
    member = add_member(db, actor, 30000)
    with db.write() as session:
        session.execute(update(Policy).where(Policy.member_id == member).values(status="suspended"))
        recompute_tiers(session, load_rules().on(ON), actor, ON, [member])
    dialog = open_dialog(qtbot, worker, member)
    assert "暂停使用" in dialog.card_label.text()
    assert "同样为暂停状态" in dialog.note.text()


# --- inside the desk window: actions from the registry, the member view updates --------------


def demo_member(db, tier: str) -> int:
    """A demo member of `tier` with active VIP status, a current card and no relatives."""
    with db.read() as session:
        return session.scalar(
            select(Member.id)
            .where(
                Member.tier == tier,
                Member.vip_status == "active",
                ~Member.id.in_(select(DesignatedRelative.member_id)),
                ~Member.id.in_(
                    select(Policy.member_id).where(
                        Policy.product.in_(load_rules().current().kangyue_products)
                    )
                ),
            )
            .order_by(Member.id)
        )


def show(qtbot, window, member_id: int) -> None:
    window.open_member(member_id)
    qtbot.waitUntil(
        lambda: window.member is not None and window.member.id == member_id, timeout=10_000
    )


def test_actions_in_the_desk_window_update_the_member_view(qtbot, make_window, demo_url, demo_db):
    window = make_window(demo_url)
    gold = demo_member(demo_db, "gold")
    show(qtbot, window, gold)
    assert not window.actions_by_id["member.designate_relative"].isEnabled()
    assert window.actions_by_id["card.reissue"].isEnabled()
    member = demo_member(demo_db, "platinum")
    show(qtbot, window, member)
    assert window.actions_by_id["member.designate_relative"].isEnabled()
    old = window.member.card.number
    assert format_card_number(old) == window.member_view.card.face.number
    window.actions_by_id["card.reissue"].trigger()
    dialog = window.card_dialog
    qtbot.waitUntil(lambda: dialog.card is not None, timeout=10_000)
    qtbot.mouseClick(dialog.damaged, Qt.MouseButton.LeftButton)
    dialog.verified.setChecked(True)
    with qtbot.waitSignal(dialog.reissued, timeout=10_000) as done:
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    new = format_card_number(done.args[0].new.number)
    qtbot.waitUntil(lambda: window.member_view.card.face.number == new, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.receipt is not None, timeout=15_000)
    qtbot.waitUntil(lambda: window.document_dialog.isVisible(), timeout=10_000)
    assert window.document_dialog.windowTitle().startswith("贵宾卡补发回执")  # print preview
    dialog.close()
    window.actions_by_id["member.designate_relative"].trigger()
    rel = window.relative_dialog
    qtbot.waitUntil(lambda: rel.context is not None, timeout=10_000)
    rel.name_edit.insert("李秀英")
    qtbot.keyClicks(rel.id_edit, rid(dt.date(1972, 1, 1)))
    with qtbot.waitSignal(rel.designated, timeout=10_000):
        qtbot.mouseClick(rel.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(r.name == "李秀英" for r in window.member.relatives), timeout=10_000
    )
    qtbot.waitUntil(lambda: rel.letter is not None, timeout=15_000)
