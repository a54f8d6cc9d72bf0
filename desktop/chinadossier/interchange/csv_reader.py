"""Reading CSV as Excel writes it: semicolon or comma, quotes, line breaks in cells, CRLF."""

from __future__ import annotations

import csv
import io

from chinadossier.interchange.decoding import decode
from chinadossier.interchange.errors import UnreadableFile
from chinadossier.interchange.header_row import find_header, skipped_note, skipped_rows
from chinadossier.interchange.tables import Row, Table, clean_header, is_blank

MAX_BYTES = 50 * 1024 * 1024
_DELIMITERS = (";", ",", "\t")
_MARKING = "hoogste classificatie:"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What interchange.writers guards with an apostrophe (never read as a formula by Excel)."""


def read_csv(
    data: bytes, *, source: str = "", encoding: str | None = None, delimiter: str | None = None,
    header_row: int | None = None,
) -> Table:
    """Read a CSV file; the header is the line `header_row` names, else the line header_row.py
    finds (title lines above it are skipped and said in the notes).

    The delimiter is the one of `; , tab` that splits the header line into the most columns
    (outside quotes) unless given. A row's number is the record's place in the file (blank lines
included), as Excel numbers the rows it shows: a cell with a line break in it is still one row.

    Raises:
        UnreadableFile: empty, binary, undecodable, no header, or broken quoting.
    """
    if len(data) > MAX_BYTES:
        raise UnreadableFile(
            f"Het bestand is groter dan {MAX_BYTES // (1024 * 1024)} MB; splits het op."
        )
    decoded = decode(data, encoding)
    text = decoded.text
    if delimiter is None:
        delimiter = _sniff_delimiter(text)
    csv.field_size_limit(1024 * 1024)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    notes: list[str] = []
    try:
        for number, cells in enumerate(reader, start=1):
            if all(is_blank(cell) for cell in cells):
                continue
            if not records and not notes and _is_marking(cells):
                notes.append(cells[0].strip())  # our own export's classification line
                continue
            records.append((number, cells))
    except csv.Error as exc:
        raise UnreadableFile(
            f"Regel {reader.line_num}: het bestand is geen geldige CSV ({_dutch_csv_error(exc)})."
        ) from None
    position = find_header(records, header_row)
    if position is None and records:
        position = 0  # one column only: the first line names it
    if position is None:
        raise UnreadableFile("Het bestand heeft geen kopregel met kolomnamen.")
    skipped = skipped_note(records, position)
    if skipped:
        notes.append(skipped)
    header = clean_header(list(records[position][1]))
    first_row = records[position][0]
    rows = [Row(number, tuple(_unguarded(cell.strip()) for cell in cells))
            for number, cells in records[position + 1:]]
    if not any(header):
        raise UnreadableFile("Het bestand heeft geen kopregel met kolomnamen.")
    if len([name for name in header if name]) < 1:
        raise UnreadableFile("De kopregel bevat geen kolomnamen.")
    return Table(
        source=source,
        sheet=None,
        header=header,
        header_row=first_row,
        rows=tuple(rows),
        encoding=decoded.encoding,
        delimiter=delimiter,
        notes=tuple(notes),
        skipped_rows=skipped_rows(records, position),
    )


def _unguarded(cell: str) -> str:
    """A cell without the apostrophe an export puts before text that starts like a formula
    ("'=SOM(…)" → "=SOM(…)"; interchange.writers), so an export reads back as it was."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in _FORMULA_START:
        return cell[1:]
    return cell


def _is_marking(cells: list[str]) -> bool:
    """Whether a line is the "Hoogste classificatie: …" line an export writes above its header."""
    filled = [cell for cell in cells if not is_blank(cell)]
    return len(filled) == 1 and cells[0].strip().casefold().startswith(_MARKING)


def _sniff_delimiter(text: str) -> str:
    first = next(
        (line for line in text.splitlines()
         if line.strip() and not line.strip().casefold().startswith(_MARKING)),
        "",
    )
    best, best_count = ";", 0
    for candidate in _DELIMITERS:
        count = len(next(csv.reader([first], delimiter=candidate), []))
        if count > best_count:
            best, best_count = candidate, count
    return best


def _dutch_csv_error(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return "een cel is groter dan 1 MB"
    if "unexpected end of data" in text or "EOF" in text:
        return "een aanhalingsteken wordt niet gesloten"
    if "NUL" in text or "null byte" in text:
        return "het bevat NUL-tekens"
    return "onverwachte aanhalingstekens"
