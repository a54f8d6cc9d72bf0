"""Links a row names in one column (a decision's "Betreft", a contact moment's "Band"): the
records found by name or number, or a reason per name that is not found."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from chinadossier.domain.codes import RecordKind
from chinadossier.interchange.rows import CellError, ParsedRow
from chinadossier.services.importing.known import Known
from chinadossier.services.importing.row_drafts import headers


def linked_ids(row: ParsedRow, values: Mapping[str, Any], known: Known, column: str,
               kinds: tuple[RecordKind, ...]) -> tuple[list[uuid.UUID], list[CellError]]:
    """The ids of the records named in `column` (each once, in order), and an error naming
    the file's column for each name that is not found."""
    ids: list[uuid.UUID] = []
    errors: list[CellError] = []
    header = headers(row).get(column, column)
    names = values.get(column, ())
    for name in (names if isinstance(names, tuple) else (names,)):
        found, reason = known.linked(name, kinds)
        if found is None:
            errors.append(CellError(header, reason + "."))
        elif found not in ids:
            ids.append(found)
    return ids, errors
