"""Command modules; importing them registers their sub-commands.

A command line names one command: only its module is imported (`load`), so `vipdesk search`
does not pay for the printing, backup or case modules. `--help`, no command or an unknown one
import them all (the full list of commands; tests/cli/test_cli_imports.py keeps COMMANDS equal
to what the modules register).
"""

import importlib
import pkgutil

# top-level command -> the module (in this package) that registers it
COMMANDS = {
    "backup": "backup", "backups": "backup", "restore": "backup", "integrity": "backup",
    "init": "core", "demo": "core", "import": "core", "member": "core", "search": "core",
    "tiers": "core", "relative": "relatives", "card": "cards", "care": "care", "sla": "care",
    "check": "cases", "case": "cases", "export": "export", "report": "export",
    "print": "printing", "staff": "staff", "audit": "staff", "usage": "usage",
}  # fmt: skip


def load(command: str | None = None) -> None:
    """Import the module registering `command`; every command module when None or unknown."""
    module = COMMANDS.get(command or "")
    if module is not None:
        importlib.import_module(f"{__name__}.{module}")
        return
    for found in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{found.name}")
