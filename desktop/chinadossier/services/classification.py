"""Warn (never refuse) when a record links to something classified higher than itself."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from chinadossier.db.repository import Records
from chinadossier.domain.codes import Classification
from chinadossier.domain.labels import label

if TYPE_CHECKING:
    from chinadossier.services.records_base import Prepared


_MEMO = {
    Classification.PUBLIC: "openbare",
    Classification.INTERNAL: "interne",
    Classification.CONFIDENTIAL: "vertrouwelijke",
}


def _linked_ids(prepared: Prepared) -> list[uuid.UUID]:
    """Every record a prepared save points at: *_id values, child rows' *_id values, sources."""
    found: list[uuid.UUID] = []

    def take(values: Any) -> None:
        for key, value in values.items():
            if isinstance(value, uuid.UUID) and key.endswith("_id") and value not in found:
                found.append(value)
            elif key.endswith("_ids") and isinstance(value, (list, tuple)):
                found.extend(v for v in value if isinstance(v, uuid.UUID) and v not in found)

    take(prepared.values)
    children: dict[str, Any] = dict(prepared.children or {})
    for rows in children.values():
        for row in rows:
            if isinstance(row, uuid.UUID):
                if row not in found:
                    found.append(row)
            elif isinstance(row, dict):
                take(row)
    for source_id, _where in prepared.shared.sources or ():
        if source_id not in found:
            found.append(source_id)
    return found


def classification_warnings(records: Records, prepared: Prepared) -> tuple[str, ...]:
    """Dutch warnings for each linked record classified higher than this one.

    A public tie that names an internal organisation could not appear in a public memo without
    leaking it; the official decides (raise this record, or lower the other), so the save goes
    through and the warning travels with the result.
    """
    own = prepared.shared.classification
    linked = records.classifications(_linked_ids(prepared))
    higher = sorted(
        (number, level) for number, level in linked.values() if level > own
    )
    return tuple(
        f"Dit record is {label(own).lower()}, maar verwijst naar {number}, dat "
        f"{label(level).lower()} is; een {_MEMO[own]} notitie kan die verwijzing niet "
        "tonen. Verhoog de classificatie van dit record of verlaag die van het andere."
        for number, level in higher
    )
