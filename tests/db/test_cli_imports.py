"""Command-line start-up (issue 14): each command imports only what it needs.

Every check runs the real command in a fresh interpreter and reads `sys.modules` at its end, so
an import added at the top of a shared module (the ORM for `--version`, ReportLab or Qt for a
search) fails here instead of slowing every command down unnoticed.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from vipdesk.cli import command_word, main
from vipdesk.cli.commands import COMMANDS

PROBE = """
import json, sys
from vipdesk.cli import main
try:
    status = main(sys.argv[1:])
except SystemExit as exc:
    status = exc.code
print(json.dumps([status, sorted(sys.modules)]), file=sys.stderr)
"""
NEVER_FOR_READS = (
    "PySide6",
    "reportlab",
    "alembic",
    "openpyxl",
    "vipdesk.documents",
    "vipdesk.services.backup",
    "vipdesk.services.importer",
    "vipdesk.cli.commands.printing",
    "vipdesk.cli.commands.backup",
    "vipdesk.cli.commands.staff",
    "vipdesk.cli.commands.export",
    "wcwidth",  # --json prints no table
    "geopy",  # the online geocoder: only for a check with --location
)


def loaded(*argv: str) -> tuple[int, list[str]]:
    """Exit status and imported module names of one `vipdesk` process."""
    run = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, timeout=120
    )
    status, modules = json.loads(run.stderr.strip().splitlines()[-1])
    return status, modules


def heavy(modules: list[str], prefixes: tuple[str, ...]) -> list[str]:
    """The modules among `modules` that are, or live under, one of `prefixes`."""
    return [m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes)]


def test_version_imports_no_sqlalchemy_and_no_command_module():
    status, modules = loaded("--version")
    assert status == 0
    assert heavy(modules, ("sqlalchemy", "vipdesk.cli.commands", "vipdesk.logs")) == []
    assert "importlib.metadata" not in modules  # the version is read from the metadata file
    status, modules = loaded("--db", "sqlite:///nowhere.sqlite3", "--version")
    assert status == 0
    assert heavy(modules, ("sqlalchemy", "vipdesk.db", "vipdesk.services")) == []


@pytest.fixture
def demo_file(sqlite_url, capsys):
    """A small demo database and one of its members' ID number and name."""
    assert main(["--db", sqlite_url, "demo", "--members", "60", "--seed", "3"]) == 0
    capsys.readouterr()
    conn = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    row = conn.execute("SELECT id_number, name FROM members WHERE tier IS NOT NULL").fetchone()
    conn.close()
    return sqlite_url, row[0], row[1]


def test_read_commands_import_only_what_they_need(demo_file):
    url, id_number, name = demo_file
    signed = ["--db", url, "--as", "demo.clerk"]
    for argv in (
        [*signed, "search", name, "--json"],
        [*signed, "member", id_number, "--json"],
        [*signed, "check", id_number, "--service", "health_check", "--json"],
    ):
        status, modules = loaded(*argv)
        assert status in (0, 3), argv  # check exits 3 when the service is refused
        assert heavy(modules, NEVER_FOR_READS) == [], argv
        assert "vipdesk.cli.commands.core" in modules or "vipdesk.cli.commands.cases" in modules


def test_commands_map_is_what_the_modules_register():
    import argparse
    import importlib

    from vipdesk import cli

    for module in set(COMMANDS.values()):
        importlib.import_module(f"vipdesk.cli.commands.{module}")
    owners = {}
    for register in cli.REGISTRARS:
        sub = argparse.ArgumentParser().add_subparsers()
        register(sub)
        owners.update({name: register.__module__.rsplit(".", 1)[1] for name in sub.choices})
    assert owners == COMMANDS


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["search", "王"], "search"),
        (["--db", "sqlite:///x", "--as", "clerk", "member", "1"], "member"),
        (["--db=sqlite:///x", "--password-stdin", "check", "1"], "check"),
        (["--as", "search", "print", "letter"], "print"),  # a username that is a command's name
        (["--a", "card", "usage", "x"], "usage"),  # argparse's abbreviation of --as
        (["--help"], None),
        (["-h", "search"], None),
        ([], None),
    ],
)
def test_the_command_word_skips_global_options(argv, word):
    assert command_word(argv) == word


def test_an_unknown_command_still_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["nonsense"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "print" in err and "search" in err and "backup" in err


def test_the_version_read_directly_is_the_package_metadatas():
    from importlib.metadata import version

    import vipdesk

    assert vipdesk._installed_version() == version("vipdesk")
