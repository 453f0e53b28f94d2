"""Alembic environment: runs on the engine handed over by vipdesk.db.engine.upgrade."""

from __future__ import annotations

from alembic import context

from vipdesk.db.engine import writer
from vipdesk.db.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # `alembic` run by hand: use the desk's default database
    from vipdesk.db.engine import make_engine
    from vipdesk.paths import default_db_url

    engine = make_engine(default_db_url())

with writer(engine).connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        # all migrations in ONE transaction, SQLite too (Alembic's default for SQLite is a commit
        # per migration): a failed or killed upgrade leaves the database as it was (issue 15)
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()
