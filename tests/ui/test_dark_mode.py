"""Dark mode: under a system's dark palette every window and dialog stays readable.

The system's dark palette is put on the application first (as a desktop in dark mode does), then
the desk's look is applied; the test renders the main window and each dialog and checks text
against its ground: the palette roles the widgets use (WCAG contrast ratio) and the pixels of
every grabbed label, field and button (the strongest stroke against the most common colour).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy import select

from tests.staff_helpers import TEST_ADMIN
from tests.staff_helpers import test_admin as make_admin
from tests.ui.conftest import find_member
from ui.look import apply_look
from vipdesk.db.models import Member

DARK = {  # a typical desktop dark palette (KDE Breeze Dark / GNOME Adwaita dark)
    "Window": "#2A2E32", "WindowText": "#FCFCFC", "Base": "#1B1E20", "AlternateBase": "#232629",
    "Text": "#FCFCFC", "Button": "#31363B", "ButtonText": "#FCFCFC", "ToolTipBase": "#31363B",
    "ToolTipText": "#FCFCFC", "Highlight": "#3DAEE9", "HighlightedText": "#FCFCFC",
    "PlaceholderText": "#A1A9B1",
}  # fmt: skip
PAIRS = [
    ("WindowText", "Window"), ("Text", "Base"), ("Text", "AlternateBase"),
    ("ButtonText", "Button"), ("ToolTipText", "ToolTipBase"), ("HighlightedText", "Highlight"),
    ("PlaceholderText", "Base"),
]  # fmt: skip
MIN_PALETTE = 4.5  # WCAG AA for text
MIN_PIXELS = 3.0  # the darkest anti-aliased stroke of small CJK text vs its ground
MIN_DISABLED = 2.5  # greyed-out controls (WCAG exempts them) must still be legible


def luminance(colour: QColor) -> float:
    """WCAG relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio (1 … 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def pixel_contrast(image: QImage) -> float:
    """The strongest contrast of any pixel against the image's most common colour (its ground)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    step = max(1, image.width() * image.height() // 40_000)
    pixels = [
        image.pixel(x, y)
        for y in range(image.height())
        for x in range(0, image.width(), 1 if step == 1 else 2)
    ]
    ground = QColor.fromRgb(Counter(pixels).most_common(1)[0][0])
    return max(contrast(QColor.fromRgb(p), ground) for p in set(pixels))


@pytest.fixture
def dark_system(qapp):
    """The application under a dark system palette, then the desk's look; restored afterwards."""
    saved = (qapp.palette(), qapp.styleSheet(), qapp.style().name(), qapp.font())
    dark = QPalette()
    for role, colour in DARK.items():
        dark.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    qapp.setPalette(dark)
    apply_look(qapp)
    yield qapp
    palette, sheet, style, font = saved
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)


def texts_to_check(window: QWidget) -> list[QWidget]:
    """Visible labels, filled fields and buttons with text in a window."""
    found: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() < 4 or widget.height() < 4:
            continue
        if isinstance(widget, QLabel) and not widget.pixmap().isNull():
            continue
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton) and widget.text().strip():
            found.append(widget)
    return found


def check_window(window: QWidget, problems: list[str]) -> int:
    """Check every text widget of a window; returns how many were checked."""
    widgets = texts_to_check(window)
    for widget in widgets:
        palette = widget.palette()
        fore = palette.color(widget.foregroundRole())
        back = palette.color(widget.backgroundRole())
        ratio = pixel_contrast(widget.grab().toImage())
        where = window.objectName() or type(window).__name__
        name = f"{where}/{widget.objectName() or type(widget).__name__}"
        if ratio < (MIN_PIXELS if widget.isEnabled() else MIN_DISABLED):
            problems.append(f"{name} {getattr(widget, 'text', lambda: '')()!r}: pixels {ratio:.2f}")
        if widget.isEnabled() and contrast(fore, back) < 3.0 and not widget.styleSheet():
            problems.append(f"{name}: palette {fore.name()} on {back.name()}")
    return len(widgets)


def test_the_desk_palette_is_readable_in_every_role(dark_system):
    palette = QApplication.palette()
    for fore, back in PAIRS:
        ratio = contrast(
            palette.color(getattr(QPalette.ColorRole, fore)),
            palette.color(getattr(QPalette.ColorRole, back)),
        )
        assert ratio >= MIN_PALETTE, f"{fore} on {back}: {ratio:.2f}"
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    assert contrast(disabled, palette.color(QPalette.ColorRole.Window)) >= 3.0


