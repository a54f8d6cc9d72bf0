"""Keeping long-lived objects out of Python's full garbage collections (issue 8 point 11).

A full (generation 2) collection walks every tracked object while holding the GIL, so whichever
thread runs it stops the GUI thread too. On the 117,000-record file, with 10,000 contact moments
loaded, one took 75–110 ms and was the longest GUI stall while scrolling. The objects such a
collection walks in vain live as long as the program or the list: modules and classes imported
at start-up and in the background, SQLAlchemy's mappings, the window, the loaded list rows.
`gc.freeze()` moves everything tracked so far into a permanent generation that collections skip;
reference counting still frees frozen objects, only cyclic garbage among them stays.

Off by default (a test process creates and drops windows all day): the application process
turns it on with `tune()` (`DesktopApp(tune_gc=True)`, as `ui.app.run()` does); after the first
paint `short_switches()` shortens the interpreter's switch interval so a background thread
(a service call building records, an import) hands the GIL back to the GUI thread after 1 ms
instead of 5 ms — a table repaint re-takes the GIL once per painted cell.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
from collections.abc import Iterator

SWITCH_INTERVAL = 0.001
"""Seconds a thread may hold the GIL while another waits for it (Python's default: 0.005)."""

_state = {"on": False, "paused": 0, "was_enabled": True}
_lock = threading.Lock()


def tune() -> None:
    """Turn freezing on for this process."""
    _state["on"] = True


def short_switches() -> None:
    """Shorten the GIL switch interval (when tuned). Called once the first window is painted:
    before that, the GUI thread and the first read's thread pass the GIL back and forth more
    often for nothing (the cold start's CPU rose by ~20 ms with it)."""
    if _state["on"]:
        sys.setswitchinterval(SWITCH_INTERVAL)


def enabled() -> bool:
    """Whether `tune()` was called in this process."""
    return bool(_state["on"])


def keep(*, young_first: bool = True) -> None:
    """Freeze what is tracked now (when tuned). `young_first`: collect the young generations
    first, so recent cyclic garbage is freed rather than kept; skip that where the young
    generations may be large (after `importing()`: collecting them would itself be a stall)."""
    if not _state["on"]:
        return
    if young_first and not _state["paused"]:
        # (while a background import runs, the young generations hold everything since it
        # began: collecting them would be the long walk this module is here to avoid)
        gc.collect(1)
    gc.freeze()


def paused() -> bool:
    """Whether background imports run now (collections wait: see `importing`)."""
    return bool(_state["paused"])


def page_kept() -> None:
    """A page of list rows was appended: its records live as long as the list."""
    keep()


@contextlib.contextmanager
def importing() -> Iterator[None]:
    """No automatic collections while a background thread imports modules and opens the file
    (when tuned); their objects are frozen at the end. Importing SQLAlchemy and the services
    otherwise triggers full collections over a heap that grows with every module."""
    if not _state["on"]:
        yield
        return
    with _lock:
        if not _state["paused"]:
            # (on the GUI thread's collector, ui.gui_gc, automatic collection is off already;
            # it skips its ticks while paused)
            _state["was_enabled"] = gc.isenabled()
        _state["paused"] += 1
        gc.disable()
    try:
        yield
    finally:
        with _lock:
            _state["paused"] -= 1
            last = _state["paused"] == 0
            if last:
                gc.freeze()  # no young collection: everything since the start is young now
                if _state["was_enabled"]:
                    gc.enable()


__all__ = ["SWITCH_INTERVAL", "enabled", "importing", "keep", "page_kept", "paused",
           "short_switches", "tune"]
