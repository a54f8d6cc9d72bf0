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


#: The slots a kept backup can fill, in the order they are named.
SLOTS = ("newest", "daily", "weekly", "monthly")


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


def rotation_slots(
    backups: Iterable[tuple[K, dt.datetime]], policy: RotationPolicy = RotationPolicy()
) -> dict[K, tuple[str, ...]]:
    """Which slots (see SLOTS) keep each backup; a backup with no slot is to be removed.

    Times must be timezone-aware. Every item of the input is a key of the result.
    """
    ordered = sorted(backups, key=lambda pair: pair[1], reverse=True)
    slots: dict[K, list[str]] = {item: [] for item, _ in ordered}
    if not ordered:
        return {}
    slots[ordered[0][0]].append("newest")
    rules: tuple[tuple[str, Callable[[dt.date], Hashable], int], ...] = (
        ("daily", lambda day: day, policy.daily),
        ("weekly", lambda day: day.isocalendar()[:2], policy.weekly),
        ("monthly", lambda day: (day.year, day.month), policy.monthly),
    )
    for name, key, count in rules:
        for item in _buckets(ordered, key, count):
            slots[item].append(name)
    return {item: tuple(names) for item, names in slots.items()}


def backups_to_keep(
    backups: Iterable[tuple[K, dt.datetime]], policy: RotationPolicy = RotationPolicy()
) -> set[K]:
    """The items (e.g. file names) to keep of automatic backups with their creation times.

    Times must be timezone-aware. The result always holds the newest backup.
    """
    return {item for item, names in rotation_slots(backups, policy).items() if names}
