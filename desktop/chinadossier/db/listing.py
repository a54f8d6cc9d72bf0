"""Lists with filters and keyset paging; every supported sort is backed by an index.

Each sort is one stored column plus the id as tie-breaker. NULLs come first in ascending and last
in descending order, spelled out so SQLite and PostgreSQL order the same way; text sorts use a
stored sort key (domain.search_text.sort_key) instead of a database collation.

This module assembles pages and counts from its parts: the sorts (db.list_sorts), the filters
(db.list_filters), the SQL bricks (db.list_sql) and the keyset cursors (db.list_cursors).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import (
    Integer,
    Select,
    bindparam,
    func,
    select,
)
from sqlalchemy.orm import Session

from chinadossier.db.convert import CoreReads, build_records, to_records
from chinadossier.db.fastread import Compiled, FastReads, connection, ids_param, in_json
from chinadossier.db.list_cursors import (
    _after_sql,
    _block_start,
    _block_start_fast,
    _position,
    decode_cursor,
    encode_cursor,
)
from chinadossier.db.list_filters import (
    DATE_COLUMNS,
    KIND_COLUMNS,
    STATUS_COLUMNS,
    Clause,
    clause_specs,
    clause_sql,
    where_clauses,
)
from chinadossier.db.list_sorts import SORTS, Sort, _ordered, _resolve_sort, supported_sorts
from chinadossier.db.list_sql import EXTRA_COLUMNS, _Binds, _count_statement, _select
from chinadossier.db.models import Record
from chinadossier.db.pagebuild import build_page, builds
from chinadossier.db.reading import core, rows
from chinadossier.db.registry import SPECS
from chinadossier.domain.changes import Page
from chinadossier.domain.codes import RecordKind
from chinadossier.domain.queries import Filter, ListQuery

#: The names other modules import from here: this module's own and those of its parts.
__all__ = [
    "DATE_COLUMNS", "EXTRA_COLUMNS", "KIND_COLUMNS", "MAX_LIMIT", "SORTS", "STATUS_COLUMNS",
    "Clause", "Sort", "clause_specs", "clause_sql", "count", "count_reference", "decode_cursor",
    "encode_cursor", "get_many", "get_many_reference", "list_page", "list_page_reference",
    "stream_records", "stream_rows", "supported_sorts", "where_clauses",
]

MAX_LIMIT = 500


_COUNTS: dict[tuple[Any, ...], Compiled] = {}


def _counted_on_record(query: ListQuery) -> bool:
    """Only trash and classification: the record table alone answers, through its index on
    (kind, deleted_at), without visiting 100,000 entity rows."""
    return not query.filters and replace(query.where, classification=None) == Filter()


def _conn(source: Session | sqlite3.Connection) -> sqlite3.Connection:
    """The DB-API connection to read on: given, or the session's (inside its transaction)."""
    return source if isinstance(source, sqlite3.Connection) else connection(source)


def count(source: Session | sqlite3.Connection, kind: RecordKind, query: ListQuery) -> int:
    """How many records the list holds with these filters (sort, cursor and limit ignored).

    One COUNT, compiled once per filter shape and run on the DB-API cursor (db.fastread), of
    the session or the connection given.
    """
    specs = clause_specs(kind, query)
    on_record = _counted_on_record(query)
    key = (kind, on_record, tuple(token for token, _ in specs))
    statement = _COUNTS.get(key)
    if statement is None:
        binds = _Binds()
        clauses = [clause_sql(kind, t, binds(v)) for t, v in specs]
        if on_record:
            record: Any = Record.__table__
            stmt = select(func.count()).select_from(record).where(record.c.kind == kind, *clauses)
        else:
            stmt = _count_statement(kind, clauses)
        if len(_COUNTS) > 1000:
            _COUNTS.clear()
        statement = _COUNTS[key] = Compiled(stmt, binds.names)
    ((found,),) = statement.all(_conn(source), [v for _, vs in specs for v in vs])
    return int(found or 0)


