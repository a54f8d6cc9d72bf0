"""The Overzicht's reads beyond the key figures; each call one read transaction."""

from __future__ import annotations

import uuid

from chinadossier.db.cockpit import CockpitRepository
from chinadossier.domain.cockpit import ActivityItem, AttentionItem, HeatMap, HeatTie
from chinadossier.domain.records import Ref
from chinadossier.services.context import ServiceContext


class CockpitService:
    """Heat map, "Vraagt aandacht" and recent activity for the dashboard."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def heat_map(self, *, tie_id: uuid.UUID | None = None) -> HeatMap:
        """Open risks per likelihood × impact cell, bruto and netto; with `tie_id` only the
        risk notes about that tie."""
        with self.ctx.uow(write=False) as uow:
            return CockpitRepository(uow).heat_map(tie_id=tie_id)

    def heat_ties(self) -> list[HeatTie]:
        """The ties the heat map can be narrowed to (its tie filter): the own authority's live
        ties with open risks, by name, each with its number of open risks."""
        with self.ctx.uow(write=False) as uow:
            return CockpitRepository(uow).heat_ties()

    def attention(self, *, horizon_days: int = 14, limit: int = 20) -> list[AttentionItem]:
        """Overdue or soon-due actions and reviews, and ties to evaluate or ending soon."""
        with self.ctx.uow(write=False) as uow:
            return CockpitRepository(uow).attention(
                today=self.ctx.clock.today(), horizon_days=horizon_days, limit=limit
            )

    def recent_activity(self, *, limit: int = 8) -> list[ActivityItem]:
        """The newest changes to records, newest first."""
        with self.ctx.uow(write=False) as uow:
            return CockpitRepository(uow).recent_activity(limit=limit)

    def cell_risks(
        self, *, likelihood: int, impact: int, net: bool, limit: int = 200,
        tie_id: uuid.UUID | None = None,
    ) -> list[Ref]:
        """The open risks in one heat-map cell, highest score first; with `tie_id` only the
        risk notes about that tie."""
        with self.ctx.uow(write=False) as uow:
            return CockpitRepository(uow).cell_risks(
                likelihood=likelihood, impact=impact, net=net, limit=limit, tie_id=tie_id
            )
