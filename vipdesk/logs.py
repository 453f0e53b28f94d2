"""Log files and crash reports in the user-data folder."""

from __future__ import annotations

import datetime as dt
import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from vipdesk.paths import log_dir


def setup_logging(name: str = "vipdesk.log") -> Path:
    """Log to a rotating file in the user-data folder; returns its path."""
    path = log_dir() / name
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def write_crash_log(exc: BaseException) -> Path:
    """Write the traceback of an unexpected error to a crash file; returns its path."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = log_dir() / f"crash-{stamp}.log"
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    path.write_text(text, encoding="utf-8")
    logging.getLogger("vipdesk").error("crash written to %s:\n%s", path, text)
    return path
