"""How many records of each kind an opened case file holds."""

from __future__ import annotations

from chinadossier.domain.codes import RecordKind
from chinadossier.services.dossier import Dossier

#: The names the demo reports its counts under, in order.
_COUNTED = {
    "sources": RecordKind.SOURCE,
    "organisations": RecordKind.ORGANISATION,
    "persons": RecordKind.PERSON,
    "ties": RecordKind.TIE,
    "meetings": RecordKind.MEETING,
    "actions": RecordKind.ACTION,
    "decisions": RecordKind.DECISION,
    "risk_notes": RecordKind.RISK_NOTE,
}


def count_records(dossier: Dossier) -> dict[str, int]:
    """Number of live records per kind (and of risk assessments) in an opened case file."""
    found = dossier.overview.counts()
    counts = {name: found[kind] for name, kind in _COUNTED.items()}
    counts["risk_assessments"] = sum(
        len(note.assessments) for note in dossier.risk_notes.list_all()
    )
    return counts
