"""Keep Python alive under PySide6 builds that drop a reference to None on every void call.

PySide6-Essentials 6.12.0 on Python 3.11 returns `None` from every C++ method without a return
value without taking a reference to it (measured: `QLabel.setText` 1,000 times lowers
`sys.getrefcount(None)` by 1,000; 6.11.3 does not). On Python 3.12+ None is immortal and
nothing happens; on 3.11 None's count reaches zero after a few thousand calls from Python —
a busy `processEvents` loop or a few hundred repaints of a QPainter widget — and the
interpreter aborts with "none_dealloc: deallocating None".

`apply()` measures whether the installed build leaks; only then it gives None a large reserve
of references once (None is never freed, so extra references cost nothing). It is called when
`chinadossier.ui` is imported, before any widget exists.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

RESERVE = 1 << 40
_applied = False


def leaks_none(calls: int = 64) -> bool:
    """Whether a void PySide6 call lowers None's reference count in this interpreter."""
    if sys.version_info >= (3, 12):  # None is immortal
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - calls // 2


def apply() -> bool:
    """Give None its reserve if this PySide6 build leaks; returns whether it did."""
    global _applied
    if _applied or not leaks_none():
        return False
    # ob_refcnt is the first field of every object in CPython 3.11 (release builds).
    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
    _applied = True
    log.info("PySide6 drops references to None on void calls; reserve of %d applied", RESERVE)
    return True
