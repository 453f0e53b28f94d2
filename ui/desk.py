"""What the worker thread holds (database, acting staff member, rules) and how it opens them.

Everything here runs on the database worker thread, never on the GUI thread; the GUI only sees
the plain values returned (OpenResult, MemberDetail …).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

DEMO_MEMBERS = 2000
DEMO_SEED = 1
DEMO_FILE = "demo.sqlite3"
SERVER_CONNECT_TIMEOUT_S = 5  # a server that does not answer is said soon, not after minutes


@dataclass(frozen=True)
class OpenResult:
    """A database opened for the desk: where it is, how many members it holds."""

    url: str
    display_name: str
    actor: Any
    rules: Any
    member_count: int
    demo_added: int = 0
    demo: bool = False  # the demo database of `--demo`: demo accounts shown at sign-in
    has_staff: bool = True  # False: the first administrator must be created before sign-in
    damaged: str | None = None  # the integrity check's finding: opened read-only (red banner)
    checked: bool = True  # False: a large file, checked on a background thread after opening
    demo_accounts: str = ""  # demo: the accounts and their password (demo_accounts_text)


class Desk:
    """The worker thread's state: the open database, the acting staff member, the rule book.

    A database whose schema is current opens on its driver alone (`direct`: the opening,
    sign-in and sign-out, idle minutes, searches and the member view run there,
    services.direct and services.member_direct); the SQLAlchemy Database behind `db` is made at
    the first operation that needs it (any write, another screen). A desk that searches and
    views members never imports SQLAlchemy, its ORM or our models (~25 MiB, issue 14).
    """

    def __init__(self) -> None:
        self._db: Any = None
        self.direct: Any = None  # services.direct's connection, or None (the ORM's path only)
        self.opener: Any = None  # makes the Database at its first need (when opened direct)
        self.actor: Any = None
        self.book: Any = None
        self.online_geocoder: Any = None  # the branch's optional geopy geocoder (settings)

    @property
    def db(self) -> Any:
        """The open database; DatabaseError (plain words) when none is open."""
        if self._db is None and self.opener is not None:
            self._db = self.opener()  # SQLAlchemy, at the first operation that needs it
        if self._db is None:
            from vipdesk.errors import DatabaseError

            raise DatabaseError("尚未连接数据库，请稍候或通过“文件”菜单连接数据库。")
        return self._db

    @db.setter
    def db(self, value: Any) -> None:
        self._db = value

    def require_db(self) -> Any:
        """The open database; DatabaseError when none is open yet."""
        return self.db

    def close(self) -> None:
        """Close the open database (its driver connection, its engine), if any."""
        direct, self.direct, self.opener = self.direct, None, None
        try:
            if direct is not None:
                direct.close()
        finally:
            if self._db is not None:
                self._db.dispose()
            self._db = self.actor = None


def sqlite_file(url: str) -> Path | None:
    """The file of an SQLite URL (None for servers and in-memory databases)."""
    from vipdesk.paths import sqlite_path

    path = sqlite_path(url)
    return None if path is None else path.expanduser()


def make_database(url: str, busy_timeout_ms: int | None = None) -> Any:
    """A Database for `url`; a server gets a short connect timeout, SQLite our busy timeout."""
    from sqlalchemy import event

    from vipdesk.db.engine import make_engine
    from vipdesk.services.database import Database

    if url.startswith("postgresql"):
        timeout = {"connect_timeout": SERVER_CONNECT_TIMEOUT_S}
        return Database(url, make_engine(url, connect_args=timeout))
    engine = make_engine(url)
    if busy_timeout_ms is not None and engine.dialect.name == "sqlite":

        def _timeout(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cursor.close()

        event.listen(engine, "connect", _timeout)
    return Database(url, engine)


def demo_url() -> str:
    """The demo database of `--demo` (make run): its own file, never the desk's real one."""
    from vipdesk.paths import data_dir, sqlite_url

    return sqlite_url(data_dir() / DEMO_FILE)


