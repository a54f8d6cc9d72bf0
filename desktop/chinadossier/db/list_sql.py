"""The SQL bricks of a list: named bind parameters, the record columns, the count statement."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    bindparam,
    func,
    select,
)
from sqlalchemy.types import NullType

from chinadossier.db.models import Record
from chinadossier.db.registry import SPECS
from chinadossier.domain.codes import RecordKind


class _Binds:
    """Named bind parameters p0, p1, … for the values of a statement shape, in order."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def __call__(self, values: Sequence[Any]) -> list[Any]:
        out = []
        for _ in values:
            self.names.append(f"p{len(self.names)}")
            out.append(bindparam(self.names[-1], type_=NullType()))
        return out


def _count_statement(kind: RecordKind, clauses: list[ColumnElement[bool]]) -> Select[Any]:
    return select(func.count()).select_from(SPECS[kind].model).where(*clauses)


#: Record columns no frozen record holds (who trashed it, what it was merged into).
_UNREAD = frozenset({"deleted_by", "merged_into"})


#: Extra columns a reader may add to a list's rows, by name (see _select's `extra`).
EXTRA_COLUMNS: dict[str, Callable[[Any], Any]] = {}


def _select(kind: RecordKind, only: tuple[str, ...] = (),
            extra: tuple[str, ...] = ()) -> Select[Any]:
    """The columns a frozen record is built from, as plain rows (no ORM objects).

    Rows answer the same attribute names the mapped objects did, so db.convert builds records
    from either. A memo's stored snapshot is never read for a list. `only`: just these
    columns (record's or the entity's, by name; the id always), for a reader that needs less.
    `extra`: names of EXTRA_COLUMNS, each a function of the entity table giving a labelled
    column expression (a correlated subquery, say), added after them.
    """
    record: Any = Record.__table__
    entity: Any = SPECS[kind].model.__table__
    columns = [
        *(c for c in record.c if c.name not in _UNREAD),
        *(c for c in entity.c if c.name != "id" and c.name != "snapshot"),
    ]
    if only:
        columns = [c for c in columns if c.name == "id" or c.name in only]
    columns += [EXTRA_COLUMNS[name](entity) for name in extra]
    return select(*columns).select_from(record.join(entity, entity.c.id == record.c.id))
