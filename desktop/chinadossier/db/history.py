"""Read one record's audit entries, newest first, with the values their payload still holds."""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from chinadossier.db.models import AuditEntry, AuditPayload
from chinadossier.domain.codes import AuditAction
from chinadossier.domain.history import FieldChange, HistoryEntry, UndoOf, undo_mark


def record_history(
    session: Session, record_id: uuid.UUID, *, before_seq: int | None = None, limit: int = 100
) -> list[HistoryEntry]:
    """Up to `limit` entries of a record, newest first; page on with the last entry's seq."""
    stmt = (
        select(AuditEntry, AuditPayload.payload, AuditPayload.erased_at)
        .outerjoin(AuditPayload, AuditPayload.entry_seq == AuditEntry.seq)
        .where(AuditEntry.record_id == record_id)
        .order_by(AuditEntry.seq.desc())
        .limit(max(1, min(limit, 500)))
    )
    if before_seq is not None:
        stmt = stmt.where(AuditEntry.seq < before_seq)
    entries: list[HistoryEntry] = []
    for entry, payload_text, erased_at in session.execute(stmt):
        fields = tuple(str(f) for f in json.loads(entry.fields))
        changes: list[FieldChange] = []
        undo_of: UndoOf | None = None
        if payload_text:
            payload: dict[str, Any] = json.loads(payload_text)
            for name in sorted(payload):
                value = payload[name]
                if isinstance(value, dict) and set(value) <= {"old", "new"}:
                    changes.append(FieldChange(name, value.get("old"), value.get("new")))
            undo_of = undo_mark(payload)
        entries.append(
            HistoryEntry(
                seq=entry.seq,
                at=entry.at,
                actor=entry.actor,
                action=AuditAction(entry.action),
                fields=fields,
                changes=tuple(changes),
                erased=erased_at is not None,
                undo_of=undo_of,
            )
        )
    return entries
