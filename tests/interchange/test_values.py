"""Dutch dates, column names, code words, names and money as officials' lists write them."""

from __future__ import annotations

import datetime as dt

import pytest

from chinadossier.domain.codes import Classification, MeetingKind, OrganisationKind
from chinadossier.interchange.columns import (
    ImportKind,
    detect_kind,
    map_columns,
    parse_overrides,
)
from chinadossier.interchange.dutch_dates import DateProblem, parse_date
from chinadossier.interchange.errors import UnreadableFile
from chinadossier.interchange.names import split_name
from chinadossier.interchange.rows import parse_money_cents, parse_rows, parse_time
from chinadossier.interchange.tables import Row, Table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31-12-2024", dt.date(2024, 12, 31)),
        ("3-2-2024", dt.date(2024, 2, 3)),
        ("31 december 2024", dt.date(2024, 12, 31)),
        ("3 feb. 2024", dt.date(2024, 2, 3)),
        ("31-12-24", dt.date(2024, 12, 31)),
        ("1-1-85", dt.date(1985, 1, 1)),
        ("2024-12-31", dt.date(2024, 12, 31)),
        ("31/12/2024", dt.date(2024, 12, 31)),
        (dt.datetime(2024, 5, 6, 0, 0), dt.date(2024, 5, 6)),
        ("", None),
        (None, None),
    ],
)
def test_dutch_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31-02-2024", "februari 2024 heeft 29 dagen"),
        ("12/31/2024", "geen maand 31"),
        ("31 smarch 2024", "geen maand"),
        ("gisteren", "geen datum"),
        ("1-1-0001", "buiten 1000–2200"),
    ],
)
def test_impossible_dates_say_why(text, reason):
    with pytest.raises(DateProblem, match=reason):
        parse_date(text)


def test_columns_match_dutch_and_english_synonyms_ignoring_case_accents_and_punctuation():
    header = ("NAAM", "E-mail adres", "Telefoon", "Functie", "Chinese naam", "Kleur ogen")
    mapping = map_columns(header, ImportKind.PERSONS)
    assert mapping.fields == {0: "name", 1: "email", 2: "phone", 3: "position", 4: "hanzi"}
    assert mapping.unknown == ("Kleur ogen",)
    assert mapping.missing == ()


def test_map_overrides_assign_unknown_columns_and_refuse_unknown_fields():
    header = ("Naam", "Kleur ogen", "Wie")
    overrides = parse_overrides(["Wie=notes", "Kleur ogen=-"])
    mapping = map_columns(header, ImportKind.PERSONS, overrides)
    assert mapping.fields == {0: "name", 2: "notes"}
    assert mapping.unknown == ()
    with pytest.raises(UnreadableFile, match="geen veld"):
        map_columns(header, ImportKind.PERSONS, {"Wie": "shoe_size"})
    with pytest.raises(UnreadableFile, match="geen kolom"):
        map_columns(header, ImportKind.PERSONS, {"Waar": "notes"})
    with pytest.raises(UnreadableFile, match="Kolom=veld"):
        parse_overrides(["zonder-is-teken"])


def test_a_missing_required_column_is_named_and_the_kind_is_detected_from_columns():
    assert map_columns(("Onderwerp",), ImportKind.MEETINGS).missing == ("Datum",)
    assert detect_kind(("Datum", "Onderwerp", "Soort", "Samenvatting")) is ImportKind.MEETINGS
    assert detect_kind(("Naam", "Functie", "E-mailadres")) is ImportKind.PERSONS
    assert detect_kind(("Kleur", "Maat")) is None


