"""What the first-start assistant remembers between starts (it can be left and resumed)."""

from __future__ import annotations

from ui.settings import DATABASE_URL, DeskSettings, Setting

PAGE = Setting("first_start/page", "", str)  # set while the assistant is not finished
DB_KIND = Setting("first_start/db_kind", "local", str)  # "local" or "server"
SERVER_URL = Setting("first_start/server_url", "", str)
ADMIN_USERNAME = Setting("first_start/admin_username", "", str)
MEMBERS_FILE = Setting("first_start/members_file", "", str)
POLICIES_FILE = Setting("first_start/policies_file", "", str)
BRANCH_CODE = Setting("branch/code", "", str)  # the branch of the first administrator
STATE = (PAGE, DB_KIND, SERVER_URL, ADMIN_USERNAME, MEMBERS_FILE, POLICIES_FILE)


def in_progress(settings: DeskSettings) -> bool:
    """True while an assistant was started and not finished (resume it)."""
    return bool(settings.get(PAGE))


def chosen_url(settings: DeskSettings) -> str:
    """The database chosen in the assistant: the branch server, or this PC's own file."""
    from vipdesk.paths import default_db_url

    if settings.get(DB_KIND) == "server" and settings.get(SERVER_URL):
        return str(settings.get(SERVER_URL))
    return default_db_url()


def finish(settings: DeskSettings) -> str:
    """Save the chosen database as the desk's and forget the assistant's state; the URL."""
    url = chosen_url(settings)
    if settings.get(DB_KIND) == "server":
        settings.set(DATABASE_URL, url)
    else:
        settings.reset(DATABASE_URL)
    for setting in STATE:
        settings.reset(setting)
    return url


def database_configured(settings: DeskSettings, given: str | None = None) -> str | None:
    """The database URL the desk should open, or None when the assistant must run first.

    Order: `--db`, an unfinished assistant (None), env VIPDESK_DB, the saved setting, then the
    desk's own SQLite file if it exists.
    """
    import os

    from vipdesk.paths import data_dir, default_db_url

    if given:
        return given
    if in_progress(settings):
        return None
    if os.environ.get("VIPDESK_DB"):
        return os.environ["VIPDESK_DB"]
    if settings.get(DATABASE_URL):
        return str(settings.get(DATABASE_URL))
    if (data_dir() / "vipdesk.sqlite3").exists():
        return default_db_url()
    return None


def needs_assistant(settings: DeskSettings, given: str | None = None) -> bool:
    """True when no database is configured yet (cheap: no URL is built, nothing imported)."""
    import os

    from vipdesk.paths import data_dir

    if given:
        return False
    if in_progress(settings):
        return True
    if os.environ.get("VIPDESK_DB") or settings.get(DATABASE_URL):
        return False
    return not (data_dir() / "vipdesk.sqlite3").exists()
