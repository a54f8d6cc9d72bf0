"""How values map to columns: partial dates in five columns, and child rows owned by a record."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chinadossier.db.models import (
    Base,
    DecisionLink,
    MeetingParticipant,
    MeetingTie,
    PoliticalFact,
    Position,
)
from chinadossier.domain.codes import DatePrecision
from chinadossier.domain.partial_date import PartialDate


@dataclass(frozen=True, slots=True)
class ChildSpec:
    """A collection of child rows owned by a record, replaced as a whole on edit."""

    model: type[Base]
    owner: str
    ordered: bool


CHILDREN: dict[str, ChildSpec] = {
    "positions": ChildSpec(Position, "person_id", True),
    "political_facts": ChildSpec(PoliticalFact, "person_id", True),
    "participants": ChildSpec(MeetingParticipant, "meeting_id", True),
    "tie_ids": ChildSpec(MeetingTie, "meeting_id", False),
    "link_ids": ChildSpec(DecisionLink, "decision_id", False),
}


def columns_of(name: str, value: Any) -> dict[str, Any]:
    """Expand a partial date into its five columns; other values map to one column."""
    if isinstance(value, PartialDate) or name in PARTIAL_NAMES:
        if value is None:
            return {
                f"{name}_on": None,
                f"{name}_precision": None,
                f"{name}_uncertain": False,
                f"{name}_circa": False,
                f"{name}_until": None,
            }
        return {
            f"{name}_on": value.value,
            f"{name}_precision": value.precision,
            f"{name}_uncertain": value.uncertain,
            f"{name}_circa": value.circa,
            f"{name}_until": value.until_year,
        }
    return {name: value}


PARTIAL_NAMES = {
    "starts", "ends", "signed", "published", "term_starts", "term_ends", "renewed"
}


def read_partial(obj: Any, name: str) -> PartialDate | None:
    """The partial date stored in an object's five columns."""
    value = getattr(obj, f"{name}_on")
    if value is None:
        return None
    return PartialDate(
        value,
        # An end of term written before migration 0002 was a plain day without a precision.
        getattr(obj, f"{name}_precision") or DatePrecision.DAY,
        bool(getattr(obj, f"{name}_uncertain")),
        bool(getattr(obj, f"{name}_circa")),
        getattr(obj, f"{name}_until", None),
    )


def fold_partials(row: dict[str, Any]) -> dict[str, Any]:
    """Turn the five columns of each partial date in a child row back into one value."""
    out: dict[str, Any] = {}
    for name in PARTIAL_NAMES:
        if f"{name}_on" in row:
            value = row.pop(f"{name}_on")
            precision = row.pop(f"{name}_precision")
            uncertain = row.pop(f"{name}_uncertain")
            circa = row.pop(f"{name}_circa")
            until = row.pop(f"{name}_until", None)
            out[name] = (
                None if value is None else PartialDate(value, precision, uncertain, circa, until)
            )
    out.update(row)
    return out
