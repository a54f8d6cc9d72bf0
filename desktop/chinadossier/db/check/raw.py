"""How the fast passes read stored rows: raw as SQLite holds them, processed only where needed."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import Column, Date, Dialect, Integer, String, Table, TypeDecorator, Uuid
from sqlalchemy.orm import Session

from chinadossier.db import canonical

# audit.verify_chain and record_state.state_hashes load every value through SQLAlchemy's result
# processing, which takes several seconds for 117,000 records. The passes below read raw rows and
# process only the columns whose stored text is not already what canonical.dumps would write for
# the loaded value (timestamps, times, booleans, JSON), with the same SQLAlchemy processors,
# memoised. Text, numbers, codes, ids and dates are taken as stored: for what the program wrote
# that gives the same JSON, and anything else merely fails the fast pass and goes to the
# reference code (so a fast pass can make a check slower, never wrong).


def _reader(column: Column[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """How a raw stored value becomes what canonical.dumps sees; None when raw will do."""
    kind = column.type
    if isinstance(kind, (String, Integer, Uuid, Date)) and not isinstance(kind, TypeDecorator):
        return None
    process = kind.dialect_impl(dialect).result_processor(dialect, None)
    memo: dict[str, Any] = {}

    def read(raw: Any) -> Any:
        if raw is None:
            return None
        if type(raw) is str and raw in memo:
            return memo[raw]
        value = process(raw) if process is not None else raw
        if isinstance(value, (dt.date, dt.time)):
            value = canonical.plain(value)  # canonical.dumps writes these as plain() gives them
        if type(raw) is str:
            memo[raw] = value
        return value

    return read


def _raw_batches(
    session: Session, table: Table, order_by: str | None = None
) -> Iterator[list[Sequence[Any]]]:
    """Every row of a table as stored, read as canonical.dumps needs it, in batches (in the
    order of column `order_by` when given)."""
    dialect = session.get_bind().dialect
    readers = [(i, r) for i, c in enumerate(table.columns) if (r := _reader(c, dialect))]
    names = ", ".join(f'"{c.name}"' for c in table.columns)
    cursor = _cursor(session)
    order = f' ORDER BY "{order_by}"' if order_by else ""
    cursor.execute(f'SELECT {names} FROM "{table.name}"{order}')
    while batch := cursor.fetchmany(5000):
        if not readers:
            yield batch  # tuples serialise as JSON arrays, just like lists
            continue
        rows: list[Sequence[Any]] = []
        for raw in batch:
            values = list(raw)
            for index, read in readers:
                values[index] = read(values[index])
            rows.append(values)
        yield rows


def _record_rows(session: Session) -> list[tuple[Any, Any, str, int]]:
    """(raw id, kind, display number, deleted) of every record; read once per check run."""
    rows: list[tuple[Any, Any, str, int]] | None = session.info.get("check_record_rows")
    if rows is None:
        rows = (
            _cursor(session)
            .execute("SELECT id, kind, display_no, deleted_at IS NOT NULL FROM record")
            .fetchall()
        )
        session.info["check_record_rows"] = rows
    return rows


def _cursor(session: Session) -> sqlite3.Cursor:
    """A DB-API cursor inside the session's read transaction."""
    dbapi = session.connection().connection.dbapi_connection
    assert isinstance(dbapi, sqlite3.Connection)
    return dbapi.cursor()
