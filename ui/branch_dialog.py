"""Settings → 网点信息: the branch name, address and phone printed on letterheads."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from ui.settings import BRANCH_ADDRESS, BRANCH_NAME, BRANCH_PHONE, DeskSettings


class BranchDialog(QDialog):
    """Edit the branch shown on letters and receipts; empty fields use the defaults."""

    def __init__(self, settings: DeskSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("branchDialog")
        self.setWindowTitle(self.tr("网点信息"))
        self.fields = {
            setting: QLineEdit(settings.get(setting), objectName=setting.key.replace("/", "_"))
            for setting in (BRANCH_NAME, BRANCH_ADDRESS, BRANCH_PHONE)
        }
        form = QFormLayout(self)
        for setting, label in zip(
            self.fields,
            (self.tr("网点名称"), self.tr("网点地址"), self.tr("联系电话")),
            strict=True,
        ):
            self.fields[setting].setMinimumWidth(360)
            form.addRow(label, self.fields[setting])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        """Save the fields (trimmed) and close."""
        for setting, field in self.fields.items():
            self.settings.set(setting, field.text().strip())
        super().accept()
