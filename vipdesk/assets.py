"""The data files the desk reads (rules, catalog, content, gazetteer, translations, permissions).

They live in the checkout's top-level `resources/` folder, which the wheel installs as the package
`vipdesk.resources`; everything is read through `importlib.resources`, so a checkout, an installed
wheel and a PyInstaller bundle all find the same files.
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

PACKAGE = "vipdesk.resources"
_extracted = ExitStack()
atexit.register(_extracted.close)


def resource(relative: str) -> Traversable:
    """The data file or folder at `relative` (e.g. "rules.toml", "gazetteer/places.csv")."""
    node = resources.files(PACKAGE)
    for part in relative.split("/"):
        node = node.joinpath(part)
    return node


def read_text(relative: str) -> str:
    """The UTF-8 text of a data file."""
    return resource(relative).read_text(encoding="utf-8")


def file_path(relative: str) -> Path:
    """A real file-system path of a data file or folder, for libraries that need one (Qt).

    Installed packages and bundles keep the files on disk, so this is the file itself; from a
    zip it is a temporary copy that lives until the program ends.
    """
    node = resource(relative)
    if isinstance(node, Path):
        return node
    return _extracted.enter_context(resources.as_file(node))


def names(relative: str, suffix: str = "") -> list[str]:
    """The names of the files in a data folder ending with `suffix`, sorted."""
    folder = resource(relative)
    if not folder.is_dir():
        return []
    return sorted(e.name for e in folder.iterdir() if e.is_file() and e.name.endswith(suffix))
