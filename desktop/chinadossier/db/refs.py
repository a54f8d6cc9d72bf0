"""Refs and labels: how one record is pointed at and recognised, read in batches with Core."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from chinadossier.db.labels import _LABEL_COLUMNS, _LABELS
from chinadossier.db.labels import label_of as label_of  # re-exported for db.convert
from chinadossier.db.models import Record
from chinadossier.db.reading import rows
from chinadossier.db.registry import SPECS
from chinadossier.domain import records as r
from chinadossier.domain.codes import RecordKind


def refs(session: Session, ids: Sequence[uuid.UUID | None]) -> dict[uuid.UUID, r.Ref]:
    """Refs for many records at once, deleted ones included (and marked)."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    kinds: dict[RecordKind, list[uuid.UUID]] = defaultdict(list)
    for rid, kind in rows(session,
        select(Record.id, Record.kind).where(Record.id.in_(wanted))
    ):
        kinds[RecordKind(kind)].append(rid)
    out: dict[uuid.UUID, r.Ref] = {}
    for kind, kind_ids in kinds.items():
        table: Any = SPECS[kind].model.__table__
        names = _LABEL_COLUMNS[kind]
        stmt = (
            select(
                Record.id,
                Record.display_no,
                Record.deleted_at,
                Record.classification,
                *[table.c[name] for name in names],
            )
            .join(table, table.c.id == Record.id)
            .where(Record.id.in_(kind_ids))
        )
        for row in rows(session, stmt):
            values = SimpleNamespace(**dict(zip(names, row[4:], strict=True)))
            out[row[0]] = r.Ref(
                id=row[0],
                kind=kind,
                display_no=row[1],
                label=str(_LABELS[kind](values)),
                deleted=row[2] is not None,
                classification=row[3],
            )
    return out
