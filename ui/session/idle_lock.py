"""Idle lock: after N minutes without input the desk covers itself and asks for the password.

Nothing of a customer stays visible: the window's content, menus and status bar are hidden behind
the lock screen, and every other open window (dialogs, print previews) is hidden — not closed, so
work in progress is kept. The same staff member unlocks with their password; another staff member
may sign in instead, which closes the first one's windows (their unsaved input is discarded).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.session.signin_dialog import ERROR_STYLE, sign_in_on

INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def verify_on(desk: Any, actor: Any, password: str) -> None:
    """Check the locked staff member's password on the worker (audited by the service)."""
    from vipdesk.services.staff import verify_password

    verify_password(desk.db, actor, password)


def record_lock_on(desk: Any, actor: Any) -> None:
    """Write the idle lock into the audit log (on the worker)."""
    from vipdesk.services.staff import record_idle_lock

    record_idle_lock(desk.db, actor)


class IdleWatcher(QObject):
    """Emits `idle` after `minutes` without keyboard, mouse or touch input anywhere in the app."""

    idle = Signal()

    def __init__(self, minutes: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        """Lock after this many minutes of no input (restarts the count if running)."""
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        """Start (or restart) counting."""
        self.timer.start()

    def stop(self) -> None:
        """Stop counting (signed out, or locked already)."""
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: D102, N802
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


class LockScreen(QWidget):
    """The cover over the desk window: the locked staff member's password, or another's sign-in."""

    unlocked = Signal()
    switched = Signal(object)  # the other staff member's Actor

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.actor: Any = None
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        box = QWidget(self, objectName="lockBox")
        box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        box.setStyleSheet(
            "#lockBox { background: #FFFFFF; border: 1px solid #E1E4E8; border-radius: 8px; }"
        )
        box.setFixedWidth(480)
        self.title = QLabel(self.tr("屏幕已锁定"), objectName="lockTitle")
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.who = QLabel(objectName="lockWho")
        self.who.setWordWrap(True)
        self.password = QLineEdit(objectName="lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button = QPushButton(self.tr("解锁(&U)"), objectName="unlockButton")
        self.unlock_button.setDefault(True)
        self.other_button = QPushButton(self.tr("其他员工登录(&O)…"), objectName="otherButton")
        self.other = QWidget(objectName="otherStaff")
        self.other_user = QLineEdit(objectName="otherUsername")
        self.other_password = QLineEdit(objectName="otherPassword")
        self.other_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.warning = QLabel(objectName="switchWarning")
        self.warning.setWordWrap(True)
        self.switch_button = QPushButton(self.tr("关闭其窗口并登录(&S)"), objectName="switchButton")
        other = QVBoxLayout(self.other)
        other.setContentsMargins(0, 8, 0, 0)
        other.addWidget(self.warning)
        form = QFormLayout()
        other.addLayout(form)
        user_label = QLabel(self.tr("用户名(&N)"))
        user_label.setBuddy(self.other_user)
        pass_label = QLabel(self.tr("密码(&W)"))
        pass_label.setBuddy(self.other_password)
        form.addRow(user_label, self.other_user)
        form.addRow(pass_label, self.other_password)
        form.addRow(self.switch_button)
        self.other.hide()
        self.message = QLabel(objectName="lockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        own_label = QLabel(self.tr("密码(&P)"))
        own_label.setBuddy(self.password)
        row = QHBoxLayout()
        row.addWidget(own_label)
        row.addWidget(self.password, 1)
        row.addWidget(self.unlock_button)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(10)
        for widget in (self.title, self.who):
            inner.addWidget(widget)
        inner.addLayout(row)
        inner.addWidget(self.message)
        inner.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.other)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        middle = QHBoxLayout()  # no alignment flag: the box gets the height its text needs
        middle.addStretch(1)
        middle.addWidget(box)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)
        self.unlock_button.clicked.connect(self.unlock)
        self.password.returnPressed.connect(self.unlock)
        self.other_button.clicked.connect(self.show_other)
        self.switch_button.clicked.connect(self.switch)
        self.other_password.returnPressed.connect(self.switch)
        self.hide()

    def cover(self, actor: Any, open_windows: int) -> None:
        """Show the lock screen over the whole window for `actor`."""
        self.actor = actor
        self.who.setText(
            self.tr(
                "{name}（{username}）离开了柜台。请输入密码解锁，正在办理的工作会保留。"
            ).format(name=actor.display_name, username=actor.username)
        )
        self.warning.setText(
            self.tr(
                "由其他员工登录将关闭 {name} 打开的 {n} 个窗口和正在查看的客户，"
                "其中未保存的内容会丢失。"
            ).format(name=actor.display_name, n=open_windows)
            if open_windows
            else self.tr("由其他员工登录将关闭 {name} 正在查看的客户，未保存的内容会丢失。").format(
                name=actor.display_name
            )
        )
        self.message.clear()
        self.other.hide()
        self.setGeometry(self.window_.rect())
        self.show()
        self.raise_()
        self.password.setFocus()

    def show_other(self) -> None:
        """Reveal the fields for another staff member (with the warning)."""
        self.other.setVisible(not self.other.isVisible())
        if self.other.isVisible():
            self.other_user.setFocus()

    def _busy(self, busy: bool) -> None:
        for widget in (self.password, self.unlock_button, self.switch_button, self.other_button):
            widget.setEnabled(not busy)

    def unlock(self) -> None:
        """Check the locked staff member's password on the worker."""
        password = self.password.text()
        if not password:
            self.password.setFocus()
            return
        actor = self.actor
        self._busy(True)
        self.message.setText(self.tr("正在核对…"))
        self.window_.worker.op(lambda desk: verify_on(desk, actor, password)).success(
            lambda _none: self._done(None)
        ).failure(self._failed).run()

    def switch(self) -> None:
        """Sign in another staff member on the worker; their windows replace the first one's."""
        username, password = self.other_user.text().strip(), self.other_password.text()
        if not username or not password:
            self.message.setText(self.tr("请输入用户名和密码。"))
            return
        self._busy(True)
        self.message.setText(self.tr("正在核对…"))
        self.window_.worker.op(lambda desk: sign_in_on(desk, username, password)).success(
            self._done
        ).failure(self._failed).run()

    def _done(self, other: Any) -> None:
        self._busy(False)
        for field in (self.password, self.other_user, self.other_password):
            field.clear()
        self.message.clear()
        self.hide()
        if other is None or (self.actor is not None and other.id == self.actor.id):
            self.unlocked.emit()
        else:
            self.switched.emit(other)

    def _failed(self, error: BaseException) -> None:
        from ui.messages import explain_failure

        self._busy(False)
        self.password.clear()
        self.other_password.clear()
        self.message.setText(explain_failure(self, error))

    def fit(self) -> None:
        """Keep covering the whole window after it was resized."""
        if self.isVisible():
            self.setGeometry(self.window_.rect())
            self.raise_()


class IdleLock(QObject):
    """Locks the desk window: hides its content and every other window, then shows LockScreen."""

    unlocked = Signal()
    switched = Signal(object, object)  # previous Actor, new Actor

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.screen = LockScreen(window)
        self.hidden: list[QWidget] = []
        self.parts: list[QWidget] = []
        self.locked = False
        self.screen.unlocked.connect(self._unlocked)
        self.screen.switched.connect(self._switched)
        window.installEventFilter(self)

    def lock(self) -> None:
        """Cover the window and hide every other open window; record the lock in the audit."""
        window, actor = self.window, self.window.actor
        if self.locked or actor is None:
            return
        self.locked = True
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        self.hidden = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not window and not w.inherits("QMenu")
        ]
        for widget in self.hidden:
            widget.hide()
        self.parts = [w for w in (window.centralWidget(), window.menuBar(), window.statusBar())]
        for part in self.parts:
            part.hide()
        mask = getattr(window.built_member_view(), "mask_all", None)
        if mask is not None:  # a revealed ID number is masked again after unlocking
            mask()
        for action in window.actions_by_id.values():
            action.setEnabled(False)
        window.worker.op(lambda desk: record_lock_on(desk, actor)).failure(lambda _e: None).run()
        QApplication.instance().installEventFilter(self)  # windows opening while locked hide too
        self.screen.cover(actor, len(self.hidden))

    def _restore_window(self) -> None:
        QApplication.instance().removeEventFilter(self)
        for part in self.parts:
            part.show()
        self.parts = []
        self.locked = False
        self.window.refresh_actions()

    def _unlocked(self) -> None:
        self._restore_window()
        for widget in self.hidden:
            widget.show()
            widget.raise_()
        self.hidden = []
        self.unlocked.emit()

    def _switched(self, other: Any) -> None:
        previous = self.window.actor
        for widget in self.hidden:  # the first one's windows: unsaved input is discarded
            if isinstance(widget, QDialog):
                widget.reject()
            widget.close()
        self.hidden = []
        self._restore_window()
        self.switched.emit(previous, other)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: D102, N802
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.screen.fit()
        elif (
            self.locked
            and event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched is not self.window
            and not watched.inherits("QMenu")
        ):  # a preview or message a finished job opens while locked: hidden until unlocked
            if watched not in self.hidden:
                self.hidden.append(watched)
            QTimer.singleShot(0, watched.hide)
        return False
