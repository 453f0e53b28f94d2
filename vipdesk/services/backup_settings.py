"""Backup settings (folder, schedule, retention): keep 7 daily + 4 weekly + 12 monthly backups.

The settings live in `backup.json` in the user-data folder of the PC that holds the SQLite file;
an administrator changes them in File → 备份与恢复 (`save_settings` is called after `require`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from vipdesk.paths import data_dir, private_file

if TYPE_CHECKING:
    from vipdesk.services.backup import BackupInfo

SETTINGS_FILE = "backup.json"
SPECIAL_KEEP_DAYS = 90  # manual, pre-upgrade and pre-restore backups


@dataclass(frozen=True)
class BackupSettings:
    """Where backups go, how often the running app makes one, and how many are kept."""

    folder: Path
    interval_hours: int = 4
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    full_check_days: int = 7
    last_full_check: str | None = None  # ISO date of the last full integrity_check

    def to_json(self) -> dict[str, object]:
        """Plain JSON for the settings file."""
        data = asdict(self)
        data["folder"] = str(self.folder)
        return data


def default_folder() -> Path:
    """The default backup folder: `backups` in the user-data folder."""
    return data_dir() / "backups"


def load_settings() -> BackupSettings:
    """The saved settings, or the defaults."""
    path = data_dir() / SETTINGS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return BackupSettings(default_folder())
    base = BackupSettings(default_folder())
    try:
        return replace(
            base,
            folder=Path(data.get("folder") or base.folder),
            interval_hours=int(data.get("interval_hours", base.interval_hours)),
            keep_daily=int(data.get("keep_daily", base.keep_daily)),
            keep_weekly=int(data.get("keep_weekly", base.keep_weekly)),
            keep_monthly=int(data.get("keep_monthly", base.keep_monthly)),
            full_check_days=int(data.get("full_check_days", base.full_check_days)),
            last_full_check=data.get("last_full_check"),
        )
    except (TypeError, ValueError):
        return base


def save_settings(settings: BackupSettings) -> None:
    """Save the settings atomically (0600)."""
    path = data_dir() / SETTINGS_FILE
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps(settings.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
    private_file(tmp)
    os.replace(tmp, path)


def full_check_due(settings: BackupSettings, today: dt.date | None = None) -> bool:
    """True when the weekly full integrity_check is due."""
    today = today or dt.date.today()
    if not settings.last_full_check:
        return True
    try:
        last = dt.date.fromisoformat(settings.last_full_check)
    except ValueError:
        return True
    return (today - last).days >= settings.full_check_days


def daily_due(backups: list[BackupInfo], today: dt.date | None = None) -> bool:
    """True when no good backup was made today (the first start of the day makes one)."""
    today = today or dt.date.today()
    return not any(b.ok and b.created_at.date() == today for b in backups)


def timer_due(backups: list[BackupInfo], settings: BackupSettings, now: dt.datetime) -> bool:
    """True when the newest good backup is older than the interval."""
    good = [b.created_at for b in backups if b.ok]
    return not good or now - max(good) >= dt.timedelta(hours=settings.interval_hours)


def to_keep(backups: list[BackupInfo], settings: BackupSettings, now: dt.datetime) -> set[Path]:
    """The backups retention keeps: newest per day/ISO week/month for the automatic ones.

    Manual, pre-upgrade and pre-restore backups are kept for 90 days; the newest good backup is
    always kept, whatever its kind.
    """
    keep: set[Path] = set()
    ordered = sorted(backups, key=lambda b: b.created_at, reverse=True)
    auto = [b for b in ordered if b.kind == "auto" and b.ok]
    for key, limit in (
        (lambda d: d.date(), settings.keep_daily),
        (lambda d: d.isocalendar()[:2], settings.keep_weekly),
        (lambda d: (d.year, d.month), settings.keep_monthly),
    ):
        seen: list[object] = []
        for b in auto:
            k = key(b.created_at)
            if k not in seen:
                if len(seen) >= limit:
                    break
                seen.append(k)
                keep.add(b.path)
    for b in ordered:
        if b.kind != "auto" and now - b.created_at < dt.timedelta(days=SPECIAL_KEEP_DAYS):
            keep.add(b.path)
    good = [b for b in ordered if b.ok]
    if good:
        keep.add(good[0].path)
    return keep


def prune(folder: Path, settings: BackupSettings, now: dt.datetime | None = None) -> list[Path]:
    """Delete backups (and their manifests) that retention does not keep; returns the deleted."""
    from vipdesk.services.backup import list_backups, manifest_path

    now = now or dt.datetime.now()
    backups = list_backups(folder)
    keep = to_keep(backups, settings, now)
    removed = []
    for b in backups:
        if b.path in keep:
            continue
        for p in (b.path, manifest_path(b.path)):
            try:
                p.unlink()
            except OSError:
                continue
        removed.append(b.path)
    return removed
