"""Which automatic backups to keep: the newest of each of the last days, weeks and months.

Grandfather-father-son rotation, the scheme backup tools (restic `forget --keep-daily`,
borg `prune`) use: with the default policy a backup survives if it is the newest one of one of
the last 7 calendar days that have a backup, of one of the last 4 ISO weeks, or of one of the
last 12 months (Europe/Amsterdam calendar). The newest backup is always kept. Only automatic
backups rotate; a backup the user made by hand is never removed by the program.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class RotationPolicy:
    """How many daily, weekly and monthly backups to keep (documented defaults 7, 4, 12)."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    def __post_init__(self) -> None:
        for name in ("daily", "weekly", "monthly"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 1000:
                raise ValueError(f"{name} moet een geheel getal van 0 tot en met 1000 zijn.")


def _buckets(
    backups: Sequence[tuple[K, dt.datetime]],
    key: Callable[[dt.date], Hashable],
    count: int,
) -> set[K]:
    kept: set[K] = set()
    seen: set[Hashable] = set()
    for item, created in backups:  # newest first
        bucket = key(created.astimezone(AMSTERDAM).date())
        if bucket in seen:
            continue
        if len(seen) >= count:
            break
        seen.add(bucket)
        kept.add(item)
    return kept


def backups_to_keep(
    backups: Iterable[tuple[K, dt.datetime]], policy: RotationPolicy = RotationPolicy()
) -> set[K]:
    """The items (e.g. file names) to keep of automatic backups with their creation times.

    Times must be timezone-aware. The result always holds the newest backup.
    """
    ordered = sorted(backups, key=lambda pair: pair[1], reverse=True)
    if not ordered:
        return set()
    keep = {ordered[0][0]}
    keep |= _buckets(ordered, lambda day: day, policy.daily)
    keep |= _buckets(ordered, lambda day: day.isocalendar()[:2], policy.weekly)
    keep |= _buckets(ordered, lambda day: (day.year, day.month), policy.monthly)
    return keep
