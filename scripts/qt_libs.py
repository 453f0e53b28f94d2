"""The system libraries Qt's xcb plugin and our Qt libraries need, and their Debian packages.

    python scripts/qt_libs.py packages   # Debian packages providing the libraries `ldd` cannot find
    python scripts/qt_libs.py missing    # the sonames `ldd` cannot find (one a line)
    python scripts/qt_libs.py generate   # rewrite scripts/qt-debian-packages.txt with `dpkg -S`

The map (soname -> package) is derived on a Debian 12 machine where everything loads: `ldd` lists
every library the binaries below need (transitively), `dpkg -S` names the package owning each.
A soname missing from the map is reported, never guessed.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAP_FILE = HERE / "qt-debian-packages.txt"
# the ELF files whose dependencies the desk needs: the X11 platform plugin, its GL integrations,
# and the Qt libraries the GUI imports (widgets, PDF, printing, local sockets, D-Bus)
BINARIES = (
    "Qt/plugins/platforms/libqxcb.so",
    "Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "Qt/plugins/xcbglintegrations/libqxcb-egl-integration.so",
    "Qt/lib/libQt6XcbQpa.so.6",
    "Qt/lib/libQt6Core.so.6",
    "Qt/lib/libQt6Gui.so.6",
    "Qt/lib/libQt6Widgets.so.6",
    "Qt/lib/libQt6Pdf.so.6",
    "Qt/lib/libQt6PdfWidgets.so.6",
    "Qt/lib/libQt6PrintSupport.so.6",
    "Qt/lib/libQt6Network.so.6",
    "Qt/lib/libQt6DBus.so.6",
)
# in every Debian system (the C library, the loader, GCC's runtime): never in the map
STOCK = {
    "linux-vdso.so.1",
    "ld-linux-x86-64.so.2",
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "libpthread.so.0",
    "librt.so.1",
    "libresolv.so.2",
    "libgcc_s.so.1",
    "libstdc++.so.6",
}
LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")


def pyside_dir() -> Path:
    """The PySide6 package folder of this interpreter."""
    import PySide6

    return Path(PySide6.__file__).resolve().parent


def binaries(root: Path | None = None) -> list[Path]:
    """The ELF files to ask the loader about (those present in this PySide6)."""
    root = root or pyside_dir()
    return [root / rel for rel in BINARIES if (root / rel).is_file()]


def linked(files: list[Path]) -> dict[str, str | None]:
    """Every soname the files need (transitively, per `ldd`): its path, or None if not found."""
    found: dict[str, str | None] = {}
    for path in files:
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
        for line in out.splitlines():
            m = LINE.match(line)
            if m:
                soname, where = m.groups()
                found[soname] = None if where == "not found" else where
    return found


def system_libraries(root: Path | None = None) -> dict[str, str | None]:
    """The libraries from outside PySide6 (not stock): soname -> path or None."""
    root = root or pyside_dir()
    return {
        so: where
        for so, where in linked(binaries(root)).items()
        if so not in STOCK and not (where and Path(where).resolve().is_relative_to(root))
    }


def read_map(path: Path = MAP_FILE) -> dict[str, str]:
    """The committed soname -> Debian package map."""
    pairs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            soname, package = line.split()
            pairs[soname] = package
    return pairs


def owner(path: str) -> str:
    """The Debian package that installed `path` (dpkg -S), without the architecture."""
    for candidate in (path, str(Path(path).resolve())):
        done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":")[0].strip()
    sys.exit(f"dpkg does not know who installed {path}")


def packages_for(missing: list[str], pairs: dict[str, str]) -> tuple[list[str], list[str]]:
    """The Debian packages providing the missing sonames, and the sonames the map lacks."""
    unknown = [so for so in missing if so not in pairs]
    return sorted({pairs[so] for so in missing if so in pairs}), unknown


def owners(paths: list[str]) -> dict[str, str]:
    """The Debian package of each path (one `dpkg -S` call; symlinks resolved as needed)."""
    asked = {p: str(Path(p).resolve()) for p in paths}
    out = subprocess.run(
        ["dpkg", "-S", *sorted(set(paths) | set(asked.values()))], capture_output=True, text=True
    ).stdout
    by_path = {}
    for line in out.splitlines():
        package, _, path = line.partition(": ")
        by_path[path.strip()] = package.split(":")[0]
    return {p: by_path.get(p) or by_path.get(asked[p]) or owner(p) for p in paths}


def generate() -> int:
    """Rewrite the map from this machine, where every library must load."""
    libs = system_libraries()
    missing = sorted(so for so, where in libs.items() if where is None)
    if missing:
        print("cannot derive the map: not found here: " + " ".join(missing), file=sys.stderr)
        return 1
    lines = [
        "# soname -> Debian 12 package, for Qt's xcb plugin and the Qt libraries VIP Desk uses.",
        "# Generated by `python scripts/qt_libs.py generate` (ldd + dpkg -S); read by",
        "# scripts/system-deps.sh (make run) and .ci/run;",
        "# checked by tests/install/test_system_deps.py.",
    ]
    found = {so: where for so, where in sorted(libs.items()) if where}
    package = owners(list(found.values()))
    lines += [f"{so} {package[where]}" for so, where in found.items()]
    MAP_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(libs)} libraries mapped in {MAP_FILE.name}")
    return 0


def main(argv: list[str]) -> int:
    """Command line: packages | missing | generate."""
    command = argv[1] if len(argv) > 1 else "packages"
    if command == "generate":
        return generate()
    missing = sorted(so for so, where in system_libraries().items() if where is None)
    if command == "missing":
        print("\n".join(missing))
        return 0
    packages, unknown = packages_for(missing, read_map())
    if unknown:
        print("not in scripts/qt-debian-packages.txt: " + " ".join(unknown), file=sys.stderr)
    print(" ".join(packages))
    return 1 if unknown else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
