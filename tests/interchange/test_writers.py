"""Exports open in Excel as written: Dutch CSV with a BOM, typed XLSX, never a formula."""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import load_workbook

from chinadossier.interchange.csv_reader import read_csv
from chinadossier.interchange.writers import Column, write_csv, write_xlsx

COLUMNS = (Column("Datum", 12, "date"), Column("Onderwerp", 40), Column("Aantal", 8, "number"))
ROWS = [
    (dt.date(2024, 12, 31), "Bezoek 星河市 (fictief); café", 3),
    (dt.date(2025, 1, 2), "=HYPERLINK(\"http://x\")", None),
]


def test_csv_is_dutch_excel_csv_and_reads_back():
    out = io.BytesIO()
    assert write_csv(COLUMNS, ROWS, out) == 2
    data = out.getvalue()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data
    assert "31-12-2024;\"Bezoek 星河市 (fictief); café\";3".encode() in data
    table = read_csv(data)
    assert b"'=HYPERLINK" in data  # never runs as a formula in Excel
    assert table.rows[1].cells[1] == "=HYPERLINK(\"http://x\")"  # and reads back as it was


def test_xlsx_has_typed_cells_frozen_header_widths_and_no_formulas():
    out = io.BytesIO()
    assert write_xlsx(COLUMNS, ROWS, out, sheet_title="Contactmomenten") == 2
    book = load_workbook(io.BytesIO(out.getvalue()))
    sheet = book["Contactmomenten"]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    assert sheet["A2"].value == dt.datetime(2024, 12, 31)
    assert sheet["A2"].number_format == "dd-mm-yyyy"
    assert sheet["C2"].value == 3
    assert sheet["B3"].data_type == "s"
    assert sheet["B3"].value == "=HYPERLINK(\"http://x\")"
    assert sheet.column_dimensions["B"].width == 40


def test_the_classification_line_of_an_export_is_read_past() -> None:
    out = io.BytesIO()
    write_csv(COLUMNS, ROWS, out, marking="Vertrouwelijk")
    data = out.getvalue()
    assert data.startswith("\ufeffHoogste classificatie: Vertrouwelijk\r\nDatum;".encode())
    table = read_csv(data)
    assert table.header == ("Datum", "Onderwerp", "Aantal")
    assert table.header_row == 2 and table.rows[0].number == 3
    assert table.notes == ("Hoogste classificatie: Vertrouwelijk",)


def test_xlsx_names_its_marking_and_has_an_about_sheet() -> None:
    out = io.BytesIO()
    write_xlsx(COLUMNS, ROWS, out, sheet_title="Lijst", marking="Intern",
               about=[("Filter", "text=haven"), ("Aantal", 2)])
    book = load_workbook(io.BytesIO(out.getvalue()))
    assert book.sheetnames == ["Lijst", "Over deze export"]
    assert book.properties.keywords == "Intern"
    assert book["Lijst"].oddHeader.center.text == "Hoogste classificatie: Intern"
    assert list(book["Over deze export"].iter_rows(values_only=True)) == [
        ("Gegeven", "Waarde"), ("Filter", "text=haven"), ("Aantal", 2)]


def test_text_that_starts_like_a_formula_reads_back_without_the_guard_apostrophe():
    texts = ["=SOM(A1:A3)", "+31 10 123 4567", "-5 graden", "@bestuur", "'gewoon' citaat", "x"]
    out = io.BytesIO()
    write_csv([Column("Naam"), Column("Opmerkingen")], [["A", t] for t in texts], out)
    assert b"'=SOM" in out.getvalue()  # Excel does not run it
    table = read_csv(out.getvalue())
    assert [row.cells[1] for row in table.rows] == texts


# Across the end of summer time (Sunday 26 October 2025, 03:00 CEST → 02:00 CET) and before its
# start (Sunday 29 March 2026, 02:00 CET → 03:00 CEST): stored UTC, written in Amsterdam time.
MOMENTS = (
    (dt.datetime(2025, 10, 26, 0, 30, tzinfo=dt.UTC), "26-10-2025 02:30"),  # CEST, +2
    (dt.datetime(2025, 10, 26, 1, 30, tzinfo=dt.UTC), "26-10-2025 02:30"),  # CET, +1
    (dt.datetime(2026, 3, 29, 0, 59), "29-03-2026 01:59"),  # naive: UTC; CET, +1
    (dt.datetime(2026, 3, 29, 1, 0, tzinfo=dt.UTC), "29-03-2026 03:00"),  # CEST, +2
    (dt.datetime(2026, 3, 28, 23, 30, tzinfo=dt.UTC), "29-03-2026 00:30"),  # the next day there
)
MOMENT_COLUMNS = (Column("Gewijzigd op", 18, "date"),)


def test_csv_writes_moments_in_amsterdam_time_across_summer_time() -> None:
    out = io.BytesIO()
    write_csv(MOMENT_COLUMNS, [(moment,) for moment, _ in MOMENTS], out)
    lines = out.getvalue().decode("utf-8-sig").split("\r\n")[1:-1]
    assert lines == [text for _, text in MOMENTS]


def test_xlsx_writes_moments_in_amsterdam_time_across_summer_time() -> None:
    out = io.BytesIO()
    write_xlsx(MOMENT_COLUMNS, [(moment,) for moment, _ in MOMENTS], out,
               about=[("Geëxporteerd op", MOMENTS[0][0])])
    book = load_workbook(io.BytesIO(out.getvalue()))
    sheet = book["Export"]
    cells = [sheet.cell(row, 1) for row in range(2, 2 + len(MOMENTS))]
    assert [c.value.strftime("%d-%m-%Y %H:%M") for c in cells] == [t for _, t in MOMENTS]
    assert {c.number_format for c in cells} == {"dd-mm-yyyy hh:mm"}
    assert book["Over deze export"]["B2"].value == dt.datetime(2025, 10, 26, 2, 30)


MONEY = (Column("Tijd", 8, "time"), Column("Waarde geschenk", 14, "euro"))


def test_a_time_is_a_time_cell_and_a_gift_value_a_euro_amount_in_both_formats() -> None:
    rows = [(dt.time(14, 30), 12.5), (None, None)]
    out = io.BytesIO()
    write_xlsx(MONEY, rows, out)
    sheet = load_workbook(io.BytesIO(out.getvalue())).worksheets[0]
    assert sheet["A2"].value == dt.time(14, 30) and sheet["A2"].number_format == "hh:mm"
    assert sheet["B2"].value == 12.5 and sheet["B2"].data_type == "n"
    assert "€" in sheet["B2"].number_format and "0.00" in sheet["B2"].number_format
    assert sheet["A3"].value is None and sheet["B3"].value is None
    text = io.BytesIO()
    write_csv(MONEY, rows, text)
    assert text.getvalue().decode("utf-8-sig").splitlines()[1] == "14:30;12,50"
