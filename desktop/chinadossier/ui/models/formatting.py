"""How stored values read in lists and the detail pane: labels, dates dd-mm-jjjj, names."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from chinadossier.domain import labels
from chinadossier.domain.codes import DatePrecision, RecordKind
from chinadossier.domain.local_time import local_date, moment_text
from chinadossier.domain.partial_date import PartialDate


def code_lang() -> labels.Language:
    """The language of stored-code labels: Dutch unless the interface runs in English.

    The composition root sets the default QLocale to the interface language (or the application
    property ``language`` to "en"); a system locale alone never switches the labels.
    """
    app = QCoreApplication.instance()
    if app is not None and app.property("language") == "en":
        return "en"
    default = QLocale()
    if (default.language() == QLocale.Language.English
            and default.territory() == QLocale.Country.Netherlands):
        return "en"
    return "nl"


def code_label(code: StrEnum | None) -> str:
    """The label of a stored code, capitalised as a cell or combo item reads it."""
    if code is None:
        return ""
    text = labels.label(code, code_lang())
    return text[:1].upper() + text[1:]


def kind_label(kind: RecordKind) -> str:
    """The name of a kind of record (Contactmoment, Band, ...)."""
    return code_label(kind)


def date_text(value: dt.date | dt.datetime | PartialDate | None) -> str:
    """dd-mm-jjjj (a rough date says so: "ca. 1985", "2022 (onzeker)"; in English "c. 1985",
    "2022 (uncertain)", "November 2022")."""
    if value is None:
        return ""
    if isinstance(value, PartialDate):
        if value.precision is not DatePrecision.DAY:
            return value.human(code_lang())
        return value.marked(value.value.strftime("%d-%m-%Y"), code_lang())
    if isinstance(value, dt.datetime):
        value = local_date(value)
    return value.strftime("%d-%m-%Y")


def datetime_text(value: dt.datetime | None) -> str:
    """dd-mm-jjjj HH:MM in Dutch time (`domain.local_time`)."""
    return moment_text(value)


def record_label(record: Any) -> str:
    """What a person reads to recognise a record (as its Ref label would say)."""
    kind = record.meta.kind
    if kind in (RecordKind.PERSON, RecordKind.AUTHORITY):
        return str(record.display_name)
    if kind is RecordKind.ORGANISATION:
        return str(record.name_nl)
    if kind is RecordKind.ACTION:
        return str(record.what)
    if kind is RecordKind.RISK_CATEGORY:
        return f"{record.code} {record.name_nl}"
    return str(getattr(record, "title", record.meta.display_no))


def hanzi_pinyin(hanzi: str | None, pinyin: str | None) -> str:
    """刘洋 Liú Yáng (Hanzi first), or whichever of the two is known."""
    return " ".join(p for p in (hanzi, pinyin) if p)
