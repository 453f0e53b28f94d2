"""PostgreSQL going away in the middle of an import: one plain line, no driver output."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.conftest import PG_URL
from tests.safety.helpers import ADMIN, admin_of, cli_env
from tests.safety.test_files_and_disks import _members_file


def test_server_gone_mid_import_prints_only_the_plain_message(pg_only_db, tmp_path):
    db = pg_only_db
    admin_of(db)
    name = make_url(db.url).database
    big = _members_file(tmp_path, 30000)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "vipdesk",
            "--db",
            db.url,
            "--as",
            ADMIN,
            "import",
            "members",
            str(big),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_env(tmp_path / "home"),
        text=True,
    )
    killer = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    stop = threading.Event()

    def terminate() -> None:  # what a server stop does to the desk's connection
        time.sleep(0.5)
        while not stop.is_set():
            with killer.connect() as conn:
                busy = conn.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = :d AND pid <> pg_backend_pid() AND state = 'active' "
                        "AND query LIKE '%stage_%'"  # the import's own apply, not a sign-in
                    ),
                    {"d": name},
                ).all()
            if busy:
                return
            time.sleep(0.05)

    thread = threading.Thread(target=terminate)
    thread.start()
    out, err = proc.communicate(timeout=300)
    stop.set()
    thread.join()
    killer.dispose()
    lines = [line for line in err.splitlines() if line.strip()]
    assert proc.returncode == 2, (out, err)
    assert len(lines) == 1 and lines[0].startswith("vipdesk: "), err
    assert "<psycopg" not in err and "Traceback" not in err and "Exception" not in err
