"""Background imports give way to the GUI thread while it handles events (issue 8 point 11).

After the first paint, a worker thread imports SQLAlchemy, the ORM models and the services,
and later the pieces' modules (forms, memo's, reportlab): about a second of Python holding the
GIL. Work the GUI thread does meanwhile — building a list clicked the moment the window appears,
painting its first rows — then gets the GIL only in turns: a page that takes 25–30 ms of the GUI
thread's CPU took 50–85 ms on the clock, the longest stall of a cold start.

While the gate is open, an import in any thread but the GUI thread first waits (at most
`MAX_WAIT` seconds per busy stretch) until the GUI thread's event loop goes idle: the event
dispatcher's `awake` marks it busy, `aboutToBlock` idle. The wait is at a module boundary (a
`sys.meta_path` finder that finds nothing itself), so no module is left half-imported by it,
and it always ends: an event loop that never sleeps (`processEvents` in a loop) or a GUI
thread that waits for a module the worker is importing costs the worker at most `MAX_WAIT`.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Sequence
from types import ModuleType
from typing import Any

from PySide6.QtCore import QAbstractEventDispatcher, QObject

MAX_WAIT = 0.1
"""Longest a background import waits for one busy stretch of the GUI thread (seconds)."""


class ImportGate(QObject):
    """Holds background imports while the GUI thread (the thread that makes it) is busy."""

    def __init__(self, parent: QObject | None = None, max_wait: float = MAX_WAIT) -> None:
        super().__init__(parent)
        self._gui = threading.get_ident()
        self._idle = threading.Event()
        self._idle.set()
        self._busy_since = 0.0
        self._max_wait = max_wait
        self.waits = 0
        """How many imports waited (for tests and benchmarks)."""
        self._finder = _Finder(self)
        self._dispatcher = QAbstractEventDispatcher.instance()
        if self._dispatcher is not None:
            self._dispatcher.awake.connect(self._awake)
            self._dispatcher.aboutToBlock.connect(self._about_to_block)
        sys.meta_path.insert(0, self._finder)

    def _awake(self) -> None:
        if self._idle.is_set():
            self._busy_since = time.monotonic()
            self._idle.clear()

    def _about_to_block(self) -> None:
        self._idle.set()

    def wait_turn(self) -> None:
        """In a background thread: wait while the GUI thread is busy (bounded)."""
        if threading.get_ident() == self._gui or self._idle.is_set():
            return
        left = self._busy_since + self._max_wait - time.monotonic()
        if left > 0:
            self.waits += 1
            self._idle.wait(left)

    def close(self) -> None:
        """Stop holding imports (the background imports are done)."""
        if self._finder in sys.meta_path:
            sys.meta_path.remove(self._finder)
        if self._dispatcher is not None:
            self._dispatcher.awake.disconnect(self._awake)
            self._dispatcher.aboutToBlock.disconnect(self._about_to_block)
            self._dispatcher = None
        self._idle.set()


class _Finder:
    """A meta-path finder that only waits for the GUI thread, then lets the others find."""

    def __init__(self, gate: ImportGate) -> None:
        self._gate = gate

    def find_spec(self, name: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> Any:
        """None after waiting: the regular finders find the module."""
        self._gate.wait_turn()
        return None


__all__ = ["MAX_WAIT", "ImportGate"]
