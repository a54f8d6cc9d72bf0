"""Quick answers for the command line's read commands: plain sqlite3, no SQLAlchemy import.

`chinadossier search` is a whole process; importing SQLAlchemy and declaring the models took
most of its time. search_answer() gives the same hits, total and authority kinds as
OverviewService through db.quick_read (same search logic: services.search_core; same refusal
of foreign, newer and not-yet-upgraded files).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from chinadossier.db.quick_read import quick_views
from chinadossier.domain.codes import AuthorityKind, RecordKind
from chinadossier.domain.record_refs import SearchHit
from chinadossier.services import search_core


@dataclass(frozen=True, slots=True)
class SearchAnswer:
    """The hits, how many there are in all (search_core.total), and the authorities' kinds."""

    hits: list[SearchHit]
    total: int
    authority_kinds: dict[uuid.UUID, AuthorityKind]


def search_answer(path: Path, query: str, *, limit: int) -> SearchAnswer:
    """Search a case file in one read transaction.

    Raises:
        FileRefused: The file is foreign, damaged or made by a newer version.
        SchemaTooOld: The file needs `chinadossier upgrade` first.
    """
    with quick_views(path) as views:
        hits = search_core.search(views, query, None, limit)
        total = search_core.total(views, query, None) if len(hits) >= limit else len(hits)
        kinds = views.authority_kinds(
            [h.ref.id for h in hits if h.ref.kind is RecordKind.AUTHORITY]
        )
    return SearchAnswer(hits, total, kinds)
