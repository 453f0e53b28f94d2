"""The data files the desk reads (rules, catalog, content, gazetteer, translations, permissions).

They live in the checkout's top-level `resources/` folder, which the wheel installs as the package
`vipdesk.resources`; everything is read through `importlib.resources`, so a checkout, an installed
wheel and a PyInstaller bundle all find the same files.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

PACKAGE = "vipdesk.resources"


def resource(relative: str) -> Traversable:
    """The data file or folder at `relative` (e.g. "rules.toml", "gazetteer/places.csv")."""
    node = resources.files(PACKAGE)
    for part in relative.split("/"):
        node = node.joinpath(part)
    return node


def read_text(relative: str) -> str:
    """The UTF-8 text of a data file."""
    return resource(relative).read_text(encoding="utf-8")
