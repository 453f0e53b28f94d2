"""`make run` on a bare Debian: every library Qt's xcb plugin needs is present or in the map."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("qt_libs", ROOT / "scripts" / "qt_libs.py")
qt_libs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(qt_libs)

pytestmark = pytest.mark.skipif(not shutil.which("ldd"), reason="needs ldd (Linux)")


def test_every_library_of_the_xcb_plugin_is_stock_bundled_or_mapped():
    files = qt_libs.binaries()
    assert any(f.name == "libqxcb.so" for f in files), "PySide6 has no xcb platform plugin"
    libs = qt_libs.system_libraries()
    pairs = qt_libs.read_map()
    unmapped = sorted(so for so in libs if so not in pairs)
    assert not unmapped, f"add to scripts/qt-debian-packages.txt: {unmapped}"
    # the libraries the issue found missing on a bare Debian 12 are there by name
    for soname in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0"):
        assert soname in pairs


@pytest.mark.skipif(not shutil.which("dpkg"), reason="needs dpkg (Debian)")
def test_map_names_the_package_that_owns_each_library_here():
    pairs = qt_libs.read_map()
    found = {so: where for so, where in qt_libs.system_libraries().items() if where}
    package = qt_libs.owners(list(found.values()))
    wrong = {so: (pairs[so], package[w]) for so, w in found.items() if package[w] != pairs[so]}
    assert not wrong, f"map disagrees with dpkg -S: {wrong}"


def test_missing_sonames_become_packages_and_unknown_ones_are_named():
    pairs = qt_libs.read_map()
    packages, unknown = qt_libs.packages_for(
        ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-util.so.1", "libmystery.so.9"], pairs
    )
    assert packages == ["libxcb-icccm4", "libxcb-keysyms1", "libxcb-util1"]
    assert unknown == ["libmystery.so.9"]


def test_system_deps_script_has_nothing_to_install_when_everything_loads(tmp_path):
    import sys

    done = subprocess.run(
        ["sh", str(ROOT / "scripts" / "system-deps.sh"), "gui"],
        env={"PYTHON": sys.executable, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "needs these Debian packages" not in done.stdout
