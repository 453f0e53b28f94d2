"""The desk window: search on the left, the member on the right, status at the bottom."""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import settings as keys
from ui.actions import MENUS, ActionContext, load_extensions, registered_actions
from ui.desk import Desk, OpenResult, open_desk
from ui.keyboard import MENU_KEYS, with_mnemonic
from ui.member_view import MemberView
from ui.messages import report_error, show_database_problem
from ui.results_model import MemberResultsModel
from ui.search_panel import SearchPanel
from ui.settings import DeskSettings
from ui.status_bar import build_status_bar, show_busy, show_progress
from ui.worker import DbWorker


class DeskWindow(QMainWindow):
    """The main window; all database work goes through `self.worker`."""

    database_opened = Signal(object)  # OpenResult
    member_shown = Signal(int)

    def __init__(self, settings: DeskSettings, worker: DbWorker | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.worker = worker or DbWorker(Desk(), self)  # ui.startup hands in its running worker
        self.desk = self.worker.desk
        self.worker.on_error = lambda exc: report_error(self, exc)
        self.opened: OpenResult | None = None
        self.actor: Any = None  # the signed-in staff member (Actor); None until sign-in
        self.demo = False  # the demo database of `--demo`
        self.url = ""
        self.member: Any = None
        self._member_request = 0
        self.actions_by_id: dict[str, QAction] = {}
        self.setObjectName("deskWindow")
        from ui import geometry

        geometry.install()  # every window and dialog fits the screen and is remembered
        self.setWindowTitle(self.tr("VIP Desk 贵宾客户服务台"))
        self.model = MemberResultsModel(self.worker, parent=self)
        self.search = SearchPanel(self.model, self)
        self.search.member_chosen.connect(self.open_member)
        self._member_view: MemberView | None = None  # built when the first member opens
        self._member_actions: tuple[list[QAction], QAction | None] = ([], None)
        self.placeholder = QLabel(objectName="placeholder", alignment=Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        left = QWidget(self, objectName="searchPane")
        pane = QVBoxLayout(left)
        pane.setContentsMargins(16, 12, 8, 12)
        pane.addWidget(self.search)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 840])
        self.tabs = QTabWidget(self, objectName="mainTabs")  # 服务台, and 统计看板 for supervisors
        self.tabs.setTabBarAutoHide(True)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no tab stop while its bar is hidden
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, self.tr("服务台"))
        self.dashboard_tab: Any = None
        self.setCentralWidget(self.tabs)
        build_status_bar(self)
        self._build_actions()
        from ui.backup.watch import install_backup_watch

        install_backup_watch(self)  # red banner on a damaged file, database kind, backup timer
        self.worker.busy_changed.connect(self._busy)
        self.worker.progress.connect(self._progress)
        self._restore_geometry()
        self._set_placeholder(self.tr("正在打开数据库…"))
        self.worker.start()

    # status bar ------------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        show_busy(self, busy)

    def _progress(self, stage: str, done: int, total: int) -> None:
        text = show_progress(self, stage, done, total)
        self._set_placeholder(self.tr("正在创建演示数据库，请稍候…\n{text}").format(text=text))

    # actions ---------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        import ui.builtin_actions  # noqa: F401  (registers the window's own actions)

        load_extensions()
        menus: dict[str, QMenu] = {}
        for menu_id, title in MENUS.items():
            title = with_mnemonic(  # Alt+letter opens the menu
                QCoreApplication.translate("actions", title), MENU_KEYS.get(menu_id, menu_id[:1])
            )
            menus[menu_id] = self.menuBar().addMenu(title)
        toolbar: list[QAction] = []
        for spec in registered_actions():
            action = QAction(QCoreApplication.translate("actions", spec.text), self)
            action.setObjectName(spec.id)
            if spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            if spec.tip:
                action.setToolTip(QCoreApplication.translate("actions", spec.tip))
            action.setCheckable(spec.checkable)
            action.triggered.connect(lambda _checked=False, s=spec: s.handler(self.context()))
            menus[spec.menu].addAction(action)
            self.actions_by_id[spec.id] = action
            if spec.toolbar:
                toolbar.append(action)
        for menu in menus.values():
            menu.menuAction().setVisible(not menu.isEmpty())
        self._member_actions = (toolbar, self.actions_by_id.get("member.reveal_id"))
        self.refresh_actions()

    @property
    def member_view(self) -> MemberView:
        """The member's screen, built when it is first needed (a third of the window's build)."""
        if self._member_view is None:
            view = MemberView(self)
            toolbar, reveal = self._member_actions
            view.set_actions(toolbar)
            if reveal is not None:
                view.set_reveal_action(reveal)
            self.stack.addWidget(view)
            self._member_view = view
            from ui import keyboard

            keyboard.prepare(self)  # its fields get accessible names and Tab behaviour too
        return self._member_view

    def built_member_view(self) -> MemberView | None:
        """The member view if a member was ever shown (nothing to mask or fill before that)."""
        return self._member_view

    def context(self) -> ActionContext:
        """What action handlers see now."""
        return ActionContext(
            window=self,
            member=self.member,
            actor=self.actor if self.opened else None,
            rules=self.opened.rules if self.opened else None,
            connected=self.opened is not None,
        )

    def refresh_actions(self) -> None:
        """Enable each action by its `enabled_when`, check checkable ones."""
        ctx = self.context()
        for spec in registered_actions():
            action = self.actions_by_id.get(spec.id)
            if action is None:
                continue
            action.setEnabled(bool(spec.enabled_when(ctx)))
            if spec.checked_when is not None:
                action.setChecked(bool(spec.checked_when(ctx)))

    # database --------------------------------------------------------------------------------

    def start(self, url: str | None = None, demo: bool = False) -> None:
        """Open the database chosen by `url`, the settings or the desk's default file.

        `demo`: the URL is the demo file of `--demo` (created with demo data on first use).
        """
        from vipdesk.paths import default_db_url

        self.demo = demo
        self.url = url or self.settings.get(keys.DATABASE_URL) or default_db_url()
        self._open(self.url, demo)
        self.apply_geocoder()

    def take_opening(self, url: str, demo: bool, outcome: Any) -> None:
        """A database opened (OpenResult) or failed (the error) before this window was built."""
        self.demo, self.url = demo, url
        self.apply_geocoder()
        if isinstance(outcome, BaseException):
            self._open_failed(outcome)
        else:
            self._opened(outcome)

    def set_actor(self, actor: Any) -> None:
        """The staff member who signed in acts from now on (None: signed out)."""
        from ui.desk import use_actor

        self.actor = actor
        self.worker.op(lambda desk: use_actor(desk, actor)).run()
        name = actor.display_name if actor is not None else self.tr("未登录")
        self.actor_label.setText(self.tr("柜员：{name}").format(name=name))
        self.refresh_actions()
        from ui.dashboard.tab import sync_dashboard_tab

        sync_dashboard_tab(self)  # the dashboard tab only for a role that may see it
        if actor is not None and self.opened is not None and self.search.box.text().strip():
            self.model.set_query(self.search.box.text())  # what was typed, now with a right
        from ui.audit.live import on_database_opened  # 操作记录 kept current, audit chain check

        on_database_opened(self)
        from ui.care.calendar_check import warn_admin_about_calendar

        warn_admin_about_calendar(self, actor)  # next year's official holidays missing?

    def apply_geocoder(self) -> None:
        """Hand the configured online geocoder (or none) to the worker."""
        from ui.desk import use_geocoder

        name = self.settings.get(keys.GEOCODER)
        self.worker.op(lambda desk: use_geocoder(desk, name)).run()

    def _open(self, url: str, demo: bool) -> None:
        timeout = self.settings.get(keys.BUSY_TIMEOUT_MS)
        report = self.worker.report
        self.search.box.setEnabled(True)
        self.worker.op(lambda desk: open_desk(desk, url, demo, report, timeout)).success(
            self._opened
        ).failure(self._open_failed).run()

    def _opened(self, result: OpenResult) -> None:
        self.opened = result
        self.model.set_tier_names({t.code: t.short_name for t in result.rules.tiers})
        self.db_label.setText(self.tr("数据库：{name}").format(name=result.display_name))
        if result.demo:
            self.setWindowTitle(self.tr("VIP Desk 贵宾客户服务台 — 演示数据"))
            self.db_label.setText(self.tr("演示数据：{name}").format(name=result.display_name))
        self.count_label.setText(self.tr("客户 {n:,} 位").format(n=result.member_count))
        self._set_placeholder(self.tr("在左侧输入姓名、拼音首字母或证件号后几位查找客户。"))
        self.refresh_actions()
        if self.search.box.text().strip() and self.actor is not None:
            self.model.set_query(self.search.box.text())
        self.database_opened.emit(result)

    def _open_failed(self, error: BaseException) -> None:
        from vipdesk.errors import KnownError

        self.opened = None
        self.refresh_actions()
        self.db_label.setText(self.tr("数据库：未连接"))
        self._set_placeholder(self.tr("数据库未打开。"))
        if not isinstance(error, KnownError):
            report_error(self, error)
            return
        self.db_dialog = show_database_problem(
            self,
            str(error),
            retry=lambda: self._open(self.url, self.demo),
            connect=self.connect_server,
        )

    def switch_database(self, url: str) -> None:
        """Save `url` as the desk's database and open it (empty: back to the local file)."""
        if url:
            self.settings.set(keys.DATABASE_URL, url)
        else:
            self.settings.reset(keys.DATABASE_URL)
        self.show_nothing()
        self.set_actor(None)  # staff accounts belong to a database: sign in again on the new one
        self.opened = None  # rows of the old database must not open members of the new one
        self.model.set_query("")
        self.start()

    def selected_member_ids(self) -> list[int]:
        """Members selected in the results (for batch printing a selection)."""
        return self.search.selected_member_ids()

    def connect_server(self) -> None:
        """File → Connect to a PostgreSQL server (non-blocking dialog)."""
        from ui.connect_dialog import ConnectDialog

        self.connect_dialog = ConnectDialog(self.worker, self.url, self)
        self.connect_dialog.verified.connect(self.switch_database)
        self.connect_dialog.open()

    def show_document(self, pdf: bytes, title: str, file_name: str | None = None) -> None:
        """Open a PDF made elsewhere (receipt, letter, case summary) in the print preview.

        `file_name`: what 另存为PDF proposes (ui.files.document_name), default title and day.
        """
        from ui.documents import show_pdf

        self.document_dialog = show_pdf(self, pdf, title, file_name)

    def edit_branch(self) -> None:
        """Settings → the branch printed on letterheads (non-blocking dialog)."""
        from ui.branch_dialog import BranchDialog

        self.branch_dialog = BranchDialog(self.settings, self)
        self.branch_dialog.open()

    # members ---------------------------------------------------------------------------------

    def open_member(self, member_id: int) -> None:
        """Read the member's detail on the worker and show it (the newest request wins)."""
        from ui.desk import read_member

        self._member_request += 1
        request = self._member_request
        self.worker.op(lambda desk: read_member(desk, member_id, dt.date.today())).latest(
            "member.open"  # a lookup: its detail carries the 操作记录 (no second read after it)
        ).success(lambda detail: self._show_member(request, detail)).run()

    def _show_member(self, request: int, detail: Any) -> None:
        if request != self._member_request or self.opened is None:
            return
        self.member = detail
        self.member_view.show_member(detail, self.opened.rules)
        self.member_view.show_presented_card(self.model.blocked_card_of(detail.id))
        self.stack.setCurrentWidget(self.member_view)
        self.refresh_actions()
        self.member_shown.emit(detail.id)

    def show_nothing(self) -> None:
        """Close the member view (e.g. when the database changes)."""
        self._member_request += 1
        self.member = None
        self.stack.setCurrentWidget(self.placeholder)
        self.refresh_actions()

    def reveal_id(self, purpose: str) -> None:
        """Show the full ID number of the member on screen; the reveal is audited."""
        if self.member is None or self.opened is None:
            return
        from ui.desk import reveal_id

        member_id = self.member.id
        self.worker.op(lambda desk: reveal_id(desk, member_id, purpose)).success(
            lambda number: self.member_view.show_full_id(member_id, number)
        ).run()

    def _set_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)

    # window ----------------------------------------------------------------------------------

    def _close_anyway(self) -> None:
        self.close_confirmed = True
        self.close()

    def _restore_geometry(self) -> None:
        from ui.geometry import restore_desk

        restore_desk(
            self, self.splitter, self.settings.get(keys.GEOMETRY), self.settings.get(keys.SPLITTER)
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: D102
        from ui.unsaved import ask_before_losing, unsaved_windows

        if not getattr(self, "close_confirmed", False) and unsaved_windows(self):
            event.ignore()  # a half-filled dialog: ask before it is lost with the desk
            self.close_confirmed = False
            ask_before_losing(self, self._close_anyway, self.tr("有未完成的办理，退出后将丢失。"))
            return
        self.settings.set(keys.GEOMETRY, self.saveGeometry())
        self.settings.set(keys.SPLITTER, self.splitter.saveState())
        if "ui.documents.jobs" in sys.modules:  # a print job still running would abort the app
            sys.modules["ui.documents.jobs"].stop_all_jobs()
        self.worker.stop()
        self.desk.close()
        self.restore_watch.leave()  # no longer counted as a desk with the database open
        super().closeEvent(event)
