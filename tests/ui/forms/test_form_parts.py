"""Parts of the forms without a case file: dates as dd-mm-jjjj, rough dates, error keys, pinyin."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from tests.ui.typing import commit_ime, type_text

from chinadossier.domain.codes import DatePrecision
from chinadossier.domain.errors import FieldError
from chinadossier.domain.partial_date import PartialDate
from chinadossier.ui.forms.errors import field_for, group_errors
from chinadossier.ui.widgets.dates import (
    InputError,
    format_partial,
    parse_date,
    parse_partial,
    parse_time,
)
from chinadossier.ui.widgets.hanzi import HanziPinyin


def test_dates_are_typed_and_shown_as_dd_mm_jjjj() -> None:
    assert parse_date("12-06-2025") == dt.date(2025, 6, 12)
    assert parse_date("1-6-2025") == dt.date(2025, 6, 1)
    assert parse_date("12062025") == dt.date(2025, 6, 12)
    assert parse_date("  ") is None
    for bad in ("2025-06-12", "31-02-2025", "morgen"):
        with pytest.raises(InputError):
            parse_date(bad)
    assert parse_time("14:00") == dt.time(14, 0)
    with pytest.raises(InputError):
        parse_time("25:00")


@pytest.mark.parametrize(("typed", "shown", "precision", "circa", "uncertain"), [
    ("ca. 1985", "ca. 1985", DatePrecision.YEAR, True, False),
    ("2022 (onzeker)", "2022 (onzeker)", DatePrecision.YEAR, False, True),
    # a span of years, as the domain reads it (PartialDate.parse); not rounded to its first year
    ("2022/23", "2022/23", DatePrecision.YEAR, False, False),
    ("2022/2023 (onzeker)", "2022/23 (onzeker)", DatePrecision.YEAR, False, True),
    ("ca. 1999/2001", "ca. 1999/2001", DatePrecision.YEAR, True, False),
    ("06-2025", "06-2025", DatePrecision.MONTH, False, False),
    ("12-06-2025", "12-06-2025", DatePrecision.DAY, False, False),
    ("c. 03-2001?", "ca. 03-2001 (onzeker)", DatePrecision.MONTH, True, True),
    ("2022-11", "11-2022", DatePrecision.MONTH, False, False),
])
def test_rough_dates_round_trip(typed: str, shown: str, precision: DatePrecision, circa: bool,
                                uncertain: bool) -> None:
    value = parse_partial(typed)
    assert value is not None
    assert (value.precision, value.circa, value.uncertain) == (precision, circa, uncertain)
    assert format_partial(value) == shown
    assert parse_partial(shown) == value


def test_a_span_of_years_keeps_its_last_year() -> None:
    assert parse_partial("2022/23") == PartialDate.years(2022, 2023)
    assert format_partial(PartialDate.years(2022, 2023, uncertain=True)) == "2022/23 (onzeker)"
    with pytest.raises(InputError, match="tweede jaar"):
        parse_partial("2023/22")


def test_a_rough_date_that_is_no_date_is_refused_in_dutch() -> None:
    with pytest.raises(InputError, match="geen"):
        parse_partial("ergens in de jaren tachtig")
    assert format_partial(PartialDate.year(1985, circa=True)) == "ca. 1985"


def test_error_keys_map_to_the_fields_of_the_draft() -> None:
    fields = ["title", "meeting_kind", "place_adcode", "participants", "classification",
              "emails", "tie_ids"]
    assert field_for("meeting_kind", fields) == "meeting_kind"
    assert field_for("kind", fields) == "meeting_kind"  # the older key
    assert field_for("participants[2].person_id", fields) == "participants"
    assert field_for("common.classification", fields) == "classification"
    assert field_for("place", fields) == "place_adcode"
    assert field_for("ties", fields) == "tie_ids"
    per_field, unclaimed = group_errors(
        [FieldError("emails[1]", "'x' is geen geldig e-mailadres"),
         FieldError("participants[2].role", "is te lang"),
         FieldError("gift_value_cents", "mag niet negatief zijn")], fields)
    [email] = per_field["emails"]
    assert email.lower().startswith("e-mailadres") and email.endswith("geen geldig e-mailadres")
    assert per_field["participants"][0].endswith("is te lang")
    assert "deelnemer" in per_field["participants"][0].lower()
    assert unclaimed == ["Waarde geschenk: mag niet negatief zijn"]  # never dropped


def test_pinyin_follows_the_hanzi_until_the_user_edits_it(qtbot: Any) -> None:
    pair = HanziPinyin(person=True)
    qtbot.addWidget(pair.hanzi)
    qtbot.addWidget(pair.pinyin)
    commit_ime(pair.hanzi, "单")
    assert pair.pinyin.text() == "Shàn"  # read as a family name, as the services do
    commit_ime(pair.hanzi, "伟")
    assert pair.pinyin.text() == "Shàn Wěi"
    assert pair.values() == ("单伟", None)  # automatic: the services derive it themselves
    pair.pinyin.clear()
    type_text(pair.pinyin, "Shan Wei")
    pair.hanzi.setText("单伟明")
    assert pair.pinyin.text() == "Shan Wei"
    assert pair.values() == ("单伟明", "Shan Wei")
