"""What the first-start assistant does on the database worker (never on the GUI thread)."""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _open(url: str, create: bool = False) -> Any:
    from ui.desk import make_database, sqlite_file
    from vipdesk.errors import DatabaseError

    path = sqlite_file(url)
    if path is not None and not path.exists() and not create:
        raise DatabaseError(f"数据库文件不存在：{path}")
    db = make_database(url)
    try:
        db.ensure_schema()
    except BaseException:
        db.dispose()
        raise
    return db


def prepare_database(url: str) -> bool:
    """Create or upgrade the chosen database; True when it already has staff who can sign in."""
    from vipdesk.services.staff import has_staff

    db = _open(url, create=True)
    try:
        return bool(has_staff(db))
    finally:
        db.dispose()


def create_admin(url: str, username: str, name: str, password: str, branch_code: str) -> Any:
    """Create the first administrator; their Actor."""
    from vipdesk.services.staff import create_first_admin

    db = _open(url)
    try:
        return create_first_admin(db, username, name, password, branch_code=branch_code)
    finally:
        db.dispose()


def sign_in_admin(url: str, username: str, password: str) -> Any:
    """Sign in an administrator to import (the assistant was resumed after the admin page)."""
    from vipdesk.errors import Refused
    from vipdesk.services.staff import sign_in

    db = _open(url)
    try:
        actor = sign_in(db, username, password)
    finally:
        db.dispose()
    if actor.role != "admin":
        raise Refused("not_permitted", "只有系统管理员可以导入客户数据。")
    return actor


def import_files(
    url: str,
    actor: Any,
    members: str,
    policies: str,
    report: Callable[[str, int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> list[tuple[str, Any]]:
    """Import the members file, then the policies file (each all or nothing).

    Returns (kind, ImportResult) per file imported; a rejected file ends the list with
    (kind, KnownError) — it wrote nothing, the files imported before it stay.
    """
    from vipdesk.errors import KnownError
    from vipdesk.rules import load_rules
    from vipdesk.services import importer

    db = _open(url)
    done: list[tuple[str, Any]] = []
    try:
        rules = load_rules().current()
        for kind, name, fn in (
            ("members", members, importer.import_members),
            ("policies", policies, importer.import_policies),
        ):
            if not name:
                continue
            extra: dict[str, Any] = {}
            if report is not None and "progress" in inspect.signature(fn).parameters:
                extra["progress"] = _progress(kind, report)
            if cancel is not None and "cancel" in inspect.signature(fn).parameters:
                extra["cancel"] = cancel.is_set
            try:
                done.append((kind, fn(db, rules, actor, Path(name), **extra)))
            except KnownError as error:  # this file wrote nothing; the files before it stay
                done.append((kind, error))
                break
    finally:
        db.dispose()
    return done


def _progress(kind: str, report: Callable[[str, int, int], None]) -> Callable[..., None]:
    """The importer's progress (stage, rows, problems, fraction) as the worker's (text, n, of)."""
    names = {"members": "客户文件", "policies": "保单文件"}

    def progress(stage: str, rows: int, problems: int, fraction: float) -> None:
        text = f"{names[kind]}：{stage}，已读 {rows:,} 行"
        report(text + (f"，{problems} 处问题" if problems else ""), int(fraction * 1000), 1000)

    return progress
