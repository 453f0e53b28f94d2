"""The sign-in dialog is as wide as its content: the demo accounts and password never wrap, and
the dialog still fits the 1366×768 desk screen."""

from __future__ import annotations

from ui.geometry import available
from ui.session.signin_dialog import FIELD_WIDTH, SignInDialog
from ui.worker import DbWorker
from vipdesk.services.demo import DEMO_PASSWORD


def _dialog(qtbot, demo: bool) -> SignInDialog:
    dialog = SignInDialog(DbWorker(None), demo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_demo_note_shows_one_line_each_without_wrapping(qtbot):
    dialog = _dialog(qtbot, demo=True)
    note = dialog.demo_note
    lines = note.text().split("\n")
    assert len(lines) == 3 and DEMO_PASSWORD in lines[2] and "demo.clerk" in lines[1]
    metrics = note.fontMetrics()
    assert note.width() >= max(metrics.horizontalAdvance(line) for line in lines)
    assert note.height() < 4 * metrics.lineSpacing()  # three lines: none of them wrapped
    screen = available(dialog)
    assert dialog.frameGeometry().width() <= screen.width()
    assert dialog.frameGeometry().height() <= screen.height()


def test_a_long_message_wraps_inside_the_dialog_and_the_fields_keep_their_width(qtbot):
    dialog = _dialog(qtbot, demo=False)
    assert dialog.username.width() >= FIELD_WIDTH and dialog.password.width() >= FIELD_WIDTH
    width = dialog.width()
    dialog.message.setText("账号已锁定，请于 12:30 后再试或请管理员解锁。" * 3)
    qtbot.waitUntil(lambda: dialog.message.height() > 2 * dialog.message.fontMetrics().height())
    assert dialog.width() == width  # the text wraps; the dialog does not grow sideways
    assert dialog.message.geometry().bottom() < dialog.buttons.geometry().top()


def test_the_password_dialog_is_as_wide_as_its_fields_and_its_hint_fits(qtbot):
    from ui.session.password_dialog import PasswordDialog

    dialog = PasswordDialog(DbWorker(None), actor=None, forced=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for field in (dialog.old, dialog.new, dialog.again):
        assert field.width() >= FIELD_WIDTH
    hint = dialog.findChild(type(dialog.message), "passwordHint")
    assert hint.height() < 2 * hint.fontMetrics().lineSpacing()  # one line, not wrapped
    assert dialog.frameGeometry().width() <= available(dialog).width()
