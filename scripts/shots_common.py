"""What the screenshot scripts share: a throw-away user-data folder, the 1366×768 offscreen
screen, the Chinese desk application, waiting on the event loop and saving a window's picture.

Usage from a script in scripts/ (run from the repository root)::

    from shots_common import Shots

    shots = Shots(out)  # before any other Qt or desk import
    shots.wait(lambda: window.opened is not None)
    shots.shot(window, "main.png")
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


class Shots:
    """The application and the helpers of one screenshot run; never touches the real user data."""

    def __init__(self, out: Path) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        self.home = Path(tempfile.mkdtemp(prefix="vipdesk-shots-"))
        os.environ["VIPDESK_HOME"] = str(self.home)
        os.environ.pop("VIPDESK_DB", None)
        sys.path.insert(0, str(Path.cwd()))
        from tests.ui.screens import use_test_screen

        use_test_screen()
        from ui.app import create_app
        from ui.look import install_translations

        self.app = create_app([sys.argv[0]])
        install_translations(self.app, "zh_CN")
        self.out = out
        out.mkdir(parents=True, exist_ok=True)

    def wait(self, condition: Callable[[], Any], seconds: float = 300) -> None:
        """Run the event loop until `condition()` holds; stop the script if it never does."""
        from PySide6.QtCore import QEventLoop, QTimer

        timer = QTimer(interval=20)
        loop = QEventLoop()
        timer.timeout.connect(lambda: loop.quit() if condition() else None)
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        timer.start()
        loop.exec()
        timer.stop()
        if not condition():
            raise SystemExit(f"timed out at line {sys._getframe(1).f_lineno}")

    def settle(self) -> None:
        """Let pending layout and paint events run."""
        for _ in range(10):
            self.app.processEvents()

    def shot(self, widget: Any, name: str) -> None:
        """Save the widget's picture as `name` in the output folder."""
        self.settle()
        widget.grab().save(str(self.out / name))
        print("wrote", self.out / name, widget.width(), "x", widget.height())
