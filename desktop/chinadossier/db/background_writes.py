"""A bulk's chunk of INSERTs written by a second thread while the next chunk is built.

SQLite releases the GIL while it steps a statement: writing the rows of one chunk (a sixth of a
10,000-row import, in SQLite's own code) can run on the second core while Python builds, hashes
and audits the rows of the next chunk. Everything stays in the unit of work's one transaction:
COMMIT is still the one moment anything becomes visible, and an error or a cancel still rolls
all of it back.

The second thread only gains if it can hold on to SQLite without the GIL. `executemany` takes
the GIL back for every row it binds, and with the other thread busy each such hand-over waits
for the interpreter's switch interval: measured, a chunk took twice its CPU time and the
import was no faster. So a statement whose rows are plain text, integers, booleans and NULLs
is sent as ONE parameter, the rows as a JSON array (orjson, in the building thread), and
SQLite takes them apart itself (`INSERT … SELECT value->>0, … FROM json_each(?)`): one step,
no GIL at all. Stored values are the same (a JSON string gives TEXT, an integer INTEGER,
true/false 1/0, null NULL, and the column's affinity applies as to a bound value); anything
else — a float (SQLite's own text-to-double conversion is not promised to round like
Python's), bytes, a subclass, a NUL character, an integer over 64 bits — goes through
`executemany` as before (tests/db/test_background_writes.py stores both ways and compares).

One connection is never used by two threads at once: the unit of work waits for the batch in
flight (`wait`) before it touches its session or connection in any other way, and before it
commits or rolls back. A batch's error is raised by that wait, in the unit of work's thread.
"""

from __future__ import annotations

import itertools
import sqlite3
import threading
from collections.abc import Sequence
from typing import Any

import orjson

Statement = tuple[str, Sequence[tuple[Any, ...]]]
"""An SQL text with `?` markers and its parameter rows (one executemany)."""

_Batch = list[tuple[str, Any, bool]]
"""(SQL, parameters, as one JSON parameter?) in the order to run them."""

_PLAIN = frozenset({str, int, bool, type(None)})
"""Value types whose JSON SQLite reads back as the very value `executemany` binds."""

_JSON_ARRAY_AT = "value ->> {}"
"""The expression that takes the n-th value out of a row (SQLite 3.38 and later)."""


def json_statement(sql: str, rows: Sequence[tuple[Any, ...]]) -> tuple[str, bytes] | None:
    """`INSERT … VALUES (?, …)` with its parameter rows as one statement with one parameter
    (the rows as a JSON array, taken apart by SQLite's json_each); None when a value is not
    plain (see the module's docstring) or SQLite cannot do it."""
    if not json_usable() or not rows:
        return None
    if not set(map(type, itertools.chain.from_iterable(rows))) <= _PLAIN:
        return None
    head, found, marks = sql.rpartition(" VALUES (")
    if not found or not marks.endswith(")"):
        return None
    try:
        payload = orjson.dumps(rows)
    except orjson.JSONEncodeError:  # an integer over 64 bits, a lone surrogate
        return None
    if b"\\u0000" in payload:
        return None  # NUL in text: not worth the doubt
    counter = itertools.count()
    parts = [_JSON_ARRAY_AT.format(next(counter)) if mark == "?" else mark
             for mark in marks[:-1].split(", ")]
    if any(part != "NULL" and not part.startswith("value") for part in parts):
        return None  # a literal other than NULL: not a statement made by db.bulk_insert
    return f"{head} SELECT {', '.join(parts)} FROM json_each(?)", payload


_USABLE: dict[str, bool] = {}


def json_usable() -> bool:
    """Whether this SQLite has json_each and the ->> operator (3.38 and later)."""
    found = _USABLE.get("json")
    if found is None:
        found = sqlite3.sqlite_version_info >= (3, 38, 0)
        if found:
            try:
                probe = sqlite3.connect(":memory:")
                try:
                    found = probe.execute(
                        "SELECT value ->> 0 FROM json_each('[[7]]')").fetchone() == (7,)
                finally:
                    probe.close()
            except sqlite3.Error:
                found = False
        _USABLE["json"] = found
    return found


class BackgroundWrites:
    """At most one batch of executemany statements in flight on a DB-API connection."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self.batches = 0
        """How many batches were handed to the thread (for tests and benchmarks)."""

    def submit(self, connection: sqlite3.Connection, statements: list[Statement]) -> None:
        """Run the statements, in order, in a new thread (after the batch in flight, if any)."""
        self.wait()
        if not statements:
            return
        batch: _Batch = []
        for sql, rows in statements:
            single = json_statement(sql, rows)
            batch.append((sql, rows, False) if single is None else (*single, True))
        self.batches += 1
        self._thread = threading.Thread(
            target=self._run, args=(connection, batch),
            name="chinadossier-bulk-writes", daemon=True,
        )
        self._thread.start()

    def _run(self, connection: sqlite3.Connection, batch: _Batch) -> None:
        try:
            cursor = connection.cursor()
            try:
                for sql, parameters, single in batch:
                    if single:
                        cursor.execute(sql, (parameters,))
                    else:
                        cursor.executemany(sql, parameters)
            finally:
                cursor.close()
        except BaseException as exc:  # raised in the unit of work's thread by wait()
            self._error = exc

    @property
    def in_flight(self) -> bool:
        """Whether a batch may still be running."""
        return self._thread is not None

    def wait(self) -> None:
        """Wait for the batch in flight; raise its error, if it had one."""
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
        error, self._error = self._error, None
        if error is not None:
            raise error

    def abandon(self) -> BaseException | None:
        """Wait for the batch in flight and return its error instead of raising it (the unit
        of work is rolling back anyway)."""
        try:
            self.wait()
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller to log
            return exc
        return None


__all__ = ["BackgroundWrites", "Statement", "json_statement", "json_usable"]
