"""Merging duplicate organisations and persons, undoing a merge, and "mogelijke dubbelen".

One user action is one unit of work: `merge` and `unmerge` each write everything or nothing
(db.merging does the row work and keeps the undo copy; the audit chain gets an entry for every
touched record). The caller makes the backup first (`backup` argument): the command line and
the desktop pass the case file's backup step.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from chinadossier.db.merging import MERGEABLE, MergeRepository
from chinadossier.domain.changes import Result
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.duplicates import likely_pairs
from chinadossier.domain.errors import Refused
from chinadossier.domain.labels import label
from chinadossier.domain.matching import LIKELY
from chinadossier.domain.merge import DuplicatePair, MergeDone, MergePreview, Side
from chinadossier.services.context import ServiceContext

Backup = Callable[[], Path | None]


class MergeService:
    """Preview, merge and undo; the list of likely duplicates."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def find(self, number: str) -> uuid.UUID:
        """The id of a record by display number (merged-away ones too)."""
        with self.ctx.uow(write=False) as uow:
            return MergeRepository(uow).by_number(number)

    def preview(self, a: uuid.UUID, b: uuid.UUID) -> MergePreview:
        """What merging b into a would do, with a proposed choice per field."""
        with self.ctx.uow(write=False) as uow:
            return MergeRepository(uow).preview(a, b)

    def merge(
        self,
        a: uuid.UUID,
        b: uuid.UUID,
        choices: dict[str, Side] | None = None,
        *,
        expected: tuple[int, int] | None = None,
        backup: Backup | None = None,
    ) -> Result[MergeDone]:
        """Merge b into a (a is kept); `expected` = the versions the preview showed."""
        with self.ctx.uow(write=False) as uow:
            MergeRepository(uow).preview(a, b)  # refuses before a backup is made for nothing
        if backup is not None:
            backup()
        with self.ctx.uow() as uow:
            done = MergeRepository(uow).merge(a, b, dict(choices or {}), expected=expected)
            changes = uow.commit()
        return Result(done, changes)

    def unmerge(self, merged: uuid.UUID, *, backup: Backup | None = None) -> Result[MergeDone]:
        """Undo the merge of a merged-away record: both records and their links as before."""
        with self.ctx.uow(write=False) as uow:
            if MergeRepository(uow).merged_record(merged) is None:
                number = MergeRepository(uow).merged_into(merged)
                raise Refused(
                    "Dit record is niet samengevoegd met een ander record."
                    if number is None else
                    "Dit samenvoegen kan niet meer ongedaan worden gemaakt: het is al ongedaan "
                    "gemaakt, of de bewaarde gegevens ervan zijn gewist bij het anonimiseren van "
                    "een persoon (AVG)."
                )
        if backup is not None:
            backup()
        with self.ctx.uow() as uow:
            done = MergeRepository(uow).unmerge(merged)
            changes = uow.commit()
        return Result(done, changes)

    def merged_into(self, record_id: uuid.UUID) -> str | None:
        """Display number of the record this one was merged into, or None."""
        with self.ctx.uow(write=False) as uow:
            return MergeRepository(uow).merged_into(record_id)

    def duplicates(
        self, kind: RecordKind, *, threshold: float = LIKELY, limit: int | None = None
    ) -> list[DuplicatePair]:
        """Likely duplicate pairs among the live records of a kind, best first."""
        if kind not in MERGEABLE:
            raise Refused(
                f"Dubbelen zoeken kan bij organisaties en personen, niet bij {label(kind)}."
            )
        with self.ctx.uow(write=False) as uow:
            rows = MergeRepository(uow).candidates(kind)
        info = {c.id: (number, title) for c, number, title in rows}
        pairs = likely_pairs([c for c, _, _ in rows], threshold)
        if limit is not None:
            pairs = pairs[:limit]
        out = []
        for pair in pairs:
            a_no, a_title = info[pair.a]
            b_no, b_title = info[pair.b]
            assert isinstance(pair.a, uuid.UUID) and isinstance(pair.b, uuid.UUID)
            out.append(DuplicatePair(kind, pair.a, a_no, a_title, pair.b, b_no, b_title,
                                     round(pair.score, 1)))
        return out
