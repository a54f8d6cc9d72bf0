"""The memo history, readable through the same list API as every record (get, list, count)."""

from __future__ import annotations

from typing import Never

from chinadossier.db.repository import Records
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.errors import Collector, UsageError
from chinadossier.domain.records import MemoRecord
from chinadossier.services.records_base import Prepared, RecordService


class MemoService(RecordService[Never, MemoRecord]):
    """Memos made so far, newest first (sort "number"); making a memo is the memo service's job."""

    kind = RecordKind.MEMO

    def prepare(
        self, records: Records, draft: Never, c: Collector, current: MemoRecord | None
    ) -> Prepared:
        """Memos are not written through a draft here."""
        raise UsageError("Een notitie wordt gemaakt met de notitiefunctie, niet als formulier.")
