"""The wheel: built from the checkout, installed into a throw-away venv, used from another folder.

The venv gets the wheel (with its console scripts) and finds the dependencies in this test run's
own environment through a path file, so no download happens; `pip check` proves the wheel's
declared dependencies are met by them. Nothing of the checkout is importable in there: the
commands run from a temporary folder and the test asserts the modules came from the venv.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
ADMIN = ("wheel.admin", "Wheel Admin", "wheel-test-password-2026")
CLERK = ("wheel.clerk", "Wheel Clerk", "wheel-clerk-password-2026")
TIMEOUT = 120


def _source_files() -> list[str]:
    """Tracked and new (not ignored) files of the checkout: what a fresh clone would hold."""
    out = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [name for name in out.split("\0") if name and (ROOT / name).is_file()]


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> tuple[Path, list[str]]:
    """A clean copy of the checkout (no stale build/ folder) and the files copied."""
    src = tmp_path_factory.mktemp("wheel") / "src"
    names = _source_files()
    for name in names:
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, src / name)
    return src, names


@pytest.fixture(scope="module")
def wheel(source) -> Path:
    """The wheel built from that copy."""
    src = source[0]
    out = src.parent / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
        + ["-w", str(out), str(src)],
        check=True,
        timeout=TIMEOUT,
    )
    (found,) = out.glob("vipdesk-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    """A fresh venv holding the installed wheel; dependencies from this environment."""
    folder = tmp_path_factory.mktemp("venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    python = folder / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    deps = sysconfig.get_path("purelib")
    Path(site, "_vipdesk_test_deps.pth").write_text(deps + "\n", encoding="utf-8")
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    subprocess.run(pip + ["install", "-q", "--no-deps", str(wheel)], check=True, timeout=TIMEOUT)
    checked = subprocess.run(pip + ["check"], capture_output=True, text=True)
    assert "vipdesk" not in checked.stdout, checked.stdout  # every declared dependency is met
    return folder


@pytest.fixture
def elsewhere(tmp_path, monkeypatch) -> Path:
    """An unrelated working folder and user-data folder, no inherited paths."""
    work = tmp_path / "elsewhere"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.delenv("PYTHONPATH", raising=False)
    monkeypatch.setenv("VIPDESK_HOME", str(tmp_path / "home"))
    return work


def run(
    venv: Path, program: str, *args: str, stdin: str = "", ok: tuple[int, ...] = (0,)
) -> subprocess.CompletedProcess:
    """Run one of the venv's installed programs; fail the test with its output on error."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIPDESK_DB")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [str(venv / "bin" / program), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=env,
    )
    assert done.returncode in ok, f"{program} {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
    return done


def wheel_version(wheel: Path) -> str:
    """The version in the wheel's file name."""
    return wheel.name.split("-")[1]


def test_wheel_holds_every_resource_the_translations_and_only_our_modules(wheel, source):
    names = set(zipfile.ZipFile(wheel).namelist())
    tracked = source[1]
    resources = [n for n in tracked if n.startswith("resources/") and "__pycache__" not in n]
    missing = [n for n in resources if "vipdesk/" + n not in names]
    assert not missing, f"resources/ files not in the wheel: {missing}"
    for ts in (n for n in resources if n.endswith(".ts")):
        assert "vipdesk/" + ts[: -len(".ts")] + ".qm" in names, f"{ts} not compiled into the wheel"
    code = [n for n in tracked if n.endswith(".py") and n.split("/")[0] in ("vipdesk", "ui")]
    assert not [n for n in code if n not in names], "modules missing from the packages list"
    assert "vipdesk/db/migrations/script.py.mako" in names
    top = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert top == {"vipdesk", "ui"}, f"unexpected top-level modules: {top}"
    meta = zipfile.ZipFile(wheel).read(f"vipdesk-{wheel_version(wheel)}.dist-info/METADATA")
    text = meta.decode()
    for field in ("License-Expression:", "Author:", "Classifier:", "License-File: LICENSE"):
        assert field in text, field
    entry = zipfile.ZipFile(wheel).read(
        f"vipdesk-{wheel_version(wheel)}.dist-info/entry_points.txt"
    )
    assert b"vipdesk-gui = ui.app:main" in entry and b"vipdesk = vipdesk.cli:main" in entry


