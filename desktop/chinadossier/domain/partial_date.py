"""Dates known only roughly (DOMAIN.md §7): a date with a precision and an uncertain flag."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from chinadossier.domain.codes import DatePrecision
from chinadossier.domain.date_words import MONTHS_EN, MONTHS_NL

_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), DatePrecision.DAY),
    (re.compile(r"^(\d{4})-(\d{2})$"), DatePrecision.MONTH),
    (re.compile(r"^(\d{4})$"), DatePrecision.YEAR),
)
_CIRCA = re.compile(r"^(?:c\.|ca\.|circa|~)\s*", re.I)
_UNCERTAIN = re.compile(r"\s*(?:\?|\[onzeker\]|\(onzeker\)|\(uncertain\))$", re.I)
_SPAN = re.compile(r"^(\d{4})\s*/\s*(\d{2}|\d{4})$")
#: Per language: month names, the circa prefix and the uncertainty suffix.
_WORDS = {
    "nl": (MONTHS_NL, "ca.", "onzeker"),
    "en": (MONTHS_EN, "c.", "uncertain"),
}


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date of which only the year, or year and month, may be known; sorts by its first day.

    ``circa`` means "about then" (shown "ca. 1985"); ``uncertain`` means the source did not confirm
    it (shown "2022 (onzeker)"). ``until_year`` makes a year precision date a span of years
    ("2022/23": some time in 2022 or 2023). Either way a memo must not present it as established
    fact.
    """

    value: dt.date
    precision: DatePrecision = DatePrecision.DAY
    uncertain: bool = False
    circa: bool = False
    until_year: int | None = None

    def __post_init__(self) -> None:
        # One stored form for one meaning (issue 7.1): a datetime means its date, and 0/1 mean
        # False/True. Other types stay as given, for the services to refuse with a field message.
        # (Written for speed: every partial date of a list page passes through here.)
        value, precision, until = self.value, self.precision, self.until_year
        if isinstance(value, dt.datetime):
            value = value.date()
            object.__setattr__(self, "value", value)
        if type(self.uncertain) is int and self.uncertain in (0, 1):
            object.__setattr__(self, "uncertain", bool(self.uncertain))
        if type(self.circa) is int and self.circa in (0, 1):
            object.__setattr__(self, "circa", bool(self.circa))
        if not isinstance(value, dt.date) or not isinstance(precision, DatePrecision):
            return
        if until is not None and (precision is not DatePrecision.YEAR or until <= value.year):
            raise ValueError(
                f"een periode van jaren moet na {value.year} eindigen en alleen jaren noemen"
            )
        if precision is DatePrecision.YEAR:
            if value.month != 1 or value.day != 1:
                object.__setattr__(self, "value", value.replace(month=1, day=1))
        elif precision is DatePrecision.MONTH and value.day != 1:
            object.__setattr__(self, "value", value.replace(day=1))

    @classmethod
    def year(cls, year: int, *, uncertain: bool = False, circa: bool = False) -> PartialDate:
        """Only the year is known."""
        return cls(dt.date(year, 1, 1), DatePrecision.YEAR, uncertain, circa)

    @classmethod
    def years(cls, first: int, last: int, *, uncertain: bool = False) -> PartialDate:
        """Some time in the years first..last ("2022/23")."""
        return cls(dt.date(first, 1, 1), DatePrecision.YEAR, uncertain, False, last)

    @classmethod
    def month(cls, year: int, month: int, *, uncertain: bool = False) -> PartialDate:
        """Year and month are known."""
        return cls(dt.date(year, month, 1), DatePrecision.MONTH, uncertain)

    @classmethod
    def day(cls, value: dt.date, *, uncertain: bool = False) -> PartialDate:
        """The exact day is known."""
        return cls(value, DatePrecision.DAY, uncertain)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read "1985", "c. 1985", "2022-11", "2022-11-16", "2023?", "2022/23 [onzeker]".

        A span such as "2022/23" or "2022/2023" is a range of years (``until_year``); it is
        uncertain only when marked so ("2022/23 [onzeker]").
        Raises ValueError with a Dutch message when the text is not such a date.
        """
        raw = text.strip()
        circa = bool(_CIRCA.match(raw))
        raw = _CIRCA.sub("", raw, count=1).strip()
        uncertain = bool(_UNCERTAIN.search(raw))
        raw = _UNCERTAIN.sub("", raw, count=1).strip()
        span = _SPAN.match(raw)
        if span:
            first, last = span.group(1), span.group(2)
            if len(last) == 2:
                last = first[:2] + last
            if int(last) <= int(first):
                raise ValueError(f"'{text}': het tweede jaar moet na het eerste liggen")
            return cls(dt.date(int(first), 1, 1), DatePrecision.YEAR, uncertain, circa, int(last))
        for pattern, precision in _PATTERNS:
            match = pattern.match(raw)
            if match:
                parts = [int(p) for p in match.groups()] + [1] * (3 - len(match.groups()))
                try:
                    value = dt.date(parts[0], parts[1], parts[2])
                except ValueError as exc:
                    raise ValueError(f"'{text}' is geen bestaande datum") from exc
                return cls(value, precision, uncertain, circa)
        raise ValueError(
            f"'{text}' is geen datum (gebruik bijvoorbeeld 2022-11-16, 2022-11 of 2022)"
        )

    def iso(self) -> str:
        """Machine form: 2022, 2022/2023, 2022-11 or 2022-11-16 (JSON, export)."""
        if self.until_year is not None:
            return f"{self.value.year:04d}/{self.until_year:04d}"
        if self.precision is DatePrecision.YEAR:
            return f"{self.value.year:04d}"
        if self.precision is DatePrecision.MONTH:
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()

    def dutch(self) -> str:
        """Human form: "16 november 2022", "november 2022", "ca. 1985", "2022/23 (onzeker)"."""
        return self.human("nl")

    def human(self, lang: str = "nl") -> str:
        """Human form in the interface language: Dutch as `dutch()`; English "16 November
        2022", "November 2022", "c. 1985", "2022/23 (uncertain)"."""
        return self.marked(self.plain(lang), lang)

    def plain(self, lang: str = "nl") -> str:
        """The date without its circa prefix or uncertainty suffix: "2022/23", "juli 2021"."""
        months = _WORDS.get(lang, _WORDS["nl"])[0]
        if self.until_year is not None:
            last = self.until_year
            first = self.value.year
            text = f"{first}/{last % 100:02d}" if last // 100 == first // 100 else f"{first}/{last}"
        elif self.precision is DatePrecision.YEAR:
            text = f"{self.value.year}"
        elif self.precision is DatePrecision.MONTH:
            text = f"{months[self.value.month - 1]} {self.value.year}"
        else:
            text = f"{self.value.day} {months[self.value.month - 1]} {self.value.year}"
        return text

    def marked(self, text: str, lang: str = "nl") -> str:
        """`text` (this date written some way) with its circa prefix and uncertainty suffix."""
        _, circa, uncertain = _WORDS.get(lang, _WORDS["nl"])
        if self.circa:
            text = f"{circa} {text}"
        return f"{text} ({uncertain})" if self.uncertain else text

    def to_json(self) -> dict[str, object]:
        """JSON form with English keys."""
        return {
            "date": self.iso(),
            "precision": self.precision.value,
            "uncertain": self.uncertain,
            "circa": self.circa,
            "until_year": self.until_year,
        }

    def __str__(self) -> str:
        return self.dutch()

    def last_day(self) -> dt.date:
        """The last day the partial date could mean (for 'ended before' comparisons)."""
        if self.precision is DatePrecision.YEAR:
            return dt.date(self.until_year or self.value.year, 12, 31)
        if self.precision is DatePrecision.MONTH:
            # monthrange, not "first of next month minus a day": December 9999 has no next month.
            days = calendar.monthrange(self.value.year, self.value.month)[1]
            return self.value.replace(day=days)
        return self.value
