"""The start-up probe (`--ready-probe`, env VIPDESK_READY_PROBE): what the benchmarks read.

Lines printed, in seconds since `run` began:
- READY: the first window (sign-in dialog or first-start assistant) takes input; `heavy=` lists
  the desk window's heavy modules already loaded then (none: they load behind it);
- BUILT: the hidden desk window is built (its imports on the worker, its widgets on the GUI
  thread, both seconds given);
- DBREADY: the database answered (DBFAIL: it could not be opened);
- STALL: the longest the GUI thread did not turn its event loop between READY and the end
  (a 5 ms heartbeat; what a clerk typing into the sign-in box would feel).
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication

HEARTBEAT_MS = 5


def probe(app: QApplication, start: Any, started: float, quit_after: bool) -> None:
    """Print READY, BUILT, DBREADY and STALL lines; with `quit_after`, quit once all are known."""
    from ui.startup import heavy_loaded

    wizard = start.url_source is None
    clock = QElapsedTimer()
    beat = QTimer(app, interval=HEARTBEAT_MS, timerType=Qt.TimerType.PreciseTimer)
    state = {"last": 0.0, "stall": 0.0, "built": False, "opened": wizard}

    def since() -> float:
        return time.perf_counter() - started

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        if state["last"]:
            state["stall"] = max(state["stall"], now - state["last"] - HEARTBEAT_MS)
        state["last"] = now

    def ready() -> None:
        first = start.live_first()
        focus = first.focusWidget() if first is not None else None
        usable = first is not None and first.isVisible() and focus is not None
        usable = usable and focus.isEnabled()  # type: ignore[union-attr]
        name = first.objectName() if first is not None else "none"
        heavy = ",".join(heavy_loaded()) or "-"
        print(f"READY {since():.3f} usable={usable} window={name} heavy={heavy}", flush=True)
        clock.start()
        beat.start()

    def built(_window: Any) -> None:
        print(
            f"BUILT {since():.3f} imports={start.import_seconds:.3f} "
            f"widgets={start.window_seconds:.3f}",
            flush=True,
        )
        state["built"] = True
        finish()

    def opened(result: Any) -> None:
        word = "DBFAIL" if isinstance(result, BaseException) else "DBREADY"
        print(f"{word} {since():.3f}", flush=True)
        state["opened"] = True
        finish()

    def finish() -> None:
        if not (state["built"] and state["opened"]):
            return
        beat.stop()
        print(f"STALL {state['stall']:.1f} ms", flush=True)
        if quit_after:
            QApplication.closeAllWindows()
            if start.window is not None:
                start.window.close_confirmed = True  # an open problem box must not keep it
                start.window.close()
            app.exit(0)  # not quit(): a window refusing to close would cancel that

    beat.timeout.connect(tick)
    start.shown.connect(ready)
    start.built.connect(built)
    start.opened.connect(opened)
