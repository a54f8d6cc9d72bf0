"""Dates typed and shown as dd-mm-jjjj; rough dates ("ca. 1985", "2022 (onzeker)"); times hh:mm."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from chinadossier.domain.codes import DatePrecision
from chinadossier.domain.partial_date import PartialDate

_DAY = re.compile(r"^(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})$")
_DAY_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
_MONTH = re.compile(r"^(\d{1,2})[-./ ](\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_ISO = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
_CIRCA = re.compile(r"^(?:c\.|ca\.?|circa|~)\s*", re.I)
_UNCERTAIN = re.compile(
    r"\s*(?:\?|\[(?:onzeker|uncertain)\]|\((?:onzeker|uncertain)\)|onzeker|uncertain)$", re.I)
_SPAN = re.compile(r"^\d{4}\s*/\s*\d{2,4}$")



class InputError(ValueError):
    """A value typed into a field cannot be read; the message is Dutch and names no field."""


def format_date(value: dt.date | None) -> str:
    """dd-mm-jjjj, or empty."""
    return "" if value is None else value.strftime("%d-%m-%Y")


def parse_date(text: str) -> dt.date | None:
    """Read dd-mm-jjjj (also d-m-jjjj, dd.mm.jjjj, ddmmjjjj); empty is None."""
    raw = text.strip()
    if not raw:
        return None
    match = _DAY.match(raw) or _DAY_COMPACT.match(raw)
    if not match:
        raise InputError(QCoreApplication.translate("dates",
                "'{0}' is geen datum; typ dd-mm-jjjj, bijvoorbeeld 12-06-2025")
                         .format(raw))
    day, month, year = (int(p) for p in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise InputError(QCoreApplication.translate("dates",
                "'{0}' is geen bestaande datum").format(raw)) from exc


def format_partial(value: PartialDate | None) -> str:
    """12-06-2025, 06-2025, 2025 or a span of years 2022/23, with "ca. " before and
    " (onzeker)" after where flagged (" (uncertain)" in English; the parser reads both)."""
    if value is None:
        return ""
    if value.until_year is not None:
        first, last = value.value.year, value.until_year
        text = f"{first}/{last % 100:02d}" if last // 100 == first // 100 else f"{first}/{last}"
    elif value.precision is DatePrecision.YEAR:
        text = f"{value.value.year}"
    elif value.precision is DatePrecision.MONTH:
        text = value.value.strftime("%m-%Y")
    else:
        text = format_date(value.value)
    if value.circa:
        text = f"ca. {text}"
    return text + QCoreApplication.translate("dates", " (onzeker)") if value.uncertain else text


def parse_partial(text: str) -> PartialDate | None:
    """Read a rough date as an official types it: "12-06-2025", "06-2025", "ca. 1985",
    "2022 (onzeker)", "2022/23" (a span of years, as the domain reads it: some time in 2022 or
    2023); ISO forms work too. Empty is None."""
    raw = text.strip()
    if not raw:
        return None
    circa = bool(_CIRCA.match(raw))
    body = _CIRCA.sub("", raw, count=1).strip()
    uncertain = bool(_UNCERTAIN.search(body))
    body = _UNCERTAIN.sub("", body, count=1).strip()
    try:
        if _SPAN.match(body):
            parsed = PartialDate.parse(body)
            return PartialDate(parsed.value, parsed.precision, uncertain, circa, parsed.until_year)
        if _ISO.match(body):
            parsed = PartialDate.parse(body)
            return PartialDate(parsed.value, parsed.precision, uncertain, circa)
        if _YEAR.match(body):
            return PartialDate(dt.date(int(body), 1, 1), DatePrecision.YEAR, uncertain, circa)
        month = _MONTH.match(body)
        if month:
            m, y = (int(p) for p in month.groups())
            return PartialDate(dt.date(y, m, 1), DatePrecision.MONTH, uncertain, circa)
        day = parse_date(body)
    except (ValueError, InputError) as exc:
        if _SPAN.match(body):
            raise InputError(QCoreApplication.translate("dates",
                    "'{0}': het tweede jaar moet na het eerste liggen").format(raw)) from exc
        raise InputError(QCoreApplication.translate("dates",
                "'{0}' is geen bestaande datum").format(raw)) from exc
    if day is None:
        raise InputError(QCoreApplication.translate("dates", "'{0}' is geen datum").format(raw))
    return PartialDate(day, DatePrecision.DAY, uncertain, circa)


def parse_time(text: str) -> dt.time | None:
    """Read hh:mm (also h:mm, hh.mm, hhmm); empty is None."""
    raw = text.strip()
    if not raw:
        return None
    match = re.match(r"^(\d{1,2})[:.]?(\d{2})$", raw)
    if not match:
        raise InputError(QCoreApplication.translate("dates",
                "'{0}' is geen tijd; typ uu:mm, bijvoorbeeld 14:00").format(raw))
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise InputError(QCoreApplication.translate("dates",
                "'{0}' is geen bestaande tijd").format(raw))
    return dt.time(hour, minute)


class _TextValueEdit(QLineEdit):
    """A line edit whose value is read by a parser; `edited` fires on every user change."""

    edited = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.textEdited.connect(lambda _t: self.edited.emit())


class DateEdit(_TextValueEdit):
    """A date typed as dd-mm-jjjj (shown the same way)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("dates", "dd-mm-jjjj"), parent)
        self.setMaxLength(10)

    def value(self) -> dt.date | None:
        """The date; raises InputError when the text is not one."""
        return parse_date(self.text())

    def set_value(self, value: dt.date | None) -> None:
        """Show a date."""
        self.setText(format_date(value))


class RoughDateEdit(_TextValueEdit):
    """A date that may be rough: 12-06-2025, 06-2025, 2025, "ca. 1985", "2022 (onzeker)"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("dates", "dd-mm-jjjj, mm-jjjj of jjjj; ca. … / (onzeker)"),
            parent)
        self.setToolTip(self.tr(
            "Typ een datum als dd-mm-jjjj, alleen maand en jaar (06-2025) of alleen een jaar. "
            "Zet er 'ca.' voor als de datum bij benadering is, en '(onzeker)' achter als de bron "
            "hem niet bevestigt."
        ))

    def value(self) -> PartialDate | None:
        """The rough date; raises InputError when the text is not one."""
        return parse_partial(self.text())

    def set_value(self, value: PartialDate | None) -> None:
        """Show a rough date."""
        self.setText(format_partial(value))


class TimeEdit(_TextValueEdit):
    """A time of day typed as uu:mm."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("dates", "uu:mm"), parent)
        self.setMaxLength(5)

    def value(self) -> dt.time | None:
        """The time; raises InputError when the text is not one."""
        return parse_time(self.text())

    def set_value(self, value: dt.time | None) -> None:
        """Show a time."""
        self.setText("" if value is None else value.strftime("%H:%M"))
