"""Idle lock: no customer data visible (window, dialogs), work kept, another staff may sign in."""

from __future__ import annotations

import shiboken6
from sqlalchemy import select

from tests.staff_helpers import TEST_ADMIN, TEST_PASSWORD, actor_for
from tests.ui.conftest import find_member
from tests.ui.start_helpers import make_desk, sign_in, visible_texts
from vipdesk.db.models import AuditRecord, Member
from vipdesk.services import staff


def _desk_with_open_dialog(qtbot, demo_url, demo_db):
    """Signed in, a member on screen, the card reissue dialog open with a number typed."""
    member = find_member(demo_db, Member.tier.is_not(None), Member.vip_status == "active")
    actor_for(demo_db, "clerk6", "柜员六")  # clerks see members (administrators do not)
    window, session = make_desk(qtbot, demo_url)
    window.resize(1280, 760)
    sign_in(qtbot, session.dialog, "clerk6", TEST_PASSWORD)
    qtbot.waitUntil(window.isVisible, timeout=15_000)
    window.open_member(member.id)
    qtbot.waitUntil(lambda: window.member is not None, timeout=15_000)
    window.actions_by_id["card.reissue"].trigger()
    dialog = window.card_dialog
    qtbot.waitUntil(lambda: member.name in dialog.card_label.text(), timeout=15_000)
    qtbot.keyClicks(dialog.number_edit, "8800123")
    assert any(member.name in text for text in visible_texts())
    return window, session, dialog, member


def _no_customer_data(member: Member) -> None:
    texts = "\n".join(visible_texts())
    assert member.name not in texts
    assert member.id_number[-4:] not in texts
    assert "8800123" not in texts


def test_idle_lock_hides_customer_data_and_keeps_work(qtbot, demo_url, demo_db):
    window, session, dialog, member = _desk_with_open_dialog(qtbot, demo_url, demo_db)
    qtbot.waitUntil(window.worker.is_idle, timeout=15_000)  # the database's minutes are read
    session.set_idle_minutes(0.002)  # ~0.1 s without input
    qtbot.waitUntil(lambda: session.lock.locked, timeout=5_000)
    screen = session.lock.screen
    assert screen.isVisible() and not dialog.isVisible()
    assert not window.centralWidget().isVisible() and not window.menuBar().isVisible()
    assert not any(a.isEnabled() for a in window.actions_by_id.values())  # no shortcuts work
    _no_customer_data(member)
    image = window.grab().toImage()
    assert image.width() > 0
    assert screen.geometry() == window.rect()  # the lock screen covers the whole window
    # a wrong password keeps it locked
    qtbot.keyClicks(screen.password, "wrong-password")
    screen.unlock()
    qtbot.waitUntil(lambda: screen.password.isEnabled(), timeout=15_000)
    assert session.lock.locked and staff.WRONG in screen.message.text()
    _no_customer_data(member)
    # the same staff member's password unlocks; the dialog and its typed text are back
    qtbot.keyClicks(screen.password, TEST_PASSWORD)
    screen.unlock()
    qtbot.waitUntil(lambda: not session.lock.locked, timeout=15_000)
    assert dialog.isVisible() and dialog.number_edit.text() == "8800123"
    assert (
        window.member is not None
        and member.name in window.member_view.findChild(type(screen.title), "memberName").text()
    )
    with demo_db.read() as s:
        actions = list(s.scalars(select(AuditRecord.action)))
    assert "staff.idle_lock" in actions and "staff.idle_unlock" in actions


def test_another_staff_member_signs_in_and_the_first_ones_dialogs_close(qtbot, demo_url, demo_db):
    actor_for(demo_db, "clerk3", "柜员三")
    window, session, dialog, member = _desk_with_open_dialog(qtbot, demo_url, demo_db)
    session.lock.lock()
    screen = session.lock.screen
    screen.other_button.click()
    assert screen.other.isVisible()
    assert "未保存的内容会丢失" in screen.warning.text()  # warned before anything is closed
    qtbot.keyClicks(screen.other_user, "clerk3")
    qtbot.keyClicks(screen.other_password, TEST_PASSWORD)
    screen.switch()
    qtbot.waitUntil(lambda: not session.lock.locked, timeout=15_000)
    assert window.actor.username == "clerk3"
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert window.member is None  # the first one's member is closed, their input discarded
    _no_customer_data(member)
    qtbot.waitUntil(window.worker.is_idle, timeout=15_000)  # the sign-out record is written
    with demo_db.read() as s:
        actions = list(s.scalars(select(AuditRecord.action)))
    assert "staff.sign_out" in actions


