"""A record's history as the audit trail tells it: who changed which fields when, and how."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from chinadossier.domain.codes import AuditAction


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of one change; old/new are the stored (plain JSON) values, when still held."""

    name: str
    old: Any = None
    new: Any = None


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One audit entry of a record.

    Attributes:
        seq: Position in the audit chain (higher is later).
        at: When (aware UTC).
        actor: Who (OS account with its domain).
        action: Created, changed, deleted, restored, ...
        fields: Names of the changed fields.
        changes: Old and new values per field; empty when the payload was erased (AVG) or
            never held values.
        erased: Whether the payload was erased.
    """

    seq: int
    at: dt.datetime
    actor: str
    action: AuditAction
    fields: tuple[str, ...]
    changes: tuple[FieldChange, ...]
    erased: bool
    undo_of: UndoOf | None = None
    """What this entry undid (Ctrl+Z), or None for an ordinary change (#8)."""


class UndoOf(StrEnum):
    """Which action of the user an undo (Ctrl+Z) reverted; kept in the audit payload under
    `UNDO_KEY`, beside the changed fields, so the history can say "Ongedaan gemaakt: …"."""

    CREATE = "create"
    EDIT = "edit"
    TAG = "tag"
    DELETE = "delete"


_UNDO_VALUES = frozenset(u.value for u in UndoOf)

UNDO_KEY = "_undo"
"""The audit payload's key for `UndoOf` (no field name starts with "_")."""


def undo_mark(payload: Mapping[str, Any] | str | None) -> UndoOf | None:
    """What an audit entry undid, read from its payload (a dict or its JSON text), or None for
    an ordinary change, an erased payload or anything not a valid mark: the one reading of
    `UNDO_KEY` for the history and the Overzicht's recent activity (#8)."""
    if isinstance(payload, str):
        try:
            payload = json.loads(payload)
        except ValueError:
            return None
    if not isinstance(payload, Mapping):
        return None
    marked = payload.get(UNDO_KEY)
    return UndoOf(marked) if isinstance(marked, str) and marked in _UNDO_VALUES else None


#: Fields the history never shows: keys derived from other fields for sorting and searching.
INTERNAL_FIELDS = frozenset({"sort_key", "name_key"})


def is_internal(name: str) -> bool:
    """Whether a field is internal (a derived sort or search key), not something a user typed."""
    return name in INTERNAL_FIELDS or name.endswith(("_sort", "_fold", "_key"))


def without_internal(entry: HistoryEntry) -> HistoryEntry:
    """The entry without its internal fields and their values."""
    fields = tuple(f for f in entry.fields if not is_internal(f))
    changes = tuple(c for c in entry.changes if not is_internal(c.name))
    if len(fields) == len(entry.fields) and len(changes) == len(entry.changes):
        return entry
    return HistoryEntry(entry.seq, entry.at, entry.actor, entry.action, fields, changes,
                        entry.erased, entry.undo_of)


def list_items(value: Any) -> tuple[str, ...] | None:
    """A list value's items as text (also a list stored as JSON text, such as e-mail
    addresses), or None when the value is no list of plain values (child rows, dicts)."""
    if isinstance(value, str) and value.startswith("["):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    if not isinstance(value, (list, tuple)):
        return None
    if not all(isinstance(item, (str, int, float)) and not isinstance(item, bool)
               for item in value):
        return None
    return tuple(str(item) for item in value)


def added_removed(old: Any, new: Any) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The items a list change added and removed, in their order; None when either side is
    no list of plain values (an absent side counts as empty)."""
    before = () if old is None else list_items(old)
    after = () if new is None else list_items(new)
    if before is None or after is None:
        return None
    return (tuple(i for i in after if i not in before), tuple(i for i in before if i not in after))
