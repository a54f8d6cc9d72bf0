"""The bulk path's paused garbage collector: no pass over the bulk's objects on the way out,
and cycles made meanwhile are still collected later."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from chinadossier.services.quiet_gc import no_gc


@pytest.fixture(autouse=True)
def automatic_gc() -> Iterator[None]:
    """The interpreter's automatic collector on, as in a process without a GUI (the suite turns
    it off once a Qt test ran: ui.gui_gc); as it was afterwards."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_objects_made_while_paused_are_old_afterwards_and_cycles_still_collected() -> None:
    assert gc.get_freeze_count() == 0
    with no_gc():
        assert not gc.isenabled()
        kept = [[i] for i in range(50_000)]
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        watch = weakref.ref(a)
        del a, b
    assert gc.isenabled()
    # Moved to the oldest generation as they were, not left young for a pass over all of them.
    assert any(o is kept for o in gc.get_objects(generation=2))
    assert gc.get_freeze_count() == 0  # nothing left frozen
    assert watch() is not None  # a cycle is not freed by reference counting
    gc.collect()
    assert watch() is None
    assert len(kept) == 50_000


def test_with_frozen_objects_around_they_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with no_gc():
            pass
        assert gc.get_freeze_count() == frozen
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_a_collector_that_was_off_stays_off() -> None:
    # The desktop collects on the GUI thread only (ui.gui_gc): an import must not turn the
    # automatic collector back on in its worker thread.
    gc.disable()
    with no_gc():
        assert not gc.isenabled()
    assert not gc.isenabled()
