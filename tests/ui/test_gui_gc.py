"""Cyclic garbage is collected on the GUI thread only (ui.gui_gc).

The suite once crashed (segmentation fault) when a worker thread compiling a query ran the
automatic collector and freed a window of an earlier test outside the GUI thread."""

from __future__ import annotations

import gc
import threading
from typing import Any

from chinadossier.ui import gui_gc, long_lived


class _Witness:
    """Part of a reference cycle; records the thread that frees it."""

    def __init__(self, freed_in: list[str]) -> None:
        self.freed_in = freed_in
        self.cycle = self

    def __del__(self) -> None:
        self.freed_in.append(threading.current_thread().name)


def _allocate_in_a_worker(count: int) -> list[Any]:
    """Make and keep many tracked objects in a background thread (what starts an automatic
    collection there)."""
    kept: list[Any] = []

    def allocate() -> None:
        kept.extend([] for _ in range(count))

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    return kept


def test_the_application_turns_automatic_collection_off(qapp: Any) -> None:
    collector = gui_gc.install(qapp)
    assert gui_gc.install(qapp) is collector  # once per process
    assert gui_gc.installed() is collector
    assert not gc.isenabled()


def test_a_cycle_is_never_freed_in_a_worker_thread_only_on_the_gui_thread(
        qapp: Any, qtbot: Any) -> None:
    gui_gc.install(qapp)
    gc.collect()
    freed_in: list[str] = []
    _Witness(freed_in)  # garbage at once, but only the cycle collector can free it

    kept = _allocate_in_a_worker(20 * gc.get_threshold()[0])
    assert freed_in == []  # with the automatic collector the worker would have freed it

    qtbot.waitUntil(lambda: bool(freed_in), timeout=5000)  # the timer's next tick
    assert freed_in == [threading.main_thread().name]
    del kept


def test_a_collection_is_due_by_the_interpreters_thresholds(qapp: Any) -> None:
    collector = gui_gc.install(qapp)
    gc.collect()
    assert collector.due() is None
    kept = [[] for _ in range(2 * gc.get_threshold()[0])]
    assert collector.due() == 0
    collector.tick()
    assert collector.due() is None
    del kept


def test_no_collection_while_the_background_imports_run(qapp: Any, monkeypatch: Any) -> None:
    collector = gui_gc.install(qapp)
    monkeypatch.setitem(long_lived._state, "on", True)
    monkeypatch.setattr(long_lived.gc, "freeze", lambda: None)  # the test heap stays as it is
    gc.collect()
    with long_lived.importing():
        kept = [[] for _ in range(2 * gc.get_threshold()[0])]
        collector.tick()
        assert collector.due() == 0  # waits until the imports are done
    assert not gc.isenabled()  # the imports do not turn the automatic collector back on
    collector.tick()
    assert collector.due() is None
    del kept
