"""`vipdesk restore` on a terminal: check first, say what is replaced, ask, count down, Ctrl-C.

The same safety as 备份与恢复 in the window: the backup is checked in full before anything is
asked; the question names what the backup holds and the database it replaces (kept as a
pre-restore backup first); other desks are told to save and close, and the wait for them counts
down on the terminal; Ctrl-C cancels at any moment until the swap begins, and then nothing has
changed. `--yes` answers the question for scripts; other desks are still told and waited for.
The restore itself runs on a thread so that the terminal stays with the user.
"""

from __future__ import annotations

import datetime as dt
import queue
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vipdesk.services.backup import KINDS, BackupInfo
from vipdesk.services.desk_lease import GRACE_S, DeskWait, open_desks

NAMES = {
    "members": "客户",
    "policies": "保单",
    "cards": "卡",
    "designated_relatives": "指定亲属",
    "service_cases": "案件",
    "audit_log": "操作记录",
}
TICK_S = 0.25


def counts_text(counts: dict[str, int]) -> str:
    """'客户 60，保单 150，…' in the order of NAMES."""
    return "，".join(f"{label} {counts.get(table, 0):,}" for table, label in NAMES.items())


def current_counts(target: Path) -> str:
    """What the database being replaced holds now, in words (read-only, never written)."""
    import sqlite3

    from vipdesk.services.integrity import open_readonly

    try:
        conn = open_readonly(target)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            counts = {
                t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in NAMES
                if t in tables
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return "无法读取（文件已损坏）"
    return counts_text(counts)


def describe(info: BackupInfo, upgraded: bool, target: Path) -> list[str]:
    """The lines shown before the question: what the backup holds, what it replaces, who is told."""
    kind = KINDS.get(info.kind, info.kind)
    lines = [
        f"备份检查通过（完整检查、校验和、行数）：{info.path.name}，"
        f"{info.created_at:%Y-%m-%d %H:%M} {kind}备份",
        f"  备份中：{counts_text(info.counts)}",
    ]
    if upgraded:
        lines.append("  备份来自较早的版本，已在副本上升级到当前的数据库结构。")
    if target.exists():
        stat = target.stat()
        changed = dt.datetime.fromtimestamp(stat.st_mtime)
        lines += [
            f"将替换当前数据库：{target}（{stat.st_size / 1024 / 1024:,.1f} MB，"
            f"最后修改 {changed:%Y-%m-%d %H:%M}）",
            f"  当前数据库中：{current_counts(target)}",
            "  备份之后在当前数据库中做的改动都会被替换掉；当前数据库会先另存为「恢复前」备份。",
        ]
    else:
        lines.append(f"当前数据库文件不存在，备份将放到：{target}")
    others = len(open_desks(target))
    if others:
        lines.append(
            f"  有 {others} 个柜台打开着这个数据库：将通知它们在 {GRACE_S:.0f} 秒内保存并关闭，"
            "等它们关闭后再替换。"
        )
    lines.append("恢复后各柜台需重新登录。")
    return lines


def ask() -> bool:
    """The question on the terminal; only y / yes / 是 goes ahead (end of input: no)."""
    try:
        answer = input("确认恢复？输入 y 确认，其他任何输入取消：")
    except EOFError:
        answer = ""
    return answer.strip().lower() in ("y", "yes", "是")


class Countdown:
    """The wait for other desks on the terminal (one line, rewritten on a terminal)."""

    def __init__(self) -> None:
        self.tty = sys.stdout.isatty()
        self.last: tuple[int, int] | None = None

    def show(self, wait: DeskWait) -> None:
        """Show how many desks are still open and how long at most, when it changed."""
        if wait.others <= 0:
            self.end()
            return
        seconds = int(wait.seconds_left + 0.999)
        shown = (wait.others, seconds if self.tty else seconds // 5)
        if shown == self.last:
            return
        self.last = shown
        line = (
            f"已通知其他柜台保存并关闭数据库：还有 {wait.others} 个柜台打开着，"
            f"最多再等 {seconds} 秒（按 Ctrl-C 取消，数据库保持原样）"
        )
        print(f"\r{line}\x1b[K" if self.tty else line, end="" if self.tty else "\n", flush=True)

    def end(self) -> None:
        """Finish the rewritten line."""
        if self.tty and self.last is not None:
            print(flush=True)
        self.last = None


def run_restore(
    restore: Callable[[DeskWait, Callable[[BackupInfo, bool], bool]], Any],
    target: Path,
    yes: bool,
) -> Any:
    """Run `restore(wait, confirm)` on a thread; ask, count down and cancel on this one.

    Returns its result, or None when the question was answered no (nothing changed).
    """
    wait = DeskWait()
    asked: queue.Queue[tuple[BackupInfo, bool]] = queue.Queue()
    answers: queue.Queue[bool] = queue.Queue()
    outcome: dict[str, Any] = {}
    declined = False

    def confirm(info: BackupInfo, upgraded: bool) -> bool:
        asked.put((info, upgraded))
        return answers.get()

    def work() -> None:
        try:
            outcome["result"] = restore(wait, confirm)
        except BaseException as exc:  # handed to the terminal's thread
            outcome["error"] = exc

    print("正在检查备份（完整检查；大的数据库需要几十秒，按 Ctrl-C 取消）…", flush=True)
    worker = threading.Thread(target=work, name="vipdesk-restore", daemon=True)
    worker.start()
    countdown = Countdown()
    try:
        while worker.is_alive():
            try:
                info, upgraded = asked.get(timeout=TICK_S)
            except queue.Empty:
                countdown.show(wait)
                continue
            print("\n".join(describe(info, upgraded, target)), flush=True)
            if yes:
                print("（--yes：不再询问）", flush=True)
            declined = not (yes or ask())
            answers.put(not declined)
    except KeyboardInterrupt:
        countdown.end()
        wait.cancel.set()
        answers.put(False)
        print(
            "\n正在取消：数据库不会改动（正在检查备份时，检查结束后停止；"
            "再按一次 Ctrl-C 立即退出）…",
            file=sys.stderr,
            flush=True,
        )
        worker.join()
    countdown.end()
    if declined and getattr(outcome.get("error"), "code", "") == "restore_cancelled":
        print("已取消，没有做任何改动。")
        return None
    if "error" in outcome:
        raise outcome["error"]
    if wait.cancel.is_set():
        print("取消时数据库已在替换中，恢复已完成。", file=sys.stderr)
    return outcome["result"]
