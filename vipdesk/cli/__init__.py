"""The `vipdesk` command line: global options, error handling, and the command registry."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Any

from vipdesk.errors import KnownError, Refused

EXIT_ERROR = 2
EXIT_REFUSED = 3
EXIT_BROKEN = 4  # `audit verify`: the hash chain is broken
CREATES_DATABASE = {"init", "demo"}  # only these may create a missing SQLite file
log = logging.getLogger("vipdesk.cli")


_UNSET = object()


class Context:
    """What a command needs, opened lazily: database, acting staff member, rules."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._stdin_lines: list[str] | None = None
        self._password: str | None = None
        self._direct: Any = _UNSET

    @cached_property
    def db(self) -> Any:
        """The database, upgraded to the newest schema."""
        from vipdesk.paths import default_db_url
        from vipdesk.services.database import Database
        from vipdesk.services.integrity import refuse_missing

        url = self.args.db or default_db_url()
        if self.args.command not in CREATES_DATABASE:
            refuse_missing(url)  # a mistyped path must not become a new, empty database
        db = Database(url)
        db.ensure_schema()
        return db

    def direct(self) -> Any:
        """The database on its driver alone, for a command that reads only through it: the
        desk's SQLite file (`services.sqlite_direct`) or a PostgreSQL server
        (`services.pg_direct`). Its sign-in then takes the same path and no SQLAlchemy is
        imported. None (the command uses `db`) for a missing file, an old schema, a URL with
        options …"""
        if self._direct is _UNSET:
            self._direct = None
            if self.args.command not in CREATES_DATABASE:
                from vipdesk.services.direct import open_direct

                self._direct = open_direct(self.args.db or os.environ.get("VIPDESK_DB"))
        return self._direct

    def close(self) -> None:
        """Close what the command opened (a server's connections are not left to the GC)."""
        if self._direct not in (_UNSET, None):
            self._direct.close()
        if "db" in self.__dict__:
            self.__dict__["db"].dispose()

    def _sign_in(self, username: str, password: str) -> Any:
        """One sign-in attempt: on the direct path (SQLite file or server) when the command reads
        there."""
        file = None if self._direct is _UNSET else self._direct
        if file is not None:
            from vipdesk.services import staff_direct

            return staff_direct.sign_in(file, username, password, lambda: self.db)
        from vipdesk.services.staff import sign_in

        return sign_in(self.db, username, password)

    @cached_property
    def actor(self) -> Any:
        """The signed-in staff member: `--as USERNAME` and the password (see `password`)."""
        if not self.args.as_user:
            raise KnownError("此命令需要员工登录：请用 --as 用户名 指定账号（密码随后输入）。")
        try:
            password = self.password()
        except KnownError as missing:  # a missing password counts as a failed sign-in too
            from vipdesk.services.staff import WRONG, SignInFailed

            try:
                self._sign_in(self.args.as_user, "")
            except SignInFailed as failed:
                if str(failed) != WRONG:  # locked or disabled: say that instead
                    raise
            raise missing
        actor = self._sign_in(self.args.as_user, password)
        if actor.must_change_password and not getattr(self.args, "own_password", False):
            raise KnownError(
                "管理员已重置您的密码，请先修改密码："
                f"vipdesk --as {actor.username} staff change-password"
            )
        return actor

    def password(self, prompt: str = "密码：") -> str:
        """The signer's password: `--password-stdin`, else VIPDESK_PASSWORD, else a prompt
        (asked once per command)."""
        if self._password is None:
            self._password = self._ask_password(prompt)
        return self._password

    def _ask_password(self, prompt: str) -> str:
        if self.args.password_stdin:
            return self.stdin_line("密码")
        env = os.environ.get("VIPDESK_PASSWORD")
        if env:
            return env
        if sys.stdin is not None and sys.stdin.isatty():
            return getpass.getpass(prompt)
        raise KnownError(
            "缺少密码：请在提示时输入，或用 --password-stdin、环境变量 VIPDESK_PASSWORD。"
        )

    def approver(self, username: str) -> Any:
        """The approving supervisor of an override, signed in with their own password."""
        from vipdesk.services.staff import sign_in

        if self.args.password_stdin:
            password = self.stdin_line("主管密码")
        elif os.environ.get("VIPDESK_APPROVER_PASSWORD"):
            password = os.environ["VIPDESK_APPROVER_PASSWORD"]
        elif sys.stdin is not None and sys.stdin.isatty():
            password = getpass.getpass(f"主管 {username} 的密码：")
        else:
            raise KnownError("缺少批准主管的密码：请在提示时输入，或用 --password-stdin 的下一行。")
        return sign_in(self.db, username, password)

    def new_password(self, stdin: bool) -> str:
        """A new password: the next line of standard input, or typed twice at a prompt."""
        if stdin:
            return self.stdin_line("新密码")
        if sys.stdin is None or not sys.stdin.isatty():
            raise KnownError("缺少新密码：请在提示时输入，或用该命令的 --password-stdin。")
        first = getpass.getpass("新密码：")
        if getpass.getpass("再次输入新密码：") != first:
            raise KnownError("两次输入的新密码不一致，未作任何更改。")
        return first

    def stdin_line(self, what: str) -> str:
        """The next line of standard input (the signer's password first, then a new one)."""
        if self._stdin_lines is None:
            self._stdin_lines = (sys.stdin.read() if sys.stdin else "").splitlines()
        if not self._stdin_lines:
            raise KnownError(f"标准输入中缺少{what}（每行一个）。")
        return self._stdin_lines.pop(0)

    @cached_property
    def rules_book(self) -> Any:
        """All versions of the rules."""
        from vipdesk.rules import load_rules

        return load_rules()

    def emit(self, value: Any) -> None:
        """Print JSON to stdout."""
        print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


