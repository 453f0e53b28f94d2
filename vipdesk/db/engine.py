"""Engines and migrations: SQLite tuned for a desk (WAL, FKs, busy timeout), any URL works."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from vipdesk.db.schema_version import head_revision as head_revision  # its home before
from vipdesk.db.schema_version import is_head
from vipdesk.db.sqlite_settings import BUSY_TIMEOUT_MS, desk_pragmas, private_files
from vipdesk.errors import DatabaseError, translate_errors

MIGRATIONS = "vipdesk.db:migrations"  # Alembic finds it through importlib.resources


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we send BEGIN ourselves
    cursor = dbapi_connection.cursor()
    for pragma in desk_pragmas(BUSY_TIMEOUT_MS):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine for any SQLAlchemy URL; SQLite files get the desk's pragmas."""
    try:
        parsed = make_url(url)
        parsed.get_dialect()
    except (ArgumentError, NoSuchModuleError):
        shown = url.split("://", 1)[0] + "://…" if "://" in url else url
        raise DatabaseError(f"数据库地址无法识别：{shown}") from None
    if parsed.get_backend_name() == "sqlite":
        from vipdesk.paths import sqlite_path
        from vipdesk.services.integrity import refuse_network_share

        file = sqlite_path(parsed)
        if file is not None:
            folder = file.expanduser().resolve().parent
            if not folder.is_dir():
                raise DatabaseError(f"数据库所在文件夹不存在：{folder}")
            refuse_network_share(file.expanduser().resolve())
        engine = create_engine(
            parsed,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
            hide_parameters=True,  # personal data never reaches messages or logs
            **kwargs,
        )
        event.listen(engine, "connect", _sqlite_connect)
        if file is not None:
            event.listen(engine, "connect", lambda *_: private_files(file))
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, pool_pre_ping=True, hide_parameters=True, **kwargs)


def writer(engine: Engine) -> Engine:
    """The same engine, but SQLite transactions take the write lock at BEGIN (IMMEDIATE)."""
    if engine.dialect.name == "sqlite":
        return engine.execution_options(sqlite_begin="IMMEDIATE")
    return engine


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine) -> None:
    """Create or upgrade the database schema to the newest migration (idempotent)."""
    from alembic import command

    with translate_errors(engine):
        command.upgrade(_alembic_config(engine), "head")


def is_current(engine: Engine) -> bool:
    """True when the schema is at the newest migration: one read of alembic_version, compared
    with the head known from the file names (Alembic is loaded only when an upgrade is due)."""
    with translate_errors(engine), engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        found = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
    return is_head(list(found))


def has_schema(engine: Engine) -> bool:
    """True when the database has our tables at all."""
    with translate_errors(engine), engine.connect() as conn:
        return inspect(conn).has_table("members")
