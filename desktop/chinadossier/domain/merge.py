"""Merging two duplicate records: the preview a user chooses from, and what a merge did.

Record `a` is kept, `b` is merged into it. Per field the preview holds both values as shown
and the proposed choice: the filled one when only one is filled, otherwise the value of the
record changed most recently; for the classification the higher one (nothing becomes less
protected by a merge).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Literal

from chinadossier.domain.codes import RecordKind

#: "both" only for a field that offers a joined value (notes): A's text, then B's.
Side = Literal["a", "b", "both"]


@dataclass(frozen=True, slots=True)
class MergeSide:
    """One of the two records."""

    id: uuid.UUID
    display_no: str
    title: str
    version: int
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class MergeField:
    """One field: both values as shown (empty string when empty) and the proposed choice."""

    name: str
    label: str
    a: str
    b: str
    choice: Side
    #: Both values joined (A's, then B's) when the field offers that choice, else "".
    both: str = ""

    @property
    def differs(self) -> bool:
        """Whether the two values differ (only then is there something to choose)."""
        return self.a != self.b

    def value(self, side: Side) -> str:
        """The value kept when `side` is chosen."""
        if side == "both" and self.both:
            return self.both
        return self.b if side == "b" else self.a


@dataclass(frozen=True, slots=True)
class MergePreview:
    """What merging b into a would do."""

    kind: RecordKind
    a: MergeSide
    b: MergeSide
    fields: tuple[MergeField, ...]
    #: (Dutch description, number of rows) of the links of b that move to a.
    links: tuple[tuple[str, int], ...]

    def choices(self) -> dict[str, Side]:
        """The proposed choice of every field."""
        return {f.name: f.choice for f in self.fields}


@dataclass(frozen=True, slots=True)
class MergeDone:
    """A merge (or its undo) as written."""

    merge_id: uuid.UUID
    kept: str
    merged: str
    #: Records whose rows changed (besides the two), by display number.
    touched: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two live records that are probably the same, with the match score (0–100)."""

    kind: RecordKind
    a: uuid.UUID
    a_no: str
    a_title: str
    b: uuid.UUID
    b_no: str
    b_title: str
    score: float
