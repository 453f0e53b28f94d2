"""How a desk opens its SQLite file, shared by the engine and the command line's direct path
(this module imports no SQLAlchemy)."""

from __future__ import annotations

from pathlib import Path

BUSY_TIMEOUT_MS = 10_000


def desk_pragmas(busy_timeout_ms: int) -> tuple[str, ...]:
    """The PRAGMAs every desk connection runs: WAL, foreign keys, full sync, the busy timeout."""
    return (
        "journal_mode=WAL",
        "foreign_keys=ON",
        "synchronous=FULL",
        f"busy_timeout={busy_timeout_ms}",
    )


def private_files(file: Path) -> None:
    """The database and its -wal/-shm files readable only by their owner (0600)."""
    from vipdesk.paths import private_file

    for suffix in ("", "-wal", "-shm"):
        private_file(Path(f"{file}{suffix}"))
