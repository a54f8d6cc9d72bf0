"""Which live records cite a source (its detail pane shows them), read with Core in one go."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select, union_all
from sqlalchemy.orm import Session

from chinadossier.db.models import PoliticalFact, Record, RecordSource
from chinadossier.db.reading import rows


def citing(session: Session, source_id: uuid.UUID, limit: int
           ) -> tuple[list[tuple[uuid.UUID, str | None]], int]:
    """(record id, where in the source) of the live records citing a source, by number, at most
    `limit`; and how many there are. A person's political fact cites its source too: the person
    is listed with the fact's text as the place."""
    live = (Record.deleted_at.is_(None), Record.merged_into.is_(None))
    direct = (
        select(RecordSource.record_id.label("rid"), RecordSource.locator.label("locator"),
               Record.display_no.label("no"))
        .join(Record, Record.id == RecordSource.record_id)
        .where(RecordSource.source_id == source_id, *live)
    )
    facts = (
        select(PoliticalFact.person_id.label("rid"), PoliticalFact.text.label("locator"),
               Record.display_no.label("no"))
        .join(Record, Record.id == PoliticalFact.person_id)
        .where(PoliticalFact.source_id == source_id, *live)
    )
    both = union_all(direct, facts).subquery()
    total = session.execute(select(func.count()).select_from(both)).scalar_one()
    found = rows(session, select(both.c.rid, both.c.locator).order_by(both.c.no, both.c.locator)
                 .limit(limit))
    return [(row[0], row[1]) for row in found], int(total)