def open_desk(
    desk: Desk,
    url: str,
    demo: bool = False,
    report: Any = None,
    busy_timeout_ms: int | None = None,
) -> OpenResult:
    """Open (and upgrade) the database at `url`; nobody acts until a staff member signs in.

    `demo` says the URL is the demo file of `--demo`: if it does not exist yet it is created with
    demo members and the demo staff. Any other missing SQLite file is an error, not a new empty
    database (the first-start assistant creates the desk's own file).
    """
    from vipdesk.errors import DatabaseError
    from vipdesk.rules import load_rules

    desk.close()  # a failed open must not leave the previous database answering searches
    path = sqlite_file(url)
    fresh = path is not None and not path.exists()
    if fresh and not demo:
        raise DatabaseError(
            f"数据库文件不存在：{path}。请检查文件位置，或在“文件”菜单中重新选择数据库。"
        )
    damaged, checked = None, True
    if path is not None and not fresh:
        from vipdesk.services.integrity import check_now

        checked = check_now(path)
        damaged = _integrity_problem(path) if checked else None
    if damaged is None and not fresh:
        opened = _open_direct(desk, url, busy_timeout_ms)
        if opened is not None:
            count, staff, display_name = opened
            return OpenResult(
                url, display_name, None, desk.book.current(), count, 0, demo, staff, None, checked,
                demo_accounts_text() if demo else "",
            )  # fmt: skip
    if damaged is not None:  # read-only: nothing is ever written to a damaged file
        from vipdesk.services.integrity import read_only_url

        db = make_database(read_only_url(path), busy_timeout_ms)  # type: ignore[arg-type]
    else:
        db = make_database(url, busy_timeout_ms)
    try:
        if damaged is None:
            db.ensure_schema()
        book = load_rules()
        added = seed_demo(db, book, report) if fresh else 0
        count, staff = _counts(db, damaged is not None)
    except BaseException:
        db.dispose()
        raise
    desk.close()
    desk.db, desk.actor, desk.book = db, None, book
    accounts = demo_accounts_text() if demo else ""  # not the generator: services.demo_accounts
    return OpenResult(
        url, db.display_name, None, book.current(), count, added, demo, staff, damaged, checked,
        accounts,
    )  # fmt: skip


def _open_direct(desk: Desk, url: str, busy_timeout_ms: int | None) -> tuple[int, bool, str] | None:
    """Open a sound database with a current schema on its driver alone (members, whether staff
    exist, its display name); None when the usual path must open it (old schema, options …)."""
    from vipdesk.rules import load_rules
    from vipdesk.services import direct

    file = direct.open_direct(url, busy_timeout_ms, connect_timeout=SERVER_CONNECT_TIMEOUT_S)
    if file is None:
        return None
    try:
        book = load_rules()
        count, staff = direct.member_count(file), direct.has_staff(file)
    except BaseException:
        file.close()
        raise
    if file.dialect == "postgresql":
        from vipdesk.services.search import GENERIC_PLANS

        file.conn.execute(GENERIC_PLANS)  # as the engine's search connection (search_reader)
    desk.close()
    desk.direct, desk.actor, desk.book = file, None, book
    desk.opener = lambda: make_database(url, busy_timeout_ms)
    return count, staff, file.where


def demo_accounts_text() -> str:
    """The demo accounts and their shared password (two lines), for the demo sign-in dialog."""
    from vipdesk.services.demo_accounts import DEMO_PASSWORD, DEMO_STAFF

    names = "、".join(str(entry[0]) for entry in DEMO_STAFF)
    return f"{names}\n{DEMO_PASSWORD}"


def _integrity_problem(path: Path) -> str | None:
    """quick_check at start (full check weekly): the finding in plain words, None when sound."""
    from ui.backup.child import startup_check_in_child  # its page cache is not the desk's

    report = startup_check_in_child(path)
    return None if report.ok else report.plain


def _counts(db: Any, damaged: bool) -> tuple[int, bool]:
    """Members and whether staff exist; a damaged file may fail to answer (then 0, True)."""
    from vipdesk.errors import DatabaseError
    from vipdesk.services.members import member_count

    try:
        with db.read() as session:
            count = member_count(session)
        return count, _has_staff(db)
    except DatabaseError:
        if not damaged:
            raise
        return 0, True


