"""Dates in words, as Dutch officials write them: "7 december 2026", "maandag 7 december 2026".

The one list of month and weekday names; partial dates, memos and the Overzicht use it.
"""

from __future__ import annotations

import datetime as dt

MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december")
MONTHS_EN = ("January", "February", "March", "April", "May", "June",
             "July", "August", "September", "October", "November", "December")
WEEKDAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def dutch_date(day: dt.date) -> str:
    """"29 november 2026"."""
    return f"{day.day} {MONTHS_NL[day.month - 1]} {day.year}"


def dutch_long_date(day: dt.date) -> str:
    """"zondag 29 november 2026"."""
    return f"{WEEKDAYS_NL[day.weekday()]} {dutch_date(day)}"


__all__ = ["MONTHS_EN", "MONTHS_NL", "WEEKDAYS_NL", "dutch_date", "dutch_long_date"]