def test_rows_become_typed_values_with_per_column_dutch_errors():
    table = Table(
        source="x.csv",
        sheet=None,
        header=("Datum", "Onderwerp", "Soort", "Classificatie", "Waarde geschenk", "Tijd"),
        header_row=1,
        rows=(
            Row(2, ("3-2-2024", "Werkbezoek (fictief)", "werkbezoek", "Vertrouwelijk", "€ 1.250,50",
                    "14:30")),
            Row(3, ("31-02-2024", "", "picknick", "geheim", "veel", "25:00")),
        ),
    )
    rows = list(parse_rows(table, map_columns(table.header, ImportKind.MEETINGS)))
    good, bad = rows
    assert good.ok
    assert good.values["held_on"] == dt.date(2024, 2, 3)
    assert good.values["meeting_kind"] is MeetingKind.WORKING_VISIT
    assert good.values["classification"] is Classification.CONFIDENTIAL
    assert good.values["gift_value"] == 125050
    assert good.values["start_time"] == dt.time(14, 30)
    columns = {error.column for error in bad.errors}
    assert columns == {"Datum", "Onderwerp", "Soort", "Classificatie", "Waarde geschenk", "Tijd"}
    assert bad.number == 3


def test_organisation_kind_words_in_dutch():
    table = Table("x", None, ("Naam", "Soort"), 1, (Row(2, ("Xinghe Universiteit (fictief)",
                                                               "kennisinstelling")),))
    (row,) = parse_rows(table, map_columns(table.header, ImportKind.ORGANISATIONS))
    assert row.values["org_kind"] is OrganisationKind.KNOWLEDGE_INSTITUTION


@pytest.mark.parametrize(
    ("text", "family", "given", "tussen", "family_first"),
    [
        ("Jansen, Piet", "Jansen", "Piet", None, False),
        ("Berg, Jan van der", "Berg", "Jan", "van der", False),
        ("Jan van der Berg", "Berg", "Jan", "van der", False),
        ("Wang Wei", "Wang", "Wei", None, True),
        ("Wáng Wěi", "Wáng", "Wěi", None, True),
        ("Ouyang Xiu", "Ouyang", "Xiu", None, True),
        ("Piet Jansen", "Jansen", "Piet", None, False),
    ],
)
def test_names_split_at_the_comma_and_chinese_family_names_come_first(
    text, family, given, tussen, family_first
):
    name = split_name(text)
    assert (name.family_name, name.given_name, name.tussenvoegsel, name.family_first) == (
        family, given, tussen, family_first
    )


@pytest.mark.parametrize(
    ("text", "cents"),
    [("€ 1.250,50", 125050), ("80", 8000), ("12,5", 1250), ("1250.5", 125050), (80.25, 8025)],
)
def test_money(text, cents):
    assert parse_money_cents(text) == cents


def test_times():
    assert parse_time("9.15") == dt.time(9, 15)
    with pytest.raises(ValueError, match="geen tijd"):
        parse_time("half tien")


def test_a_row_with_more_cells_than_the_header_is_rejected_naming_the_separator():
    from chinadossier.interchange.csv_reader import read_csv

    table = read_csv(b"Naam;Opmerkingen\r\nPiet;Zuid-Holland; delegatie\r\nKees;;\r\n")
    first, second = parse_rows(table, map_columns(table.header, ImportKind.PERSONS))
    assert [e.message for e in first.errors] == [
        "Deze rij heeft meer cellen dan de kopregel (3 in plaats van 2) — staat er een ; in "
        "een tekst? Zet die tekst tussen aanhalingstekens of haal het scheidingsteken weg."]
    assert second.errors == ()  # empty cells beyond the header are no problem


def test_everyday_kind_words_are_recognised():
    from chinadossier.interchange.rows import _parser

    org_kind = _parser(ImportKind.ORGANISATIONS, "org_kind")
    meeting_kind = _parser(ImportKind.MEETINGS, "meeting_kind")
    assert org_kind("Bedrijf") is OrganisationKind.PRIVATE_COMPANY
    assert meeting_kind("bezoek") is MeetingKind.WORKING_VISIT
    assert meeting_kind("Telefoon") is MeetingKind.OTHER
    assert meeting_kind("werkbezoek") is MeetingKind.WORKING_VISIT  # labels still work
