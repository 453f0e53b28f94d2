"""Settings → 自动锁屏时间: the administrator sets the idle-lock minutes (1–30) for the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QSpinBox,
    QWidget,
)

from ui.session.controller import idle_minutes_on
from ui.session.signin_dialog import ERROR_STYLE


def save_on(desk: Any, minutes: int) -> int:
    """Save the minutes on the worker (the service checks the administrator's right)."""
    from vipdesk.services.staff import set_idle_minutes

    set_idle_minutes(desk.db, desk.actor, minutes)
    return minutes


class IdleMinutesDialog(QDialog):
    """One spin box, 1–30 minutes; read and saved on the worker thread."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.setObjectName("idleMinutesDialog")
        self.setWindowTitle(self.tr("自动锁屏时间"))
        self.minutes = QSpinBox(objectName="idleMinutes", minimum=1, maximum=30)
        self.minutes.setSuffix(self.tr(" 分钟"))
        self.message = QLabel(objectName="idleMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # grows with its text
        note = QLabel(self.tr("柜台无人操作达到该时间后自动锁屏，需输入密码解锁。对所有柜台生效。"))
        note.setWordWrap(True)
        form.addRow(note)
        label = QLabel(self.tr("锁屏前的无操作时间(&M)"))
        label.setBuddy(self.minutes)
        form.addRow(label, self.minutes)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def load(self) -> None:
        """Read the current minutes on the worker, then open."""
        self.window_.worker.op(idle_minutes_on).success(self._loaded).run()

    def _loaded(self, minutes: int) -> None:
        self.minutes.setValue(minutes)
        self.open()
        self.minutes.setFocus()

    def save(self) -> None:
        """Save on the worker; the lock uses the new minutes at once."""
        minutes = self.minutes.value()
        self.window_.worker.op(lambda desk: save_on(desk, minutes)).success(self._saved).failure(
            self._failed
        ).run()

    def _saved(self, minutes: int) -> None:
        session = getattr(self.window_, "session", None)
        if session is not None:
            session.set_idle_minutes(minutes)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        from ui.messages import explain_failure

        self.message.setText(explain_failure(self, error))
