"""How far the preview is: phases and rows counted, with a cancel at every step.

`plan_import(..., progress=)` reports through a `domain.progress.Progress` (phases as
`domain.progress.Phase`: Dutch here, translated by the desktop); the preview writes nothing, so
it may stop anywhere (Cancelled) and leaves the case file as it was. WEIGHTS and WRITE_ROWS_SPAN
give each phase of the preview and of writing its part of the bar.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

from chinadossier.domain.progress import Phase, Progress

T = TypeVar("T")

READING_CASE_FILE = Phase.READING_CASE_FILE
READING_ROWS = Phase.READING_ROWS
CHECKING_AS_SAVING = Phase.CHECKING_AS_SAVING
LOOKING_FOR_DUPLICATES = Phase.LOOKING_FOR_DUPLICATES
DONE = Phase.PREVIEW_DONE
EVERY = 200
"""Rows between two reports (a report is a lock and a cancel check: cheap, but not free)."""
WEIGHTS: dict[Phase | str, tuple[float, float]] = {
    READING_CASE_FILE: (0.0, 0.14), READING_ROWS: (0.14, 0.17), "rows": (0.17, 0.75),
    CHECKING_AS_SAVING: (0.75, 0.98), LOOKING_FOR_DUPLICATES: (0.98, 1.0)}
"""Where each phase starts and ends on the bar, by its share of the preview's CPU time (10,000
persons against the 117k-record benchmark file: 14 %, 4 %, 56 %, 23 %, <1 %); the bar only
rises, and the row phase ("Elke rij controleren") fills its part in step with its count."""
WRITING_ROWS = Phase.PREPARING_RECORDS
BACKUP_SPAN = (0.0, 0.1)
"""The commit's part of the bar for the backup before it (the copy page by page, then its
verification: services.backups.backup_step(progress=))."""
WRITE_ROWS_SPAN = (BACKUP_SPAN[1], 0.88)
"""The commit's part of the bar for handing the rows to the unit of work (87 % of a 10,000-row
commit's time: benchmarks/import_preview_phases.py --commit); the unit of work's own phases
(checksums, audit trail, search index, saving) fill the rest, the backup before it the first
10 %."""


def counted(rows: Sequence[T], progress: Progress, start: float, end: float,
            phase: Phase = Phase.CHECKING_ROWS) -> Iterator[T]:
    """The rows, reporting "Elke rij controleren: 1.200 van 10.000 rijen" (a counted phase)
    between start and end every EVERY rows (and raising Cancelled there when asked to stop)."""
    total = len(rows)
    for index, row in enumerate(rows):
        if index % EVERY == 0:
            progress.report(start + (end - start) * index / max(1, total), phase,
                            done=index, total=total)
        yield row