CLERK_ACTIONS = (
    "member.reveal_id", "card.reissue", "member.designate_relative", "help.about",
    "file.change_password", "case.queue", "case.new", "settings.branch", "file.connect_server",
    "member.care_calendar",
)  # fmt: skip
ADMIN_ACTIONS = (
    "settings.geocoder", "settings.idle_minutes", "admin.staff", "admin.audit", "file.backup",
)  # fmt: skip


def open_each(qtbot, window, action_ids, problems: list[str]) -> list[tuple[str, int]]:
    """Trigger each enabled action; check and close every window it opened."""
    opened = []
    for action_id in action_ids:
        action = window.actions_by_id.get(action_id)
        if action is None or not action.isEnabled():
            continue
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        action.trigger()
        qtbot.wait(400)
        for dialog in [
            w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before
        ]:
            opened.append((action_id, check_window(dialog, problems)))
            dialog.close()
    return opened


def test_main_window_and_every_dialog_are_readable_under_a_dark_system(
    dark_system, qtbot, make_window, demo_url, demo_db
):
    window = make_window(demo_url)  # a clerk: members and their dialogs
    member = find_member(demo_db, Member.tier.in_(["platinum", "diamond"]))
    window.search.search_now(member.name)
    window.open_member(member.id)
    qtbot.waitUntil(lambda: window.member is not None, timeout=15_000)
    qtbot.wait(300)
    problems: list[str] = []
    checked = check_window(window, problems)
    opened = open_each(qtbot, window, CLERK_ACTIONS, problems)
    admin: list = []  # then an administrator: settings and staff screens
    window.worker.op(lambda desk: make_admin(desk.db)).success(admin.append).run()
    qtbot.waitUntil(lambda: bool(admin), timeout=15_000)
    window.set_actor(admin[0])
    from ui.care.calendar_check import LABEL_NAME
    from vipdesk.services.sla import calendar_warning

    qtbot.wait(100)
    warning = window.statusBar().findChild(QLabel, LABEL_NAME)  # an administrator's status bar
    if calendar_warning(dt.date.today()) is not None:  # next year's holidays unknown: shown
        assert warning is not None and warning in texts_to_check(window)
    checked += check_window(window, problems)
    opened += open_each(qtbot, window, ADMIN_ACTIONS, problems)
    from tests.staff_helpers import actor_for

    boss: list = []  # a supervisor: the 统计看板 tab of the main window
    window.worker.op(lambda desk: actor_for(desk.db, "dark.super", "主管", "supervisor")).success(
        boss.append
    ).run()
    qtbot.waitUntil(lambda: bool(boss), timeout=15_000)
    window.set_actor(boss[0])
    window.actions_by_id["admin.dashboard"].trigger()
    qtbot.waitUntil(lambda: window.dashboard_tab is not None, timeout=15_000)
    qtbot.waitUntil(lambda: window.dashboard_tab.data is not None, timeout=15_000)
    qtbot.wait(300)
    opened.append(("admin.dashboard", check_window(window, problems)))
    checked += sum(n for _a, n in opened)
    assert checked > 40 and len(opened) >= 8, (checked, opened)
    done = {a for a, _n in opened}
    assert {"card.reissue", "member.care_calendar", "file.backup"} <= done, opened
    assert not problems, "\n".join(problems)


def test_start_windows_are_readable_under_a_dark_system(dark_system, qtbot, demo_url, demo_db):
    from tests.ui.start_helpers import make_desk, sign_in
    from ui.app import first_start
    from ui.settings import DeskSettings

    problems: list[str] = []
    window, session = make_desk(qtbot, demo_url, demo=True)
    qtbot.waitUntil(lambda: window.opened is not None, timeout=15_000)
    session.dialog.message.setText("用户名或密码不正确。")
    checked = check_window(session.dialog, problems)
    with demo_db.read() as s:
        assert s.scalar(select(Member.id).limit(1)) is not None
    sign_in(qtbot, session.dialog, TEST_ADMIN, "vipdesk-demo-2026")
    qtbot.waitUntil(window.isVisible, timeout=15_000)
    session.lock.lock()
    session.lock.screen.show_other()
    checked += check_window(window, problems)
    wizard = first_start(window, session, DeskSettings())
    for _page in range(2):
        qtbot.wait(100)
        checked += check_window(wizard, problems)
        wizard.next()
    wizard.close()
    assert checked > 15
    assert not problems, "\n".join(problems)