def count_reference(session: Session, kind: RecordKind, query: ListQuery) -> int:
    """`count` through SQLAlchemy's execution path (the tests' reference)."""
    clauses = where_clauses(kind, query)
    if _counted_on_record(query):
        record: Any = Record.__table__
        stmt = select(func.count()).select_from(record).where(record.c.kind == kind, *clauses)
        return int(core(session).scalar(stmt) or 0)
    return int(core(session).scalar(_count_statement(kind, clauses)) or 0)


_PAGES: dict[tuple[Any, ...], Compiled] = {}


def _page_statement(
    kind: RecordKind, sort_name: str, specs: list[Clause], start: Clause | None,
    only: tuple[str, ...] = (), extra: tuple[str, ...] = (),
) -> Compiled:
    """The page's SQL for this shape, compiled on first use (bind names p0, p1, …, limit).
    With `only`/`extra` (see _select) its rows are plain named tuples, not record rows."""
    key = (kind, sort_name, tuple(token for token, _ in specs), start and start[0], only, extra)
    found = _PAGES.get(key)
    if found is not None:
        return found
    sort = SORTS[kind][sort_name]
    model: Any = SPECS[kind].model
    binds = _Binds()
    names = binds.names
    stmt = _select(kind, only, extra).where(*[clause_sql(kind, t, binds(v)) for t, v in specs])
    if start is not None:
        stmt = stmt.where(_after_sql(kind, sort, start[0], binds(start[1])))
    names.append("limit")
    stmt = _ordered(stmt, sort, model.id).limit(bindparam("limit", type_=Integer()))
    if len(_PAGES) > 1000:  # shapes are few; this only bounds a pathological caller
        _PAGES.clear()
    found = _PAGES[key] = Compiled(stmt, names, meta=not only)
    return found


def list_page(
    source: Session | sqlite3.Connection, kind: RecordKind, query: ListQuery
) -> Page[Any]:
    """One page of a list, as frozen records.

    With `query.at` (and no cursor) the page is the block of `limit` rows holding that record,
    its `offset` a multiple of `limit`; a record not in the list gives the first page.
    The statements run on the DB-API cursor (db.fastread) of the session or the connection
    given; `list_page_reference` is the same page through SQLAlchemy, kept as the reference
    the tests compare this one with.
    """
    conn = _conn(source)
    sort_name, sort = _resolve_sort(kind, query.sort)
    limit = max(1, min(query.limit, MAX_LIMIT))
    specs = clause_specs(kind, query)
    start, offset = _position(
        query,
        sort_name,
        sort,
        lambda: _block_start_fast(conn, kind, query, sort_name, sort, limit, specs),
    )
    statement = _page_statement(kind, sort_name, specs, start)
    values = [v for _, vs in specs for v in vs] + list(start[1] if start else ()) + [limit + 1]
    raw = statement.raw(conn, values)
    more = len(raw) > limit
    reads = FastReads(conn)
    rows = raw[:limit]
    cursor = None
    if more and rows:
        value, last_id = statement.values_of(rows[-1], sort.column.key)
        cursor = encode_cursor(sort_name, value, last_id)
    if builds(kind):  # one generated builder per kind and row shape (db.pagebuild)
        records = build_page(kind, statement, reads, rows)
    else:
        found, read = statement.records(reads, rows)
        records = build_records(kind, found, reads, read)
    return Page(tuple(records), cursor, sort_name, offset=offset)


def _stream(
    conn: sqlite3.Connection, statement: Compiled, specs: list[Clause], size: int
) -> Iterator[list[Any]]:
    values = [v for _, vs in specs for v in vs] + [-1]  # LIMIT -1: no limit
    cursor = conn.execute(statement.sql, statement.params(values))
    try:
        while True:
            chunk = cursor.fetchmany(size)
            if not chunk:
                return
            yield chunk
    finally:
        cursor.close()


