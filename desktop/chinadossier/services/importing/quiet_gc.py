"""Cyclic garbage collection paused while tens of thousands of rows are planned or written."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_gc() -> Iterator[None]:
    """No cyclic garbage collection while tens of thousands of rows are planned or written.

    The collector's full passes over every object alive (all rows, drafts and records) cost a
    sixth of a 10,000-row import; nothing here makes garbage cycles worth collecting early.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
