"""What the detail pane shows of one record, read in one go in a reader thread."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.history import HistoryEntry
from chinadossier.domain.queries import ListQuery
from chinadossier.domain.records import TimelineItem
from chinadossier.ui.models.list_source import source_for

TIMELINE_SHOWN = 40
"""Latest timeline items shown; the pane says how many earlier ones there are."""
HISTORY_PAGE = 30


@dataclass(frozen=True)
class DetailData:
    """A record with its timeline, its follow-up actions and the first page of its history."""

    record: Any
    timeline: tuple[TimelineItem, ...]
    timeline_total: int
    actions: tuple[Any, ...]
    history: tuple[HistoryEntry, ...]
    history_more: bool


def load_detail(dossier: Any, kind: RecordKind, record_id: uuid.UUID) -> DetailData:
    """Read everything the pane shows (runs inside ops.query)."""
    record = source_for(kind).get(dossier, record_id)
    timeline: list[TimelineItem] = []
    if kind is RecordKind.TIE:
        timeline = dossier.overview.timeline(tie_id=record_id)
    elif kind is RecordKind.ORGANISATION:
        timeline = dossier.overview.timeline(organisation_id=record_id)
    elif kind is RecordKind.PERSON:
        timeline = dossier.overview.timeline(person_id=record_id)
    actions: tuple[Any, ...] = ()
    if kind in (RecordKind.MEETING, RecordKind.DECISION):
        field = "meeting_id" if kind is RecordKind.MEETING else "decision_id"
        actions = dossier.actions.list(ListQuery(limit=100, filters={field: record_id})).items
    history = dossier.history.of_record(record_id, limit=HISTORY_PAGE + 1)
    return DetailData(
        record=record,
        timeline=tuple(timeline[-TIMELINE_SHOWN:]),
        timeline_total=len(timeline),
        actions=actions,
        history=tuple(history[:HISTORY_PAGE]),
        history_more=len(history) > HISTORY_PAGE,
    )


def load_more_history(dossier: Any, record_id: uuid.UUID, before_seq: int) -> list[HistoryEntry]:
    """The next page of a record's history."""
    return list(dossier.history.of_record(record_id, before_seq=before_seq, limit=HISTORY_PAGE))
