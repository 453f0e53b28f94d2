"""Every window fits the screen it opens on, and comes back where the clerk left it.

One helper for all windows (`install()` puts a `WindowKeeper` on the application once):

* the first time a window is shown it gets its size and place from the **available** screen
  geometry (taskbar excluded): never larger than the screen, centred over its parent;
* a window the clerk moved or resized is remembered per user (`windows/<objectName>` in the
  desk's settings file) and restored the next time, kept inside the screen;
* on every show the window is kept on screen, so its buttons are never below the edge;
* the keyboard and accessibility preparation of `ui.keyboard` runs on each window.

A dialog whose content is long puts it in `scrolling(content)` so the buttons stay visible.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QWidget,
)

# What a window manager adds around a window (title bar, borders): kept free on every side.
FRAME_ALLOWANCE = QSize(16, 40)
KEY_PREFIX = "windows/"
MEMBER_PANE = 760  # what the member view needs across (card, ID row, scroll bar) at 1280 px
NOT_REMEMBERED = (QMessageBox,)  # message boxes size themselves to their text
_WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet)


def available(widget: QWidget | None = None) -> QRect:
    """The usable part of the widget's screen (or the primary screen), taskbar excluded."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def largest(widget: QWidget | None = None) -> QSize:
    """The largest client size a window may take on its screen (frame allowance kept free)."""
    area = available(widget).size()
    return QSize(
        max(area.width() - FRAME_ALLOWANCE.width(), 320),
        max(area.height() - FRAME_ALLOWANCE.height(), 240),
    )


def screen_share(widget: QWidget | None, width: float, height: float) -> QSize:
    """A size that is the given share of the available screen (0.0–1.0 each)."""
    most = largest(widget)
    return QSize(int(most.width() * width), int(most.height() * height))


def bounded(size: QSize, widget: QWidget | None = None) -> QSize:
    """`size` made no larger than the screen allows."""
    return size.boundedTo(largest(widget))


def size_window(widget: QWidget, preferred: QSize) -> None:
    """Resize to `preferred`, but no larger than the available screen."""
    widget.resize(bounded(preferred, widget))


def restore_desk(
    window: QWidget, splitter: QSplitter, geometry: QByteArray | None, state: QByteArray | None
) -> None:
    """The desk window's saved size and split; else a size that fits the screen, with the
    member view's room kept and the search pane taking the rest."""
    if geometry and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        size_window(window, QSize(1440, 900))  # no larger than the available screen
    if state and not state.isEmpty():
        splitter.restoreState(state)
    else:
        search = max(min(600, window.width() - MEMBER_PANE), 420)
        splitter.setSizes([search, window.width() - search])


def scrolling(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """`content` in a frameless vertical scroll area (for dialogs whose content may be long)."""
    area = QScrollArea(parent)
    area.setObjectName(f"{content.objectName() or 'content'}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


def content_height(window: QWidget) -> int:
    """The height the window's layout needs at its current width (wrapped labels included)."""
    layout = window.layout()
    if layout is None:
        return window.sizeHint().height()
    layout.activate()
    if layout.hasHeightForWidth():
        return layout.totalHeightForWidth(window.width())
    return layout.totalSizeHint().height()


def grow_to_content(window: QWidget) -> None:
    """Make the window tall enough for its text (as far as the screen allows).

    Top-level windows do not follow the height-for-width of word-wrapped labels by themselves:
    a label that gets a longer text (a rule, a verdict) was clipped to half a line.
    """
    need = min(content_height(window), largest(window).height())
    if need > window.height():
        window.resize(window.width(), need)
        if window.isVisible():
            keep_on_screen(window)


def keep_on_screen(widget: QWidget) -> None:
    """Shrink the window to the available screen if needed and move it fully inside."""
    area = available(widget)
    most = largest(widget)
    if widget.minimumWidth() > most.width() or widget.minimumHeight() > most.height():
        widget.setMinimumSize(widget.minimumSize().boundedTo(most))
    if widget.width() > most.width() or widget.height() > most.height():
        widget.resize(widget.size().boundedTo(most))
    frame = widget.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        widget.move(max(x, area.left()), max(y, area.top()))


def _settings() -> QSettings:
    from vipdesk.paths import data_dir

    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def remembered_key(widget: QWidget) -> str | None:
    """The settings key a window's geometry is kept under (None: not remembered)."""
    if isinstance(widget, NOT_REMEMBERED) or not widget.objectName():
        return None
    if widget.objectName() == "deskWindow":  # the main window keeps its own (ui/settings.py)
        return None
    return KEY_PREFIX + widget.objectName()


def save_geometry(widget: QWidget) -> None:
    """Remember where the window is and how large (per user)."""
    key = remembered_key(widget)
    if key is not None:
        store = _settings()
        store.setValue(key, widget.saveGeometry())
        store.sync()


def restore_geometry(widget: QWidget) -> bool:
    """Put the window where the clerk left it last time; False when nothing was remembered."""
    key = remembered_key(widget)
    if key is None:
        return False
    value = _settings().value(key)
    if not isinstance(value, QByteArray) or value.isEmpty():
        return False
    return bool(widget.restoreGeometry(value))


def is_top_window(obj: QObject) -> bool:
    """A shown top-level window (dialog or main window), not a menu, tooltip or popup."""
    if not isinstance(obj, QWidget) or not obj.isWindow():
        return False
    kind = obj.windowType()
    return kind in _WINDOW_TYPES


class WindowKeeper(QObject):
    """Application-wide: fits every window on show, remembers it on hide."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: D102, N802
        if not isinstance(obj, QWidget) or not obj.isWindow():
            return False  # most events: asked before event.type(), which costs an enum lookup
        kind = event.type()
        if kind is QEvent.Type.Show and is_top_window(obj):
            self.shown(obj)  # type: ignore[arg-type]
        elif kind is QEvent.Type.Hide and is_top_window(obj) and obj.property("vipdeskFitted"):
            save_geometry(obj)  # type: ignore[arg-type]
        return False

    def shown(self, window: QWidget) -> None:
        """First show: restore or size from the screen; every show: keep on screen."""
        from ui import keyboard

        if not window.property("vipdeskFitted"):
            window.setProperty("vipdeskFitted", True)
            restore_geometry(window)
        keep_on_screen(window)
        keyboard.prepare(window)


_KEEPER: WindowKeeper | None = None


def install(app: QApplication | None = None) -> WindowKeeper:
    """Put the one WindowKeeper on the application (idempotent)."""
    global _KEEPER
    app = app or QApplication.instance()  # type: ignore[assignment]
    if _KEEPER is None:
        _KEEPER = WindowKeeper(app)
        app.installEventFilter(_KEEPER)
    return _KEEPER