def _prepare(venv: Path, url: str) -> tuple[list[str], str]:
    """Database with an administrator, demo members and a clerk; the clerk's global options."""
    admin_user, admin_name, admin_pw = ADMIN
    clerk_user, clerk_name, clerk_pw = CLERK
    if "--admin" not in run(venv, "vipdesk", "init", "--help").stdout:  # before staff sign-in
        run(venv, "vipdesk", "--db", url, "init")
        run(venv, "vipdesk", "--db", url, "demo", "--members", "50", "--seed", "3")
        return ["--db", url], ""
    run(venv, "vipdesk", "--db", url, "init", "--admin", admin_user, "--name", admin_name,
        "--password-stdin", stdin=admin_pw + "\n")  # fmt: skip
    admin = ["--db", url, "--as", admin_user, "--password-stdin"]
    run(venv, "vipdesk", *admin, "demo", "--members", "50", "--seed", "3", stdin=admin_pw + "\n")
    first = clerk_pw + "-first"
    run(venv, "vipdesk", *admin, "staff", "add", clerk_user, "--name", clerk_name, "--role",
        "clerk", "--password-stdin", stdin=f"{admin_pw}\n{first}\n")  # fmt: skip
    clerk = ["--db", url, "--as", clerk_user, "--password-stdin"]
    # a new account changes its password first: the signer's (old) password, the new one
    run(venv, "vipdesk", *clerk, "staff", "change-password", "--password-stdin",
        stdin=f"{first}\n{clerk_pw}\n")  # fmt: skip
    return clerk, clerk_pw + "\n"


@pytest.fixture
def pg_url():
    """An empty database on the test PostgreSQL server (skipped without one)."""
    from tests.conftest import _pg_database

    yield from _pg_database()


@pytest.mark.postgres
def test_installed_package_creates_a_postgresql_database(venv, elsewhere, pg_url):
    # the driver and the migrations work from the installed package; the commands themselves
    # are tested on PostgreSQL in tests/db and tests/docs
    user, name, password = ADMIN
    run(venv, "vipdesk", "--db", pg_url, "init", "--admin", user, "--name", name,
        "--password-stdin", stdin=password + "\n")  # fmt: skip
    admin = ["--db", pg_url, "--as", user, "--password-stdin"]
    out = run(venv, "vipdesk", *admin, "demo", "--members", "20", stdin=password + "\n")
    assert "20" in out.stdout


def test_installed_commands_and_window_work_from_another_folder(venv, wheel, elsewhere, sqlite_url):
    db_url = sqlite_url
    version = wheel_version(wheel)
    assert run(venv, "vipdesk", "--version").stdout.strip() == f"vipdesk {version}"
    where = run(venv, "python", "-c", "import vipdesk, ui.app; print(vipdesk.__file__)").stdout
    assert Path(where.strip()).is_relative_to(venv), "the checkout leaked into the venv"
    glob, stdin = _prepare(venv, db_url)
    card = None
    for surname in ("王", "李", "张", "刘", "陈", "杨"):
        found = json.loads(run(venv, "vipdesk", *glob, "search", surname, "--json",
                               stdin=stdin).stdout)  # fmt: skip
        card = next((m["card_number"] for m in found if m["card_number"]), None)
        if card:
            break
    assert card, "search found no carded demo member"
    where = ["--service", "domestic_rescue", "--location", "上海市浦东新区", "--json"]
    # a decision either way is an answer: not eligible exits 3
    decided = run(venv, "vipdesk", *glob, "check", card, *where, stdin=stdin, ok=(0, 3))
    check = json.loads(decided.stdout)
    assert "上海" in check["location"] and check["distance_km"] is not None
    run(venv, "vipdesk", *glob, "print", "handbook", "--tier", "gold", "-o", "h.pdf", stdin=stdin)
    run(venv, "vipdesk", *glob, "print", "letter", card, "-o", "l.pdf", stdin=stdin)
    for pdf in (elsewhere / "h.pdf", elsewhere / "l.pdf"):
        last = PdfReader(pdf).pages[-1].extract_text()  # the footer (the cover has none)
        assert f"VIP Desk {version}" in last, f"{pdf.name} footer lacks the version"
    shown = run(venv, "vipdesk-gui", "--db", db_url, "--ready-probe", "quit").stdout
    assert "READY" in shown and "usable=True" in shown, shown


def test_installed_smoke_check_passes(venv, elsewhere):
    out = run(venv, "vipdesk-gui", "--smoke").stdout
    assert "SMOKE OK" in out, out
