"""Cyclic garbage collection paused while tens of thousands of rows are planned or written
(or a command's modules are imported)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_gc() -> Iterator[None]:
    """No cyclic garbage collection while tens of thousands of rows are planned or written.

    The collector's full passes over every object alive (all rows, drafts and records) cost a
    sixth of a 10,000-row import; nothing here makes garbage cycles worth collecting early.

    On the way out the objects made meanwhile are moved to the oldest generation as they are
    (freeze + unfreeze: two list splices) instead of being traversed by the young-generation
    pass the first allocation after gc.enable() would start (0.1 s for an import's objects).
    They stay collectable: the next full collection looks at them like at any old object.
    Only when nothing was frozen before (the desktop freezes its start-up objects; unfreezing
    would hand those back to the collector), otherwise the usual pass runs.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()
