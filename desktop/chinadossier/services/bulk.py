"""Many creates (and updates) in ONE unit of work (imports, benchmarks): validated, audited
and indexed alike."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from types import TracebackType
from typing import Any

from chinadossier.db.repository import Records
from chinadossier.db.uow import UnitOfWork
from chinadossier.domain.changes import Changes
from chinadossier.domain.codes import AuditAction
from chinadossier.domain.progress import Progress
from chinadossier.services.context import ServiceContext
from chinadossier.services.records_base import Prepared, RecordService

_UNREAD = object()

#: Audit events that change no record and no setting.
_NOTES_ONLY = frozenset({AuditAction.BACKUP.value})


class Bulk:
    """Use as `with Bulk(ctx) as bulk: bulk.create(service, draft) …; bulk.commit()`.

    Every draft goes through the same validation as a single create; nothing is written unless
    commit() is reached, so a failing row leaves the case file as it was.
    """

    def __init__(self, ctx: ServiceContext, progress: Progress | None = None) -> None:
        self._uow: UnitOfWork = ctx.uow()
        self._progress = progress or Progress()
        self._records: Records | None = None
        self._mark: object = _UNREAD

    def __enter__(self) -> Bulk:
        self._uow.__enter__()
        self._uow.batch_mode()
        self._records = self._uow.records
        self._mark = self._uow.audit_head()  # in the write transaction: nobody else writes now
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._uow.__exit__(exc_type, exc, tb)

    def create(
        self,
        service: RecordService[Any, Any],
        draft: Any,
        *,
        record_id: uuid.UUID | None = None,
        display_no: str | None = None,
        prepared: Prepared | None = None,
    ) -> uuid.UUID:
        """Validate and add one record (optionally with its own id and number); returns its id.

        `prepared`: the draft as `service.check_many()` found it valid, given only when the
        case file's change mark then equals `change_mark()` of this bulk (nothing was committed
        in between): the draft is not checked twice.
        """
        assert self._records is not None
        self._progress.checkpoint()
        self._uow.spill_if_large()  # between records: rows written in chunks, one transaction
        # A bulk reports no per-record warnings: none are worked out (nor kept, unread).
        return service._create_in(self._records, draft, record_id, display_no, prepared,
                                  warn=False)

    def reserve(self, ids: Sequence[uuid.UUID]) -> None:
        """Ids the next creates will be given (chosen in a preview): checked to be free in one
        read, so each create need not ask (Refused when one is taken)."""
        assert self._records is not None
        self._records.reserve_fresh(ids)

    def change_mark(self) -> tuple[int, str] | None:
        """The case file's change mark as this bulk's transaction began (see check_many)."""
        if self._mark is _UNREAD:
            raise RuntimeError("change_mark() is read before the first write")
        return self._mark  # type: ignore[return-value]

    def unchanged_since(self, mark: tuple[int, str] | None) -> bool:
        """Nothing but backup notes committed since the change mark `mark` (see check_many):
        records and settings are as they were then (an import backs up between its preview
        and its commit, and the backup notes itself in the audit trail)."""
        if self.change_mark() == mark:
            return True
        return self._uow.only_events_since(mark, _NOTES_ONLY)

    def update(
        self,
        service: RecordService[Any, Any],
        record_id: uuid.UUID,
        draft: Any,
        *,
        expected_version: int,
        current: Any,
    ) -> None:
        """Validate and save changes to a record as it was read (`current`, at
        `expected_version`): Conflict when it changed since; only changed fields are written
        and audited, as with a single edit."""
        assert self._records is not None
        self._progress.checkpoint()
        service._edit_in(self._records, record_id, draft, expected_version, current)

    def commit(self) -> Changes:
        """Audit, index and commit everything at once (Cancelled up to the moment of COMMIT)."""
        return self._uow.commit(self._progress)
