"""Read one record's audit entries, newest first, with the values their payload still holds."""

from __future__ import annotations

import datetime as dt
import functools
import json
import uuid
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from sqlalchemy import Enum, inspect, select
from sqlalchemy.orm import Session

from chinadossier.db.models import AuditEntry, AuditPayload
from chinadossier.db.registry import SPECS
from chinadossier.domain.codes import AuditAction, RecordKind
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
        typed = _decoders(entry.record_kind)
        fields = tuple(str(f) for f in json.loads(entry.fields))
        changes: list[FieldChange] = []
        undo_of: UndoOf | None = None
        if payload_text:
            payload: dict[str, Any] = json.loads(payload_text)
            for name in sorted(payload):
                value = payload[name]
                if isinstance(value, dict) and set(value) <= {"old", "new"}:
                    decode = typed.get(name, _plain)
                    changes.append(
                        FieldChange(name, decode(value.get("old")), decode(value.get("new")))
                    )
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


Decoder = Callable[[Any], Any]


def _plain(value: Any) -> Any:
    return value


def _decoder(python_type: Callable[[str], Any]) -> Decoder:
    """A stored (JSON text) value back as the field's type; anything else stays as stored."""

    def decode(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        try:
            return python_type(value)
        except ValueError:
            return value

    return decode


@functools.cache
def _decoders(kind: str | None) -> dict[str, Decoder]:
    """Per column of a kind's record that holds a code, a date or a time: how its audit value
    (plain JSON text) reads back as the enum member, date or time the record holds, so the
    history can show the code's label and the date as a date (not "'internal'", "'14:30:00'").
    The columns' own types say it: one mapping, never a list kept by hand."""
    if kind is None:
        return {}
    try:
        model = SPECS[RecordKind(kind)].model
    except (ValueError, KeyError):
        return {}
    found: dict[str, Decoder] = {}
    for attr in inspect(model).column_attrs:
        column_type = attr.columns[0].type
        enum_class = getattr(column_type, "enum_class", None)
        if (
            isinstance(column_type, Enum)
            and enum_class is not None
            and issubclass(enum_class, StrEnum)
        ):
            found[attr.key] = _decoder(enum_class)
            continue
        try:
            python_type = column_type.python_type
        except NotImplementedError:
            continue
        if python_type is dt.datetime:
            continue  # timestamps are the record's bookkeeping, shown as stored
        if python_type in (dt.date, dt.time):
            found[attr.key] = _decoder(python_type.fromisoformat)
    return found
