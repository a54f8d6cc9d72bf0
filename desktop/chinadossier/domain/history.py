"""A record's history as the audit trail tells it: who changed which fields when, and how."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
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
