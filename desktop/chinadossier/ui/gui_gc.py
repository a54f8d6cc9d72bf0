"""Python's cyclic garbage collection runs on the GUI thread only.

The automatic collector runs in whichever thread happens to allocate when a generation's
threshold is passed: often a background thread building records or compiling a query. When the
garbage it finds holds a Qt object (a closed dialog or window kept in a reference cycle by a
slot that refers to it), that object's C++ destructor runs in the background thread while the
GUI thread may be using it: a segmentation fault. The test suite met exactly that (a worker
thread compiling a query collected a window of an earlier test).

So a process with a QApplication switches automatic collection off and a timer on the GUI
thread collects instead, by the interpreter's own rule: the youngest generation once its count
passes the threshold, an older one once enough younger collections have passed. Reference
counting, which frees nearly everything, is unaffected; cyclic garbage waits at most one tick.
While the background imports run (`ui.long_lived.importing`) the ticks skip, as the automatic
collector used to be off then too.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

from chinadossier.ui import long_lived

INTERVAL_MS = 200
"""How often the GUI thread looks at the collector's counts (a look costs microseconds)."""


class GuiThreadCollector(QObject):
    """Collects cyclic garbage on the GUI thread, by the interpreter's thresholds."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    def due(self) -> int | None:
        """The generation a collection is due for now, None when none is."""
        counts = gc.get_count()
        due = None
        for generation in range(min(len(counts), len(self._thresholds))):
            if counts[generation] > self._thresholds[generation] > 0:
                due = generation
            else:
                break  # an older generation is only due after the younger ones
        return due

    def tick(self) -> None:
        """Collect the generation that is due, if any (never while background imports run)."""
        if long_lived.paused():
            return
        generation = self.due()
        if generation is not None:
            gc.collect(generation)


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Move cyclic garbage collection to the GUI thread of `app` (once per process).

    Must be called on the GUI thread. Returns the collector (the same one when called again).
    """
    assert QThread.currentThread() is app.thread(), "install() belongs on the GUI thread"
    existing = _installed.get("collector")
    if existing is not None and existing.parent() is app:
        gc.disable()  # something may have turned it back on meanwhile
        return existing
    collector = GuiThreadCollector(app)
    _installed["collector"] = collector
    return collector


def installed() -> GuiThreadCollector | None:
    """The collector installed in this process, if any."""
    return _installed.get("collector")


_installed: dict[str, GuiThreadCollector] = {}


__all__ = ["INTERVAL_MS", "GuiThreadCollector", "install", "installed"]
