"""VIP Desk: the branch service desk for an insurer's VIP members."""

from typing import Any


def __getattr__(name: str) -> Any:
    """`__version__`, read from the package metadata when first asked (importlib.metadata costs
    ~20 ms, which the command line's start-up does not pay unless it prints the version)."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("vipdesk")  # the one version source: the package metadata
    except PackageNotFoundError:  # a bare checkout on sys.path without `pip install -e .`
        found = "0+unknown"
    globals()["__version__"] = found
    return found
