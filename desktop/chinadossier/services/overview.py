"""Read-only views: search, the dashboard of an authority, timelines."""

from __future__ import annotations

import uuid

from chinadossier.domain.codes import RecordKind
from chinadossier.domain.records import Dashboard, SearchHit, TimelineItem
from chinadossier.domain.search_text import query_terms
from chinadossier.services.context import ServiceContext


class OverviewService:
    """Search, dashboard and timelines; each call one read transaction."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def search(
        self, query: str, *, kinds: tuple[RecordKind, ...] | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Records matching every word of the query, best first; deleted records excluded."""
        terms = query_terms(query)
        if not terms:
            return []
        with self.ctx.uow(write=False) as uow:
            hits = uow.views.search(
                terms,
                kinds=[k.value for k in kinds] if kinds else None,
                limit=max(1, min(limit, 500)),
            )
            linked = uow.views.refs([h.record_id for h in hits])
        return [
            SearchHit(ref=linked[h.record_id], rank=h.rank)
            for h in hits
            if h.record_id in linked and not linked[h.record_id].deleted
        ]

    def counts(self) -> dict[RecordKind, int]:
        """How many live records of each kind the case file holds (every kind listed)."""
        with self.ctx.uow(write=False) as uow:
            found = uow.views.counts()
        return {kind: found.get(kind.value, 0) for kind in RecordKind}

    def dashboard(self, authority_id: uuid.UUID | None = None) -> Dashboard:
        """Figures for an authority (the case file's own by default) as of today."""
        with self.ctx.uow(write=False) as uow:
            own = uow.case_file.own_authority_id()
            target = authority_id or own
            assert target is not None
            return uow.views.dashboard(target, own=target == own, today=self.ctx.clock.today())

    def timeline(
        self,
        *,
        tie_id: uuid.UUID | None = None,
        organisation_id: uuid.UUID | None = None,
        person_id: uuid.UUID | None = None,
    ) -> list[TimelineItem]:
        """Contact moments, decisions and risk assessments of one tie, organisation or person."""
        if sum(x is not None for x in (tie_id, organisation_id, person_id)) != 1:
            raise ValueError("give exactly one of tie_id, organisation_id, person_id")
        with self.ctx.uow(write=False) as uow:
            return uow.views.timeline(
                tie_id=tie_id, organisation_id=organisation_id, person_id=person_id
            )
