"""How far the preview is: Dutch phases and rows counted, with a cancel at every step.

`plan_import(..., progress=)` reports through a `domain.progress.Progress`; the preview writes
nothing, so it may stop anywhere (Cancelled) and leaves the case file as it was.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

from chinadossier.domain.progress import Progress

T = TypeVar("T")

READING_CASE_FILE = "Het dossier lezen"
READING_ROWS = "Rijen lezen"
CHECKING_AS_SAVING = "Controleren zoals bij opslaan"
LOOKING_FOR_DUPLICATES = "Mogelijke dubbelen zoeken"
DONE = "Voorbeeld klaar"
EVERY = 200
"""Rows between two reports (a report is a lock and a cancel check: cheap, but not free)."""


def _dutch(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def counted(rows: Sequence[T], progress: Progress, start: float, end: float) -> Iterator[T]:
    """The rows, reporting "Elke rij controleren: 1.200 van 10.000 rijen" between start and end
    every EVERY rows (and raising Cancelled there when asked to stop)."""
    total = len(rows)
    for index, row in enumerate(rows):
        if index % EVERY == 0:
            progress.report(start + (end - start) * index / max(1, total),
                            f"Elke rij controleren: {_dutch(index)} van {_dutch(total)} rijen")
        yield row
