"""Reading an import file: CSV or XLSX, told apart by its content."""

from __future__ import annotations

from chinadossier.interchange.csv_reader import read_csv
from chinadossier.interchange.errors import UnreadableFile
from chinadossier.interchange.tables import Table


def read_table(
    data: bytes, *, file_name: str, sheet: str | None = None, encoding: str | None = None,
    header_row: int | None = None,
) -> Table:
    """Read a CSV or XLSX file (by its content, not its name) as a table.

    Raises:
        UnreadableFile: a Dutch reason.
    """
    if data.startswith(b"PK") or file_name.lower().endswith((".xlsx", ".xlsm")):
        # Imported here: openpyxl takes a tenth of a second or more to load, and most files
        # officials import are CSV.
        from chinadossier.interchange.xlsx_reader import read_xlsx

        return read_xlsx(data, source=file_name, sheet=sheet, header_row=header_row)
    if sheet is not None:
        raise UnreadableFile("Een CSV-bestand heeft geen werkbladen; laat --sheet weg.")
    return read_csv(data, source=file_name, encoding=encoding, header_row=header_row)
