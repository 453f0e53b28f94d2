"""The desk's session: sign-in before the window shows, idle lock, sign-out and switch of user."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog

from ui.session.idle_lock import IdleLock, IdleWatcher
from ui.session.signin_dialog import SignInDialog


def idle_minutes_on(desk: Any) -> int:
    """The administrator's idle-lock minutes for this database (on the worker)."""
    from ui.desk import on_direct
    from vipdesk.services import direct

    def usual() -> int:
        from vipdesk.services.staff import idle_minutes

        return int(idle_minutes(desk.db))

    return on_direct(desk, direct.idle_minutes, usual)


def sign_out_on(desk: Any, actor: Any) -> None:
    """Record the sign-out in the audit log and let nobody act any more (on the worker)."""
    from ui.desk import on_direct

    def usual() -> None:
        from vipdesk.services.staff import sign_out

        sign_out(desk.db, actor)

    def direct(file: Any) -> None:
        from vipdesk.services import staff_direct

        if not staff_direct.sign_out(file, actor):
            usual()

    desk.actor = None
    on_direct(desk, direct, usual)


def sign_out_at_close(desk: Any) -> None:
    """The desk closes (window closed, 退出, quit): whoever still works there signs out."""
    if desk.actor is not None:  # signed in on an open database (closing it forgets the actor)
        sign_out_on(desk, desk.actor)


class DeskSession(QObject):
    """Who works at the window: sign-in whenever nobody is signed in on an open database."""

    signed_in = Signal(object)  # Actor
    signed_out = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        window.session = self
        self.dialog: QDialog | None = None
        self.watcher = IdleWatcher(5, self)
        self.lock = IdleLock(window)
        self.watcher.idle.connect(self.lock.lock)
        self.lock.unlocked.connect(self.watcher.start)
        self.lock.switched.connect(self._switched)
        window.database_opened.connect(self._opened)
        window.worker.at_stop(sign_out_at_close)  # on the worker, before the database closes

    # sign-in -----------------------------------------------------------------------------------

    def _opened(self, result: Any) -> None:
        if self.window.actor is not None:
            return
        dialog = self.live_dialog()
        waiting = isinstance(dialog, SignInDialog) and dialog.isVisible()
        if waiting and result.demo:
            dialog.show_demo_accounts(result.demo_accounts)
        if not result.has_staff:  # nobody could sign in: the first administrator comes first
            if waiting:
                dialog.done(QDialog.DialogCode.Accepted)  # not a refusal: no quit
            self.create_first_admin()
        elif not waiting:
            self.ask_sign_in()

    def live_dialog(self) -> QDialog | None:
        """The sign-in dialog or assistant in front, unless it was closed (and deleted)."""
        if self.dialog is not None and not shiboken6.isValid(self.dialog):
            self.dialog = None
        return self.dialog

    def ask_sign_in(self, demo: bool | None = None) -> SignInDialog:
        """The sign-in dialog (on its own before the window shows, else over the window).

        It may open before the database answers: the check queues behind the opening.
        """
        opened = self.window.opened  # the demo accounts show once the database is open
        demo = bool(opened and opened.demo) if demo is None else demo
        dialog = SignInDialog(self.window.worker, demo, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed_in.connect(self.start_work)
        dialog.rejected.connect(self._declined)
        self.dialog = dialog
        if self.window.isVisible():
            dialog.open()  # over the window (after switching the database)
        else:
            dialog.show()  # a window of its own: the desk window shows after sign-in
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def create_first_admin(self) -> None:
        """A database without staff: the first-start assistant creates the first administrator."""
        from ui.first_start.wizard import FirstStartWizard

        wizard = FirstStartWizard(
            self.window.settings,
            self.window.worker,
            pages=("admin",),
            url=self.window.url,
            parent=self.window,
        )
        wizard.accepted.connect(self.ask_sign_in)
        wizard.rejected.connect(self._declined)
        self.dialog = wizard
        wizard.show()

    def start_work(self, actor: Any) -> None:
        """The signed-in staff member acts from now on; the window shows."""
        window = self.window
        window.set_actor(actor)
        if not window.isVisible():
            window.show()
        window.raise_()
        window.activateWindow()
        window.search.focus_search()
        window.worker.op(idle_minutes_on).success(self.set_idle_minutes).failure(
            lambda _e: None
        ).run()
        self.watcher.start()
        self.signed_in.emit(actor)
        if getattr(actor, "must_change_password", False):
            self.change_password(forced=True)

    def set_idle_minutes(self, minutes: float) -> None:
        """Lock after this many minutes without input."""
        self.watcher.set_minutes(minutes)

    def _declined(self) -> None:
        if self.window.actor is None:  # nobody signs in: the desk closes
            self.window.close()
            QApplication.instance().quit()

    # password, sign-out, switch --------------------------------------------------------------

    def change_password(self, forced: bool = False) -> None:
        """Change one's own password; a forced change cancelled signs the staff member out."""
        from ui.session.password_dialog import PasswordDialog

        dialog = PasswordDialog(self.window.worker, self.window.actor, forced, self.window)
        dialog.changed.connect(self.window.set_actor)
        if forced:
            dialog.rejected.connect(self.sign_out)
        self.password_dialog = dialog
        dialog.open()

    def sign_out(self) -> None:
        """Sign out (audited), close every open window of this staff member, ask for sign-in."""
        window, actor = self.window, self.window.actor
        if actor is None:
            return
        self.watcher.stop()
        self._close_windows()
        window.worker.op(lambda desk: sign_out_on(desk, actor)).failure(lambda _e: None).run()
        self._forget_work()
        window.set_actor(None)
        window.hide()
        self.signed_out.emit()
        self.ask_sign_in()

    def _switched(self, previous: Any, actor: Any) -> None:
        self.window.worker.op(lambda desk: sign_out_on(desk, previous)).failure(
            lambda _e: None
        ).run()
        self._forget_work()
        self.start_work(actor)

    def _close_windows(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            widget.close()

    def _forget_work(self) -> None:
        self.window.show_nothing()
        self.window.search.clear()

    def bring_to_front(self) -> None:
        """A second start asked for this desk: raise the window or the dialog in front."""
        dialog = self.live_dialog()
        target = dialog if self.window.actor is None and dialog is not None else self.window
        if target.isMinimized():
            target.showNormal()
        target.show()
        target.raise_()
        target.activateWindow()