def stream_records(
    session: Session, kind: RecordKind, query: ListQuery, size: int
) -> Iterator[list[Any]]:
    """Every record of the list (query's filters and sort; its cursor, `at` and limit ignored),
    in chunks of `size`, from ONE statement read as it goes: the sort's index is walked once
    and the rows come from one read snapshot; memory holds one chunk. The records list_page
    gives, in the same order. For the list export."""
    sort_name, _sort = _resolve_sort(kind, query.sort)
    specs = clause_specs(kind, query)
    statement = _page_statement(kind, sort_name, specs, None)
    conn = connection(session)
    for chunk in _stream(conn, statement, specs, size):
        reads = FastReads(conn)
        found, read = statement.records(reads, chunk)
        yield build_records(kind, found, reads, read)


def stream_rows(
    session: Session, kind: RecordKind, query: ListQuery, size: int,
    only: tuple[str, ...], extra: tuple[str, ...] = (),
) -> Iterator[list[Any]]:
    """Like stream_records, but plain rows of just the `only` columns and the `extra` ones
    (see _select), for a reader that needs far less than a record."""
    sort_name, _sort = _resolve_sort(kind, query.sort)
    specs = clause_specs(kind, query)
    statement = _page_statement(kind, sort_name, specs, None, only, extra)
    make = statement.make
    for chunk in _stream(connection(session), statement, specs, size):
        yield [make(row) for row in chunk]


def list_page_reference(session: Session, kind: RecordKind, query: ListQuery) -> Page[Any]:
    """`list_page` through SQLAlchemy's execution path and `CoreReads`: the straightforward
    reading the fast path must answer exactly like (tests/db/test_fast_pages.py)."""
    sort_name, sort = _resolve_sort(kind, query.sort)
    limit = max(1, min(query.limit, MAX_LIMIT))
    model: Any = SPECS[kind].model
    stmt: Select[Any] = _select(kind).where(*where_clauses(kind, query))
    start, offset = _position(
        query, sort_name, sort, lambda: _block_start(session, kind, query, sort, limit)
    )
    if start is not None:
        stmt = stmt.where(_after_sql(kind, sort, start[0], start[1]))
    objs = list(rows(session, _ordered(stmt, sort, model.id).limit(limit + 1)))
    more = len(objs) > limit
    objs = objs[:limit]
    cursor = None
    if more and objs:
        last = objs[-1]
        cursor = encode_cursor(sort_name, getattr(last, sort.column.key), last.id)
    records = to_records(session, kind, objs, CoreReads(session))
    return Page(tuple(records), cursor, sort_name, offset=offset)


_MANY: dict[RecordKind, Compiled] = {}


def get_many(
    source: Session | sqlite3.Connection, kind: RecordKind, ids: Sequence[uuid.UUID]
) -> list[Any]:
    """The records with these ids (trashed ones too), in the order asked; unknown ids left out."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    statement = _MANY.get(kind)
    if statement is None:
        record: Any = Record.__table__
        statement = _MANY[kind] = Compiled(
            _select(kind).where(in_json(record.c.id, "ids")), ["ids"], meta=True
        )
    conn = _conn(source)
    reads = FastReads(conn)
    found, read = statement.records(reads, statement.raw(conn, [ids_param(wanted)]))
    by_id = {rec.meta.id: rec for rec in build_records(kind, found, reads, read)}
    return [by_id[i] for i in wanted if i in by_id]


def get_many_reference(session: Session, kind: RecordKind, ids: Sequence[uuid.UUID]) -> list[Any]:
    """`get_many` through SQLAlchemy and `CoreReads` (the tests' reference)."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    model: Any = SPECS[kind].model
    objs = list(rows(session, _select(kind).where(model.id.in_(wanted))))
    by_id = {rec.meta.id: rec for rec in to_records(session, kind, objs, CoreReads(session))}
    return [by_id[i] for i in wanted if i in by_id]
