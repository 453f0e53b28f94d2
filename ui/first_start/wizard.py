"""The first-start assistant (QWizard): each page saves its state, so it can be left and resumed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget, QWizard

from ui.first_start import state
from ui.first_start.pages import BranchPage, DatabasePage, StatePage
from ui.first_start.pages_admin import AdminPage, ImportPage
from ui.settings import DeskSettings

PAGES: dict[str, type[StatePage]] = {
    "database": DatabasePage,
    "branch": BranchPage,
    "admin": AdminPage,
    "import": ImportPage,
}
ALL = tuple(PAGES)


class FirstStartWizard(QWizard):
    """Database → branch → first administrator → import (or skip); never demo data."""

    def __init__(
        self,
        settings: DeskSettings,
        worker: Any,
        pages: tuple[str, ...] = ALL,
        url: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.worker = worker
        self.fixed_url = url
        self.admin: Any = None  # the Actor of the administrator created (or signed in) here
        self.resumable = pages == ALL  # the full first start remembers where it was left
        self.final_url = ""
        self.setObjectName("firstStartWizard")
        self.setWindowTitle(self.tr("VIP Desk 首次启动"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步(&N) >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("稍后继续"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成(&F)"))
        self.ids: dict[str, int] = {}
        for name in pages:
            self.ids[name] = self.addPage(PAGES[name]())
        self.resume_at = settings.get(state.PAGE) if self.resumable else ""
        self.currentIdChanged.connect(self._entered)
        self.resize(720, 540)

    def url(self) -> str:
        """The database the assistant works on."""
        return self.fixed_url or state.chosen_url(self.settings)

    def page_named(self, name: str) -> Any:
        """The page called `name` ("database", "branch", "admin", "import")."""
        return self.page(self.ids[name])

    def _entered(self, page_id: int) -> None:
        page = self.page(page_id)
        if isinstance(page, StatePage):
            page.load()
            if self.resumable:
                name = next(n for n, i in self.ids.items() if i == page_id)
                self.settings.set(state.PAGE, name)

    def showEvent(self, event: Any) -> None:  # noqa: D102, N802
        super().showEvent(event)
        if self.currentId() >= 0 and not getattr(self, "_loaded", False):
            self._loaded = True
            self._entered(self.currentId())
            self._resume()

    def _resume(self) -> None:
        """Walk to the page where the assistant was left (Back still reaches the earlier ones)."""
        target = self.ids.get(self.resume_at)
        for _ in self.ids:
            if target is None or self.currentId() == target:
                self.resume_at = ""
                return
            page = self.currentPage()
            if isinstance(page, AdminPage) and not page.ready:
                return  # it checks the database on the worker first, then resumes again
            before = self.currentId()
            self.next()
            if self.currentId() == before:  # a page refused (its saved state is not valid)
                self.resume_at = ""
                return

    def resume(self) -> None:
        """Continue walking to the saved page (a page that was waiting for the worker)."""
        if self.resume_at:
            self._resume()

    def validateCurrentPage(self) -> bool:  # noqa: D102, N802
        if not super().validateCurrentPage():
            return False
        page = self.currentPage()
        if isinstance(page, StatePage):
            page.save()
        return True

    def accept(self) -> None:
        """Finish: the chosen database becomes the desk's; the assistant's state is forgotten."""
        page = self.currentPage()
        if isinstance(page, ImportPage) and page.running:
            return
        if isinstance(page, StatePage):
            page.save()
        self.final_url = self.url()
        if self.resumable:
            self.final_url = state.finish(self.settings)
        super().accept()
