"""Keyset paging: opaque cursors, the "after (value, id)" condition, where a block starts."""

from __future__ import annotations

import base64
import datetime as dt
import json
import sqlite3
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    or_,
    select,
)
from sqlalchemy.orm import Session

from chinadossier.db import canonical
from chinadossier.db.fastread import Compiled
from chinadossier.db.list_filters import Clause, clause_sql, where_clauses
from chinadossier.db.list_sorts import Sort, _ordered
from chinadossier.db.list_sql import _Binds, _count_statement
from chinadossier.db.reading import core
from chinadossier.db.registry import SPECS
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.errors import UsageError
from chinadossier.domain.queries import ListQuery


def encode_cursor(sort: str, value: Any, record_id: uuid.UUID, *, including: bool = False) -> str:
    """An opaque token for the position after (value, id), or at it when `including`."""
    item = [sort, canonical.plain(value), record_id.hex] + ([1] if including else [])
    raw = json.dumps(item, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(token: str, sort: str, column: Any) -> tuple[Any, uuid.UUID, bool]:
    """Read a cursor back (value, id, including); refuses one for another sort or tampered with."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        name, value, hex_id, *rest = json.loads(raw)
        record_id = uuid.UUID(hex=hex_id)
        if name != sort or rest not in ([], [1]):
            raise ValueError("other sort")
        python_type = column.type.python_type
        if value is not None and python_type is dt.datetime:
            value = dt.datetime.fromisoformat(value)
        elif value is not None and python_type is dt.date:
            value = dt.date.fromisoformat(value)
        elif value is not None and not isinstance(value, python_type):
            raise TypeError(f"cursor value {value!r} is no {python_type.__name__}")
        return value, record_id, bool(rest)
    except (ValueError, TypeError, AttributeError, json.JSONDecodeError) as exc:
        raise UsageError("Ongeldige paginamarkering; begin opnieuw bij de eerste pagina.") from exc


def _after(
    sort: Sort, id_column: Any, value: Any, record_id: Any, *, value_null: bool
) -> ColumnElement[bool]:
    """Rows after (value, id) in the sort's order; `value_null` says the value is NULL.

    For a column that cannot be NULL the condition is written so SQLite uses it as a range on
    the sort's index (`col >= v AND (col > v OR id > rid)`): with the OR-form it walked the
    index from the top to each page's start, so reading page n cost n pages (quadratic over a
    long list; docs/performance.md, helper 6). Same rows either way.
    """
    col = sort.column
    if not value_null and not getattr(col, "nullable", True):
        if sort.descending:
            return and_(col <= value, or_(col < value, id_column < record_id))
        return and_(col >= value, or_(col > value, id_column > record_id))
    if not sort.descending:
        if value_null:
            return or_(and_(col.is_(None), id_column > record_id), col.is_not(None))
        return or_(col > value, and_(col == value, id_column > record_id))
    if value_null:
        return and_(col.is_(None), id_column < record_id)
    return or_(col < value, and_(col == value, id_column < record_id), col.is_(None))


def _count_before(
    kind: RecordKind,
    sort: Sort,
    clauses: Sequence[Any],
    value: Any,
    record_id: Any,
    *,
    value_null: bool,
) -> Select[Any]:
    """How many rows of the list come before (value, id) in the sort's order.

    The sum of one COUNT per index range (NULLs, the values before, the same value with a
    smaller id in the sort's direction) instead of one COUNT over their OR, which SQLite could
    only answer by visiting every row of the list (16 ms for 100,000 contact moments).
    """
    model: Any = SPECS[kind].model
    col, id_column = sort.column, model.id
    parts: list[Any]
    if sort.descending:  # NULLs last: every value comes before them
        if value_null:
            parts = [col.is_not(None), and_(col.is_(None), id_column > record_id)]
        else:
            parts = [col > value, and_(col == value, id_column > record_id)]
    elif value_null:  # ascending, NULLs first
        parts = [and_(col.is_(None), id_column < record_id)]
    else:
        parts = [col.is_(None), col < value, and_(col == value, id_column < record_id)]
    counts = [_count_statement(kind, [*clauses, part]).scalar_subquery() for part in parts]
    total: Any = counts[0]
    for more in counts[1:]:
        total = total + more
    return select(total)


def _block_start(
    session: Session, kind: RecordKind, query: ListQuery, sort: Sort, limit: int
) -> tuple[Any, uuid.UUID, int] | None:
    """Where the block of `limit` rows holding `query.at` starts: (value, id, offset)."""
    model: Any = SPECS[kind].model
    clauses = where_clauses(kind, query)
    row = (
        core(session)
        .execute(select(sort.column, model.id).where(model.id == query.at, *clauses))
        .first()
    )
    if row is None:
        return None
    value, record_id = row
    counted = _count_before(kind, sort, clauses, value, record_id, value_null=value is None)
    position = int(core(session).scalar(counted) or 0)
    back = position % limit
    if back:
        # The block's first row, counted from the top: the index walks `position` entries, as
        # the count did (going back from the record with the OR of `before` made SQLite walk
        # the whole list).
        start = (
            core(session)
            .execute(
                _ordered(select(sort.column, model.id).where(*clauses), sort, model.id)
                .limit(1)
                .offset(position - back)
            )
            .one()
        )
        value, record_id = start
    return value, record_id, position - back


def _position(
    query: ListQuery, sort_name: str, sort: Sort, block: Callable[[], Any]
) -> tuple[Clause | None, int | None]:
    """Where the page starts: a condition "at or after" (None: the top) and the offset if known;
    `block` finds the start of the block holding `query.at`."""
    if query.cursor:
        value, after_id, including = decode_cursor(query.cursor, sort_name, sort.column)
        values = (after_id,) if value is None else (value, after_id)
        return (("after", value is None, including), values), None
    if query.at is not None:
        found = block()
        if found is None:
            return None, 0
        value, record_id, offset = found
        values = (record_id,) if value is None else (value, record_id)
        return (("after", value is None, True), values), offset
    return None, 0


_BLOCKS: dict[tuple[Any, ...], Compiled] = {}


def _block_statement(key: tuple[Any, ...], build: Callable[[_Binds], Any]) -> Compiled:
    found = _BLOCKS.get(key)
    if found is None:
        binds = _Binds()
        stmt = build(binds)
        if len(_BLOCKS) > 1000:
            _BLOCKS.clear()
        found = _BLOCKS[key] = Compiled(stmt, binds.names)
    return found


def _block_start_fast(
    conn: sqlite3.Connection,
    kind: RecordKind,
    query: ListQuery,
    sort_name: str,
    sort: Sort,
    limit: int,
    specs: list[Clause],
) -> tuple[Any, uuid.UUID, int] | None:
    """`_block_start` on the DB-API cursor: the same three statements, compiled once per shape."""
    model: Any = SPECS[kind].model
    tokens = tuple(token for token, _ in specs)
    values = [v for _, vs in specs for v in vs]

    def clauses(binds: _Binds) -> list[Any]:
        return [clause_sql(kind, t, binds(v)) for t, v in specs]

    def locate(binds: _Binds) -> Any:
        where = clauses(binds)
        (at,) = binds([query.at])
        return select(sort.column, model.id).where(model.id == at, *where)

    rows = _block_statement((kind, sort_name, tokens, "at"), locate).all(
        conn, [*values, query.at]
    )
    if not rows:
        return None
    value, record_id = rows[0]
    null = value is None

    def counted(binds: _Binds) -> Any:
        where = clauses(binds)
        bound = binds([record_id] if null else [value, record_id])
        at_value, at_id = (None, bound[0]) if null else bound
        return _count_before(kind, sort, where, at_value, at_id, value_null=null)

    start = [*values, *([record_id] if null else [value, record_id])]
    ((position,),) = _block_statement((kind, sort_name, tokens, "before", null), counted).all(
        conn, start
    )
    back = int(position or 0) % limit
    if back:

        def nth(binds: _Binds) -> Any:  # the block's first row, counted from the top
            where = clauses(binds)
            binds.names.append("skip")
            return (
                _ordered(select(sort.column, model.id).where(*where), sort, model.id)
                .limit(1)
                .offset(bindparam("skip", type_=Integer()))
            )

        ((value, record_id),) = _block_statement((kind, sort_name, tokens, "nth"), nth).all(
            conn, [*values, int(position or 0) - back]
        )
    return value, record_id, int(position or 0) - back


def _after_sql(kind: RecordKind, sort: Sort, token: tuple[Any, ...], values: Sequence[Any]) -> Any:
    model: Any = SPECS[kind].model
    value_null, including = token[1], token[2]
    value, after_id = (None, values[0]) if value_null else values
    clause = _after(sort, model.id, value, after_id, value_null=value_null)
    return or_(clause, model.id == after_id) if including else clause
