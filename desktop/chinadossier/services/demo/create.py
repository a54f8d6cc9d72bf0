"""Whether and how a demo case file is made: built aside, then moved into place."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass
from pathlib import Path

from chinadossier.db import casefile, sqlite_file
from chinadossier.domain.actor import Actor
from chinadossier.domain.clock import FixedClock, SystemClock
from chinadossier.domain.errors import FileRefused, UsageError
from chinadossier.services import maintenance
from chinadossier.services.demo.builder import build_demo
from chinadossier.services.demo.counts import count_records
from chinadossier.services.demo.files import (
    check_closed,
    existing_counts,
    is_demo,
    occupied,
    remove,
)
from chinadossier.services.demo.real_ties import REAL_TIES
from chinadossier.services.demo.sources import SOURCES
from chinadossier.services.dossier import Dossier
from chinadossier.services.setup import new_case_file

#: Seed of the random choices (dates of contact moments, who attends, gift values).
DEMO_SEED = 20261129


@dataclass(frozen=True, slots=True)
class DemoOutcome:
    """What create_demo did.

    Attributes:
        path: The demo case file.
        created: Whether it was (re)created; False when an existing demo was left alone.
        counts: Number of records per kind in the file (e.g. "ties": 20).
    """

    path: Path
    created: bool
    counts: dict[str, int]


def latest_real_fact() -> dt.date:
    """The first day of the latest dated real fact (a start, end, signing or renewal; a source's
    publication): a demo "today" before it would put real events in its future."""
    days = [
        value.value
        for tie in REAL_TIES
        for value in (tie.starts, tie.signed, tie.ends, tie.renewed, tie.term_starts)
        if value is not None
    ]
    days += [source.published.value for source in SOURCES if source.published is not None]
    return max(days)


def _demo_clock(day: dt.date) -> FixedClock:
    """10:00 on the demo's day, but never later than now: a demo made today at 07:34 must not
    carry records stamped "vandaag 10:00" (a time still to come)."""
    at_ten = FixedClock.on(day)
    now = SystemClock().now()
    return FixedClock(now) if day == SystemClock().today() and at_ten.instant > now else at_ten


def create_demo(
    path: Path,
    *,
    authority_code: str = "GM0599",
    today: dt.date | None = None,
    reset: bool = False,
    actor: Actor | None = None,
    backups_dir: Path | None = None,
) -> DemoOutcome:
    """Create a demo case file filled with real ties and clearly fictional material.

    Args:
        path: Where the demo case file goes.
        authority_code: CBS code of the authority the demo is for (its own authority).
        today: The day the demo is made for (default: today in Europe/Amsterdam); contact
            moments, actions and reviews are placed relative to it.
        reset: Replace an existing demo case file (a real case file is never replaced).
        actor: Who is recorded in the audit trail (default: the current account).
        backups_dir: Where a demo replaced by reset is backed up first (default: backups/
            beside it).

    Returns:
        The path, whether the file was created, and the number of records per kind.

    Raises:
        FileRefused: The path holds a real (non-demo) case file or a file that is not a case file;
            it is left untouched.
        NotFound: The authority code is unknown.
    """
    day = today or SystemClock().today()
    latest = latest_real_fact()
    if day < latest:
        raise UsageError(
            f"De demo kan niet op {day.isoformat()} staan: de echte banden noemen feiten tot "
            f"{latest.isoformat()}. Kies --today op of na die dag."
        )
    who = actor or Actor.current()
    if occupied(path):
        if not is_demo(path):
            raise FileRefused(f"{path} is een echt dossier; de demo raakt het niet aan.")
        if not reset:
            return DemoOutcome(path, False, existing_counts(path))
        signs = casefile.signs_of_real_use(path)
        if signs:
            raise FileRefused(
                f"{path} is als demo gemaakt maar lijkt in gebruik als echt dossier "
                f"({'; '.join(signs)}); --reset raakt het niet aan. Kies voor een nieuwe demo "
                "een andere map met --data-dir."
            )
        # Even a demo is backed up (verified) before it is replaced.
        maintenance.backup(path, out_dir=backups_dir or path.parent / "backups",
                           reason="voor-demo-reset", clock=SystemClock(), actor=who)
    temp = path.with_name(f".{path.name}.demo-{uuid.uuid4().hex}.tmp")
    try:
        clock = _demo_clock(day)
        new_case_file(temp, authority_code=authority_code, clock=clock, actor=who, is_demo=True)
        with Dossier.open(temp, clock=clock, actor=who) as dossier:
            build_demo(dossier, day, random.Random(DEMO_SEED))
            counts = count_records(dossier)
        check_closed(temp)
        if reset:
            remove(path)
        sqlite_file.move_into_place(temp, path)
    except BaseException:
        sqlite_file.discard(temp)
        raise
    return DemoOutcome(path, True, counts)
