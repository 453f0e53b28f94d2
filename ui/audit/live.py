"""Keep the member view's 操作记录 current, and warn an administrator about a broken audit chain.

`on_database_opened(window)` is the one hook the desk window calls once a database is open and
a staff member acts (see DeskWindow). It is idempotent: calling it again (another sign-in, another
database) re-checks the chain for the new situation and never installs a second watcher.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer

HISTORY_KEY = "member.history"
CHAIN_CHECKED = 1000


class HistoryWatcher(QObject):
    """After every operation the desk ran, read the shown member's 操作记录 again (coalesced).

    Operations with a key (searches, completions, this watcher's own reads) are lookups that
    write nothing; every other operation may have added an audit record (a reveal, a
    designation, a case, even a refusal), so the tab is refreshed at once.
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.refreshes = 0
        self.timer = QTimer(self, singleShot=True, interval=0)
        self.timer.timeout.connect(self.refresh)
        window.worker.delivered.connect(self._delivered)

    def _delivered(self, outcome: Any) -> None:
        if outcome.op.key is None and self.window.member is not None:
            self.timer.start()

    def refresh(self) -> None:
        """Read the shown member's history on the worker and fill the tab."""
        from ui.audit import ops

        member = self.window.member
        if member is None or self.window.opened is None:
            return
        member_id = member.id
        self.window.worker.op(lambda desk: ops.member_history(desk, member_id)).latest(
            HISTORY_KEY
        ).success(lambda entries: self._show(member_id, entries)).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        """A known error (database gone meanwhile) leaves the tab as it was; a bug is reported."""
        from vipdesk.errors import KnownError

        if not isinstance(exc, KnownError):
            self.window.worker.on_error(exc)

    def _show(self, member_id: int, entries: list[Any]) -> None:
        from ui.member_tables import fill_audit

        member = self.window.member
        if member is None or member.id != member_id:
            return
        fill_audit(self.window.member_view.audit_table, entries)
        self.refreshes += 1


def on_database_opened(window: Any) -> None:
    """Install the history watcher once; check the audit chain for an administrator.

    Called when a staff member signs in (DeskWindow.set_actor); if the database is not open
    yet, the check runs once it is.
    """
    if getattr(window, "history_watcher", None) is None:
        window.history_watcher = HistoryWatcher(window)
    if window.opened is None:
        if not getattr(window, "chain_check_pending", False):
            window.chain_check_pending = True
            window.database_opened.connect(lambda _result: _opened_later(window))
        return
    check_chain(window)


def _opened_later(window: Any) -> None:
    if getattr(window, "chain_check_pending", False):
        window.chain_check_pending = False
        check_chain(window)


def check_chain(window: Any) -> None:
    """Verify the newest 1,000 audit records on the worker; warn an administrator on a break.

    Runs once per database and administrator (signing in again does not repeat it).
    """
    from ui.audit import ops

    actor = getattr(window, "actor", None)
    if actor is None or getattr(actor, "role", None) != "admin" or window.opened is None:
        return
    checked = (window.opened.url, actor.id)
    if getattr(window, "chain_checked", None) == checked:
        return
    window.chain_checked = checked
    window.worker.op(lambda desk: ops.chain_report(desk, CHAIN_CHECKED)).success(
        lambda report: show_chain_warning(window, report)
    ).failure(lambda exc: show_chain_warning(window, None, exc)).run()


def show_chain_warning(window: Any, report: Any, error: BaseException | None = None) -> Any:
    """A non-modal banner above the desk when the chain is broken (None when it is whole)."""
    from ui.audit.banner import ChainBanner

    old = getattr(window, "chain_banner", None)
    if old is not None:
        window.removeToolBar(old)
        old.deleteLater()
        window.chain_banner = None
    if error is None and (report is None or report.ok):
        return None
    banner = ChainBanner(window, report, error)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
    banner.show()
    window.chain_banner = banner
    return banner
