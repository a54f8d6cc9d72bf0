"""Which row of a sheet or CSV file is the header: title rows above it are skipped.

Officials' lists often start with a title ("Contactenlijst Team IZ") and an empty line. The
header is the first row, within the first SEARCH_ROWS, with two or more column names the
import knows (any kind); failing that, the first row of two or more text cells. The user can
name the row instead (`--header-row N`, the wizard's "Kopregel" field).
"""

from __future__ import annotations

from collections.abc import Sequence

from chinadossier.interchange.columns import FIELDS, fold
from chinadossier.interchange.errors import UnreadableFile
from chinadossier.interchange.tables import Cell, is_blank

#: How many rows from the top the header is looked for in.
SEARCH_ROWS = 10

_KNOWN = frozenset(fold(s) for fields in FIELDS.values() for f in fields for s in f.synonyms)


def recognised(cells: Sequence[Cell]) -> int:
    """How many cells are column names the import knows."""
    return sum(1 for c in cells if isinstance(c, str) and fold(c) in _KNOWN)


def find_header(rows: Sequence[tuple[int, Sequence[Cell]]], chosen: int | None = None
                ) -> int | None:
    """The position in `rows` ((row number, cells), in file order) of the header row.

    Args:
        rows: The first rows of the file with the number a spreadsheet shows them under.
        chosen: The row number the user named as the header, if any.

    Returns:
        The position, or None when no row looks like a header.

    Raises:
        UnreadableFile: the chosen row does not exist or is empty.
    """
    if chosen is not None:
        for position, (number, cells) in enumerate(rows):
            if number == chosen:
                if all(is_blank(c) for c in cells):
                    raise UnreadableFile(f"Rij {chosen} (de gekozen kopregel) is leeg.")
                return position
        raise UnreadableFile(f"Het bestand heeft geen rij {chosen} om als kopregel te nemen.")
    texty = None
    for position, (_, cells) in enumerate(rows[:SEARCH_ROWS]):
        filled = [c for c in cells if not is_blank(c)]
        if recognised(filled) >= 2:
            return position
        if texty is None and len(filled) >= 2 and all(isinstance(c, str) for c in filled):
            texty = position
    return texty


def skipped_rows(rows: Sequence[tuple[int, Sequence[Cell]]], position: int) -> tuple[int, ...]:
    """The numbers of the filled rows above the header (title rows): these are skipped."""
    return tuple(number for number, cells in rows[:position]
                 if not all(is_blank(c) for c in cells))


def skipped_note(rows: Sequence[tuple[int, Sequence[Cell]]], position: int) -> str | None:
    """The remark for the preview when rows above the header were skipped, else None."""
    above = skipped_rows(rows, position)
    if not above:
        return None
    header = rows[position][0]
    which = f"Rij {above[0]}" if len(above) == 1 else f"Rijen {above[0]}–{above[-1]}"
    return (f"{which} boven de kopregel (een titel?) overgeslagen; de kopregel is rij {header}. "
            "Klopt dat niet, kies dan de kopregel zelf (--header-row).")
