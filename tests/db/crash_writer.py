"""The writing side of the kill -9 tests: commit records as fast as possible, report each one.

Used by tests/db/test_crash.py (forked) and tools/crash_run.py (200 kills). After every commit
the new record's id is written to `report` (a file descriptor), so whatever the parent read
was committed before the kill.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import FixedClock
from chinadossier.domain.codes import OrganisationKind
from chinadossier.domain.drafts import Common, OrganisationDraft

ACTOR = Actor("crash", None, "test")


def write_until_killed(path: Path, report: int, seed: int) -> None:
    """Create (and now and then edit) organisations forever; report each committed id."""
    from chinadossier.services.dossier import Dossier

    dossier = Dossier.open(path, clock=FixedClock.on(dt.date(2026, 11, 29)), actor=ACTOR)
    n = 0
    last = None
    while True:
        n += 1
        draft = OrganisationDraft(
            f"Bureau {seed}-{n}", OrganisationKind.OTHER, notes="x" * (n % 50),
            common=Common(tags=(f"t{n % 7}",)))
        if last is not None and n % 3 == 0:
            made = dossier.organisations.edit(last.meta.id, draft,
                                              expected_version=last.meta.version).record
        else:
            made = dossier.organisations.create(draft).record
        last = made
        os.write(report, f"{made.meta.id} {made.meta.version}\n".encode())
