"""What the detail pane shows of one record, read in one go in a reader thread."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.history import HistoryEntry
from chinadossier.domain.queries import ListQuery
from chinadossier.domain.records import Citation, TimelineItem
from chinadossier.ui.models.list_source import source_for

TIMELINE_SHOWN = 40
"""Latest timeline items shown; the pane says how many earlier ones there are."""
HISTORY_PAGE = 30


@dataclass(frozen=True)
class DetailData:
    """A record with its timeline (newest first), its follow-up actions and the first page of its
    history."""

    record: Any
    timeline: tuple[TimelineItem, ...]
    timeline_total: int
    actions: tuple[Any, ...]
    history: tuple[HistoryEntry, ...]
    history_more: bool
    citations: tuple[Citation, ...] = ()
    """For a source: the live records citing it (the first TIMELINE_SHOWN, by number)."""
    citations_total: int = 0


def load_detail(dossier: Any, kind: RecordKind, record_id: uuid.UUID) -> DetailData:
    """Read everything the pane shows (runs inside ops.query)."""
    record = source_for(kind).get(dossier, record_id)
    timeline: tuple[TimelineItem, ...] = ()
    total = 0
    link = {RecordKind.TIE: "tie_id", RecordKind.ORGANISATION: "organisation_id",
            RecordKind.PERSON: "person_id"}.get(kind)
    if link is not None:  # newest first, one page: a tie may have thousands of items
        page = dossier.overview.timeline_page(**{link: record_id}, limit=TIMELINE_SHOWN)
        timeline, total = page.items, page.total or len(page.items)
    actions: tuple[Any, ...] = ()
    if kind in (RecordKind.MEETING, RecordKind.DECISION):
        field = "meeting_id" if kind is RecordKind.MEETING else "decision_id"
        actions = dossier.actions.list(ListQuery(limit=100, filters={field: record_id})).items
    citations: tuple[Citation, ...] = ()
    cited = 0
    if kind is RecordKind.SOURCE:
        found = dossier.sources.citations(record_id, limit=TIMELINE_SHOWN)
        citations, cited = found.items, found.total or len(found.items)
    history = dossier.history.of_record(record_id, limit=HISTORY_PAGE + 1)
    return DetailData(
        record=record,
        timeline=tuple(timeline),
        timeline_total=total,
        actions=actions,
        history=tuple(history[:HISTORY_PAGE]),
        history_more=len(history) > HISTORY_PAGE,
        citations=citations,
        citations_total=cited,
    )


def load_more_history(dossier: Any, record_id: uuid.UUID, before_seq: int) -> list[HistoryEntry]:
    """The next page of a record's history."""
    return list(dossier.history.of_record(record_id, before_seq=before_seq, limit=HISTORY_PAGE))
