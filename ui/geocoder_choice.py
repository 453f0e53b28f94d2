"""Settings → 在线地理编码: choose the online geocoder for places the offline gazetteer lacks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from ui import settings as keys


def choose_geocoder(window: Any) -> QInputDialog:
    """A non-blocking dialog listing the geocoders; the choice is saved and handed to the worker.

    Its strings keep the DeskWindow context they had when the dialog lived in the window.
    """
    offline = QCoreApplication.translate("DeskWindow", "不使用（仅离线地名库）")
    names = [n or offline for n in keys.GEOCODERS]
    dialog = QInputDialog(window)
    dialog.setObjectName("geocoderDialog")
    dialog.setWindowTitle(QCoreApplication.translate("DeskWindow", "在线地理编码"))
    dialog.setLabelText(
        QCoreApplication.translate(
            "DeskWindow", "离线地名库查不到的地点，可由联网的地理编码服务查询（需网络）："
        )
    )
    dialog.setComboBoxItems(names)
    dialog.setTextValue(window.settings.get(keys.GEOCODER) or offline)

    def chosen(text: str) -> None:
        window.settings.set(keys.GEOCODER, "" if text == offline else text)
        window.apply_geocoder()

    dialog.textValueSelected.connect(chosen)
    dialog.open()
    window.geocoder_dialog = dialog
    return dialog
