"""How long work reports how far it is and learns that the user wants it stopped.

One `Progress` object is handed to bulk commits, check, backup, restore and reindex. The work
calls `report(fraction, phase)` at each step; the UI reads `fraction` and `phase` (or listens) and
calls `cancel()` from any thread. Cancelling is cooperative: the next `report()` (or `checkpoint()`)
raises `Cancelled`, and only at points where stopping leaves nothing written — each long job says
from which point on it no longer stops (e.g. a restore once it has begun to copy into the file).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from chinadossier.domain.errors import ChinadossierError

Listener = Callable[[float, str], None]
"""Called (in the working thread) with the fraction done (0.0–1.0) and the Dutch phase text."""


class Cancelled(ChinadossierError):
    """The user stopped the work before it wrote anything; the case file is as it was."""

    def __init__(self, message: str = "Afgebroken op uw verzoek; er is niets gewijzigd.") -> None:
        super().__init__(message)


class Progress:
    """Fraction done, the phase in Dutch, and a cancel flag; safe to share between threads."""

    def __init__(self, listener: Listener | None = None) -> None:
        self._listener = listener
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._fraction = 0.0
        self._phase = ""
        self._stoppable = True

    @property
    def fraction(self) -> float:
        """How much is done, 0.0 to 1.0."""
        with self._lock:
            return self._fraction

    @property
    def phase(self) -> str:
        """What is being done now, in Dutch ("Controlegetallen berekenen")."""
        with self._lock:
            return self._phase

    @property
    def cancelled(self) -> bool:
        """Whether cancel() was called."""
        return self._cancel.is_set()

    @property
    def stoppable(self) -> bool:
        """False once the work has passed the point after which it no longer stops."""
        with self._lock:
            return self._stoppable

    def cancel(self) -> None:
        """Ask the work to stop (from any thread); it stops at its next safe point."""
        self._cancel.set()

    def report(self, fraction: float, phase: str | None = None) -> None:
        """Note progress; raises Cancelled if a cancel is pending and stopping is still safe."""
        with self._lock:
            self._fraction = min(1.0, max(self._fraction, float(fraction)))
            if phase is not None:
                self._phase = phase
            fraction, phase = self._fraction, self._phase
        if self._listener is not None:
            self._listener(fraction, phase)
        self.checkpoint()

    def checkpoint(self) -> None:
        """Raise Cancelled if a cancel is pending and stopping is still safe."""
        if self._cancel.is_set() and self.stoppable:
            raise Cancelled()

    def point_of_no_return(self, phase: str) -> None:
        """From here the work finishes whatever happens (a last chance to stop comes first)."""
        self.checkpoint()
        with self._lock:
            self._stoppable = False
            self._phase = phase

    def part(self, start: float, end: float) -> Progress:
        """A view that maps 0–1 of a sub-task onto start–end of this one (same cancel flag)."""
        return _Part(self, start, end)


class _Part(Progress):
    def __init__(self, whole: Progress, start: float, end: float) -> None:
        self._whole = whole
        self._start = start
        self._span = end - start

    @property
    def fraction(self) -> float:
        return self._whole.fraction

    @property
    def phase(self) -> str:
        return self._whole.phase

    @property
    def cancelled(self) -> bool:
        return self._whole.cancelled

    @property
    def stoppable(self) -> bool:
        return self._whole.stoppable

    def cancel(self) -> None:
        self._whole.cancel()

    def report(self, fraction: float, phase: str | None = None) -> None:
        self._whole.report(self._start + self._span * min(1.0, max(0.0, fraction)), phase)

    def checkpoint(self) -> None:
        self._whole.checkpoint()

    def point_of_no_return(self, phase: str) -> None:
        self._whole.point_of_no_return(phase)
