"""Backup commands: `backup`, `backups list`, `restore` and `integrity` (the SQLite file)."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import Any

from vipdesk.cli import Context, registrar
from vipdesk.errors import KnownError

PASSPHRASE_ENV = "VIPDESK_BACKUP_PASSPHRASE"


def _url(ctx: Context) -> str:
    from vipdesk.paths import default_db_url

    return str(ctx.args.db or default_db_url())


def _passphrase(prompt: str, twice: bool = False) -> str:
    """The backup passphrase from the environment or asked on the terminal (never echoed)."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    first = getpass.getpass(prompt)
    if twice and getpass.getpass("再次输入备份密码：") != first:
        raise KnownError("两次输入的备份密码不一致，没有进行备份。")
    if not first:
        raise KnownError("备份密码不能为空。")
    return first


def _counts(counts: dict[str, int]) -> str:
    from vipdesk.cli.restore_prompt import counts_text

    return counts_text(counts)


def cmd_backup(ctx: Context) -> int:
    """Back up the database now (SQLite only)."""
    from vipdesk.services.backup import source_path
    from vipdesk.services.backup_restore import backup_now, full_check_backup

    source_path(_url(ctx))  # PostgreSQL: refused before asking anything
    secret = _passphrase("备份密码：", twice=True) if ctx.args.encrypt else None
    output = Path(ctx.args.output) if ctx.args.output else None
    info = backup_now(ctx.db, ctx.actor, output=output, passphrase=secret)
    if not ctx.args.json:
        print(f"备份完成并已校验（快速检查、行数、校验和）：{info.path}")
        print(f"  {info.size / 1024 / 1024:,.1f} MB，{_counts(info.counts)}")
    if not ctx.args.no_full_check:
        if not ctx.args.json:
            print("正在对备份做完整检查（integrity_check）…", flush=True)
        info = full_check_backup(info.path, secret)
    if ctx.args.json:
        ctx.emit(info.to_json())
        return 0
    print(f"  完整检查：{_full_status(info.full_check)}")
    return 0 if info.ok else 2


def _full_status(full_check: str) -> str:
    return {"ok": "通过", "pending": "未做（恢复前会先做）"}.get(
        full_check, f"未通过：{full_check}"
    )


def cmd_backups_list(ctx: Context) -> int:
    """List the backups in the backup folder with date, size, counts and check status."""
    from vipdesk.services.backup import KINDS, list_backups
    from vipdesk.services.backup_settings import load_settings

    folder = Path(ctx.args.folder) if ctx.args.folder else load_settings().folder
    found = list_backups(folder)
    if ctx.args.json:
        ctx.emit([b.to_json() for b in found])
        return 0
    if not found:
        print(f"{folder} 中没有备份")
    for b in found:
        status = "校验通过" if b.ok else f"不可用：{b.check}"
        status += f"  完整检查{_full_status(b.full_check)}" if b.ok else ""
        lock = "  已加密" if b.encrypted else ""
        print(
            f"{b.created_at:%Y-%m-%d %H:%M}  {KINDS.get(b.kind, b.kind)}  "
            f"{b.size / 1024 / 1024:,.1f} MB  {_counts(b.counts)}  {status}{lock}  {b.path.name}"
        )
    return 0


def cmd_restore(ctx: Context) -> int:
    """Restore a backup: check it, show what it holds and replaces, ask, tell desks, swap."""
    from vipdesk.cli.restore_prompt import run_restore
    from vipdesk.paths import sqlite_path
    from vipdesk.services.backup import read_manifest, source_path
    from vipdesk.services.backup_restore import restore, restore_file
    from vipdesk.services.integrity import check_file

    url = _url(ctx)
    target = source_path(url)
    path = Path(ctx.args.file).expanduser().absolute()
    info = read_manifest(path)
    if info is None:
        raise KnownError(f"不是VIP Desk的备份，或缺少清单文件（{path.name}.json）：{path}")
    print(f"备份 {path.name}：{info.created_at:%Y-%m-%d %H:%M}，{_counts(info.counts)}")
    secret = _passphrase("备份密码：") if info.encrypted else None
    healthy = target.exists() and check_file(target).ok
    if healthy:  # a working database: only an administrator signed in to it may replace it
        actor = ctx.actor

        def work(wait: Any, confirm: Any) -> Any:
            return restore(ctx.db, actor, path, secret, wait=wait, confirm=confirm)
    else:  # missing or damaged: whoever can reach the file may put a checked backup back

        def work(wait: Any, confirm: Any) -> Any:
            return restore_file(url, path, secret, wait=wait, confirm=confirm)

    result = run_restore(work, target, ctx.args.yes)
    if result is None:
        return 0
    print(f"已恢复 {path.name}。数据库检查通过：{sqlite_path(url)}")
    if result.previous:
        print(f"恢复前的数据库已保存为：{result.previous}")
    if result.upgraded:
        print("备份来自较早的版本，已升级到当前的数据库结构。")
    return 0


def cmd_integrity(ctx: Context) -> int:
    """Check the SQLite file (quick_check; --full runs the full integrity_check)."""
    from vipdesk.services.backup import source_path
    from vipdesk.services.integrity import check_file

    report = check_file(source_path(_url(ctx)), full=ctx.args.full)
    if report.ok:
        print("数据库检查通过（完整检查）" if ctx.args.full else "数据库检查通过（快速检查）")
        return 0
    print(report.plain, file=sys.stderr)
    for line in report.problems[:5]:
        print(f"  {line}", file=sys.stderr)
    return 2


@registrar
def register(sub: Any) -> None:
    """Add `backup`, `backups list`, `restore` and `integrity`."""
    backup = sub.add_parser("backup", help="back up the SQLite database now (checked)")
    backup.add_argument("-o", "--output", metavar="FILE", help="write the backup to FILE")
    backup.add_argument(
        "--encrypt",
        action="store_true",
        help=f"encrypt with a passphrase (asked, or ${PASSPHRASE_ENV})",
    )
    backup.add_argument("--json", action="store_true")
    backup.add_argument(
        "--no-full-check",
        action="store_true",
        help="skip the full integrity_check after the backup (restore does it first anyway)",
    )
    backup.set_defaults(func=cmd_backup)
    backups = sub.add_parser("backups", help="backups in the backup folder")
    backups_sub = backups.add_subparsers(dest="backups_command", required=True)
    listing = backups_sub.add_parser("list", help="list backups with size, counts, check status")
    listing.add_argument("--folder", help="another backup folder")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_backups_list)
    restore = sub.add_parser("restore", help="restore a backup (the current database is kept)")
    restore.add_argument("file")
    restore.add_argument(
        "--yes",
        action="store_true",
        help="do not ask (scripts); other desks are still told and waited for, Ctrl-C cancels",
    )
    restore.set_defaults(func=cmd_restore)
    integrity = sub.add_parser("integrity", help="check the SQLite file (quick_check)")
    integrity.add_argument("--full", action="store_true", help="full integrity_check")
    integrity.set_defaults(func=cmd_integrity)
