"""Background imports give way while the GUI thread is busy (ui.import_gate, issue 8 point 11)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractEventDispatcher

from chinadossier.ui.import_gate import ImportGate


def _import_in_thread(name: str) -> tuple[threading.Thread, list[Any]]:
    done: list[Any] = []

    def run() -> None:
        __import__(name)
        done.append(name)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, done


def test_a_background_import_waits_until_the_gui_thread_is_idle(qtbot: Any,
                                                                 tmp_path: Path) -> None:
    (tmp_path / "gate_probe_module.py").write_text("VALUE = 1\n", encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    gate = ImportGate(max_wait=600)  # longer than any test run: only idle ends the wait
    try:
        gate._awake()  # the event loop woke up: the GUI thread is handling events
        thread, done = _import_in_thread("gate_probe_module")
        thread.join(0.3)
        assert thread.is_alive() and done == [] and gate.waits == 1
        gate._about_to_block()  # the GUI thread goes idle
        thread.join(60)
        assert done == ["gate_probe_module"]
    finally:
        gate.close()
        sys.path.remove(str(tmp_path))
        sys.modules.pop("gate_probe_module", None)


def test_the_gui_thread_itself_never_waits_and_an_idle_gui_lets_imports_pass() -> None:
    gate = ImportGate(max_wait=600)
    try:
        gate._awake()
        gate.wait_turn()  # on the GUI thread: returns at once
        gate._about_to_block()
        thread = threading.Thread(target=gate.wait_turn)
        thread.start()
        thread.join(60)
        assert not thread.is_alive() and gate.waits == 0
    finally:
        gate.close()


def test_a_busy_stretch_holds_imports_no_longer_than_the_limit() -> None:
    gate = ImportGate(max_wait=0)  # a GUI thread busy "for ever" (processEvents in a loop)
    try:
        gate._awake()
        thread = threading.Thread(target=gate.wait_turn)
        thread.start()
        thread.join(60)
        assert not thread.is_alive() and gate.waits == 0
    finally:
        gate.close()


def test_the_gate_follows_the_event_loop_and_closes(qtbot: Any) -> None:
    gate = ImportGate()
    finder = gate._finder
    assert sys.meta_path[0] is finder
    seen: list[bool] = []
    dispatcher = QAbstractEventDispatcher.instance()
    def look() -> None:
        seen.append(gate._idle.is_set())

    dispatcher.awake.connect(look)
    dispatcher.aboutToBlock.connect(look)
    qtbot.wait(50)  # the event loop sleeps and wakes in between
    dispatcher.awake.disconnect(look)
    dispatcher.aboutToBlock.disconnect(look)
    # the gate's slots run first: busy when awake, idle before blocking
    assert True in seen and False in seen
    gate.close()
    assert finder not in sys.meta_path
    gate.close()  # twice is harmless
