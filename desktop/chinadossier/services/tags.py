"""Tag several records at once (the lists' multi-select): one unit of work, one audit entry each."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from chinadossier.db.repository import Shared
from chinadossier.domain.changes import Result
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.errors import Collector, Conflict, NotFound
from chinadossier.domain.search_text import sort_key
from chinadossier.services import validation as v
from chinadossier.services.context import ServiceContext


class TagService:
    """Add a tag to many records, or take it off again (the undo of an add)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def in_use(self, kind: RecordKind | None = None) -> list[tuple[str, int]]:
        """The tags on live records with how many carry each, most used first (then by name);
        of one kind of record when given. The tag dialog and the filter bar offer them, so
        officials reuse "zustersteden" instead of inventing "zusterstad"."""
        with self.ctx.uow(write=False) as uow:
            return uow.views.tags_in_use(kind)

    def add(
        self, records: Sequence[tuple[uuid.UUID, int]], tag: str
    ) -> Result[tuple[uuid.UUID, ...]]:
        """Add `tag` to each (record id, version the user saw); all or nothing.

        Records that already carry the tag ("China" = "china") are left alone. A record changed
        since it was shown raises Conflict, one in the trash NotFound; nothing is written then.
        Returns the ids that got the tag.
        """
        def added(tags: tuple[str, ...], name: str) -> tuple[str, ...] | None:
            if sort_key(name) in {sort_key(t) for t in tags}:
                return None
            return (*tags, name)

        return self._retag(records, tag, added, "er is geen tag toegevoegd.")

    def remove(
        self, records: Sequence[tuple[uuid.UUID, int]], tag: str
    ) -> Result[tuple[uuid.UUID, ...]]:
        """Take `tag` off each (record id, version the user saw); all or nothing.

        The tag is matched as `add` matches it ("China" = "china"); records without it are left
        alone. A record changed since raises Conflict, one in the trash or gone NotFound; nothing
        is written then. Returns the ids that lost the tag (one audit entry each).
        """
        def removed(tags: tuple[str, ...], name: str) -> tuple[str, ...] | None:
            kept = tuple(t for t in tags if sort_key(t) != sort_key(name))
            return None if kept == tags else kept

        return self._retag(records, tag, removed,
                           "de tag '{name}' is bij geen enkel record weggehaald.")

    def _retag(
        self,
        records: Sequence[tuple[uuid.UUID, int]],
        tag: str,
        change: Callable[[tuple[str, ...], str], tuple[str, ...] | None],
        nothing_done: str,
    ) -> Result[tuple[uuid.UUID, ...]]:
        """Give each (record id, version the user saw) the tags `change` makes of its tags
        (None: left alone), in one transaction; all or nothing. `nothing_done` ends the
        conflict message (`{name}` is the tag)."""
        c = Collector()
        name = v.line(c, "tag", tag, required=True, max_length=80)
        c.raise_if_any()
        assert name is not None
        changed: list[uuid.UUID] = []
        with self.ctx.uow() as uow:
            repo = uow.records
            kinds = repo.live_kinds([record_id for record_id, _ in records])
            for record_id, version in records:
                if record_id not in kinds:
                    raise NotFound("Een van de gekozen records bestaat niet meer.")
                kind, _deleted = kinds[record_id]
                current = repo.get_record(kind, record_id)
                meta = current.meta
                if meta.version != version:
                    raise Conflict(
                        f"{meta.display_no} is intussen gewijzigd; "
                        + nothing_done.format(name=name),
                        current,
                    )
                if meta.deleted:
                    raise NotFound(
                        f"{meta.display_no} staat in de prullenbak; zet het eerst terug."
                    )
                tags = change(tuple(meta.tags), name)
                if tags is None:
                    continue
                repo.update(kind, record_id, version, {}, _with_tags(meta, tags),
                            current=current)
                changed.append(record_id)
            changes = uow.commit()
        return Result(tuple(changed), changes)


def _with_tags(meta: Any, tags: tuple[str, ...]) -> Shared:
    """A record's shared fields as they are, with these tags."""
    return Shared(
        classification=meta.classification,
        retention_category=meta.retention_category,
        retention_on=meta.retention_on,
        tags=tags,
        sources=tuple((s.source_id, s.locator) for s in meta.sources),
    )