Command = Callable[[Context], int | None]
REGISTRARS: list[Callable[[Any], None]] = []


def registrar(fn: Callable[[Any], None]) -> Callable[[Any], None]:
    """Decorator: a function that adds sub-commands to the parser."""
    REGISTRARS.append(fn)
    return fn


class Parser(argparse.ArgumentParser):
    """ArgumentParser whose errors are one plain sentence and exit status 2."""

    def error(self, message: str) -> Any:  # noqa: D102
        self.exit(EXIT_ERROR, f"vipdesk: {message}\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser: every command, or when `command` is named only its module's commands."""
    from vipdesk.cli import commands

    commands.load(command)  # importing a command module registers its commands

    parser = Parser(prog="vipdesk", description="VIP Desk — 贵宾客户柜面服务")
    parser.add_argument(
        "--db", help="database URL (default: the desk's SQLite file; env VIPDESK_DB)"
    )
    parser.add_argument(
        "--as", dest="as_user", metavar="USERNAME", help="signed-in staff member (needs a password)"
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input (else VIPDESK_PASSWORD "
        "or a prompt)",
    )
    parser.add_argument("--version", action=VersionAction, help="show the version and exit")
    subparsers = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    for register in REGISTRARS:
        register(subparsers)
    return parser


class VersionAction(argparse.Action):
    """`--version`: the version is read (package metadata, ~20 ms) only when it is asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:  # noqa: D102
        print(_version_line())  # to stdout, as argparse's own version action does
        parser.exit()


GLOBAL_WITH_VALUE = {"--db", "--as"}


def command_word(argv: Sequence[str]) -> str | None:
    """The command named in `argv` (the first word after the global options); None for help."""
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help"):
            return None
        if "=" not in word and any(len(word) > 2 and o.startswith(word) for o in GLOBAL_WITH_VALUE):
            next(words, None)  # --db URL, --as NAME (or an abbreviation argparse accepts)
        elif not word.startswith("-"):
            return word
    return None


def _version_line() -> str:
    from vipdesk import __version__

    return f"vipdesk {__version__}"


def plain_text_args(argv: Sequence[str]) -> list[str]:
    """Arguments as valid text: bytes that are not UTF-8 become U+FFFD, output never fails on them.

    Python hands undecodable bytes over as lone surrogates, which neither the database driver nor
    a UTF-8 terminal accepts (UnicodeEncodeError); a mistyped byte is just a wrong character.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    return [a.encode("utf-8", "surrogateescape").decode("utf-8", "replace") for a in argv]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = plain_text_args(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"]:
        print(_version_line())  # fast: no command modules, no logging set up
        return 0
    from vipdesk.logs import log_to_file_not_console

    log_to_file_not_console()  # driver warnings never print raw before the plain message
    args = build_parser(command_word(argv)).parse_args(argv)
    ctx = Context(args)
    try:
        return args.func(ctx) or 0
    except Refused as exc:
        if getattr(args, "json", False):
            ctx.emit({"refused": exc.code, "message": exc.message})
        else:
            print(f"vipdesk: refused ({exc.code}): {exc.message}", file=sys.stderr)
        return EXIT_REFUSED
    except KnownError as exc:
        print(f"vipdesk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("vipdesk: 已取消，未完成的操作没有写入。", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # a bug: log it whole, tell the user one sentence
        from vipdesk.logs import write_crash_log

        path = write_crash_log(exc)
        where = f"详情已写入 {path}" if path else "日志文件无法写入（磁盘可能已满）"
        print(f"vipdesk: 内部错误（{exc.__class__.__name__}），{where}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        ctx.close()
