"""Where the desk keeps its data: the platform's local user-data folder (never the CWD).

The folder is private to the signed-in user (0700; its database and logs 0600), SQLite URLs are
built from paths with proper quoting, and a database on a network share is recognised so it can be
refused (SQLite's file locking is unreliable there).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import quote, unquote

APP_NAME = "VIPDesk"
DB_FILE = "vipdesk.sqlite3"
NETWORK_FS = {
    "cifs",
    "smb",
    "smb2",
    "smb3",
    "smbfs",
    "nfs",
    "nfs4",
    "ncpfs",
    "afs",
    "9p",
    "ceph",
    "glusterfs",
    "fuse.sshfs",
    "fuse.glusterfs",
    "fuse.s3fs",
    "davfs",
    "fuse.davfs2",
}


def private_dir(path: Path) -> Path:
    """Create the folder if needed, readable only by the current user (0700 on POSIX)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        try:
            if path.stat().st_uid == os.getuid():
                path.chmod(0o700)
        except OSError:
            pass
    return path


def private_file(path: Path) -> None:
    """Make an existing file readable and writable only by its owner (0600 on POSIX)."""
    if os.name != "posix":
        return
    try:
        if path.exists() and path.stat().st_uid == os.getuid():
            path.chmod(0o600)
    except OSError:
        pass


def data_dir() -> Path:
    """The user-data folder (env VIPDESK_HOME overrides it), created on demand, 0700."""
    override = os.environ.get("VIPDESK_HOME")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        # the local (not roaming) profile of the signed-in user: on Windows under %LOCALAPPDATA%
        path = Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))
    return private_dir(path)


PLAIN_SQLITE = ("sqlite:///", "sqlite+pysqlite:///")


def sqlite_url(path: str | os.PathLike[str]) -> str:
    """The SQLAlchemy URL of an SQLite file, quoted so `?`, `#` and `%` in folder names work."""
    text = str(Path(path).expanduser().absolute())
    if not any(c in text for c in "?#%"):
        return PLAIN_SQLITE[0] + text  # as SQLAlchemy renders it (tested); no SQLAlchemy needed
    from sqlalchemy.engine import URL

    uri = "file:" + quote(Path(text).as_posix(), safe="/:")
    return URL.create("sqlite", database=uri, query={"uri": "true"}).render_as_string()


def plain_sqlite_path(url: str) -> Path | None:
    """The file of a plain `sqlite:///path` URL, read without SQLAlchemy; None for anything
    else (servers, `:memory:`, URIs, query strings: `sqlite_path` reads those)."""
    database = next((url[len(p) :] for p in PLAIN_SQLITE if url.startswith(p)), "")
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return None if any(c in database for c in "?#") else Path(database)  # "%" is literal there


def sqlite_path(url: object) -> Path | None:
    """The file behind an SQLite URL (string or URL), None for servers and in-memory databases."""
    if isinstance(url, str):
        if url.startswith("postgresql"):
            return None
        plain = plain_sqlite_path(url)
        if plain is not None:
            return plain
    from sqlalchemy.engine import make_url

    parsed = make_url(url)  # type: ignore[arg-type]
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if not database or database == ":memory:":
        return None
    if parsed.query.get("uri") in ("true", "1") or database.startswith("file:"):
        if not database.startswith("file:"):
            return Path(database)
        body = database[5:].split("?", 1)[0]
        if body in ("", ":memory:") or "mode=memory" in database:
            return None
        return Path(unquote(body))
    return Path(database)


def default_db_path() -> Path:
    """The desk's own SQLite file in the user-data folder."""
    return data_dir() / DB_FILE


def default_db_url() -> str:
    """The database URL: env VIPDESK_DB, else the desk's SQLite file in the user-data folder."""
    return os.environ.get("VIPDESK_DB") or sqlite_url(default_db_path())


def log_dir() -> Path:
    """Folder for log files and crash reports (0700)."""
    return private_dir(data_dir() / "logs")


def network_share(path: Path, mounts: str | None = None) -> str | None:
    """Why `path` is on a network share (a plain phrase), or None when it is on a local disk."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "网络共享路径（UNC）"
    if sys.platform == "win32":
        return _windows_remote_drive(text)
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    fstype = _mount_fstype(Path(os.path.realpath(path)), mounts)
    if fstype and (fstype in NETWORK_FS or fstype.startswith(("nfs", "cifs", "smb"))):
        return f"网络文件系统（{fstype}）"
    return None


def _mount_fstype(path: Path, mounts: str) -> str | None:
    best, best_type = -1, None
    target = path.as_posix()
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and len(point) > best:
            best, best_type = len(point), parts[2]
    return best_type


def _windows_remote_drive(text: str) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(text)[0]
    if not drive:
        return None
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
    return "映射的网络驱动器" if kind == 4 else None  # DRIVE_REMOTE
