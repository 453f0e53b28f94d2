"""Where the desk keeps its data: the platform's local user-data folder (never the CWD)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "VIPDesk"


def data_dir() -> Path:
    """The user-data folder (env VIPDESK_HOME overrides it), created on demand."""
    override = os.environ.get("VIPDESK_HOME")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url() -> str:
    """The database URL: env VIPDESK_DB, else the desk's SQLite file in the user-data folder."""
    return os.environ.get("VIPDESK_DB") or f"sqlite:///{data_dir() / 'vipdesk.sqlite3'}"


def log_dir() -> Path:
    """Folder for log files and crash reports."""
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
