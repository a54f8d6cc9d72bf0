"""Sources: where facts come from; cited by any record, each with its own classification."""

from __future__ import annotations

import uuid

from chinadossier.db.repository import Records
from chinadossier.domain.changes import Page
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.drafts import SourceDraft
from chinadossier.domain.errors import Collector
from chinadossier.domain.records import Citation, SourceRecord
from chinadossier.domain.search_text import sort_key
from chinadossier.domain.writes import SourceValues
from chinadossier.services import validation as v
from chinadossier.services.records_base import Prepared, RecordService


class SourceService(RecordService[SourceDraft, SourceRecord]):
    """Create, edit and list sources."""

    kind = RecordKind.SOURCE

    def prepare(
        self, records: Records, draft: SourceDraft, c: Collector, current: SourceRecord | None
    ) -> Prepared:
        """Validate a source."""
        title = v.line(c, "title", draft.title, required=True)
        url = v.line(c, "url", draft.url, max_length=1000)
        if url and not url.lower().startswith(("http://", "https://")):
            c.add("url", "moet beginnen met http:// of https://")
        published = v.partial_date(c, "published", draft.published)
        values: SourceValues = {
            "title": title,
            "publisher": v.line(c, "publisher", draft.publisher, max_length=200),
            "url": url,
            "published": published,
            "accessed_on": v.date_value(c, "accessed_on", draft.accessed_on),
            "notes": v.text(c, "notes", draft.notes),
            "sort_key": sort_key(title),
        }
        return Prepared(values=values, shared=self.shared(records, c, draft, current))

    def citations(self, source_id: uuid.UUID, limit: int = 100) -> Page[Citation]:
        """The live records that cite a source (by number, at most `limit`); `total` counts all.

        A person whose political fact rests on the source is listed with the fact's text."""
        with self.ctx.uow(write=False) as uow:
            found, total = uow.views.citations(source_id, limit)
        return Page(items=tuple(found), next_cursor=None, sort="display_no", offset=0,
                    total=total)