def seed_demo(db: Any, book: Any, report: Any = None) -> int:
    """Fill a new demo database: the demo staff accounts and 2,000 synthetic members."""
    from vipdesk.services.demo import add_demo_members, create_demo_staff

    actor = create_demo_staff(db)["demo.admin"]
    progress = (lambda stage, done, total: report(stage, done, total)) if report else None
    return add_demo_members(
        db, book.current(), actor, DEMO_MEMBERS, seed=DEMO_SEED, progress=progress
    ).members


def _has_staff(db: Any) -> bool:
    from vipdesk.services.staff import has_staff

    return bool(has_staff(db))


def use_actor(desk: Desk, actor: Any) -> Any:
    """The staff member who signed in acts from now on (on the worker)."""
    desk.actor = actor
    return actor


def check_server(url: str) -> str:
    """Connect to a database server and bring its schema up to date; its display name."""
    db = make_database(url)
    try:
        db.ensure_schema()
        return db.display_name
    finally:
        db.dispose()


def on_direct(desk: Desk, read: Callable[[Any], T], usual: Callable[[], T]) -> T:
    """`read` on the driver's connection when the desk opened direct, else `usual` (the ORM's
    path). A lost server connection leaves the direct path for good: the engine reconnects, or
    says in plain words why it cannot."""
    file = desk.direct
    if file is not None:
        from vipdesk.errors import DatabaseError

        try:
            return read(file)
        except DatabaseError:
            if not file.broken():
                raise
        desk.direct = None
        with suppress(Exception):
            file.close()
    return usual()


def search_page(desk: Desk, text: str, limit: int, offset: int) -> list[Any]:
    """The window's search page: on the driver's connection (services.direct) or on the
    engine's search connection (services.search_reader)."""
    from vipdesk.services import direct

    def usual() -> list[Any]:
        from vipdesk.services.search_reader import search_page as engine_page

        return engine_page(desk.require_db(), desk.actor, text, limit, offset)

    return on_direct(
        desk, lambda file: direct.search(file, desk.actor, text, limit, offset, desk.require_db),
        usual,
    )  # fmt: skip


def read_member(desk: Desk, member_id: int, on: Any) -> Any:
    """The member's detail (MemberDetail) on day `on`: on the driver's connection when the desk
    opened direct (`member_direct`, with the card history and 操作记录), else the ORM's."""
    from vipdesk.services import member_direct

    def usual() -> Any:
        from vipdesk.services.members import member_detail

        with desk.require_db().read() as session:
            return member_detail(session, desk.book, member_id, on, actor=desk.actor)

    return view_on_direct(
        desk,
        lambda conn: member_direct.member_detail(conn, desk.book, member_id, on, histories=True),
        usual,
    )


def view_on_direct(desk: Desk, read: Callable[[Any], T], usual: Callable[[], T]) -> T:
    """A read of the member view: `read(connection)` on the driver once the signed-in staff
    member is found to hold `member.view` (as the services check it), with the driver's errors
    in plain words; else `usual` (see `on_direct`)."""

    def direct(file: Any) -> T:
        from vipdesk.services.direct import require_on

        require_on(desk.actor, "member.view", desk.require_db)
        with file.translate():
            return read(file.conn)

    return on_direct(desk, direct, usual)


def reveal_id(desk: Desk, member_id: int, purpose: str) -> str:
    """The member's full ID number, written to the audit log with the acting staff member."""
    from vipdesk.services.members import reveal_id_number

    return reveal_id_number(desk.require_db(), desk.actor, member_id, purpose)


def use_geocoder(desk: Desk, name: str) -> str:
    """Set the branch's online geocoder on the worker ("" = offline gazetteer only)."""
    if not name.strip():  # offline: geopy is not even imported
        desk.online_geocoder = None
        return name
    from vipdesk.geo import configured_geocoder

    desk.online_geocoder = configured_geocoder(name)
    return name
