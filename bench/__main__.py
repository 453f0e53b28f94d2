"""`python -m bench`: run every bench/bench_*.py module's main(), one after the other."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path


def main() -> None:
    """Import each bench_* module of this package and call its main()."""
    folder = Path(__file__).resolve().parent
    for info in sorted(pkgutil.iter_modules([str(folder)]), key=lambda i: i.name):
        if info.name.startswith("bench_"):
            print(f"\n== {info.name} ==", flush=True)
            importlib.import_module(f"bench.{info.name}").main()


if __name__ == "__main__":
    main()
