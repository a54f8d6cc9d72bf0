"""What the Overzicht shows beyond the key figures: heat-map cells, attention items, activity."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.history import UndoOf
from chinadossier.domain.records import Ref


class AttentionKind(StrEnum):
    """Why an item needs attention."""

    ACTION_OVERDUE = "action_overdue"
    ACTION_DUE = "action_due"
    REVIEW_DUE = "review_due"
    TIE_EVALUATION = "tie_evaluation"
    TIE_END = "tie_end"


@dataclass(frozen=True, slots=True, kw_only=True)
class HeatCell:
    """How many open risks sit at one likelihood × impact cell."""

    likelihood: int
    impact: int
    count: int


@dataclass(frozen=True, slots=True, kw_only=True)
class HeatMap:
    """Open risks per cell, before (bruto) and after (netto) measures, by their latest scores."""

    gross: tuple[HeatCell, ...]
    net: tuple[HeatCell, ...]
    total: int

    def count(self, likelihood: int, impact: int, *, net: bool) -> int:
        """The number of risks in one cell."""
        for cell in self.net if net else self.gross:
            if cell.likelihood == likelihood and cell.impact == impact:
                return cell.count
        return 0


@dataclass(frozen=True, slots=True, kw_only=True)
class HeatTie:
    """A tie the heat map can be narrowed to: one of the own authority's, with open risks."""

    ref: Ref
    open_risks: int
    """The open, live risk notes about the tie (what the heat map counts when it is chosen)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class AttentionItem:
    """One thing with a date that asks for action (opens the record it is about)."""

    kind: AttentionKind
    record_id: uuid.UUID
    record_kind: RecordKind
    display_no: str
    title: str
    due_on: dt.date
    owner: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ActivityItem:
    """One recent audit entry, in the words a person needs."""

    at: dt.datetime
    actor: str
    action: str
    record_id: uuid.UUID | None
    record_kind: RecordKind | None
    display_no: str | None
    label: str | None
    undo_of: UndoOf | None = None
    """What this entry undid (Ctrl+Z), or None for an ordinary change: the history's mark."""
