"""The state of a record as stored: its rows in every table it owns, hashed for the audit trail.

The same function serves the write path (hash after each change) and `check` (does every record
still match its last audited state?), so a direct edit of the file shows up as a mismatch.
"""

from __future__ import annotations

import functools
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence

from sqlalchemy import Column, Table, select
from sqlalchemy.orm import Session

from chinadossier.db import canonical
from chinadossier.db.models import Base
from chinadossier.domain.codes import RecordKind

#: Tables whose rows belong to a record of any kind, with the column pointing at it.
_COMMON_OWNED = (
    ("record", "id"),
    ("record_tag", "record_id"),
    ("record_source", "record_id"),
    ("attachment", "record_id"),
)

#: Tables whose rows belong to a record of one kind.
_KIND_OWNED: dict[RecordKind, tuple[tuple[str, str], ...]] = {
    RecordKind.AUTHORITY: (("authority", "id"),),
    RecordKind.ORGANISATION: (("organisation", "id"),),
    RecordKind.PERSON: (
        ("person", "id"),
        ("position", "person_id"),
        ("political_fact", "person_id"),
    ),
    RecordKind.TIE: (("tie", "id"),),
    RecordKind.MEETING: (
        ("meeting", "id"),
        ("meeting_participant", "meeting_id"),
        ("meeting_tie", "meeting_id"),
    ),
    RecordKind.ACTION: (("action", "id"),),
    RecordKind.DECISION: (("decision", "id"), ("decision_link", "decision_id")),
    RecordKind.RISK_NOTE: (("risk_note", "id"), ("risk_assessment", "risk_note_id")),
    RecordKind.RISK_CATEGORY: (("risk_category", "id"),),
    RecordKind.SOURCE: (("source", "id"),),
    RecordKind.MEMO: (("memo", "id"),),
}

_CHUNK = 500


@functools.cache
def _added_columns(table_name: str) -> tuple[tuple[int, str], ...]:
    """(position, name) of the columns of a table added after the first schema."""
    table = Base.metadata.tables[table_name]
    return tuple((i, c.name) for i, c in enumerate(table.columns) if c.info.get("added"))


def stable_row(table_name: str, values: Sequence[object]) -> list[object]:
    """A row as hashed: columns added by later migrations count only when not at their default.

    A record written before a migration added a column then hashes as it did, so its audit entry
    still matches; once such a column holds a value, the value is part of the state (appended
    as a name → value object, so its place in the table does not matter).
    """
    return stable_row_of(table_name)(values)


@functools.cache
def stable_row_of(table_name: str) -> Callable[[Sequence[object]], list[object]]:
    """stable_row for one table, with the table's columns looked up once (for a pass over
    every row of the table)."""
    added = _added_columns(table_name)
    if not added:
        return lambda values: values if isinstance(values, list) else list(values)
    skip = {i for i, _ in added}
    width = len(Base.metadata.tables[table_name].columns)
    kept = [i for i in range(width) if i not in skip]

    def stable(values: Sequence[object]) -> list[object]:
        if len(values) == width:
            row: list[object] = [values[i] for i in kept]
        else:  # not a whole row of the table: as the general rule has it
            row = [v for i, v in enumerate(values) if i not in skip]
        extra = {
            name: values[i]
            for i, name in added
            if values[i] is not None and values[i] is not False and values[i] != 0
        }
        if extra:
            row.append(extra)
        return row

    return stable


def row_order(row: Sequence[object]) -> tuple[str, str]:
    """The order of a record's rows in one table: by their first two columns.

    Those are ids in every owned table and unique among one record's rows (the row's own id,
    or owner id plus linked id). A UUID and its stored hex text order alike, so the write path
    (UUID objects) and `check`'s raw reads (text) sort the same way without JSON-encoding rows.
    """
    return (_order_text(row[0]), _order_text(row[1]))


def _order_text(value: object) -> str:
    return value.hex if isinstance(value, uuid.UUID) else str(value)


def owned_tables(kind: RecordKind) -> tuple[tuple[str, str], ...]:
    """(table, owner column) pairs making up a record of this kind."""
    return _COMMON_OWNED + _KIND_OWNED[kind]


def _rows(
    session: Session, table: Table, owner: Column[object], ids: Sequence[uuid.UUID] | None
) -> Iterator[tuple[uuid.UUID, list[object]]]:
    columns = list(table.columns)
    position = [c.name for c in columns].index(owner.name)
    if ids is None:
        for row in session.execute(select(*columns)):
            yield row[position], list(row)
        return
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for row in session.execute(select(*columns).where(owner.in_(chunk))):
            yield row[position], list(row)


def state_hashes(
    session: Session, kind: RecordKind, ids: Iterable[uuid.UUID] | None = None
) -> dict[uuid.UUID, str]:
    """Hash of every given record of one kind (all of that kind when ids is None)."""
    wanted = None if ids is None else list(ids)
    record = Base.metadata.tables["record"]
    if wanted is None:
        members = set(session.scalars(select(record.c.id).where(record.c.kind == kind.value)))
    else:
        members = set(wanted)
    state: dict[uuid.UUID, dict[str, list[list[object]]]] = defaultdict(dict)
    for table_name, owner_name in owned_tables(kind):
        table = Base.metadata.tables[table_name]
        for owner_id, values in _rows(session, table, table.c[owner_name], wanted):
            if owner_id in members:
                state[owner_id].setdefault(table_name, []).append(stable_row(table_name, values))
    result: dict[uuid.UUID, str] = {}
    for record_id in members:
        tables = state.get(record_id, {})
        for name, rows in tables.items():
            if len(rows) > 1:
                tables[name] = sorted(rows, key=row_order)
        result[record_id] = canonical.digest(tables)
    return result


def _column_defaults(table: Table) -> list[tuple[str, object]]:
    """(name, value stored when a row leaves the column out) for every column, in order."""
    out: list[tuple[str, object]] = []
    for column in table.columns:
        default = column.default
        value = getattr(default, "arg", None) if default is not None else None
        if callable(value):
            raise ValueError(f"{table.name}.{column.name} has a computed default")
        out.append((column.name, value))
    return out


_DEFAULTS: dict[str, list[tuple[str, object]]] = {}


def hash_from_rows(kind: RecordKind, tables: dict[str, list[dict[str, object]]]) -> str:
    """The state hash of a record from the very rows just inserted for it.

    Equal to state_hashes() of the stored record (the same column order, the same defaults for
    left-out columns, the same canonical JSON); used for records created in the unit of work so
    they need not be read back. `check` recomputes from the stored rows, so a difference between
    the two paths would show up there at once.
    """
    state: dict[str, list[list[object]]] = {}
    for table_name, _ in owned_tables(kind):
        rows = tables.get(table_name)
        if not rows:
            continue
        defaults = _DEFAULTS.get(table_name)
        if defaults is None:
            defaults = _DEFAULTS[table_name] = _column_defaults(Base.metadata.tables[table_name])
        values = [
            stable_row(table_name, [row.get(name, default) for name, default in defaults])
            for row in rows
        ]
        state[table_name] = sorted(values, key=row_order) if len(values) > 1 else values
    return canonical.digest_tables(state)
