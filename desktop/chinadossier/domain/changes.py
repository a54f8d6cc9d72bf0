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
    everything: bool = False
    """The whole file may differ (restore, upgrade): every page re-queries, every cache goes."""

    @classmethod
    def all(cls) -> Changes:
        """Anything may have changed (after a restore or an upgrade)."""
        return cls(kinds=frozenset(RecordKind), settings=True, everything=True)

    def merge(self, *others: Changes) -> Changes:
        """What this and the others changed together (e.g. the steps of one bulk import).

        A record created in one and updated in a later one counts as created.
        """
        created, updated = set(self.created), set(self.updated)
        deleted, restored = set(self.deleted), set(self.restored)
        kinds, settings, everything = set(self.kinds), self.settings, self.everything
        for other in others:
            created |= other.created
            updated |= other.updated
            deleted |= other.deleted
            restored |= other.restored
            kinds |= other.kinds
            settings = settings or other.settings
            everything = everything or other.everything
        return Changes(
            created=frozenset(created),
            updated=frozenset(updated - created),
            deleted=frozenset(deleted),
            restored=frozenset(restored),
            kinds=frozenset(kinds),
            settings=settings,
            everything=everything,
        )

    def __or__(self, other: Changes) -> Changes:
        return self.merge(other)

    def concerns(self, *kinds: RecordKind) -> bool:
        """Whether any of the given kinds changed (always, when everything may have)."""
        return self.everything or bool(self.kinds.intersection(kinds))

    def touches(self, record_id: uuid.UUID) -> bool:
        """Whether this record may have changed (a detail pane decides to re-read)."""
        return self.everything or any(
            record_id in ids for ids in (self.created, self.updated, self.deleted, self.restored)
        )

    @property
    def empty(self) -> bool:
        """Whether nothing changed."""
        return not (
            self.everything
            or self.created
            or self.updated
            or self.deleted
            or self.restored
            or self.settings
        )


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
    """One page of a list; pass next_cursor back for the following page.

    ``offset`` is the position of the first item in the whole list when the service knew it (0
    for a first page, the block start for ``ListQuery.at``); ``total`` the number of matches when
    the service counted them (search does). ``total_at_least`` says that more than ``total``
    match (a search for a very common word stops counting at a thousand).
    """

    items: tuple[T, ...]
    next_cursor: str | None
    sort: str
    offset: int | None = None
    total: int | None = None
    total_at_least: bool = False
