"""One-off work before a case file is open (create, upgrade): off the GUI thread, answer on it.

Once a case file is open every service call goes through `ui.ops.Operations`; this helper is
for the start-up steps that have no `Dossier` yet.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    done = Signal(bool, object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:  # worker thread
        try:
            value = self._fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self._relay.done.emit(False, exc)
        else:
            self._relay.done.emit(True, value)


class Background(QObject):
    """Runs one function at a time in a worker thread; `finished(ok, value)` on the GUI thread."""

    finished = Signal(bool, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver)
        self._running = False

    def start(self, fn: Callable[[], Any]) -> None:
        """Run `fn` in the worker thread."""
        self._running = True
        self._pool.start(_Task(fn, self._relay))

    def is_running(self) -> bool:
        """Whether a function is still running."""
        return self._running

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the worker is idle (tests, shutdown)."""
        return self._pool.waitForDone(msecs)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        self._running = False
        self.finished.emit(ok, value)
