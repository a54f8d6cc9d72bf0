"""Reading XLSX workbooks: choose a sheet, find its header row, keep real date cells."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from chinadossier.interchange.errors import UnreadableFile
from chinadossier.interchange.header_row import find_header, skipped_note, skipped_rows
from chinadossier.interchange.tables import Cell, Row, Table, clean_header, is_blank

MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class SheetInfo:
    """A worksheet as the sheet chooser shows it."""

    name: str
    data_rows: int
    has_header: bool


def list_sheets(data: bytes) -> tuple[SheetInfo, ...]:
    """The workbook's sheets, each with whether it looks like a table (a header row and data)."""
    book = _open(data, formulas=True)
    infos = []
    for sheet in book.worksheets:
        grid = _grid(sheet)
        found = _find_header(grid)
        rows = 0 if found is None else sum(
            1 for cells in grid[found + 1 :] if not all(is_blank(c) for c in cells)
        )
        infos.append(SheetInfo(sheet.title, rows, found is not None))
    return tuple(infos)


def read_xlsx(data: bytes, *, source: str = "", sheet: str | None = None,
              header_row: int | None = None) -> Table:
    """Read one sheet (by name; else the first sheet that has a header row) as a table;
    `header_row` names the header's row number (else header_row.py finds it).

    Raises:
        UnreadableFile: not an XLSX workbook, no such sheet, or the sheet has no header row.
    """
    book = _open(data, formulas=True)
    names = [ws.title for ws in book.worksheets]
    if sheet is not None:
        if sheet not in names:
            raise UnreadableFile(
                f"Het werkblad '{sheet}' bestaat niet; wel: {', '.join(names)}."
            )
        candidates = [book[sheet]]
    else:
        candidates = list(book.worksheets)
    for ws in candidates:
        grid = _grid(ws)
        found = _find_header(grid, header_row)
        if found is None:
            continue
        numbered = list(enumerate(grid, start=1))
        skipped = skipped_note(numbered, found)
        formulas = _formula_cells(ws)
        values_grid = grid
        if formulas:
            values_grid = _grid(_open(data, formulas=False)[ws.title])
        merged = _merged_cells(ws)
        header = clean_header(list(grid[found]))
        rows = []
        for index in range(found + 1, len(values_grid)):
            cells = values_grid[index]
            number = index + 1
            problems = []
            columns: list[int | None] = []
            for column, _ in enumerate(cells):
                where = f"{get_column_letter(column + 1)}{number}"
                if (number, column + 1) in formulas and cells[column] is None:
                    problems.append(
                        f"Cel {where} bevat een formule zonder opgeslagen uitkomst; "
                        "open en bewaar het bestand in Excel of vervang de formule door de waarde."
                    )
                    columns.append(column)
                if (number, column + 1) in merged:
                    problems.append(
                        f"Cel {where} is samengevoegd met andere cellen; "
                        "maak de samenvoeging ongedaan zodat elke rij zijn eigen waarde heeft."
                    )
                    columns.append(column)
            if all(is_blank(c) for c in cells) and not problems:
                continue
            rows.append(Row(number, tuple(_cell(c) for c in cells), tuple(problems),
                            tuple(columns)))
        return Table(
            source=source,
            sheet=ws.title,
            header=header,
            header_row=found + 1,
            rows=tuple(rows),
            notes=(skipped,) if skipped else (),
            skipped_rows=skipped_rows(numbered, found),
        )
    if sheet is not None:
        raise UnreadableFile(f"Het werkblad '{sheet}' heeft geen kopregel met kolomnamen.")
    raise UnreadableFile("Geen werkblad in dit bestand heeft een kopregel met kolomnamen.")


def _open(data: bytes, *, formulas: bool) -> Any:
    if len(data) > MAX_BYTES:
        raise UnreadableFile(
            f"Het bestand is groter dan {MAX_BYTES // (1024 * 1024)} MB; splits het op."
        )
    if not data.startswith(b"PK"):
        raise UnreadableFile("Dit is geen Excel-werkmap (.xlsx).")
    try:
        return load_workbook(io.BytesIO(data), data_only=not formulas, read_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise UnreadableFile(
            "Dit Excel-bestand is beschadigd of geen .xlsx-werkmap (een oud .xls-bestand? "
            "Bewaar het in Excel als .xlsx)."
        ) from None


def _grid(ws: Any) -> list[tuple[Cell, ...]]:
    return [tuple(row) for row in ws.iter_rows(values_only=True)]


def _find_header(grid: list[tuple[Cell, ...]], chosen: int | None = None) -> int | None:
    """The header row (header_row.py: title rows above it skipped), followed by a data row."""
    index = find_header(list(enumerate(grid, start=1)), chosen)
    if index is None:
        return None
    has_data = any(not all(is_blank(c) for c in later) for later in grid[index + 1 :])
    return index if has_data else None


def _formula_cells(ws: Any) -> set[tuple[int, int]]:
    found = set()
    for row in ws.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                found.add((cell.row, cell.column))
    return found


def _merged_cells(ws: Any) -> set[tuple[int, int]]:
    cells = set()
    for merged in ws.merged_cells.ranges:
        for row in range(merged.min_row, merged.max_row + 1):
            for column in range(merged.min_col, merged.max_col + 1):
                cells.add((row, column))
    return cells


def _cell(value: Cell) -> Cell:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dt.datetime) and value.time() == dt.time(0, 0):
        return value.date()
    return value
