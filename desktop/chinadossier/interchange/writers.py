"""Lists out as files: Excel-friendly Dutch CSV and typed XLSX, streamed row by row.

CSV: semicolon, UTF-8 with a BOM (so Excel shows Hanzi and diacritics), CRLF, dates dd-mm-jjjj,
times uu:mm, amounts in euro with a decimal comma and two decimals (12,50).
XLSX: typed cells (real dates, times and numbers; an amount in euro a number with a euro format),
a bold header row, frozen panes, column widths.
A moment (a datetime: stored as aware UTC, a naive one taken as UTC) is written in Europe/Amsterdam
local time, as the desktop shows it (domain.local_time), never in UTC; a date stays a date.
A cell that starts with = + - @ is never a formula: XLSX stores it as text, CSV prefixes it with
an apostrophe (Excel would otherwise run it; OWASP "CSV injection"). Both write to a stream, so
100,000 rows never need 100,000 objects in memory.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO, Literal

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from chinadossier.domain.local_time import moment_text, to_local
from chinadossier.interchange.tables import Cell

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MARKING_PREFIX = "Hoogste classificatie:"
"""Starts the line above a CSV export's header that names its highest classification."""
ABOUT_SHEET = "Over deze export"
_XLSX_CELL_MAX = 32_767
TIME_FORMAT = "hh:mm"
EURO_FORMAT = '"€" #,##0.00'
"""Excel shows it as "€ 12,50" in Dutch (number formats are stored in Excel's own notation)."""


@dataclass(frozen=True, slots=True)
class Column:
    """One exported column: its header and how wide and of what type its cells are."""

    header: str
    width: int = 18
    kind: Literal["text", "date", "number", "time", "euro"] = "text"


_TEXT = Column("", 0)


def csv_text(cell: Cell) -> str:
    """A cell as Dutch Excel CSV text."""
    if cell.__class__ is str:  # the common case first
        return "'" + cell if cell.startswith(_FORMULA_START) else cell
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "ja" if cell else "nee"
    if isinstance(cell, dt.datetime):
        return moment_text(cell)  # Amsterdam time, as the desktop shows it
    if isinstance(cell, dt.date):
        return cell.strftime("%d-%m-%Y")
    if isinstance(cell, dt.time):
        return cell.strftime("%H:%M")
    if isinstance(cell, float):
        return f"{cell}".replace(".", ",")
    text = str(cell)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def write_csv(
    columns: Sequence[Column],
    rows: Iterable[Sequence[Cell]],
    out: BinaryIO,
    *,
    marking: str | None = None,
) -> int:
    """Write a header and rows as Dutch Excel CSV; returns the number of data rows.

    `marking` (e.g. "Vertrouwelijk") is written as a first line above the header,
    "Hoogste classificatie: Vertrouwelijk"; the CSV reader recognises that line and skips it.
    """
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    try:
        writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
        if marking is not None:
            writer.writerow([f"{MARKING_PREFIX} {marking}"])
        writer.writerow([c.header for c in columns])
        count = 0
        write = writer.writerow
        euros = [i for i, c in enumerate(columns) if c.kind == "euro"]
        for row in rows:
            cells = [csv_text(cell) for cell in row]
            for i in euros:  # few columns: an amount always with two decimals
                cells[i] = _euro_text(row[i], cells[i])
            write(cells)
            count += 1
        text.flush()
        return count
    finally:
        text.detach()


def write_xlsx(
    columns: Sequence[Column],
    rows: Iterable[Sequence[Cell]],
    out: BinaryIO,
    *,
    sheet_title: str = "Export",
    marking: str | None = None,
    about: Sequence[tuple[str, Cell]] = (),
) -> int:
    """Write a header and rows as one XLSX sheet (write-only, streamed); returns the row count.

    `marking` (the highest classification in the file) goes into the workbook's properties
    (subject, keywords, category) and the printed page header; `about` (label, value) pairs go
    on a second sheet "Over deze export" — the data sheet stays first and starts with its header,
    so the importer reads it back.
    """
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=_sheet_title(sheet_title))
    if marking is not None:
        book.properties.subject = f"{MARKING_PREFIX} {marking}"
        book.properties.keywords = marking
        book.properties.category = marking
        sheet.oddHeader.center.text = f"{MARKING_PREFIX} {marking}"
        sheet.evenHeader.center.text = f"{MARKING_PREFIX} {marking}"
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    try:
        for row in rows:
            cells = zip(row, columns, strict=True)
            sheet.append([_xlsx_value(sheet, value, column) for value, column in cells])
            count += 1
    except BaseException:
        # Stopped (cancelled, or a row failed): close the sheet's stream and its temporary file.
        with contextlib.suppress(Exception):
            sheet.close()
        raise
    if about:
        info = book.create_sheet(title=ABOUT_SHEET)
        info.column_dimensions["A"].width = 26
        info.column_dimensions["B"].width = 60
        head = []
        for text in ("Gegeven", "Waarde"):
            cell = WriteOnlyCell(info, value=text)
            cell.font = bold
            head.append(cell)
        info.append(head)
        for name, value in about:
            info.append([_xlsx_cell(info, name, _TEXT), _xlsx_cell(info, value, _TEXT)])
    book.save(out)
    return count


def _xlsx_value(sheet: Any, value: Cell, column: Column) -> Any:
    """A plain value where openpyxl stores it as it is (fast); a styled cell otherwise.

    Plain text is safe unless it starts like a formula (openpyxl would store "=…" as one) or
    holds characters XLSX forbids; dates need their Dutch number format.
    """
    if value is None:
        return value
    if type(value) in (int, float):
        return value if column.kind != "euro" else _xlsx_cell(sheet, value, column)
    if type(value) is str and not value.startswith("=") and len(value) <= _XLSX_CELL_MAX \
            and ILLEGAL_CHARACTERS_RE.search(value) is None:
        return value
    return _xlsx_cell(sheet, value, column)


def _xlsx_cell(sheet: Any, value: Cell, column: Column) -> Any:
    if isinstance(value, str):
        # Control characters are not allowed in XLSX; Excel holds at most 32,767 per cell.
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if len(value) > _XLSX_CELL_MAX:
            value = value[: _XLSX_CELL_MAX - 1] + "…"
    if isinstance(value, dt.datetime):
        # Amsterdam wall-clock time; Excel has no zones (openpyxl refuses an aware datetime).
        value = to_local(value).replace(tzinfo=None)
    cell = WriteOnlyCell(sheet, value=value)  # type: ignore[arg-type]  # dates are accepted
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the text starts with
    elif isinstance(value, dt.datetime):
        cell.number_format = "dd-mm-yyyy hh:mm"
    elif isinstance(value, dt.date):
        cell.number_format = "dd-mm-yyyy"
    elif isinstance(value, dt.time):
        cell.number_format = TIME_FORMAT
    elif column.kind == "euro" and isinstance(value, int | float) \
            and not isinstance(value, bool):
        cell.number_format = EURO_FORMAT
    return cell


def _euro_text(value: Cell, text: str) -> str:
    """An amount in euro as Dutch CSV writes it: "12,50" (other cells as they are)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:.2f}".replace(".", ",")
    return text


def _sheet_title(title: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title).strip() or "Export"
    return cleaned[:31]
