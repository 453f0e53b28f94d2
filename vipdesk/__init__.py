"""VIP Desk: the branch service desk for an insurer's VIP members."""

import os
import sys
from typing import Any


def __getattr__(name: str) -> Any:
    """`__version__`, read from the package metadata when first asked."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    found = _installed_version()
    globals()["__version__"] = found
    return found


def _installed_version() -> str:
    """The `Version:` of our installed metadata (vipdesk-*.dist-info/METADATA on sys.path).

    The one version source is the package metadata. It is read directly: importing
    importlib.metadata and letting it search every distribution costs 20-60 ms, paid by every
    command line through its log header (issue 14). importlib.metadata remains the fallback.
    """
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for entry in names:
            if entry.startswith("vipdesk-") and entry.endswith(".dist-info"):
                try:
                    with open(
                        os.path.join(folder or ".", entry, "METADATA"), encoding="utf-8"
                    ) as f:
                        for line in f:
                            if line.startswith("Version:"):
                                return line.split(":", 1)[1].strip()
                            if not line.strip():
                                break  # end of the headers
                except OSError:
                    pass
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vipdesk")
    except PackageNotFoundError:  # a bare checkout on sys.path without `pip install -e .`
        return "0+unknown"
