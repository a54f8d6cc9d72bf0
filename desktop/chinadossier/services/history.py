"""A record's history from the audit trail, for the detail pane."""

from __future__ import annotations

import uuid

from chinadossier.domain.history import HistoryEntry, without_internal
from chinadossier.services.context import ServiceContext


class HistoryService:
    """Read a record's audit entries; one read transaction per call."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def of_record(
        self, record_id: uuid.UUID, *, before_seq: int | None = None, limit: int = 100
    ) -> list[HistoryEntry]:
        """The record's changes, newest first (pass the last seq as before_seq for more);
        internal fields (derived sort and search keys) are left out."""
        with self.ctx.uow(write=False) as uow:
            entries = uow.views.record_history(record_id, before_seq=before_seq, limit=limit)
        return [without_internal(entry) for entry in entries]
