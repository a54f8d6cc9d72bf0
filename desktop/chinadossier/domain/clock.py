"""Time: stored instants are aware UTC; "today" is the date in Europe/Amsterdam, injectable."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


class Clock(Protocol):
    """Source of the current time."""

    def now(self) -> dt.datetime:
        """Aware UTC now."""
        ...

    def today(self) -> dt.date:
        """Today's date in Europe/Amsterdam."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> dt.datetime:
        """Aware UTC now."""
        return dt.datetime.now(dt.UTC)

    def today(self) -> dt.date:
        """Today's date in Europe/Amsterdam."""
        return self.now().astimezone(AMSTERDAM).date()


@dataclass
class FixedClock:
    """A clock that stands still (tests, demo data with --today); advance() moves it."""

    instant: dt.datetime

    def __post_init__(self) -> None:
        if self.instant.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")

    @classmethod
    def on(cls, day: dt.date, hour: int = 10) -> FixedClock:
        """A clock at a given local hour of an Amsterdam day."""
        local = dt.datetime.combine(day, dt.time(hour), tzinfo=AMSTERDAM)
        return cls(local.astimezone(dt.UTC))

    def now(self) -> dt.datetime:
        """Aware UTC now."""
        return self.instant.astimezone(dt.UTC)

    def today(self) -> dt.date:
        """Today's date in Europe/Amsterdam."""
        return self.instant.astimezone(AMSTERDAM).date()

    def advance(self, delta: dt.timedelta) -> None:
        """Move the clock forward."""
        self.instant = self.instant + delta
