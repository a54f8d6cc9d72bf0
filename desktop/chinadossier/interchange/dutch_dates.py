"""Dates as Dutch officials type them: 31-12-2024, 3-2-2024, 31 december 2024, 31-12-24, ISO.

Two-digit years follow Excel's rule: 00–29 are 2000–2029, 30–99 are 1930–1999. Day comes before
month (Dutch); an American "12/31/2024" is refused as impossible rather than guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from chinadossier.interchange.tables import Cell, CellProblem

MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "february": 2,
    "maart": 3, "mrt": 3, "maa": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "augustus": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH_NAMES_NL = (
    "januari februari maart april mei juni juli augustus september oktober november december"
).split()

_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+)?$")
_WORDS = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$")


class DateProblem(CellProblem):
    """A cell that is not a date; the message is Dutch."""


def parse_date(cell: Cell) -> dt.date | None:
    """The date a cell holds, None for an empty cell.

    Raises:
        DateProblem: the text is not a date or names a day that does not exist.
    """
    if cell is None:
        return None
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, bool) or not isinstance(cell, str):
        raise DateProblem(f"'{cell}' is geen datum; schrijf de datum als dd-mm-jjjj.")
    text = " ".join(cell.strip().lower().split())
    if not text:
        return None
    if match := _ISO.match(text):
        year, month, day = (int(part) for part in match.groups())
        return _make(year, month, day, cell)
    if match := _NUMERIC.match(text):
        day, month = int(match.group(1)), int(match.group(2))
        year = _full_year(match.group(3))
        return _make(year, month, day, cell)
    if match := _WORDS.match(text):
        month_word = match.group(2)
        named = MONTHS.get(month_word)
        if named is None:
            raise DateProblem(f"'{cell}': '{month_word}' is geen maand.")
        return _make(int(match.group(3)), named, int(match.group(1)), cell)
    raise DateProblem(f"'{cell}' is geen datum; schrijf de datum als dd-mm-jjjj.")


def _full_year(text: str) -> int:
    if len(text) == 4:
        return int(text)
    two = int(text)
    return 2000 + two if two < 30 else 1900 + two


def _make(year: int, month: int, day: int, original: str) -> dt.date:
    if not 1 <= month <= 12:
        raise DateProblem(f"'{original}' bestaat niet: er is geen maand {month}.")
    if not 1000 <= year <= 2200:
        raise DateProblem(f"'{original}': het jaar {year} ligt buiten 1000–2200.")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise DateProblem(
            f"'{original}' bestaat niet: {_MONTH_NAMES_NL[month - 1]} {year} heeft {last} dagen."
        )
    return dt.date(year, month, day)
