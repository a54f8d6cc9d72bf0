"""Reads for the AVG tools: what names a record, and the retention overview (issue 10.6)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from chinadossier.db.models import DecisionLink, Record
from chinadossier.db.uow import UnitOfWork


class PrivacyRepository:
    """Reads inside one unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    @property
    def _session(self) -> Session:
        return self.uow._db_session  # noqa: SLF001 - the db package shares the session

    def decisions_naming(self, record_id: uuid.UUID) -> list[uuid.UUID]:
        """Decisions that link to the record (those in the trash too)."""
        stmt = select(DecisionLink.decision_id).where(DecisionLink.record_id == record_id)
        return list(self._session.scalars(stmt))

    def merged_into(self, record_id: uuid.UUID) -> list[uuid.UUID]:
        """Records merged into this one (still held in the file)."""
        stmt = select(Record.id).where(Record.merged_into == record_id)
        return list(self._session.scalars(stmt))
