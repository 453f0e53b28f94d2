"""SQLite URLs are written and read without SQLAlchemy where they are plain (the desk's start
imports none), exactly as SQLAlchemy writes and reads them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from vipdesk.paths import plain_sqlite_path, sqlite_path, sqlite_url

PATHS = ["/tmp/a b/中文.sqlite3", "/tmp/x@y:z/d.db", "/tmp/plus+semi;/x.db", "/tmp/[a]/x.db"]


@pytest.mark.parametrize("path", PATHS)
def test_a_plain_path_gets_the_url_sqlalchemy_renders(path):
    url = sqlite_url(path)
    assert url == URL.create("sqlite", database=path).render_as_string()
    assert plain_sqlite_path(url) == sqlite_path(URL.create("sqlite", database=path)) == Path(path)


@pytest.mark.parametrize("path", ["/tmp/what?/x.db", "/tmp/100%/x.db", "/tmp/#1/x.db"])
def test_a_path_with_url_characters_gets_a_uri_read_back_by_sqlalchemy(path):
    url = sqlite_url(path)
    assert url.startswith("sqlite:///file:") and plain_sqlite_path(url) is None
    assert sqlite_path(url) == Path(path)


@pytest.mark.parametrize(
    "url", ["postgresql://h/db", "sqlite://", "sqlite:///:memory:", "sqlite:///x.db?timeout=5"]
)
def test_other_urls_are_not_plain_files(url):
    assert plain_sqlite_path(url) is None
    assert sqlite_path(url) == (Path("x.db") if "x.db" in url else None)