def test_input_keeps_the_desk_unlocked(qtbot, demo_url):
    window, session = make_desk(qtbot, demo_url)
    sign_in(qtbot, session.dialog, TEST_ADMIN, TEST_PASSWORD)
    qtbot.waitUntil(window.isVisible, timeout=15_000)
    qtbot.waitUntil(window.worker.is_idle, timeout=15_000)  # the database's minutes are read
    session.set_idle_minutes(0.01)  # 0.6 s
    for _ in range(8):
        qtbot.wait(150)
        qtbot.keyClick(window.search.box, "a")
    assert not session.lock.locked
    qtbot.waitUntil(lambda: session.lock.locked, timeout=5_000)


def test_administrator_sets_the_idle_minutes(qtbot, demo_url, demo_db):
    window, session = make_desk(qtbot, demo_url)
    sign_in(qtbot, session.dialog, TEST_ADMIN, TEST_PASSWORD)
    qtbot.waitUntil(window.isVisible, timeout=15_000)
    action = window.actions_by_id["settings.idle_minutes"]
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: window.idle_dialog.isVisible(), timeout=15_000)
    dialog = window.idle_dialog
    assert dialog.minutes.value() == 5 and dialog.minutes.maximum() == 30
    dialog.minutes.setValue(7)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    assert staff.idle_minutes(demo_db) == 7
    assert session.watcher.timer.interval() == 7 * 60_000


def test_a_clerk_cannot_set_the_idle_minutes(qtbot, demo_url, demo_db):
    actor_for(demo_db, "clerk4", "柜员四")
    window, session = make_desk(qtbot, demo_url)
    sign_in(qtbot, session.dialog, "clerk4", TEST_PASSWORD)
    qtbot.waitUntil(window.isVisible, timeout=15_000)
    assert not window.actions_by_id["settings.idle_minutes"].isEnabled()


def test_a_print_preview_is_hidden_while_locked(qtbot, demo_url, demo_db):
    import io

    from reportlab.pdfgen import canvas

    actor_for(demo_db, "clerk9", "柜员九")
    window, session = make_desk(qtbot, demo_url)
    sign_in(qtbot, session.dialog, "clerk9", TEST_PASSWORD)
    qtbot.waitUntil(window.isVisible, timeout=15_000)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Receipt 8800123")
    page.save()
    window.show_document(buffer.getvalue(), "补卡回执")
    preview = window.document_dialog
    qtbot.waitUntil(preview.isVisible, timeout=10_000)
    session.lock.lock()
    assert not preview.isVisible()
    assert "补卡回执" not in "\n".join(visible_texts())
    qtbot.keyClicks(session.lock.screen.password, TEST_PASSWORD)
    session.lock.screen.unlock()
    qtbot.waitUntil(lambda: not session.lock.locked, timeout=15_000)
    assert preview.isVisible()


def test_a_window_opening_while_locked_stays_hidden_until_unlock(qtbot, demo_url, demo_db):
    from PySide6.QtWidgets import QMessageBox

    actor_for(demo_db, "clerk10", "柜员十")
    window, session = make_desk(qtbot, demo_url)
    sign_in(qtbot, session.dialog, "clerk10", TEST_PASSWORD)
    qtbot.waitUntil(window.isVisible, timeout=15_000)
    session.lock.lock()
    late = QMessageBox(QMessageBox.Icon.Information, "回执", "王建国 补卡回执已生成", parent=window)
    late.open()  # e.g. a document job finishing while the desk is locked
    qtbot.waitUntil(lambda: not late.isVisible(), timeout=5_000)
    assert "王建国" not in "\n".join(visible_texts())
    qtbot.keyClicks(session.lock.screen.password, TEST_PASSWORD)
    session.lock.screen.unlock()
    qtbot.waitUntil(lambda: not session.lock.locked, timeout=15_000)
    assert late.isVisible()
