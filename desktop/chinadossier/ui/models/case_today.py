"""Today on the open case file's clock (fixed in a demo built for another day, and in tests)."""

from __future__ import annotations

import datetime as dt
from typing import Any

_clock: Any = None


def use(clock: Any) -> None:
    """Take the clock of the case file the window shows (its services' clock); None: the
    computer's date."""
    global _clock  # noqa: PLW0603 - one case file per window process
    _clock = clock


def today() -> dt.date:
    """The case file's today; the computer's date while no case file is open."""
    return _clock.today() if _clock is not None else dt.date.today()
