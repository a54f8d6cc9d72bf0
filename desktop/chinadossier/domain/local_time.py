"""Every moment a person reads is Dutch local time: Europe/Amsterdam (CET/CEST), one helper.

Instants are stored as aware UTC. Whatever shows one — the lists, the detail pane's history, the
Prullenbak, the conflict dialog, the Overzicht, the sidebar's back-up line, memos, the inzage PDF,
the CLI — formats it here, so one event never reads in two zones. Europe/Amsterdam rather than
the computer's own zone: the case file belongs to a Dutch authority, and a laptop set to UTC or
abroad must not shift its history. A naive datetime is taken as UTC (the storage convention).
"""

from __future__ import annotations

import datetime as dt

from chinadossier.domain.clock import AMSTERDAM

LOCAL_ZONE = AMSTERDAM
"""The zone every shown moment is in."""


def to_local(moment: dt.datetime) -> dt.datetime:
    """The moment in Europe/Amsterdam."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(LOCAL_ZONE)


def local_date(moment: dt.datetime) -> dt.date:
    """The Amsterdam calendar day of a moment."""
    return to_local(moment).date()


def moment_text(moment: dt.datetime | None) -> str:
    """dd-mm-jjjj HH:MM in Amsterdam time ("" for None)."""
    return "" if moment is None else to_local(moment).strftime("%d-%m-%Y %H:%M")


def clock_text(moment: dt.datetime) -> str:
    """HH:MM in Amsterdam time."""
    return to_local(moment).strftime("%H:%M")


def from_timestamp(seconds: float) -> dt.datetime:
    """A file time (seconds since the epoch) as an Amsterdam moment."""
    return dt.datetime.fromtimestamp(seconds, dt.UTC).astimezone(LOCAL_ZONE)
