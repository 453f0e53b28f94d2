"""Start-up cost of the command line: `--help` without SQLAlchemy, a cheap schema-version check
(one read of alembic_version against the head known from the migration files)."""

from __future__ import annotations

import json
import subprocess
import sys

from alembic.script import ScriptDirectory
from sqlalchemy import text

from vipdesk.cli.commands.cases import STATUSES
from vipdesk.db.engine import _alembic_config, head_revision, is_current
from vipdesk.services import cases
from vipdesk.services.database import Database

LOADED = """
import json, sys
from vipdesk.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
heavy = ("sqlalchemy", "alembic", "vipdesk.db", "vipdesk.services", "reportlab", "PySide6")
print(json.dumps(sorted(m for m in sys.modules if m.startswith(heavy))), file=sys.stderr)
"""


def heavy_modules(*argv: str) -> list[str]:
    run = subprocess.run(
        [sys.executable, "-c", LOADED, *argv], capture_output=True, text=True, timeout=60
    )
    return json.loads(run.stderr.strip().splitlines()[-1])


def test_help_and_version_import_no_database_code():
    assert heavy_modules("--help") == []
    assert heavy_modules("--version") == []
    assert heavy_modules("search", "--help") == []
    assert heavy_modules("case", "list", "--help") == []


def test_the_head_known_from_the_files_is_alembics_head(db):
    heads = ScriptDirectory.from_config(_alembic_config(db.engine)).get_heads()
    assert heads == [head_revision()]
    assert is_current(db.engine)


def test_an_older_or_unversioned_schema_is_not_current(db_url):
    db = Database(db_url)
    db.ensure_schema()
    with db.engine.begin() as conn:  # as if the file were left by the previous version
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    assert not is_current(db.engine)
    with db.engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
    assert not is_current(db.engine)  # no version table at all: not current either
    db.dispose()


def test_empty_database_is_not_current(db_url):
    db = Database(db_url)
    assert not is_current(db.engine)
    db.ensure_schema()
    assert is_current(db.engine)
    db.dispose()


def test_the_command_lines_case_statuses_are_the_services():
    assert STATUSES == cases.STATUSES
