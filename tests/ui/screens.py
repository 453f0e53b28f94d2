"""The desk screen the offscreen tests run on (default 1366×768, the most common desk PC).

The offscreen platform reads its screens from a JSON file (`offscreen:configfile=…`). Set
`VIPDESK_TEST_SCREEN=WIDTHxHEIGHT[@SCALE]` to run on another one, e.g. `1920x1080@1.5` (a
1920×1080 screen at 150 %: 1280×720 logical pixels).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

DEFAULT_SCREEN = "1366x768"


def parse_screen(text: str) -> tuple[int, int, float]:
    """'1920x1080@1.5' -> (1920, 1080, 1.5)."""
    size, _, scale = text.partition("@")
    width, height = (int(n) for n in size.lower().split("x"))
    return width, height, float(scale or 1)


def use_test_screen() -> tuple[int, int, float] | None:
    """Point the offscreen platform at a screen of the configured size (before QApplication)."""
    if os.environ.get("QT_QPA_PLATFORM", "") != "offscreen":
        return None
    width, height, scale = parse_screen(os.environ.get("VIPDESK_TEST_SCREEN", DEFAULT_SCREEN))
    screen = {
        "name": f"desk-{width}x{height}",
        "x": 0,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96 * scale,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    path = Path(tempfile.gettempdir()) / f"vipdesk-screen-{width}x{height}-{scale:g}.json"
    path.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={path}"
    return width, height, scale
