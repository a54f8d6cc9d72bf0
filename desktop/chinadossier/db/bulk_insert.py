"""Many rows into one table in one executemany, with what SQLAlchemy's insert() does per row
(each column's Python default for a left-out key, each value through its column type's bind
processing) worked out once per statement instead of once per row.

In a bulk of 20,000 records the per-row parameter handling of insert() cost more than SQLite's
writing of the rows. The same processors give the same stored values; the statement goes through
the session's connection (inside its transaction, seen by its cursor events).
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Dialect, Uuid, insert
from sqlalchemy.orm import Session

from chinadossier.db.models import Base
from chinadossier.db.processors import remembered

Bind = Callable[[Any], Any]

_UUID_TEXT: Bind = operator.attrgetter("hex")
"""A uuid.UUID as SQLAlchemy's Uuid stores it in a text column (its bind processor returns
`value.hex` for a value that is not None; one call instead of two per id)."""


@dataclass(frozen=True, slots=True)
class _Statement:
    """An INSERT whose columns are: the row's keys without bind processing, the left-out keys'
    defaults, then the row's keys with bind processing."""

    sql: str
    plain: tuple[str, ...]
    defaults: tuple[Any, ...]
    bound: tuple[tuple[str, Bind], ...]

    def prepared(self, rows: Sequence[dict[str, Any]]) -> tuple[str, list[tuple[Any, ...]]]:
        """The statement and its parameter tuples for rows that all have this statement's keys,
        built column by column (a list comprehension per column, then one zip) rather than row
        by row.

        A column that is None in every row is written as NULL in the statement instead of
        being bound row by row (the driver sends each None through its adapter lookup; a new
        record leaves many columns empty). The stored value is the same NULL.
        """
        count = len(rows)
        columns: list[Any] = [[row[name] for row in rows] for name in self.plain]
        columns += [itertools.repeat(value, count) for value in self.defaults]
        columns += [[None if (value := row[name]) is None else bind(value) for row in rows]
                    for name, bind in self.bound]
        if not columns:
            return self.sql, [()] * count
        empty = tuple(i for i, column in enumerate(columns)
                      if type(column) is list and column[0] is None
                      and column.count(None) == count)
        if not empty:
            return self.sql, list(zip(*columns, strict=True))
        sql = self.sql_with_nulls(empty)
        kept = [column for i, column in enumerate(columns) if i not in empty]
        return sql, list(zip(*kept, strict=True)) if kept else [()] * count

    def sql_with_nulls(self, empty: tuple[int, ...]) -> str:
        """This statement with NULL in place of the markers of the columns at `empty`."""
        key = (self.sql, empty)
        found = _WITH_NULLS.get(key)
        if found is None:
            width = len(self.plain) + len(self.defaults) + len(self.bound)
            marks = ", ".join("NULL" if i in empty else "?" for i in range(width))
            head = self.sql.rpartition(" VALUES (")[0]
            found = _WITH_NULLS[key] = f"{head} VALUES ({marks})"
        return found


_WITH_NULLS: dict[tuple[str, tuple[int, ...]], str] = {}


_STATEMENTS: dict[tuple[str, str, tuple[str, ...]], _Statement | None] = {}


def insert_rows(session: Session, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT the rows (dicts of column values) into a table; rows may differ in their keys."""
    if not rows:
        return
    connection = session.connection()
    for keys, group in _groups(rows).items():
        statement = _statement(connection.dialect, table, keys)
        if statement is None:
            session.execute(insert(Base.metadata.tables[table]), group)
            continue
        connection.exec_driver_sql(*statement.prepared(group))


def insert_statements(
    dialect: Dialect, table: str, rows: Sequence[dict[str, Any]]
) -> list[tuple[str, list[tuple[Any, ...]]]] | None:
    """What insert_rows() would run for these rows, as (SQL, parameter rows) for a DB-API
    cursor's executemany; None when a group of them needs SQLAlchemy's insert() (off SQLite,
    a computed default)."""
    out = []
    for keys, group in _groups(rows).items():
        statement = _statement(dialect, table, keys)
        if statement is None:
            return None
        out.append(statement.prepared(group))
    return out


def _groups(rows: Sequence[dict[str, Any]]) -> dict[tuple[str, ...], list[dict[str, Any]]]:
    """The rows grouped by their keys, in the order the rows have them (one statement per
    group; rows made by one piece of code list their keys alike, and the same keys in another
    order only make a second statement of the same meaning)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    return groups


def _statement(dialect: Dialect, table: str, keys: tuple[str, ...]) -> _Statement | None:
    """The INSERT for rows with these keys; None (use insert()) off SQLite, or when a left-out
    column has a computed default, or a key is not a column."""
    cache_key = (dialect.name, table, keys)
    if cache_key in _STATEMENTS:
        return _STATEMENTS[cache_key]
    found: _Statement | None = None
    columns = Base.metadata.tables[table].columns
    if dialect.name == "sqlite" and set(keys) <= set(columns.keys()):
        plain: list[str] = []
        defaulted: list[tuple[str, Any]] = []
        bound: list[tuple[str, Bind]] = []
        computed = False
        for column in columns:
            default = column.default
            if column.name not in keys:
                if default is None:
                    continue  # left out: NULL or the server default, as insert() does
                if not getattr(default, "is_scalar", False):
                    computed = True
                    break
            impl = column.type.dialect_impl(dialect)
            bind: Bind | None = impl.bind_processor(dialect)
            if (isinstance(impl, Uuid) and impl.as_uuid
                    and not (dialect.supports_native_uuid and impl.native_uuid)):
                bind = _UUID_TEXT  # what that processor does with a value that is not None
            if column.name not in keys:
                value = getattr(default, "arg", None)
                defaulted.append((column.name, None if value is None else
                                  bind(value) if bind is not None else value))
            elif bind is None:
                plain.append(column.name)
            else:
                bound.append((column.name, remembered(column.type, bind)))
        if not computed:
            names = [*plain, *(n for n, _ in defaulted), *(n for n, _ in bound)]
            quoted = ", ".join(f'"{name}"' for name in names)
            marks = ", ".join("?" for _ in names)
            sql = f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})'
            found = _Statement(sql, tuple(plain), tuple(v for _, v in defaulted), tuple(bound))
    _STATEMENTS[cache_key] = found
    return found
