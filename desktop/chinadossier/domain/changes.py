"""What a unit of work changed, so every page can decide whether to re-query."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from chinadossier.domain.codes import RecordKind

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Changes:
    """Ids touched by one service call, by what happened to them, and the kinds involved."""

    created: frozenset[uuid.UUID] = frozenset()
    updated: frozenset[uuid.UUID] = frozenset()
    deleted: frozenset[uuid.UUID] = frozenset()
    restored: frozenset[uuid.UUID] = frozenset()
    kinds: frozenset[RecordKind] = frozenset()
    settings: bool = False

    def concerns(self, *kinds: RecordKind) -> bool:
        """Whether any of the given kinds changed."""
        return bool(self.kinds.intersection(kinds))

    @property
    def empty(self) -> bool:
        """Whether nothing changed."""
        return not (self.created or self.updated or self.deleted or self.restored or self.settings)


@dataclass(frozen=True, slots=True)
class Result(Generic[T]):
    """A service's answer: the record as saved and what changed."""

    record: T
    changes: Changes = field(default_factory=Changes)
    #: Dutch notes that did not stop the save, e.g. that a public record links to an internal
    #: one (a public memo could not show the link without leaking it).
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a list; pass next_cursor back for the following page."""

    items: tuple[T, ...]
    next_cursor: str | None
    sort: str
