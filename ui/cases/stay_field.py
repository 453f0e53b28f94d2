"""The hospital stay a relative's visit is for (住院探视 is once per hospitalisation)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

# the catalog items whose quota is counted per stay (rules.toml quotas, period = "occasion")
STAY_ITEMS = frozenset({"dom_relative_visit", "intl_relative_visit"})


def needs_stay(item: str | None) -> bool:
    """Does a request for `item` need the hospitalisation reference?"""
    return item in STAY_ITEMS


class StayField(QWidget):
    """住院号或医院+入院日期: required for a relative's hospital visit, hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="stayField")
        self.label = QLabel(self.tr("住院号或医院+入院日期(&H)"), objectName="stayLabel")
        self.edit = QLineEdit(objectName="hospitalStay")
        self.edit.setPlaceholderText(self.tr("如：ZY20261120 或 河北医大二院 2026-11-20"))
        self.edit.setAccessibleName(self.tr("住院号或医院+入院日期"))
        self.edit.setAccessibleDescription(
            self.tr("亲友探病每次住院只能安排一次，必须填写本次住院的住院号或医院与入院日期。")
        )
        self.hint = QLabel(
            self.tr(
                "亲友探病每次住院只安排一次。请问来电人住院号；"
                "没有住院号时，填写医院名称和入院日期。"
            ),
            objectName="stayHint",
            wordWrap=True,
        )
        self.label.setBuddy(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        self.setVisible(False)

    def text(self) -> str:
        """The stay reference as typed (trimmed)."""
        return self.edit.text().strip()
