"""Refs and labels: how one record is pointed at and recognised, read in batches with Core."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from chinadossier.db.models import Record
from chinadossier.db.reading import rows
from chinadossier.db.registry import SPECS
from chinadossier.domain import records as r
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.records import person_name


def _person_label(p: Any) -> str:
    return person_name(
        p.family_name, p.given_name, p.tussenvoegsel, p.name_order, p.hanzi, p.pinyin
    )


_LABELS: dict[RecordKind, Any] = {
    RecordKind.AUTHORITY: lambda a: a.common_name or a.name,
    RecordKind.ORGANISATION: lambda o: o.name_nl + (f" ({o.hanzi})" if o.hanzi else ""),
    RecordKind.PERSON: _person_label,
    RecordKind.TIE: lambda t: t.title,
    RecordKind.MEETING: lambda m: m.title,
    RecordKind.ACTION: lambda a: a.what,
    RecordKind.DECISION: lambda d: d.title,
    RecordKind.RISK_NOTE: lambda n: n.title,
    RecordKind.RISK_CATEGORY: lambda c: f"{c.code} {c.name_nl}",
    RecordKind.SOURCE: lambda s: s.title,
    RecordKind.MEMO: lambda m: m.title,
}


def label_of(obj: Any) -> str:
    """What a person reads to recognise a record."""
    return str(_LABELS[RecordKind(obj.kind)](obj))


#: Columns each kind's label is made of (read with Core: no ORM objects for a list of refs).
_LABEL_COLUMNS: dict[RecordKind, tuple[str, ...]] = {
    RecordKind.AUTHORITY: ("name", "common_name"),
    RecordKind.ORGANISATION: ("name_nl", "hanzi"),
    RecordKind.PERSON: (
        "family_name",
        "given_name",
        "tussenvoegsel",
        "name_order",
        "hanzi",
        "pinyin",
    ),
    RecordKind.TIE: ("title",),
    RecordKind.MEETING: ("title",),
    RecordKind.ACTION: ("what",),
    RecordKind.DECISION: ("title",),
    RecordKind.RISK_NOTE: ("title",),
    RecordKind.RISK_CATEGORY: ("code", "name_nl"),
    RecordKind.SOURCE: ("title",),
    RecordKind.MEMO: ("title",),
}


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
