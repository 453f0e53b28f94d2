"""Settings declared once, with defaults, over QSettings (an INI file in the user-data folder)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}


@dataclass(frozen=True)
class Setting:
    """One setting: its key in the file, its default and its type."""

    key: str
    default: Any
    kind: type


LANGUAGE = Setting("ui/language", "zh_CN", str)
GEOMETRY = Setting("ui/geometry", QByteArray(), QByteArray)
SPLITTER = Setting("ui/splitter", QByteArray(), QByteArray)
DATABASE_URL = Setting("database/url", "", str)  # empty: the desk's own SQLite file
BUSY_TIMEOUT_MS = Setting("database/busy_timeout_ms", 10_000, int)
# The branch on letterheads; empty values fall back to vipdesk.documents.page.BranchInfo defaults.
BRANCH_NAME = Setting("branch/name", "", str)
BRANCH_ADDRESS = Setting("branch/address", "", str)
BRANCH_PHONE = Setting("branch/phone", "", str)
BRANCH = (BRANCH_NAME, BRANCH_ADDRESS, BRANCH_PHONE)
# An online geopy geocoder for places the offline gazetteer does not know ("" = offline only).
GEOCODER = Setting("geo/geocoder", "", str)
GEOCODERS = ("", "nominatim", "photon", "arcgis")  # services that need no key
ALL = (LANGUAGE, GEOCODER, GEOMETRY, SPLITTER, DATABASE_URL, BUSY_TIMEOUT_MS, *BRANCH)


class DeskSettings:
    """Typed access to the desk's settings file (`settings.ini` in the user-data folder)."""

    def __init__(self, path: str | None = None) -> None:
        if path is None:
            from vipdesk.paths import data_dir

            path = str(data_dir() / "settings.ini")
        self.path = path
        self._store = QSettings(path, QSettings.Format.IniFormat)

    def get(self, setting: Setting) -> Any:
        """The stored value, or the default (converted to the setting's type)."""
        value = self._store.value(setting.key, setting.default)
        if value is None:
            return setting.default
        if setting.kind is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return setting.default
        if setting.kind is str:
            return str(value)
        return value if isinstance(value, setting.kind) else setting.default

    def set(self, setting: Setting, value: Any) -> None:
        """Store a value (written to disk at once)."""
        self._store.setValue(setting.key, value)
        self._store.sync()

    def reset(self, setting: Setting) -> None:
        """Forget a stored value so the default applies again."""
        self._store.remove(setting.key)
        self._store.sync()
