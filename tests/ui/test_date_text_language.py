"""Dates in lists and the detail pane follow the interface language (issue 8 point 10)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from chinadossier.domain.partial_date import PartialDate
from chinadossier.ui.models.formatting import date_text


def test_rough_dates_in_english_mode(qapp) -> None:  # noqa: ARG001 - needs the application
    month = PartialDate.parse("2022-11")
    circa_day = PartialDate.parse("ca. 2021-03-04 (onzeker)")
    assert date_text(month) == "november 2022"
    assert date_text(circa_day) == "ca. 04-03-2021 (onzeker)"
    assert date_text(dt.date(2024, 12, 31)) == "31-12-2024"
    app = QCoreApplication.instance()
    app.setProperty("language", "en")
    try:
        assert date_text(month) == "November 2022"
        assert date_text(circa_day) == "c. 04-03-2021 (uncertain)"
        assert date_text(dt.date(2024, 12, 31)) == "31-12-2024"
    finally:
        app.setProperty("language", None)
    assert date_text(month) == "november 2022"
