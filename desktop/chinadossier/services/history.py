"""A record's history from the audit trail, for the detail pane."""

from __future__ import annotations

import uuid

from chinadossier.domain.history import HistoryEntry
from chinadossier.services.context import ServiceContext


class HistoryService:
    """Read a record's audit entries; one read transaction per call."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def of_record(
        self, record_id: uuid.UUID, *, before_seq: int | None = None, limit: int = 100
    ) -> list[HistoryEntry]:
        """The record's changes, newest first (pass the last seq as before_seq for more)."""
        with self.ctx.uow(write=False) as uow:
            return uow.views.record_history(record_id, before_seq=before_seq, limit=limit)
