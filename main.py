"""Start the VIP Desk window: the composition root of the GUI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, build the application and show the desk window."""
    from ui.app import run

    return run(sys.argv if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
