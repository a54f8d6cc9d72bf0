"""Before records go to the Prullenbak: what still links to them, and one question to the user.

`count_links` runs in a reader thread (inside `ops.query`): for every organisation, person or
tie about to be deleted it counts the live records that point at it (ties whose partner it is,
contact moments, decisions and risk notes about it, people with a post there, organisations that
fall under it), through the services' own list counts. `confirm_text` turns that into the Dutch
question the list page asks once, before a multi-delete or the delete of a linked record.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.queries import Filter, ListQuery
from chinadossier.ui.models.counts import count_text
from chinadossier.ui.models.formatting import record_label
from chinadossier.ui.models.list_source import source_for

# The link a record of this kind is found by in other lists (domain.queries.Filter).
_LINK = {
    RecordKind.ORGANISATION: "organisation_id",
    RecordKind.PERSON: "person_id",
    RecordKind.TIE: "tie_id",
}
_ABOUT = (RecordKind.MEETING, RecordKind.DECISION, RecordKind.RISK_NOTE)
# The lists that can point at such a record (their `Filter` link), in the order named.
_REFERRING = {
    RecordKind.ORGANISATION: (RecordKind.TIE, *_ABOUT, RecordKind.PERSON,
                              RecordKind.ORGANISATION),
    RecordKind.PERSON: _ABOUT,
    RecordKind.TIE: _ABOUT,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate reads _tr as QT_TR_NOOP (no context)


@dataclass(frozen=True)
class Linked:
    """How many live records of each kind point at one record about to be deleted."""

    record_id: uuid.UUID
    label: str
    counts: tuple[tuple[RecordKind, int], ...]


def count_links(dossier: Any, items: Sequence[tuple[RecordKind, Any]]) -> list[Linked]:
    """The records of `items` that something still links to (runs in a reader thread)."""
    out = []
    for kind, record in items:
        link = _LINK.get(kind)
        if link is None:
            continue
        record_id = record.meta.id
        counts = []
        for other in _REFERRING[kind]:
            service = getattr(dossier, source_for(other).service)
            n = service.count(ListQuery(where=Filter(**{link: record_id})))
            if n > 0:
                counts.append((other, n))
        if counts:
            out.append(Linked(record_id, record_label(record), tuple(counts)))
    return out


def confirm_text(kind: RecordKind, count: int, linked: Sequence[Linked]) -> str:
    """The question before deleting `count` records of a kind, naming what links to them."""
    head = (_tr("{0} naar de prullenbak verplaatsen?").format(count_text(kind, count))
            if count != 1 else _tr("Dit record naar de prullenbak verplaatsen?"))
    if not linked:
        return head
    lines = [_tr("{0} is gekoppeld aan {1}").format(
        item.label, ", ".join(count_text(k, n) for k, n in item.counts)) for item in linked]
    tail = _tr("Die records blijven bestaan en tonen de koppeling als verwijderd. "
               "Ctrl+Z maakt het verwijderen ongedaan.")
    return "\n".join([head, "", *lines, "", tail])
