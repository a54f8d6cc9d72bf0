"""CSV and XLSX as officials' Excel writes them: encodings, separators, sheets, broken files."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import Workbook

from chinadossier.interchange.csv_reader import read_csv
from chinadossier.interchange.decoding import decode
from chinadossier.interchange.errors import UnreadableFile
from chinadossier.interchange.xlsx_reader import list_sheets, read_xlsx

DUTCH_ROWS = (
    "Naam;Organisatie;Functie;Opmerkingen\r\n"
    "Jansen, Piet;Gemeente Rotterdam;wethouder;geïnformeerd over café-bezoek\r\n"
    "Wang Wei;Xinghe Haven (fictief);directeur;\"twee; delen\r\nover regels\"\r\n"
    "Müller, Anna;;;\r\n"
)


def test_excel_semicolon_csv_in_windows_1252_keeps_diacritics():
    table = read_csv(DUTCH_ROWS.encode("cp1252"))
    assert table.encoding == "cp1252"
    assert table.delimiter == ";"
    assert table.header == ("Naam", "Organisatie", "Functie", "Opmerkingen")
    assert table.rows[0].cells[3] == "geïnformeerd over café-bezoek"
    assert table.rows[2].cells[0] == "Müller, Anna"


def test_utf8_with_bom_and_hanzi_and_quoted_line_breaks_keep_excel_row_numbers():
    text = DUTCH_ROWS.replace("Wang Wei", "王伟 Wang Wei")
    table = read_csv(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert table.encoding == "utf-8-sig"
    assert table.header[0] == "Naam"  # the BOM is not part of the first column's name
    assert table.rows[1].cells[0] == "王伟 Wang Wei"
    assert table.rows[1].cells[3] == "twee; delen\r\nover regels"
    # Excel shows a cell with a line break in ONE row: header 1, Jansen 2, Wang 3, Müller 4
    # (a row number is the record's place, not the line the record starts on).
    assert [row.number for row in table.rows] == [2, 3, 4]


def test_row_numbers_count_blank_lines_and_the_marking_line_as_excel_does():
    data = (b"Hoogste classificatie: Intern\r\n"
            b"Naam;Opmerkingen\r\n"
            b"A;\"een\r\ntwee\r\ndrie\"\r\n"
            b"\r\n"
            b"B;\"x\ny\"\r\n"
            b"C;\r\n")
    table = read_csv(data)
    assert table.header_row == 2
    assert [(row.number, row.cells[0]) for row in table.rows] == [(3, "A"), (5, "B"), (6, "C")]


def test_comma_csv_is_recognised_and_utf8_without_bom_decodes_as_utf8():
    table = read_csv(b'Name,Organisation\n"Li, Na",Xinghe (fictief)\n')
    assert table.delimiter == ","
    assert table.encoding == "utf-8"
    assert table.rows[0].cells == ("Li, Na", "Xinghe (fictief)")


def test_the_user_can_override_the_encoding_and_a_wrong_choice_is_named():
    data = "Naam\ngeïnformeerd\n".encode("cp1252")
    assert read_csv(data, encoding="latin-1").rows[0].cells == ("geïnformeerd",)
    with pytest.raises(UnreadableFile, match="niet in utf-8"):
        decode(data, "utf-8")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "leeg"),
        (b"   \r\n  ", "leeg"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "geen tekstbestand"),
        (b"Naam;Functie\r\n", None),  # header only: a table without rows, not an error
        (b'Naam;Functie\r\n"open quote;x\r\n', "aanhalingsteken"),
    ],
)
def test_broken_csv_gives_a_dutch_reason(data, message):
    if message is None:
        assert read_csv(data).rows == ()
        return
    with pytest.raises(UnreadableFile, match=message):
        read_csv(data)


def test_ten_megabytes_of_garbage_is_refused_without_a_traceback():
    garbage = bytes(range(256)) * (10 * 1024 * 1024 // 256)
    with pytest.raises(UnreadableFile):
        read_csv(garbage)


def _workbook() -> bytes:
    book = Workbook()
    notes = book.active
    notes.title = "Toelichting"
    notes["A1"] = "Dit werkblad legt uit hoe de lijst is bijgehouden."
    notes["A3"] = "Bijgewerkt door de griffie."
    contacts = book.create_sheet("Contacten")
    contacts.append(["Naam", "Chinese naam", "Laatste contact", "Waarde"])
    contacts.append(["Wang Wei", "王伟", dt.datetime(2024, 12, 31), 12.5])
    contacts.append(["Li Na", "李娜", "3-2-2024", None])
    contacts.append(["Zhang San", None, None, None])
    contacts["D4"] = "=SUM(D2:D3)"
    contacts.merge_cells("B5:B6")
    contacts["A5"] = "Chen Jie"
    contacts["A6"] = "Zhou Min"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_xlsx_prose_sheet_is_not_data_and_the_table_sheet_is_chosen():
    data = _workbook()
    sheets = {info.name: info for info in list_sheets(data)}
    assert not sheets["Toelichting"].has_header
    assert sheets["Contacten"].has_header
    assert sheets["Contacten"].data_rows == 5
    table = read_xlsx(data)
    assert table.sheet == "Contacten"
    assert table.rows[0].cells[:3] == ("Wang Wei", "王伟", dt.date(2024, 12, 31))
    with pytest.raises(UnreadableFile, match="geen kopregel"):
        read_xlsx(data, sheet="Toelichting")
    with pytest.raises(UnreadableFile, match="bestaat niet"):
        read_xlsx(data, sheet="Blad9")


def test_formula_without_a_stored_result_and_merged_cells_are_named_per_row():
    table = read_xlsx(_workbook(), sheet="Contacten")
    by_number = {row.number: row for row in table.rows}
    assert any("D4" in problem and "formule" in problem for problem in by_number[4].problems)
    assert any("samengevoegd" in problem for problem in by_number[5].problems)
    assert any("B6" in problem for problem in by_number[6].problems)
    assert by_number[2].problems == ()


@pytest.mark.parametrize("data", [b"PK\x03\x04 not really a zip", b"Naam;x\n", b"\xd0\xcf\x11\xe0"])
def test_what_is_not_an_xlsx_workbook_is_refused_in_dutch(data):
    with pytest.raises(UnreadableFile, match="Excel"):
        read_xlsx(data)


def test_title_rows_above_the_header_are_skipped_and_said():
    text = ("Contactenlijst Team IZ;;\r\n;;\r\nNaam;Organisatie;Functie\r\n"
            "Kees Smit;Gemeente Rotterdam;Adviseur\r\n")
    table = read_csv(text.encode("utf-8"))
    assert table.header == ("Naam", "Organisatie", "Functie") and table.header_row == 3
    assert [r.number for r in table.rows] == [4]
    assert any("Rij 1 boven de kopregel" in n and "rij 3" in n for n in table.notes)
    chosen = read_csv(text.encode("utf-8"), header_row=1)
    assert chosen.header == ("Contactenlijst Team IZ",) and chosen.header_row == 1
    with pytest.raises(UnreadableFile, match="geen rij 9"):
        read_csv(text.encode("utf-8"), header_row=9)
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Contactenlijst Team IZ"
    sheet.append([])
    sheet.append(["Naam", "Organisatie", "Functie"])
    sheet.append(["Kees Smit", "Gemeente Rotterdam", "Adviseur"])
    out = io.BytesIO()
    book.save(out)
    table = read_xlsx(out.getvalue())
    assert table.header == ("Naam", "Organisatie", "Functie") and table.header_row == 3
    assert table.rows[0].number == 4 and table.notes
    assert list_sheets(out.getvalue())[0].has_header


def test_formula_and_merged_cell_problems_name_the_column_heading():
    from chinadossier.interchange.columns import ImportKind, map_columns
    from chinadossier.interchange.rows import parse_rows

    table = read_xlsx(_workbook(), sheet="Contacten")
    mapping = map_columns(table.header, ImportKind.PERSONS, {"Waarde": "-"})
    by_number = {row.number: row for row in parse_rows(table, mapping)}
    (formula,) = by_number[4].errors
    assert formula.column == "Waarde" and "D4" in formula.message
    assert [(e.column, "B5" in e.message) for e in by_number[5].errors] == [
        ("Chinese naam", True)]
    assert [e.column for e in by_number[6].errors] == ["Chinese naam"]
