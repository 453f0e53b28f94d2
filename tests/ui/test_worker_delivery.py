"""Results of the database worker reach only windows that still exist."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QLabel


class _Shown(QLabel):
    """A widget that shows what an operation returned or why it failed."""

    def show_result(self, value: object) -> None:
        self.setText(str(value))

    def show_failure(self, error: BaseException) -> None:
        self.setText(type(error).__name__)


def _deleted_before_delivery(qtbot, worker, fn, **callbacks):
    release = threading.Event()
    seen: list[object] = []
    widget = _Shown()
    op = worker.op(lambda desk: (release.wait(5), fn())[1])
    if "success" in callbacks:
        op.success(getattr(widget, callbacks["success"]))
    if "failure" in callbacks:
        op.failure(getattr(widget, callbacks["failure"]))
    op.run()
    worker.op(lambda desk: None).success(seen.append).run()  # delivered after it: the loop ran
    shiboken6.delete(widget)  # the dialog closed (and was deleted) while the operation ran
    release.set()
    qtbot.waitUntil(lambda: seen == [None], timeout=5000)
    return widget


def test_a_result_for_a_deleted_widget_is_dropped(qtbot, worker):
    errors: list[BaseException] = []
    worker.on_error = errors.append
    widget = _deleted_before_delivery(qtbot, worker, lambda: 42, success="show_result")
    assert not shiboken6.isValid(widget) and errors == []  # no RuntimeError from a dead widget


def test_a_failure_for_a_deleted_widget_is_dropped_too(qtbot, worker):
    errors: list[BaseException] = []
    worker.on_error = errors.append

    def boom():
        raise ValueError("gone")

    _deleted_before_delivery(qtbot, worker, boom, failure="show_failure")
    assert errors == []


def test_a_live_widget_still_gets_its_result(qtbot, worker):
    widget = _Shown()
    qtbot.addWidget(widget)
    worker.op(lambda desk: 42).success(widget.show_result).run()
    qtbot.waitUntil(lambda: widget.text() == "42", timeout=5000)


def test_a_failure_without_a_handler_still_reaches_the_error_handler(qtbot, worker):
    errors: list[BaseException] = []
    worker.on_error = errors.append

    def boom():
        raise ValueError("shown to the clerk")

    worker.op(lambda desk: boom()).run()
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], ValueError)
