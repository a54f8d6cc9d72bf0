"""Reading CSV as Excel writes it: semicolon or comma, quotes, line breaks in cells, CRLF."""

from __future__ import annotations

import csv
import io

from chinadossier.interchange.decoding import decode
from chinadossier.interchange.errors import UnreadableFile
from chinadossier.interchange.header_row import find_header, skipped_note
from chinadossier.interchange.tables import Row, Table, clean_header, is_blank

MAX_BYTES = 50 * 1024 * 1024
_DELIMITERS = (";", ",", "\t")
_MARKING = "hoogste classificatie:"


def read_csv(
    data: bytes, *, source: str = "", encoding: str | None = None, delimiter: str | None = None,
    header_row: int | None = None,
) -> Table:
    """Read a CSV file; the header is the line `header_row` names, else the line header_row.py
    finds (title lines above it are skipped and said in the notes).

    The delimiter is the one of `; , tab` that splits the header line into the most columns
    (outside quotes) unless given. Row numbers count physical lines, as Excel numbers rows.

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
        for cells in reader:
            number = reader.line_num - _extra_lines(cells)
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
    rows = [Row(number, tuple(cell.strip() for cell in cells))
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
    )


def _is_marking(cells: list[str]) -> bool:
    """Whether a line is the "Hoogste classificatie: …" line an export writes above its header."""
    filled = [cell for cell in cells if not is_blank(cell)]
    return len(filled) == 1 and cells[0].strip().casefold().startswith(_MARKING)


def _extra_lines(cells: list[str]) -> int:
    # line_num is the line a record *ends* on; a cell with line breaks started earlier.
    return sum(cell.count("\n") for cell in cells)


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
