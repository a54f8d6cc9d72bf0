"""Retention (Archiefwet / Selectielijst): the overview, proposals for undecided records, and
destroying what is due — each a single unit of work, audited; the caller makes a backup first.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from chinadossier.db import erasure
from chinadossier.db.retention import RetentionRepository
from chinadossier.domain.changes import Result
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.progress import Progress
from chinadossier.domain.retention import RULES, RetentionOverview, proposal
from chinadossier.services import anonymise
from chinadossier.services.context import ServiceContext

Backup = Callable[[], Path | None]


class RetentionService:
    """What is due, proposals, destruction."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def overview(self) -> RetentionOverview:
        """Counts per kind and category, and the records whose destroy date has passed."""
        with self.ctx.uow(write=False) as uow:
            return RetentionRepository(uow).overview(self.ctx.clock.today())

    def undecided_count(self) -> dict[RecordKind, int]:
        """Records still "nog te bepalen", per kind that has a proposal."""
        with self.ctx.uow(write=False) as uow:
            repo = RetentionRepository(uow)
            return {kind: len(repo.undecided(kind)) for kind in RULES}

    def apply_proposals(
        self, kinds: Sequence[RecordKind] | None = None, *, progress: Progress | None = None,
        backup: Backup | None = None,
    ) -> Result[int]:
        """Give every "nog te bepalen" record of the kinds the proposed category and date."""
        if backup is not None:
            backup()
        with self.ctx.uow() as uow:
            repo = RetentionRepository(uow)
            done = 0
            for kind in kinds or tuple(RULES):
                for record_id, version, anchor in repo.undecided(kind):
                    category, on = proposal(kind, anchor)
                    done += repo.set_retention(kind, record_id, version, category, on)
            changes = uow.commit(progress)
        return Result(done, changes)

    def check(self, record_id: uuid.UUID) -> None:
        """Refused (with the reason) when the record may not be destroyed today."""
        with self.ctx.uow(write=False) as uow:
            RetentionRepository(uow).check_destroy(record_id, self.ctx.clock.today())

    def destroy(
        self, ids: Sequence[uuid.UUID], *, backup: Backup | None = None
    ) -> Result[list[str]]:
        """Purge records whose retention has passed, all or none (one unit of work)."""
        today = self.ctx.clock.today()
        together = frozenset(i.hex for i in ids)
        with self.ctx.uow(write=False) as uow:
            # Refusals come before the backup.
            for record_id in ids:
                RetentionRepository(uow).check_destroy(record_id, today, together)
        if backup is not None:
            backup()
        with self.ctx.uow() as uow:
            repo = RetentionRepository(uow)
            numbers = [repo.destroy(record_id, today, together) for record_id in ids]
            changes = uow.commit()
        # The old bytes out of the file and its WAL (search index merged, VACUUM, WAL
        # truncated), as for an anonymised person; a reader holding the file postpones it.
        erasure.scrub(self.ctx.database)
        # The ledger copy beside the backups: a restore onto a lost case file destroys again.
        anonymise.mirror_ledger(self.ctx.database.path, anonymise.ledger(self.ctx))
        return Result(numbers, changes)
