"""Install figures: wheel size, bundle size, cold start of the bundle beside a bare PySide6 window.

Cold start = a new process, from launch to the first window taking input (the READY line of
`--ready-probe`, ui/start_probe.py; the desk window is built behind it, ui/startup.py), median
of RUNS, offscreen, on a 2,000-member demo database. The floor is a bare PySide6 window with one
line edit, started the same way. The page cache is warm (the runs follow each other); the very
first start after a reboot is slower by the disk reads.

Run: `make bundle` first, then `.venv/bin/python -m bench.bench_start` (or `make bench`).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.bench_gui import BARE_WINDOW, launch

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "VIPDesk" / "VIPDesk"
RUNS = 5
MEMBERS = 2000


def folder_size(path: Path) -> int:
    """Bytes of every file below `path`."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def wheel_size(out: Path) -> int:
    """Build the wheel (no dependencies, this venv as build environment); its size in bytes."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
        + ["-w", str(out), str(ROOT)],
        check=True,
    )
    (wheel,) = out.glob("vipdesk-*.whl")
    return wheel.stat().st_size


def demo_database(folder: Path) -> str:
    """A demo database made with the desk's own commands."""
    from ui.smoke import prepare_database

    url = "sqlite:///" + (folder / "bench-start.sqlite3").as_posix()
    prepare_database(url, MEMBERS)
    return url


def median_ready(args: list[str], env: dict[str, str]) -> float:
    """Median seconds from launch to READY over RUNS starts."""
    return statistics.median(launch(args, env)["READY"] for _ in range(RUNS))


def main() -> None:
    """Print the figures for README."""
    with tempfile.TemporaryDirectory(prefix="vipdesk-bench-start-") as tmp:
        folder = Path(tmp)
        os.environ["VIPDESK_HOME"] = str(folder / "home")
        size = wheel_size(folder / "wheel")
        print(f"wheel: {size / 1e6:.2f} MB (vipdesk only; dependencies come from PyPI)")
        if not BUNDLE.exists():
            print("bundle: not built (run `make bundle`), no bundle figures")
            return
        print(f"bundle: {folder_size(BUNDLE.parent) / 1e6:.0f} MB on disk ({BUNDLE.parent})")
        url = demo_database(folder)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VIPDESK_READY_PROBE="quit")
        env["VIPDESK_HOME"] = str(folder / "home")
        bundle = median_ready([str(BUNDLE), "--db", url], env)
        source = median_ready([sys.executable, "main.py", "--db", url], env)
        bare = median_ready([sys.executable, "-c", BARE_WINDOW], env)
        print(f"cold start to the first usable window, median of {RUNS} (target < 1.5 s):")
        print(f"  bundle       {bundle:.3f} s")
        print(f"  source       {source:.3f} s (python main.py)")
        print(f"  bare PySide6 {bare:.3f} s (floor: one QLineEdit in a QMainWindow)")


if __name__ == "__main__":
    main()
