"""A file read as a table: a header and rows, each row numbered as the spreadsheet shows it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | None
"""A cell's value: text from CSV; typed values (numbers, real dates) from XLSX."""


@dataclass(frozen=True, slots=True)
class Row:
    """One data row; `number` is the row number Excel shows (the header is row 1 or lower)."""

    number: int
    cells: tuple[Cell, ...]
    problems: tuple[str, ...] = ()
    """Dutch reasons why cells of this row cannot be trusted (formula without value, merged)."""
    problem_columns: tuple[int | None, ...] = ()
    """The column (0-based) of each of `problems`, where one cell is meant."""

    def problems_by_column(self) -> list[tuple[int | None, str]]:
        """Each problem with its column (None: the row as a whole)."""
        columns = self.problem_columns + (None,) * (len(self.problems) - len(self.problem_columns))
        return list(zip(columns, self.problems, strict=True))

    def get(self, column: int) -> Cell:
        """The cell in a column, or None past the row's end."""
        return self.cells[column] if column < len(self.cells) else None


@dataclass(frozen=True, slots=True)
class Table:
    """The header row and the data rows of one CSV file or one worksheet."""

    source: str
    sheet: str | None
    header: tuple[str, ...]
    header_row: int
    rows: tuple[Row, ...]
    encoding: str | None = None
    delimiter: str | None = None
    notes: tuple[str, ...] = ()
    """Dutch remarks about the reading (formula cells without a value, merged cells, …)."""
    skipped_rows: tuple[int, ...] = ()
    """The numbers of the filled rows above the header that were skipped (a title)."""


class CellProblem(ValueError):
    """A cell whose value cannot be used (not a date, a number, a known word …); Dutch message."""


def is_blank(cell: Cell) -> bool:
    """Whether a cell holds nothing (None or only white space)."""
    return cell is None or (isinstance(cell, str) and not cell.strip())


def clean_header(cells: list[Cell]) -> tuple[str, ...]:
    """Header names as text, trimmed, trailing empty columns removed."""
    names = [("" if cell is None else str(cell)).strip() for cell in cells]
    while names and not names[-1]:
        names.pop()
    return tuple(names)
